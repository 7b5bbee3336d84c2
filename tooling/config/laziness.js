// @ts-check
// Laziness, counted rather than timed: the raw event is read through a Proxy that records every
// property read, and each rule below is a statement about those reads (see robustness.js).
import { isHeaderMap, membersOf, typeNameOf } from './walk.js';

/** @typedef {import('./walk.js').ApiKit} ApiKit */

/**
 * The most top-level fields of its wrapper's raw value that one getter may read. Only fields
 * the raw value has count: probing for an absent optional key is free (`inputS3Url` looks for
 * whichever of four Object Lambda contexts the event holds). Measured over the getters of
 * every package on every fixture (December 2026): about 1,900 read one field present, 21 read
 * two (`decodedBody` reads `body` and `isBase64Encoded`; `resolvedHeadersField` reads
 * `multiValueHeaders` and `headers`), the rest only probe absent ones; none reads three. Three
 * leaves room for one more companion, and still fails a getter that touches every field
 * of a wrapper (which, if it serialises or copies the raw value, also lists its keys: never
 * allowed).
 */
export const MAX_FIELDS_PER_GETTER = 3;

/**
 * The most instances of one wrapper class whose getters are measured per fixture (the records
 * of a batch are alike).
 */
const MAX_INSTANCES_PER_CLASS = 4;

/**
 * One read of the raw event through a counting view.
 *
 * @typedef {object} Read
 * @property {readonly string[]} path The keys from the view's root to the property read (for
 *   `keys`, to the object whose keys were listed); an array index is written `[0]`.
 * @property {'get' | 'has' | 'own' | 'keys' | 'write'} kind `get` reads a value, `has` tests
 *   `in`, `own` looks up an own property (`Object.hasOwn`), `keys` lists an object's keys,
 *   `write` tries to change the event.
 * @property {boolean} field Whether the read is of a field: not of a symbol, and not of a
 *   method inherited from `Object.prototype` or `Array.prototype` (`map`; `length` is a field).
 * @property {boolean} own Whether the object has the key read (a read of an absent key probes
 *   for an optional field).
 */

/**
 * What a measured call did.
 *
 * @typedef {object} Measured
 * @property {unknown} value
 * @property {unknown} error
 * @property {boolean} threw
 * @property {Read[]} reads
 */

/**
 * A counting view of a raw value: a deep Proxy over a private copy of it. Reading through the
 * view gives views of nested objects (the same view each time, so identity holds), and every
 * read made inside {@link CountingView.measure} is recorded with its path. Writes fail, as on
 * a frozen event.
 *
 * @typedef {object} CountingView
 * @property {object} root The view of the whole value.
 * @property {(fn: () => unknown) => Measured} measure Runs `fn` and records the reads it makes.
 * @property {(value: unknown) => readonly string[] | undefined} pathOf The path of a view
 *   node, or `undefined` when `value` is not part of this view.
 */

/**
 * One step of a path: an array index as `[0]`, any other key as itself.
 *
 * @param {object} node
 * @param {string | symbol} key
 * @returns {string}
 */
const step = (node, key) =>
  Array.isArray(node) && typeof key === 'string' && /^\d+$/.test(key)
    ? `[${key}]`
    : String(key);

/**
 * @param {unknown} value A JSON-like value (an object).
 * @returns {CountingView}
 */
export function countingView(value) {
  const copy = structuredClone(value);
  /** @type {Read[] | undefined} */
  let reads;
  /** @type {WeakMap<object, object>} */
  const views = new WeakMap();
  /** @type {WeakMap<object, readonly string[]>} */
  const paths = new WeakMap();

  /**
   * @param {unknown} node
   * @param {readonly string[]} path
   * @returns {unknown}
   */
  const viewOf = (node, path) => {
    if (node === null || typeof node !== 'object') return node;
    let view = views.get(node);
    if (!view) {
      view = new Proxy(node, handler(path));
      views.set(node, view);
      paths.set(view, path);
    }
    return view;
  };

  /**
   * @param {object} node
   * @param {readonly string[]} path
   * @param {string | symbol} key
   * @param {Read['kind']} kind
   */
  const note = (node, path, key, kind) => {
    if (!reads) return;
    const own = typeof key === 'string' && Object.hasOwn(node, key);
    const field = own || (typeof key === 'string' && !(key in node));
    reads.push({ path: [...path, step(node, key)], kind, field, own });
  };

  /**
   * @param {readonly string[]} path
   * @returns {ProxyHandler<object>}
   */
  const handler = (path) => ({
    get(node, key) {
      note(node, path, key, 'get');
      const found = Reflect.get(node, key);
      return typeof key === 'string' && Object.hasOwn(node, key)
        ? viewOf(found, [...path, step(node, key)])
        : found;
    },
    has(node, key) {
      note(node, path, key, 'has');
      return Reflect.has(node, key);
    },
    getOwnPropertyDescriptor(node, key) {
      note(node, path, key, 'own');
      const descriptor = Reflect.getOwnPropertyDescriptor(node, key);
      if (descriptor && 'value' in descriptor && descriptor.configurable) {
        descriptor.value = viewOf(descriptor.value, [...path, step(node, key)]);
      }
      return descriptor;
    },
    ownKeys(node) {
      if (reads) reads.push({ path, kind: 'keys', field: true, own: true });
      return Reflect.ownKeys(node);
    },
    set(node, key) {
      note(node, path, key, 'write');
      return false;
    },
    defineProperty(node, key) {
      note(node, path, key, 'write');
      return false;
    },
    deleteProperty(node, key) {
      note(node, path, key, 'write');
      return false;
    },
  });

  const root = /** @type {object} */ (viewOf(copy, []));
  return {
    root,
    measure(fn) {
      const previous = reads;
      /** @type {Read[]} */
      const recorded = [];
      reads = recorded;
      try {
        return { value: fn(), error: undefined, threw: false, reads: recorded };
      } catch (error) {
        return { value: undefined, error, threw: true, reads: recorded };
      } finally {
        reads = previous;
      }
    },
    pathOf: (node) =>
      node !== null && typeof node === 'object' ? paths.get(node) : undefined,
  };
}

/**
 * Renders a path of a counting view the way evt's errors do: `Records[0].s3`.
 *
 * @param {readonly string[]} path
 * @returns {string}
 */
const renderPath = (path) =>
  path.reduce(
    (rendered, key) =>
      key.startsWith('[') || rendered === ''
        ? rendered + key
        : `${rendered}.${key}`,
    ''
  );

/**
 * @param {readonly string[]} path
 * @param {readonly string[]} prefix
 */
const startsWith = (path, prefix) =>
  path.length >= prefix.length &&
  prefix.every((key, index) => path[index] === key);

/**
 * Renders reads for a message: `Records[0].s3` (by key), `keys of Records` (a listing).
 *
 * @param {readonly Read[]} reads
 * @returns {string}
 */
function renderReads(reads) {
  const rendered = [
    ...new Set(
      reads.map((read) => {
        const path = renderPath(read.path) || '(the event)';
        if (read.kind === 'keys') return `the keys of ${path}`;
        return read.kind === 'write' ? `a write to ${path}` : path;
      })
    ),
  ];
  return rendered.length > 8
    ? `${rendered.slice(0, 8).join(', ')}, … (${rendered.length} in all)`
    : rendered.join(', ');
}

/**
 * @param {unknown} value
 * @returns {value is object}
 */
const isObject = (value) =>
  (typeof value === 'object' || typeof value === 'function') && value !== null;

/**
 * The wrappers a getter returned: the value itself, or the items of an array, `Map` or plain
 * object (a map of wrappers by name), with where each sits in the value.
 *
 * @param {unknown} value
 * @param {ApiKit} kit
 * @returns {[string, object][]}
 */
function wrappersIn(value, kit) {
  if (value instanceof kit.EventWrapper) return [['', value]];
  /** @type {[string, unknown][]} */
  let items = [];
  if (Array.isArray(value))
    items = value.map((item, index) => [`[${index}]`, item]);
  else if (value instanceof Map) {
    items = [...value].map(([key, item]) => [`.${String(key)}`, item]);
  } else if (isObject(value)) {
    const prototype = Object.getPrototypeOf(value);
    if (prototype === null || prototype === Object.prototype) {
      items = Object.entries(value).map(([key, item]) => [`.${key}`, item]);
    }
  }
  return /** @type {[string, object][]} */ (
    items.filter(([, item]) => item instanceof kit.EventWrapper)
  );
}

/**
 * Whether a value is an empty frozen default (`{}` or `[]`), which a getter returns for an
 * absent field: returning it again re-reads the field, as returning the raw value does.
 *
 * @param {object} value
 * @returns {boolean}
 */
const isEmptyDefault = (value) =>
  Object.isFrozen(value) &&
  (Array.isArray(value)
    ? value.length === 0
    : Reflect.ownKeys(value).length === 0);

/**
 * @param {object} value
 * @returns {string}
 */
function kindOfObject(value) {
  if (Array.isArray(value)) return 'array';
  if (isHeaderMap(value)) return 'header map';
  const name =
    /** @type {{ constructor?: { typeName?: unknown, name?: unknown } }} */ (
      value
    ).constructor;
  return String(name?.typeName ?? name?.name ?? 'object');
}

/**
 * @param {unknown} error
 * @returns {string}
 */
const describeError = (error) =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

/**
 * Checks that every wrapper reachable from `Class` on a fixture reads its raw event lazily:
 *
 * 1. Constructing it reads nothing (beyond the constructor's `typeof`/`Array.isArray` check,
 *    which a Proxy does not see).
 * 2. Each getter, read on a fresh instance, reads at most {@link MAX_FIELDS_PER_GETTER}
 *    top-level fields of the wrapper's raw value (of those present; reading a field's insides
 *    counts as reading the field), never lists the raw value's keys, reads nothing outside
 *    it, and writes nothing.
 * 3. A getter that returns an object returns the same object on the second read. Unless that
 *    object is part of the raw event itself (or an empty frozen default), the second read
 *    reads nothing from the raw event; and no second read parses JSON again.
 * 4. A getter that returns wrappers (a child, a list of records) does not read inside their
 *    raw values: the records are read when their own getters are.
 *
 * Nested wrappers are measured on the same view (their raw values are views of parts of the
 * fixture); a wrapper over a decoded value (an SQS body) is measured on a view of that value.
 *
 * @param {ApiKit} kit
 * @param {{ Class: Function, select?: ((event: never) => unknown) | undefined }} target
 * @param {unknown} fixture The pristine fixture.
 * @returns {string[]} The rules broken, one line each.
 */
export function lazinessProblems(kit, { Class, select }, fixture) {
  /** @type {string[]} */
  const problems = [];
  const problem = (/** @type {string} */ text) => {
    if (!problems.includes(text)) problems.push(text);
  };
  let parses = 0;
  const options = {
    jsonDeserializer: (/** @type {string} */ text) => {
      parses++;
      return JSON.parse(text);
    },
  };
  const Wrapper = /** @type {import('./walk.js').WrapperConstructor} */ (Class);
  const view = countingView(fixture);
  const raw = select ? select(/** @type {never} */ (view.root)) : view.root;
  const top = view.measure(() => new Wrapper(raw, options));
  const name = typeNameOf(Class);
  if (top.threw) {
    return [`new ${name}(fixture) threw ${describeError(top.error)}`];
  }
  if (top.reads.length > 0) {
    problem(`new ${name}(raw) reads ${renderReads(top.reads)}`);
  }

  /** @type {{ wrapper: object, view: CountingView, where: string }[]} */
  const queue = [
    { wrapper: /** @type {object} */ (top.value), view, where: name },
  ];
  /** @type {Map<Function, number>} */
  const instances = new Map();
  /** @type {Map<object, Set<Function>>} */
  const measured = new Map();

  while (queue.length > 0) {
    const item = /** @type {(typeof queue)[number]} */ (queue.shift());
    const { wrapper, where } = item;
    const Nested = /** @type {import('./walk.js').WrapperConstructor} */ (
      wrapper.constructor
    );
    const className = typeNameOf(Nested);
    const count = instances.get(Nested) ?? 0;
    if (count >= MAX_INSTANCES_PER_CLASS) continue;

    // A wrapper over a value that is not part of the fixture (decoded JSON) is measured on a
    // view of that value.
    let itemView = item.view;
    let rawEvent = /** @type {{ rawEvent: unknown }} */ (wrapper).rawEvent;
    let base = itemView.pathOf(rawEvent);
    if (base === undefined) {
      try {
        itemView = countingView(rawEvent);
      } catch {
        continue; // not a plain value; nothing to count
      }
      rawEvent = itemView.root;
      base = [];
    }
    const seenClasses =
      measured.get(/** @type {object} */ (rawEvent)) ?? new Set();
    if (seenClasses.has(Nested)) continue;
    seenClasses.add(Nested);
    measured.set(/** @type {object} */ (rawEvent), seenClasses);
    instances.set(Nested, count + 1);

    const wrapperOptions = /** @type {{ options?: unknown }} */ (wrapper)
      .options;
    const construct = () => new Nested(rawEvent, wrapperOptions);
    const built = itemView.measure(construct);
    if (built.threw) {
      problem(
        `${where}: new ${className}(raw) threw ${describeError(built.error)}`
      );
      continue;
    }
    if (built.reads.length > 0) {
      problem(
        `${where}: new ${className}(raw) reads ${renderReads(built.reads)}`
      );
    }
    const within = /** @type {readonly string[]} */ (base);
    const ownRaw =
      within.length === 0
        ? 'its raw value'
        : `its raw value (${renderPath(within)})`;

    for (const getter of membersOf(/** @type {object} */ (built.value))
      .getters) {
      if (getter === 'rawEvent') continue;
      const fresh = /** @type {Record<string, unknown>} */ (construct());
      const member = `${where}.${getter}`;
      const first = itemView.measure(() => fresh[getter]);
      const fields = first.reads.filter((read) => read.field);

      // 2. Few fields of its own raw value, and nothing else.
      const writes = fields.filter((read) => read.kind === 'write');
      if (writes.length > 0)
        problem(`${member} writes to the event: ${renderReads(writes)}`);
      const outside = fields.filter((read) => !startsWith(read.path, within));
      if (outside.length > 0) {
        problem(`${member} reads outside ${ownRaw}: ${renderReads(outside)}`);
      }
      if (
        fields.some(
          (read) =>
            read.kind === 'keys' &&
            read.path.length === within.length &&
            startsWith(read.path, within)
        )
      ) {
        problem(`${member} lists every key of ${ownRaw}`);
      }
      const below = fields.filter(
        (read) =>
          read.path.length > within.length && startsWith(read.path, within)
      );
      const topFields = new Set(
        below
          .filter((read) => read.path.length > within.length + 1 || read.own)
          .map((read) => read.path[within.length])
      );
      if (topFields.size > MAX_FIELDS_PER_GETTER) {
        problem(
          `${member} reads ${topFields.size} fields of ${ownRaw} (at most ${MAX_FIELDS_PER_GETTER}): ${[...topFields].join(', ')}`
        );
      }
      // `EVT_LAZINESS_TRACE=1 npx vitest run test/robustness.test.ts -t lazily` prints, per
      // getter, the fields it read and probed: the measurement behind MAX_FIELDS_PER_GETTER.
      if (process.env.EVT_LAZINESS_TRACE) {
        const probed = new Set(below.map((read) => read.path[within.length]));
        console.log(
          `${member}\t${topFields.size}\t${probed.size}\t${[...probed].join(',')}`
        );
      }
      if (first.threw) {
        if (!(first.error instanceof kit.EvtError)) {
          problem(`${member} threw ${describeError(first.error)}`);
        }
        continue;
      }

      // 4. Wrappers returned are not read inside.
      const returned = wrappersIn(first.value, kit);
      for (const [, child] of returned) {
        const childPath = itemView.pathOf(
          /** @type {{ rawEvent: unknown }} */ (child).rawEvent
        );
        if (!childPath) continue;
        const inside = fields.filter(
          (read) =>
            startsWith(read.path, childPath) &&
            (read.path.length > childPath.length || read.kind === 'keys')
        );
        if (inside.length > 0) {
          problem(
            `${member} reads inside the ${typeNameOf(child.constructor)} it returns: ${renderReads(inside)}`
          );
        }
      }

      // 3. Objects are cached; nothing is parsed twice.
      const parsedBefore = parses;
      const second = itemView.measure(() => fresh[getter]);
      if (parses > parsedBefore)
        problem(`${member} parses JSON again on a second read`);
      if (isObject(first.value)) {
        const partOfEvent =
          itemView.pathOf(first.value) !== undefined ||
          isEmptyDefault(first.value);
        if (second.value !== first.value) {
          problem(
            `${member} returns a new ${kindOfObject(first.value)} on each read (not cached)`
          );
        } else if (!partOfEvent && second.reads.length > 0) {
          problem(
            `${member} reads ${renderReads(second.reads)} again on a second read (cached, but read again)`
          );
        }
      }

      for (const [at, child] of returned) {
        queue.push({ wrapper: child, view: itemView, where: `${member}${at}` });
      }
    }
  }
  return problems;
}
