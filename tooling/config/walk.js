// @ts-check
// What the robustness test knows about a package's public API, found from the API itself
// (this package must not depend on @evt/core, which depends on it), and the walk that reads
// everything reachable from a wrapper.
import { inspect } from 'node:util';

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
 * A read that threw: where (`.records[0].body`) and what. `debugView` marks a read of the
 * debug view (`String(wrapper)`, `util.inspect(wrapper)`), which must never throw: not an
 * EvtError, not even an error the input itself throws.
 *
 * @typedef {{ readonly member: string, readonly error: unknown, readonly debugView?: boolean }} Thrown
 */

/**
 * What a walk found: the wrapper classes it met, the reads that threw an EvtError, and the
 * reads that threw anything else (escapes). The optional parts are filled only when the
 * caller asks for them (by creating `values`), because rendering every value costs time.
 *
 * @typedef {object} WalkResult
 * @property {Set<unknown>} seen
 * @property {Thrown[]} errors
 * @property {Thrown[]} escapes
 * @property {Map<string, string>} [values] When present: each member that returned, with its
 *   value rendered by {@link canonicalOf} when `canonical` is set (else `''`).
 * @property {boolean} [canonical] Render the values in `values`.
 * @property {Set<string>} [plain] When present: each member that returned plain data (see
 *   {@link isPlainData}).
 * @property {string} [debugView] What `String(wrapper)` returned for the outermost wrapper.
 * @property {(member: string) => void} [onRead] Called before each read, with its member.
 * @property {WeakSet<object>} [visited] The plain objects, arrays, maps and sets already
 *   walked (each is walked once: a shared or cyclic raw value must not make the walk
 *   exponential or endless).
 */

const MAX_DEPTH = 10;

/**
 * Reads everything reachable from `value`: every getter and zero-argument method of every
 * wrapper, recursively, the debug view (`String()` and `util.inspect()` of the outermost
 * wrapper), and header-map lookups. Records each wrapper class met, each EvtError thrown, and
 * each read that threw anything else. Plain values (arrays, maps, objects) are searched for
 * wrappers once each, so shared and cyclic references finish; an error thrown while searching
 * one (a throwing getter or Proxy in the input) is recorded like a read's.
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
   * @param {string} member
   * @param {unknown} error
   */
  const threw = (member, error) => {
    if (error instanceof kit.EvtError) result.errors.push({ member, error });
    else result.escapes.push({ member, error });
  };

  /**
   * @param {() => unknown} get
   * @param {string} member
   */
  const read = (get, member) => {
    result.onRead?.(member);
    let found;
    try {
      found = get();
    } catch (error) {
      threw(member, error);
      return;
    }
    result.values?.set(member, result.canonical ? canonicalOf(found, kit) : '');
    if (result.plain && isPlainData(found, kit)) result.plain.add(member);
    readEverything(found, kit, result, member, depth + 1);
  };

  /**
   * A read of the debug view: any throw is an escape, and the text is kept.
   *
   * @param {() => string} render
   * @param {string} member
   */
  const view = (render, member) => {
    result.onRead?.(member);
    try {
      const text = render();
      result.values?.set(member, result.canonical ? JSON.stringify(text) : '');
      return text;
    } catch (error) {
      result.escapes.push({ member, error, debugView: true });
      return undefined;
    }
  };

  if (value instanceof kit.EventWrapper) {
    const wrapper = /** @type {Record<string, unknown>} */ (
      /** @type {unknown} */ (value)
    );
    result.seen.add(value.constructor);
    // The debug view reads every getter below it, so the outermost wrapper's is enough.
    if (depth === 0) {
      const text = view(() => String(value), `${where}.toString()`);
      if (typeof text === 'string') result.debugView = text;
      view(() => inspect(value), `${where}[util.inspect]`);
    }
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

  const visited = (result.visited ??= new WeakSet());
  if (visited.has(value)) return;
  visited.add(value);
  try {
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
  } catch (error) {
    // Searching a value the input holds ran its own code (a getter, a Proxy trap).
    threw(`${where} (searching its contents)`, error);
  }
}

/**
 * Whether a value is plain data: primitives, arrays, plain objects (of either prototype),
 * maps, sets, dates and byte arrays, however shared or cyclic, and nothing that runs code of
 * its own to be shown (a wrapper, a header map, a class with `toJSON`). A debug view has no
 * reason to fail on plain data, unless it cannot cope with how the data is shaped. Never
 * throws: a value that throws when read is not plain data.
 *
 * @param {unknown} value
 * @param {ApiKit} kit
 * @returns {boolean}
 */
export function isPlainData(value, kit) {
  /** @type {Set<object>} */
  const visited = new Set();
  /**
   * @param {unknown} item
   * @returns {boolean}
   */
  const plain = (item) => {
    if (item === null || typeof item !== 'object') {
      return typeof item !== 'function';
    }
    if (visited.has(item)) return true;
    visited.add(item);
    if (item instanceof kit.EventWrapper) return false;
    if (Array.isArray(item)) return item.every(plain);
    if (item instanceof Set) return [...item].every(plain);
    if (item instanceof Map) {
      return [...item].every(([key, entry]) => plain(key) && plain(entry));
    }
    if (item instanceof Date || ArrayBuffer.isView(item)) return true;
    const prototype = Object.getPrototypeOf(item);
    return (
      (prototype === Object.prototype || prototype === null) &&
      Object.values(item).every(plain)
    );
  };
  try {
    return plain(value);
  } catch {
    return false;
  }
}

const MAX_CANONICAL_DEPTH = 40;

/**
 * Renders a value read from a wrapper so that two reads can be compared: the same text for
 * the same content, whatever the prototype of a plain object (`null` or `Object.prototype`)
 * and whether it is seen through a pass-through Proxy. A wrapper is rendered as its class
 * name only (the walk reads its members one by one). Never throws: a part that cannot be
 * read is rendered as `[unreadable: <error>]`.
 *
 * @param {unknown} value
 * @param {ApiKit} kit
 * @returns {string}
 */
export function canonicalOf(value, kit) {
  /** @type {Set<object>} */
  const ancestors = new Set();
  /**
   * @param {unknown} item
   * @param {number} depth
   * @returns {string}
   */
  const render = (item, depth) => {
    switch (typeof item) {
      case 'string':
        return JSON.stringify(item);
      case 'number':
        return Object.is(item, -0) ? '-0' : String(item);
      case 'bigint':
        return `${item}n`;
      case 'undefined':
      case 'boolean':
      case 'symbol':
        return String(item);
      case 'function':
        return '[function]';
    }
    if (item === null) return 'null';
    const object = /** @type {object} */ (item);
    if (ancestors.has(object)) return '[cycle]';
    if (depth > MAX_CANONICAL_DEPTH) return '[deep]';
    ancestors.add(object);
    try {
      return renderObject(object, depth);
    } catch (error) {
      return `[unreadable: ${error instanceof Error ? error.name : typeof error}]`;
    } finally {
      ancestors.delete(object);
    }
  };
  /**
   * @param {object} object
   * @param {number} depth
   * @returns {string}
   */
  const renderObject = (object, depth) => {
    /** @param {[unknown, unknown][]} entries */
    const fields = (entries) =>
      entries
        .map(([key, item]) => `${String(key)}:${render(item, depth + 1)}`)
        .join(',');
    if (object instanceof kit.EventWrapper) {
      return `<${typeNameOf(object.constructor)}>`;
    }
    if (Array.isArray(object)) {
      return `[${object.map((item) => render(item, depth + 1)).join(',')}]`;
    }
    if (ArrayBuffer.isView(object)) {
      const bytes = Buffer.from(
        object.buffer,
        object.byteOffset,
        object.byteLength
      );
      return `${object.constructor.name}(${bytes.toString('base64')})`;
    }
    if (object instanceof Date) {
      return `Date(${Number.isNaN(object.getTime()) ? 'invalid' : object.toISOString()})`;
    }
    if (object instanceof Map) return `Map{${fields([...object])}}`;
    if (object instanceof Set) {
      return `Set{${[...object].map((item) => render(item, depth + 1)).join(',')}}`;
    }
    if (isHeaderMap(object)) {
      return `HeaderMap${render(object.toJSON(), depth + 1)}`;
    }
    const prototype = Object.getPrototypeOf(object);
    if (prototype === Object.prototype || prototype === null) {
      return `{${fields(Object.entries(object))}}`;
    }
    const name = /** @type {{ constructor?: { name?: unknown } }} */ (object)
      .constructor?.name;
    const toJSON = /** @type {{ toJSON?: unknown }} */ (object).toJSON;
    if (typeof toJSON === 'function') {
      return `${String(name)}${render(toJSON.call(object), depth + 1)}`;
    }
    const text = String(object);
    return text === '[object Object]'
      ? `${String(name)}{${fields(Object.entries(object))}}`
      : `${String(name)}(${text})`;
  };
  return render(value, 0);
}
