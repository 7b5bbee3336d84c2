// @ts-check
// Whether an EvtError tells the truth about the event it was thrown for (see robustness.js).
import { gunzipSync, inflateSync } from 'node:zlib';

/** @typedef {import('./walk.js').ApiKit} ApiKit */

const BASE64 = /^[A-Za-z0-9+/\r\n]+={0,2}$/;
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** @type {Map<string, unknown[]>} */
const decoded = new Map();

/**
 * What a string field may hold once decoded the ways evt decodes fields: JSON text, base64 of
 * JSON text, and base64 of gzip or zlib of JSON text. Errors inside a decoded field name paths
 * through it (`Records[0].body.Records[0].s3`).
 *
 * @param {string} text
 * @returns {unknown[]}
 */
function decodingsOf(text) {
  let found = decoded.get(text);
  if (found) return found;
  found = [];
  /** @param {() => unknown} decode */
  const attempt = (decode) => {
    try {
      /** @type {unknown[]} */ (found).push(decode());
    } catch {
      // not this encoding
    }
  };
  attempt(() => JSON.parse(text));
  if (text.length >= 4 && BASE64.test(text)) {
    const bytes = Buffer.from(text, 'base64');
    attempt(() => JSON.parse(UTF8.decode(bytes)));
    attempt(() => JSON.parse(UTF8.decode(gunzipSync(bytes))));
    attempt(() => JSON.parse(UTF8.decode(inflateSync(bytes))));
  }
  if (decoded.size > 10_000) decoded.clear();
  decoded.set(text, found);
  return found;
}

/**
 * Splits an error's path into keys and indexes: `Records[0].s3.bucket` → `Records`, 0, `s3`,
 * `bucket`. A key that holds dots (a header or attribute name) is split too; the resolver
 * joins them back.
 *
 * @param {string} path
 * @returns {(string | number)[]}
 */
function tokensOf(path) {
  /** @type {(string | number)[]} */
  const tokens = [];
  if (path === '') return tokens;
  for (const part of path.split('.')) {
    const match = /^(.*?)((?:\[\d+\])*)$/.exec(part);
    const name = match?.[1] ?? part;
    const indexes = match?.[2] ?? '';
    if (name !== '' || indexes === '') tokens.push(name);
    for (const [, index] of indexes.matchAll(/\[(\d+)\]/g)) {
      tokens.push(Number(index));
    }
  }
  return tokens;
}

/**
 * Stands in {@link valuesAt}'s answer for a value that could not be read: the input threw
 * when asked for it (a throwing getter or Proxy planted by the robustness test). Nothing can
 * be said about such a value, so an error naming it is taken to be true.
 */
export const UNREADABLE = Symbol('unreadable');

/**
 * Every value an error's path may name inside `root` (more than one when a key holds dots, or
 * a string field decodes more than one way). `undefined` stands for "absent", and
 * {@link UNREADABLE} for a value the input threw on.
 *
 * @param {unknown} root
 * @param {string} path
 * @returns {unknown[]}
 */
export function valuesAt(root, path) {
  const tokens = tokensOf(path);
  /** @type {unknown[]} */
  const found = [];
  /**
   * @param {unknown} node
   * @param {number} at
   */
  const walk = (node, at) => {
    try {
      step(node, at);
    } catch {
      found.push(UNREADABLE);
    }
  };
  /**
   * @param {unknown} node
   * @param {number} at
   */
  const step = (node, at) => {
    if (at === tokens.length) {
      found.push(node);
      if (typeof node === 'string') found.push(...decodingsOf(node));
      return;
    }
    if (typeof node === 'string') {
      const decodings = decodingsOf(node);
      if (decodings.length === 0) found.push(undefined);
      for (const value of decodings) walk(value, at);
      return;
    }
    if (node === null || typeof node !== 'object') {
      found.push(undefined);
      return;
    }
    const token = tokens[at];
    if (typeof token === 'number') {
      walk(Array.isArray(node) ? node[token] : undefined, at + 1);
      return;
    }
    let matched = false;
    for (let end = at; typeof tokens[end] === 'string'; end++) {
      const key = tokens.slice(at, end + 1).join('.');
      if (!Array.isArray(node) && Object.hasOwn(node, key)) {
        matched = true;
        walk(/** @type {Record<string, unknown>} */ (node)[key], end + 1);
      }
    }
    if (!matched) found.push(undefined);
  };
  walk(root, 0);
  return found;
}

/**
 * The kind of a value as evt's errors name it: `null`, `array`, or its `typeof`.
 *
 * @param {unknown} value
 * @returns {string}
 */
export function kindOf(value) {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

/** @param {unknown} value */
const isAbsent = (value) => value === undefined || value === null;

/**
 * What the input holds at a path, for a message: `holds the string "abc"`, `has nothing`.
 *
 * @param {unknown} value
 * @returns {string}
 */
function describe(value) {
  if (value === undefined) return 'has nothing';
  if (typeof value === 'string') {
    return `holds the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  }
  return `holds ${value === null ? 'null' : `a value of kind ${kindOf(value)}`}`;
}

/**
 * Whether the fixture holds `null` at a path above `path` (`Queue` for `Queue.Name`): an
 * optional object the event sent as `null`, which a mangled copy may turn into an object.
 *
 * @param {unknown} pristine
 * @param {string} path
 * @returns {boolean}
 */
function isBelowNull(pristine, path) {
  const tokens = tokensOf(path);
  let prefix = '';
  for (const token of tokens.slice(0, -1)) {
    if (typeof token === 'number') prefix = `${prefix}[${token}]`;
    else prefix = prefix === '' ? token : `${prefix}.${token}`;
    if (valuesAt(pristine, prefix).includes(null)) return true;
  }
  return false;
}

/**
 * Checks that an EvtError is true of the input it was thrown for:
 *
 * - it names the class that was read (errors name the path from the outermost wrapper);
 * - a `MissingFieldError` names a path that is absent (or `null`) in the input;
 * - a `FieldTypeError` reports as `actual` the kind found at its path (or, for a field that
 *   must hold one of a few strings, that string);
 * - a `DecodeError` names a field that the input has (its value may be `null`: a DynamoDB
 *   attribute value that is `null` does not decode);
 * - a `MissingFieldError` names a path the pristine fixture has: a required field that a
 *   mangled copy lacks is one the fixture had, so a path that no fixture has is misspelt (or
 *   the field is not required after all). A path below a value the fixture holds as `null`
 *   is exempt: a copy that turns that `null` into an object lacks every field of it, and the
 *   fixture can say nothing of their spelling (a fixture that has the object checks it).
 *
 * A path the input cannot be read at (it threw: see {@link UNREADABLE}) makes any error true.
 *
 * @param {unknown} error An EvtError.
 * @param {{ kit: ApiKit, className: string, input: unknown, pristine: unknown, addsKeys?: boolean }} context
 *   `input` is the raw value the class was constructed with; `pristine` the same part of the
 *   unmangled fixture. `addsKeys` says the input holds keys the fixture does not (a graph of
 *   shared references planted in it), so that the last rule cannot hold.
 * @returns {string | undefined} What is untrue, or `undefined`.
 */
export function untruthOf(
  error,
  { kit, className, input, pristine, addsKeys = false }
) {
  const checked =
    error instanceof kit.MissingFieldError ||
    error instanceof kit.FieldTypeError ||
    error instanceof kit.DecodeError;
  if (!checked) return undefined;
  const { path, className: named } =
    /** @type {{ path: string, className: string }} */ (error);
  if (typeof path !== 'string') {
    return `has a path that is not a string: ${String(path)}`;
  }
  if (named !== className) {
    return `names the class ${JSON.stringify(named)}, not ${className}, the class that was read (a wrapper lost its parent)`;
  }
  const found = valuesAt(input, path);
  if (found.includes(UNREADABLE)) return undefined;
  if (error instanceof kit.MissingFieldError) {
    if (!found.some(isAbsent)) {
      return `says ${path || 'the event'} is missing, but the input ${describe(found[0])} there`;
    }
    if (
      !addsKeys &&
      !valuesAt(pristine, path).some((value) => !isAbsent(value)) &&
      !isBelowNull(pristine, path)
    ) {
      return `names ${path || 'the event'}, which the pristine fixture does not have either (a misspelt path, or a field that is not required)`;
    }
    return undefined;
  }
  if (error instanceof kit.FieldTypeError) {
    const { actual } = /** @type {{ actual: string }} */ (error);
    const matches = found.some(
      (value) =>
        kindOf(value) === actual ||
        (typeof value === 'string' && JSON.stringify(value) === actual)
    );
    return matches
      ? undefined
      : `says ${path || 'the event'} holds ${actual}, but the input ${describe(found[0])} there`;
  }
  return found.some((value) => value !== undefined)
    ? undefined
    : `says ${path || 'the event'} could not be decoded, but the input has no such field`;
}
