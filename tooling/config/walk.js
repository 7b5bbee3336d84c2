// @ts-check
// What the robustness test knows about a package's public API, found from the API itself
// (this package must not depend on @evt/core, which depends on it), and the walk that reads
// everything reachable from a wrapper.

/** @typedef {abstract new (...args: never) => object} AnyClass */
/** @typedef {new (raw: unknown, options?: unknown) => object} WrapperConstructor */

/**
 * What the tests need from a package's API: the wrapper base class (`EventWrapper`, reached
 * through the prototype chain of any exported wrapper class), the error classes every package
 * re-exports from core, and the exported wrapper classes by name.
 *
 * @typedef {object} ApiKit
 * @property {AnyClass} EventWrapper
 * @property {AnyClass} EvtError
 * @property {AnyClass} MissingFieldError
 * @property {AnyClass} FieldTypeError
 * @property {AnyClass} DecodeError
 * @property {[string, WrapperConstructor][]} wrappers The exported wrapper classes, by export name.
 */

/**
 * @param {unknown} Class
 * @returns {Class is Function}
 */
const isClass = (Class) => typeof Class === 'function';

/**
 * The wrapper base class: the class on the prototype chain that defines the `rawEvent` getter
 * and a static `typeName`.
 *
 * @param {unknown} Class
 * @returns {AnyClass | undefined}
 */
function baseOf(Class) {
  for (
    let current = Class;
    isClass(current) && current !== Function.prototype;
    current = Object.getPrototypeOf(current)
  ) {
    const prototype = /** @type {{ prototype?: object }} */ (current).prototype;
    const rawEvent =
      prototype && Object.getOwnPropertyDescriptor(prototype, 'rawEvent');
    if (rawEvent?.get && Object.hasOwn(current, 'typeName')) {
      return /** @type {AnyClass} */ (/** @type {unknown} */ (current));
    }
  }
  return undefined;
}

/**
 * Finds the wrapper base class, the error classes and the wrapper classes of a package's API.
 *
 * @param {Readonly<Record<string, unknown>>} api `import * as api from '../src/index'`.
 * @returns {ApiKit}
 */
export function apiKit(api) {
  /** @type {AnyClass | undefined} */
  let EventWrapper;
  for (const value of Object.values(api)) {
    EventWrapper = baseOf(value);
    if (EventWrapper) break;
  }
  if (!EventWrapper) {
    throw new Error(
      'the API exports no wrapper class (no class with a `rawEvent` getter on its prototype chain)'
    );
  }
  /** @param {string} name */
  const error = (name) => {
    const Class = api[name];
    if (!isClass(Class)) {
      throw new Error(
        `the API does not re-export ${name} from @evt/core; every source package does`
      );
    }
    return /** @type {AnyClass} */ (/** @type {unknown} */ (Class));
  };
  const Base = EventWrapper;
  return {
    EventWrapper: Base,
    EvtError: error('EvtError'),
    MissingFieldError: error('MissingFieldError'),
    FieldTypeError: error('FieldTypeError'),
    DecodeError: error('DecodeError'),
    wrappers: /** @type {[string, WrapperConstructor][]} */ (
      Object.entries(api).filter(
        ([, value]) => isClass(value) && value.prototype instanceof Base
      )
    ),
  };
}

/**
 * The class name a wrapper class reports in errors (`typeName`).
 *
 * @param {unknown} Class
 * @returns {string}
 */
export function typeNameOf(Class) {
  return String(/** @type {{ typeName?: unknown }} */ (Class).typeName);
}

/**
 * Whether a value is a header map: `HeaderMap` from core, recognised by its shape.
 *
 * @param {object} value
 * @returns {value is { get(name: string): unknown, getAll(name: string): unknown, has(name: string): unknown, toJSON(): unknown }}
 */
export function isHeaderMap(value) {
  const map = /** @type {Record<string | symbol, unknown>} */ (value);
  return (
    !(value instanceof Map) &&
    typeof map.get === 'function' &&
    typeof map.getAll === 'function' &&
    typeof map.has === 'function' &&
    typeof map.toJSON === 'function' &&
    typeof map[Symbol.iterator] === 'function'
  );
}

const SKIPPED_METHODS = new Set(['constructor', 'toJSON', 'toString', 'get']);

/** @type {WeakMap<object, { getters: string[], methods: string[] }>} */
const members = new WeakMap();

/**
 * The getters and the zero-argument methods of a wrapper, from its prototype chain (most
 * derived first, each name once).
 *
 * @param {object} wrapper
 * @returns {{ getters: string[], methods: string[] }}
 */
export function membersOf(wrapper) {
  const cached = members.get(Object.getPrototypeOf(wrapper));
  if (cached) return cached;
  /** @type {string[]} */
  const getters = [];
  /** @type {string[]} */
  const methods = [];
  const seen = new Set();
  for (
    let prototype = Object.getPrototypeOf(wrapper);
    prototype && prototype !== Object.prototype;
    prototype = Object.getPrototypeOf(prototype)
  ) {
    for (const [name, descriptor] of Object.entries(
      Object.getOwnPropertyDescriptors(prototype)
    )) {
      if (seen.has(name)) continue;
      seen.add(name);
      if (descriptor.get) getters.push(name);
      else if (
        typeof descriptor.value === 'function' &&
        descriptor.value.length === 0 &&
        !SKIPPED_METHODS.has(name)
      ) {
        methods.push(name);
      }
    }
  }
  const found = { getters, methods };
  members.set(Object.getPrototypeOf(wrapper), found);
  return found;
}

/**
 * A read that threw: where (`.records[0].body`) and what.
 *
 * @typedef {{ readonly member: string, readonly error: unknown }} Thrown
 */

/**
 * What a walk found: the wrapper classes it met, the reads that threw an EvtError, and the
 * reads that threw anything else (escapes).
 *
 * @typedef {object} WalkResult
 * @property {Set<unknown>} seen
 * @property {Thrown[]} errors
 * @property {Thrown[]} escapes
 */

const MAX_DEPTH = 10;

/**
 * Reads everything reachable from `value`: every getter and zero-argument method of every
 * wrapper, recursively, the debug view, and header-map lookups. Records each wrapper class
 * met, each EvtError thrown, and each read that threw anything else.
 *
 * @param {unknown} value
 * @param {ApiKit} kit
 * @param {WalkResult} result
 * @param {string} [where]
 * @param {number} [depth]
 */
export function readEverything(value, kit, result, where = '', depth = 0) {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return;

  /**
   * @param {() => unknown} get
   * @param {string} member
   */
  const read = (get, member) => {
    let found;
    try {
      found = get();
    } catch (error) {
      if (error instanceof kit.EvtError) result.errors.push({ member, error });
      else result.escapes.push({ member, error });
      return;
    }
    readEverything(found, kit, result, member, depth + 1);
  };

  if (value instanceof kit.EventWrapper) {
    const wrapper = /** @type {Record<string, unknown>} */ (
      /** @type {unknown} */ (value)
    );
    result.seen.add(value.constructor);
    // The debug view reads every getter below it, so the outermost wrapper's is enough.
    if (depth === 0) read(() => String(value), `${where}.toString()`);
    const { getters, methods } = membersOf(value);
    for (const name of getters) read(() => wrapper[name], `${where}.${name}`);
    for (const name of methods) {
      read(
        () => /** @type {() => unknown} */ (wrapper[name]).call(value),
        `${where}.${name}()`
      );
    }
    return;
  }
  if (isHeaderMap(value)) {
    read(() => value.get('content-type'), `${where}.get('content-type')`);
    read(() => value.getAll('X-Unknown'), `${where}.getAll('X-Unknown')`);
    read(() => value.has('Host'), `${where}.has('Host')`);
    read(() => value.toJSON(), `${where}.toJSON()`);
    return;
  }
  if (Array.isArray(value) || value instanceof Set) {
    let index = 0;
    for (const item of value) {
      readEverything(item, kit, result, `${where}[${index++}]`, depth + 1);
    }
    return;
  }
  if (value instanceof Map) {
    for (const [key, item] of value) {
      readEverything(item, kit, result, `${where}.${String(key)}`, depth + 1);
    }
    return;
  }
  const prototype = Object.getPrototypeOf(value);
  if (prototype === Object.prototype || prototype === null) {
    for (const [key, item] of Object.entries(value)) {
      readEverything(item, kit, result, `${where}.${key}`, depth + 1);
    }
  }
}
