// @ts-check
// The mangled copies of a fixture that the robustness test reads, and the reading of them
// (see robustness.js).
import { deepFreeze } from './events.js';
import { untruthOf } from './truth.js';
import { readEverything, typeNameOf } from './walk.js';

/**
 * What a mangled copy holds, which decides what reading it must do (see
 * {@link readMangledCopies}):
 *
 * - `json`: a value JSON can hold (the default);
 * - `planted`: a throwing getter or a Proxy whose `get` trap throws {@link PLANTED};
 * - `identical`: the same content in another form (a pass-through Proxy, a null-prototype
 *   copy), which must read exactly as the fixture does;
 * - `shared`: one object reached from two places, or a deep graph of shared references;
 * - `cyclic`: a reference back to the root of the event.
 *
 * @typedef {'json' | 'planted' | 'identical' | 'shared' | 'cyclic'} MutationKind
 */

/**
 * How often the graph of shared references in a `shared` copy may have its keys listed while
 * it is read (see {@link DAG_LISTING_BUDGET}); counted only while `armed`.
 *
 * @typedef {object} ListingBudget
 * @property {number} listings
 * @property {boolean} armed
 * @property {string} member The read under way.
 * @property {string | undefined} trippedAt The read under way when the budget ran out.
 */

/**
 * One mangled copy of a fixture, and what was done to it.
 *
 * @typedef {object} Mutation
 * @property {string} description
 * @property {unknown} event
 * @property {MutationKind} [kind] `json` when absent.
 * @property {ListingBudget} [budget] For a copy holding a graph of shared references.
 */

/** @typedef {readonly (string | number)[]} Path */
/** @typedef {Record<string | number, unknown>} Node */

/** @type {readonly [string, unknown][]} */
const REPLACEMENTS = [
  ['null', null],
  ['a number', 42],
  ['a string', 'mangled'],
  ['a boolean', true],
  ['an array', []],
  ['an object', {}],
];

const BASE64 = /^[A-Za-z0-9+/]{8,}={0,2}$/;

/**
 * Renders a path the way evt's errors do: `Records[0].s3.bucket`.
 *
 * @param {Path} path
 * @returns {string}
 */
export function renderPath(path) {
  return path
    .map((key, index) =>
      typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`
    )
    .join('');
}

/**
 * Every path inside `value`, parents before their children.
 *
 * @param {unknown} value
 * @param {Path} [prefix]
 * @returns {Path[]}
 */
function paths(value, prefix = []) {
  /** @type {Path[]} */
  const found = [];
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      found.push([...prefix, index], ...paths(item, [...prefix, index]));
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      found.push([...prefix, key], ...paths(item, [...prefix, key]));
    }
  }
  return found;
}

/**
 * @param {unknown} root
 * @param {Path} path
 * @returns {unknown}
 */
function read(root, path) {
  let node = /** @type {Node} */ (root);
  for (const key of path) node = /** @type {Node} */ (node[key]);
  return node;
}

/**
 * A copy of `root` with `apply` run on the parent of `path` (and given the copy's root, for
 * a cycle back to it).
 *
 * @param {unknown} root
 * @param {Path} path
 * @param {(parent: Node, key: string | number, copy: unknown) => void} apply
 * @returns {unknown}
 */
function change(root, path, apply) {
  const copy = structuredClone(root);
  const parent = /** @type {Node} */ (read(copy, path.slice(0, -1)));
  apply(parent, /** @type {string | number} */ (path[path.length - 1]), copy);
  return copy;
}

/**
 * Corruptions of a string that decoders must reject with a DecodeError.
 *
 * @param {string} text
 * @returns {[string, string][]}
 */
function corruptions(text) {
  /** @type {[string, string][]} */
  const found = [];
  if (BASE64.test(text)) {
    const bytes = Buffer.from(text, 'base64');
    const flipped = Buffer.from(bytes);
    for (let index = 10; index < flipped.length; index += 7) {
      flipped[index] = (flipped[index] ?? 0) ^ 0x5a;
    }
    found.push(
      ['invalid base64', `${text.slice(0, -4)}!@#$`],
      [
        'base64 of half its bytes',
        bytes.subarray(0, bytes.length >> 1).toString('base64'),
      ],
      ['base64 with flipped bytes', flipped.toString('base64')],
      [
        'base64 of invalid UTF-8',
        Buffer.from([0xff, 0xfe, 0x7b]).toString('base64'),
      ],
      [
        'base64 of text that is not JSON',
        Buffer.from('{not json').toString('base64'),
      ]
    );
  }
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    found.push([
      'truncated JSON',
      text.slice(0, Math.max(1, text.length >> 1)),
    ]);
  }
  if (text.includes('%')) found.push(['a malformed escape', `${text}%E0%A4%A`]);
  return found;
}

/**
 * Every mangled copy of `event` the robustness test reads: the event replaced by each JSON
 * kind; for each field, the copy without it and with its value replaced by each JSON kind; for
 * each string that looks like base64, JSON or a URL-encoded value, the copy with that string
 * corrupted.
 *
 * @param {unknown} event
 * @returns {Mutation[]}
 */
export function mutationsOf(event) {
  /** @type {Mutation[]} */
  const mutations = [];
  for (const [label, replacement] of REPLACEMENTS) {
    mutations.push({
      description: `the event replaced by ${label}`,
      event: replacement,
    });
  }
  for (const path of paths(event)) {
    const where = renderPath(path);
    mutations.push({
      description: `${where} removed`,
      event: change(event, path, (parent, key) => {
        if (Array.isArray(parent))
          parent.splice(/** @type {number} */ (key), 1);
        else delete parent[key];
      }),
    });
    for (const [label, replacement] of REPLACEMENTS) {
      mutations.push({
        description: `${where} replaced by ${label}`,
        event: change(event, path, (parent, key) => {
          parent[key] = structuredClone(replacement);
        }),
      });
    }
    const value = read(event, path);
    if (typeof value === 'string') {
      for (const [label, corrupted] of corruptions(value)) {
        mutations.push({
          description: `${where} replaced by ${label}`,
          event: change(event, path, (parent, key) => {
            parent[key] = corrupted;
          }),
        });
      }
    }
  }
  return mutations;
}

// ── Hostile values: what JSON cannot hold, but a caller's object can ────────────────────

/**
 * The error the robustness test plants in the input (a getter or a Proxy trap that throws
 * it). Reading a field through it may let exactly this error through, unchanged: it is the
 * input's own. Nothing may wrap, change or replace it with another non-EvtError, and the
 * debug view must swallow it.
 */
export class PlantedError extends Error {
  constructor() {
    super('planted by the robustness test: the input throws when read here');
    this.name = 'PlantedError';
  }
}

/** The one planted error every planted getter and trap throws; frozen, so it stays unchanged. */
export const PLANTED = Object.freeze(new PlantedError());

/** Thrown by a graph of shared references whose keys were listed too often (see below). */
export class ListingBudgetError extends Error {
  constructor() {
    super('the keys of a graph of shared references were listed too often');
    this.name = 'ListingBudgetError';
  }
}

const OVER_BUDGET = Object.freeze(new ListingBudgetError());

/**
 * The depth of the graph of shared references a `shared` copy holds: each level is an object
 * whose two keys (`a`, `b`) hold the same object of the next level, so there are 25 objects
 * and 2^24 (16.7 million) paths through them. A traversal that remembers what it has visited
 * lists each object's keys once, one that caps the values it visits lists them up to its cap,
 * and one that does neither never finishes.
 */
export const DAG_DEPTH = 24;

/**
 * How many times reading one `shared` copy (construction, every getter, `String()` and
 * `util.inspect()`) may list the keys of the objects of its graph: 2^16 (65,536). A bounded
 * traversal stays well below it: 25 listings with a visited set, and with a cap on the
 * values one view visits (core's debug view stops at 10,000) at most the cap per view, times
 * the two views. An exponential one reaches it after 1/256 of its 2^24 paths. Counting
 * listings (a Proxy `ownKeys` trap) rather than timing keeps the check deterministic; past
 * the budget the trap throws {@link ListingBudgetError}, so even an exponential traversal
 * ends in a fraction of a second, and the test names the read that ran out.
 */
export const DAG_LISTING_BUDGET = 2 ** 16;

/**
 * The most nodes of one fixture at which the hostile values are planted. Past it, every node
 * up to depth 3 is kept (the envelope, the records, their first fields: where classes read)
 * and the deeper ones are sampled with a PRNG seeded from the fixture's text, so a fixture
 * always gets the same sample. No fixture reaches it today (the largest has 112 nodes); it
 * bounds the run time of a large one.
 */
export const MAX_HOSTILE_NODES = 250;

/** @type {ProxyHandler<object>} */
const THROWING_GET = Object.freeze({
  get() {
    throw PLANTED;
  },
});

/**
 * Freezes a value and everything reachable from it through data properties, without running
 * any getter or `get` trap (which would throw the planted error), once per object (which
 * ends on cycles).
 *
 * @template T
 * @param {T} value
 * @returns {T}
 */
export function freezeDeeply(value) {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) {
    return value;
  }
  Object.freeze(value);
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
    if (descriptor && 'value' in descriptor) freezeDeeply(descriptor.value);
  }
  return value;
}

/**
 * A text that changes when anything reachable from `value` changes, read through property
 * descriptors only (no getter or `get` trap runs) and naming an object met again by its
 * number (which ends on cycles and stays linear on shared references).
 *
 * @param {unknown} value
 * @returns {string}
 */
export function fingerprintOf(value) {
  /** @type {Map<object, number>} */
  const numbers = new Map();
  /** @type {string[]} */
  const parts = [];
  /** @param {unknown} item */
  const visit = (item) => {
    if (item === null || typeof item !== 'object') {
      parts.push(
        typeof item === 'string'
          ? JSON.stringify(item)
          : typeof item === 'function'
            ? '[function]'
            : String(item)
      );
      return;
    }
    const number = numbers.get(item);
    if (number !== undefined) {
      parts.push(`#${number}`);
      return;
    }
    numbers.set(item, numbers.size);
    parts.push(
      Object.getPrototypeOf(item) === null ? '{null' : '{',
      Object.isFrozen(item) ? '!' : ''
    );
    for (const key of Reflect.ownKeys(item)) {
      const descriptor = Reflect.getOwnPropertyDescriptor(item, key);
      parts.push(String(key), ':');
      if (descriptor && 'value' in descriptor) visit(descriptor.value);
      else parts.push('[accessor]');
      parts.push(',');
    }
    parts.push('}');
  };
  visit(value);
  return parts.join('');
}

/**
 * A small deterministic PRNG (mulberry32), for sampling nodes.
 *
 * @param {number} seed
 * @returns {() => number} Numbers in [0, 1).
 */
function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The FNV-1a hash of a text.
 *
 * @param {string} text
 * @returns {number}
 */
function hashOf(text) {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The nodes of `event` the hostile values are planted at: all of them, or past `max`, those
 * up to depth 3 and a seeded sample of the deeper ones (see {@link MAX_HOSTILE_NODES}), in
 * the order {@link paths} gives them.
 *
 * @param {unknown} event
 * @param {number} max
 * @returns {Path[]}
 */
export function hostileNodesOf(event, max = MAX_HOSTILE_NODES) {
  const all = paths(event);
  if (all.length <= max) return all;
  const random = prng(hashOf(JSON.stringify(event)));
  /** @param {Path[]} nodes */
  const shuffled = (nodes) => {
    const copy = [...nodes];
    for (let index = copy.length - 1; index > 0; index--) {
      const other = Math.floor(random() * (index + 1));
      [copy[index], copy[other]] = [
        /** @type {Path} */ (copy[other]),
        /** @type {Path} */ (copy[index]),
      ];
    }
    return copy;
  };
  const shallow = all.filter((path) => path.length <= 3);
  const chosen = new Set(
    shallow.length >= max
      ? shuffled(shallow).slice(0, max)
      : [
          ...shallow,
          ...shuffled(all.filter((path) => path.length > 3)).slice(
            0,
            max - shallow.length
          ),
        ]
  );
  return all.filter((path) => chosen.has(path));
}

/**
 * A graph of shared references {@link DAG_DEPTH} levels deep over `leaf`, whose objects
 * count the listings of their keys against `budget`.
 *
 * @param {unknown} leaf
 * @param {ListingBudget} budget
 * @returns {object}
 */
function sharedGraph(leaf, budget) {
  /** @type {ProxyHandler<object>} */
  const counting = {
    ownKeys(target) {
      if (budget.armed && ++budget.listings > DAG_LISTING_BUDGET) {
        budget.trippedAt ??= budget.member;
        throw OVER_BUDGET;
      }
      return Reflect.ownKeys(target);
    },
  };
  let node = leaf;
  for (let level = 0; level < DAG_DEPTH; level++) {
    node = new Proxy({ a: node, b: node }, counting);
  }
  return /** @type {object} */ (node);
}

/** @returns {ListingBudget} */
const freshBudget = () => ({
  listings: 0,
  armed: false,
  member: '(constructor)',
  trippedAt: undefined,
});

/**
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
const isPlainObject = (value) =>
  value !== null &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  Object.getPrototypeOf(value) === Object.prototype;

/**
 * A shallow null-prototype copy of a plain object.
 *
 * @param {Record<string, unknown>} value
 * @returns {Record<string, unknown>}
 */
const nullPrototypeCopy = (value) => Object.assign(Object.create(null), value);

/**
 * The object-valued sibling of `path` that a shared reference points to: the nearest one
 * before it, else the nearest one after it.
 *
 * @param {unknown} event
 * @param {Path} path
 * @returns {Path | undefined}
 */
function siblingOf(event, path) {
  const parent = /** @type {Node} */ (read(event, path.slice(0, -1)));
  const keys = Array.isArray(parent)
    ? parent.map((_, index) => index)
    : Object.keys(parent);
  const at = keys.indexOf(/** @type {never} */ (path[path.length - 1]));
  const isObject = (/** @type {string | number} */ key) =>
    parent[key] !== null && typeof parent[key] === 'object';
  const before = keys.slice(0, at).reverse().find(isObject);
  const key = before ?? keys.slice(at + 1).find(isObject);
  return key === undefined ? undefined : [...path.slice(0, -1), key];
}

/**
 * Every hostile copy of `event`: values JSON cannot hold but an object built in code can.
 * For the event itself: a Proxy whose `get` trap throws, a pass-through Proxy, a
 * null-prototype copy, and a graph of shared references. For each node (see
 * {@link hostileNodesOf}):
 *
 * - its field turned into a getter that throws {@link PLANTED} (`planted`);
 * - its value replaced by a Proxy whose `get` trap throws it, over the value when it is an
 *   object and over `{}` otherwise (`planted`);
 * - an object value seen through a pass-through Proxy, and a plain object value replaced by
 *   a null-prototype copy (`identical`);
 * - an object value replaced by a second reference to its nearest object-valued sibling, and
 *   any value replaced by a graph of shared references {@link DAG_DEPTH} deep over it
 *   (`shared`);
 * - the value replaced by the root of the event: a cycle (`cyclic`).
 *
 * @param {unknown} event A JSON value (it is copied).
 * @param {{ maxNodes?: number | undefined }} [options]
 * @returns {Mutation[]}
 */
export function hostileMutationsOf(event, { maxNodes } = {}) {
  /** @type {Mutation[]} */
  const mutations = [];
  const root = structuredClone(event);
  if (root !== null && typeof root === 'object') {
    mutations.push(
      {
        description: 'the event seen through a Proxy whose get trap throws',
        event: new Proxy(structuredClone(root), THROWING_GET),
        kind: 'planted',
      },
      {
        description: 'the event seen through a pass-through Proxy',
        event: new Proxy(structuredClone(root), {}),
        kind: 'identical',
      }
    );
  }
  if (isPlainObject(root)) {
    mutations.push({
      description: 'the event as a null-prototype copy',
      event: nullPrototypeCopy(root),
      kind: 'identical',
    });
  }
  const budget = freshBudget();
  mutations.push({
    description: `the event replaced by a graph of shared references ${DAG_DEPTH} deep`,
    event: sharedGraph(structuredClone(event), budget),
    kind: 'shared',
    budget,
  });

  for (const path of hostileNodesOf(event, maxNodes)) {
    const where = renderPath(path);
    const value = read(event, path);
    const isObject = value !== null && typeof value === 'object';
    mutations.push(
      {
        description: `${where} read through a throwing getter`,
        event: change(event, path, (parent, key) => {
          Object.defineProperty(parent, key, {
            get() {
              throw PLANTED;
            },
            enumerable: true,
            configurable: true,
          });
        }),
        kind: 'planted',
      },
      {
        description: isObject
          ? `${where} seen through a Proxy whose get trap throws`
          : `${where} replaced by a Proxy whose get trap throws`,
        event: change(event, path, (parent, key) => {
          const target = parent[key];
          parent[key] = new Proxy(
            target !== null && typeof target === 'object' ? target : {},
            THROWING_GET
          );
        }),
        kind: 'planted',
      }
    );
    if (isObject) {
      mutations.push({
        description: `${where} seen through a pass-through Proxy`,
        event: change(event, path, (parent, key) => {
          parent[key] = new Proxy(/** @type {object} */ (parent[key]), {});
        }),
        kind: 'identical',
      });
    }
    if (isPlainObject(value)) {
      mutations.push({
        description: `${where} as a null-prototype copy`,
        event: change(event, path, (parent, key) => {
          parent[key] = nullPrototypeCopy(
            /** @type {Record<string, unknown>} */ (parent[key])
          );
        }),
        kind: 'identical',
      });
    }
    const sibling = isObject ? siblingOf(event, path) : undefined;
    if (sibling) {
      mutations.push({
        description: `${where} replaced by a second reference to ${renderPath(sibling)}`,
        event: change(event, path, (parent, key) => {
          parent[key] = parent[/** @type {string | number} */ (sibling.at(-1))];
        }),
        kind: 'shared',
      });
    }
    const graphBudget = freshBudget();
    mutations.push(
      {
        description: `${where} replaced by a graph of shared references ${DAG_DEPTH} deep`,
        event: change(event, path, (parent, key) => {
          parent[key] = sharedGraph(parent[key], graphBudget);
        }),
        kind: 'shared',
        budget: graphBudget,
      },
      {
        description: `${where} replaced by a reference to the event (a cycle)`,
        event: change(event, path, (parent, key, copy) => {
          parent[key] = copy;
        }),
        kind: 'cyclic',
      }
    );
  }
  return mutations;
}

/**
 * What reading every mangled copy of a fixture found.
 *
 * @typedef {object} MangledReading
 * @property {string[]} failures Escapes, untrue errors, changed inputs and (for hostile
 *   copies) reads that differ from the fixture's, grouped by member.
 * @property {number} copies How many mangled copies were read.
 * @property {number} errorsChecked How many EvtErrors were checked for truth.
 * @property {number} planted How many reads let the planted error through (hostile copies).
 */

/**
 * @param {unknown} error
 * @returns {string}
 */
const describeError = (error) => {
  try {
    return error instanceof Error
      ? `${error.name}: ${error.message}`
      : String(error);
  } catch {
    return '(an error that cannot be described)';
  }
};

/**
 * A short excerpt of a rendered value, for a message.
 *
 * @param {string} text
 * @returns {string}
 */
const excerpt = (text) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

/**
 * Where two renderings first differ, as two short excerpts from a little before that point.
 *
 * @param {string} found
 * @param {string} expected
 * @returns {string}
 */
function difference(found, expected) {
  let at = 0;
  while (at < found.length && found[at] === expected[at]) at++;
  const from = Math.max(0, at - 20);
  /** @param {string} text */
  const part = (text) => `${from > 0 ? '…' : ''}${excerpt(text.slice(from))}`;
  return `${part(found)}, not ${part(expected)} as on the fixture`;
}

const CANNOT_BE_DESERIALIZED = '[Cannot be deserialized]';

/**
 * The places in a debug view (the JSON text of `String(wrapper)`) that show
 * `[Cannot be deserialized]`, named the way the walk names members (`.records[0].body`).
 *
 * @param {string} text
 * @returns {string[]}
 */
function undeserializedIn(text) {
  /** @type {string[]} */
  const found = [];
  /**
   * @param {unknown} node
   * @param {string} where
   */
  const visit = (node, where) => {
    if (node === CANNOT_BE_DESERIALIZED) found.push(where);
    else if (Array.isArray(node)) {
      for (const [index, item] of node.entries()) {
        visit(item, `${where}[${index}]`);
      }
    } else if (node !== null && typeof node === 'object') {
      for (const [key, item] of Object.entries(node)) {
        visit(item, `${where}.${key}`);
      }
    }
  };
  try {
    visit(JSON.parse(text), '');
  } catch {
    // not JSON: nothing to compare
  }
  return found;
}

/**
 * Constructs `target.Class` on the pristine fixture and on every mangled copy of it, reads
 * everything reachable, and reports: each read that threw something other than an EvtError;
 * each EvtError that is not true of its input (see truth.js); each copy the reads changed.
 * Failures of one member with one message are reported once, with the first copy that showed
 * it and how many did.
 *
 * With `hostile`, the copies are those of {@link hostileMutationsOf} instead of the JSON ones
 * of {@link mutationsOf}, and reading them must also hold to what their kind promises:
 *
 * - everywhere: `String(wrapper)` and `util.inspect(wrapper)` throw nothing at all;
 * - `planted`: a read may let {@link PLANTED} through, the very instance, and nothing else
 *   that is not an EvtError;
 * - `identical`: every member that returned on the fixture returns the same value (rendered
 *   by `canonicalOf`, which ignores prototypes and Proxies), debug view included;
 * - `shared`: the keys of a graph of shared references are listed at most
 *   {@link DAG_LISTING_BUDGET} times (a traversal without a visited set is exponential);
 * - `shared` and `cyclic` (and the fixture itself): the debug view does not show
 *   `[Cannot be deserialized]` for a member whose getter returned plain data (see
 *   `isPlainData`): a cycle or a shared object must be shown, not given up on.
 *
 * A hang (a traversal of a cycle that never ends) is left to the test's timeout.
 *
 * @param {import('./walk.js').ApiKit} kit
 * @param {{ Class: Function, select?: ((event: never) => unknown) | undefined }} target
 * @param {unknown} fixture The pristine fixture, mutable (it is copied).
 * @param {Set<unknown>} seen Collects the wrapper classes met.
 * @param {{ hostile?: boolean, maxNodes?: number | undefined }} [options] `maxNodes`: see
 *   {@link MAX_HOSTILE_NODES}.
 * @returns {MangledReading}
 */
export function readMangledCopies(
  kit,
  { Class, select },
  fixture,
  seen,
  { hostile = false, maxNodes } = {}
) {
  const Wrapper = /** @type {import('./walk.js').WrapperConstructor} */ (Class);
  const className = typeNameOf(Class);
  /** @param {unknown} event */
  const pick = (event) =>
    select ? select(/** @type {never} */ (event)) : event;
  const pristine = pick(deepFreeze(structuredClone(fixture)));
  /** @type {Map<string, { first: string, count: number }>} */
  const grouped = new Map();
  /**
   * @param {string} key
   * @param {string} description
   */
  const fail = (key, description) => {
    const entry = grouped.get(key);
    if (entry) entry.count++;
    else grouped.set(key, { first: description, count: 1 });
  };
  let errorsChecked = 0;
  let planted = 0;

  /**
   * Constructs the class on a copy and reads everything, or returns `undefined` when `select`
   * cannot pick the class's part from it.
   *
   * @param {unknown} event
   * @param {Partial<import('./walk.js').WalkResult>} extra
   * @returns {{ input: unknown, result: import('./walk.js').WalkResult } | undefined}
   */
  const readCopy = (event, extra = {}) => {
    /** @type {unknown} */
    let input;
    try {
      input = pick(event);
    } catch {
      return undefined; // the mangling broke the part that `select` picks: the class never sees it
    }
    /** @type {import('./walk.js').WalkResult} */
    const result = { seen, errors: [], escapes: [], ...extra };
    /** @type {unknown} */
    let wrapper;
    result.onRead?.('(constructor)');
    try {
      wrapper = new Wrapper(input);
    } catch (error) {
      if (error instanceof kit.EvtError)
        result.errors.push({ member: '(constructor)', error });
      else result.escapes.push({ member: '(constructor)', error });
    }
    if (wrapper) readEverything(wrapper, kit, result);
    return { input, result };
  };

  /**
   * Reports the escapes and untrue errors of one read copy.
   *
   * @param {string} description
   * @param {unknown} input
   * @param {import('./walk.js').WalkResult} result
   * @param {MutationKind} kind
   * @param {boolean} [addsKeys] The copy holds keys the fixture does not.
   */
  const check = (description, input, result, kind, addsKeys = false) => {
    for (const { member, error, debugView } of result.escapes) {
      if (debugView) {
        fail(
          `${member} threw ${describeError(error)}: the debug view must never throw`,
          description
        );
      } else if (error === OVER_BUDGET) {
        // reported once per copy, from the budget
      } else if (kind === 'planted' && error === PLANTED) {
        planted++;
      } else {
        fail(`${member} threw ${describeError(error)}`, description);
      }
    }
    for (const { member, error } of result.errors) {
      errorsChecked++;
      const untruth = untruthOf(error, {
        kit,
        className,
        input,
        pristine,
        addsKeys,
      });
      if (untruth)
        fail(
          `${member} threw ${describeError(error)}: it ${untruth}`,
          description
        );
    }
  };

  if (!hostile) {
    const own = readCopy(deepFreeze(structuredClone(fixture)));
    if (own) check('the pristine fixture', own.input, own.result, 'json');
    const mutations = mutationsOf(fixture);
    for (const mutation of mutations) {
      const event = deepFreeze(mutation.event);
      const before = JSON.stringify(event);
      const copy = readCopy(event);
      if (copy) check(mutation.description, copy.input, copy.result, 'json');
      if (JSON.stringify(event) !== before)
        fail('the input changed', mutation.description);
    }
    return {
      failures: report(grouped),
      copies: mutations.length,
      errorsChecked,
      planted,
    };
  }

  /**
   * The members a debug view shows as `[Cannot be deserialized]` although their getter
   * returned plain data (which has nothing to fail on: a cycle or shared references must be
   * shown, not given up on). A member that returned something that decodes lazily (a header
   * map whose values are checked on use) may fail in the view, and is not counted.
   *
   * @param {import('./walk.js').WalkResult} result
   * @returns {string[]}
   */
  const hiddenByView = (result) =>
    result.debugView === undefined
      ? []
      : undeserializedIn(result.debugView).filter((member) =>
          result.plain?.has(member)
        );

  // The fixture's own reading, to compare the identical copies with (its escapes and errors
  // are the JSON test's to report; what its debug view hides is reported here, once).
  const own = readCopy(deepFreeze(structuredClone(fixture)), {
    values: new Map(),
    canonical: true,
    plain: new Set(),
  });
  const expected = own?.result.values ?? new Map();
  const hiddenOnFixture = new Set(own ? hiddenByView(own.result) : []);
  for (const member of hiddenOnFixture) {
    fail(
      `String(wrapper) shows ${member} as ${CANNOT_BE_DESERIALIZED}, but its getter returned plain data`,
      'the pristine fixture'
    );
  }
  const mutations = hostileMutationsOf(fixture, { maxNodes });
  for (const mutation of mutations) {
    const kind = mutation.kind ?? 'json';
    const { budget } = mutation;
    const event = freezeDeeply(mutation.event);
    const before = fingerprintOf(event);
    /** @type {Partial<import('./walk.js').WalkResult>} */
    const extra = {
      values: new Map(),
      canonical: kind === 'identical',
      ...((kind === 'shared' || kind === 'cyclic') && { plain: new Set() }),
    };
    if (budget) {
      extra.onRead = (member) => {
        budget.member = member;
      };
      budget.armed = true;
    }
    const copy = readCopy(event, extra);
    if (budget) budget.armed = false;
    if (fingerprintOf(event) !== before)
      fail('the input changed', mutation.description);
    if (!copy) continue;
    const { input, result } = copy;
    check(mutation.description, input, result, kind, budget !== undefined);
    if (budget?.trippedAt !== undefined) {
      fail(
        `${budget.trippedAt} listed the keys of a graph of shared references more than ${DAG_LISTING_BUDGET} times (${DAG_DEPTH + 1} objects; a traversal without a visited set is exponential on shared references)`,
        mutation.description
      );
    }
    const values = /** @type {Map<string, string>} */ (result.values);
    if (kind === 'identical') {
      for (const [member, value] of expected) {
        const found = values.get(member);
        if (found === value) continue;
        const thrown = [...result.errors, ...result.escapes].find(
          (item) => item.member === member
        );
        fail(
          found !== undefined
            ? `${member} reads ${difference(found, value)}`
            : thrown
              ? `${member} threw ${describeError(thrown.error)}, but returns ${excerpt(value)} on the fixture`
              : `${member} was not reached, but returns ${excerpt(value)} on the fixture`,
          mutation.description
        );
      }
    }
    if (kind === 'shared' || kind === 'cyclic') {
      for (const member of hiddenByView(result)) {
        if (!hiddenOnFixture.has(member)) {
          fail(
            `String(wrapper) shows ${member} as ${CANNOT_BE_DESERIALIZED}, but its getter returned plain data`,
            mutation.description
          );
        }
      }
    }
  }
  return {
    failures: report(grouped),
    copies: mutations.length,
    errorsChecked,
    planted,
  };
}

/**
 * @param {Map<string, { first: string, count: number }>} grouped
 * @returns {string[]}
 */
const report = (grouped) =>
  [...grouped].map(
    ([key, { first, count }]) =>
      `${key} [on ${first}${count > 1 ? ` and ${count - 1} more` : ''}]`
  );
