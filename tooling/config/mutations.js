// @ts-check
// The mangled copies of a fixture that the robustness test reads, and the reading of them
// (see robustness.js).
import { deepFreeze } from './events.js';
import { untruthOf } from './truth.js';
import { readEverything, typeNameOf } from './walk.js';

/**
 * One mangled copy of a fixture, and what was done to it.
 *
 * @typedef {{ readonly description: string, readonly event: unknown }} Mutation
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
 * A copy of `root` with `apply` run on the parent of `path`.
 *
 * @param {unknown} root
 * @param {Path} path
 * @param {(parent: Node, key: string | number) => void} apply
 * @returns {unknown}
 */
function change(root, path, apply) {
  const copy = structuredClone(root);
  const parent = /** @type {Node} */ (read(copy, path.slice(0, -1)));
  apply(parent, /** @type {string | number} */ (path[path.length - 1]));
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

/**
 * What reading every mangled copy of a fixture found.
 *
 * @typedef {object} MangledReading
 * @property {string[]} failures Escapes, untrue errors and changed inputs, grouped by member.
 * @property {number} copies How many mangled copies were read.
 * @property {number} errorsChecked How many EvtErrors were checked for truth.
 */

/**
 * @param {unknown} error
 * @returns {string}
 */
const describeError = (error) =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

/**
 * Constructs `target.Class` on the pristine fixture and on every mangled copy of it, reads
 * everything reachable, and reports: each read that threw something other than an EvtError;
 * each EvtError that is not true of its input (see truth.js); each copy the reads changed.
 * Failures of one member with one message are reported once, with the first copy that showed
 * it and how many did.
 *
 * @param {import('./walk.js').ApiKit} kit
 * @param {{ Class: Function, select?: ((event: never) => unknown) | undefined }} target
 * @param {unknown} fixture The pristine fixture, mutable (it is copied).
 * @param {Set<unknown>} seen Collects the wrapper classes met.
 * @returns {MangledReading}
 */
export function readMangledCopies(kit, { Class, select }, fixture, seen) {
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

  /**
   * @param {string} description
   * @param {unknown} event
   */
  const readCopy = (description, event) => {
    /** @type {unknown} */
    let input;
    try {
      input = pick(event);
    } catch {
      return; // the mangling broke the part that `select` picks: the class never sees it
    }
    /** @type {import('./walk.js').WalkResult} */
    const result = { seen, errors: [], escapes: [] };
    /** @type {unknown} */
    let wrapper;
    try {
      wrapper = new Wrapper(input);
    } catch (error) {
      if (error instanceof kit.EvtError)
        result.errors.push({ member: '(constructor)', error });
      else result.escapes.push({ member: '(constructor)', error });
    }
    if (wrapper) readEverything(wrapper, kit, result);
    for (const { member, error } of result.escapes) {
      fail(`${member} threw ${describeError(error)}`, description);
    }
    for (const { member, error } of result.errors) {
      errorsChecked++;
      const untruth = untruthOf(error, { kit, className, input, pristine });
      if (untruth)
        fail(
          `${member} threw ${describeError(error)}: it ${untruth}`,
          description
        );
    }
  };

  readCopy('the pristine fixture', deepFreeze(structuredClone(fixture)));
  const mutations = mutationsOf(fixture);
  for (const mutation of mutations) {
    const event = deepFreeze(mutation.event);
    const before = JSON.stringify(event);
    readCopy(mutation.description, event);
    if (JSON.stringify(event) !== before)
      fail('the input changed', mutation.description);
  }

  return {
    failures: [...grouped].map(
      ([key, { first, count }]) =>
        `${key} [on ${first}${count > 1 ? ` and ${count - 1} more` : ''}]`
    ),
    copies: mutations.length,
    errorsChecked,
  };
}
