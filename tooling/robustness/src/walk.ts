import { EventWrapper, EvtError, HeaderMap } from '@evt/core';

/** Any class; the walk records which ones it met. */
export type WrapperClass = abstract new (...args: never) => unknown;

/** A read that threw something other than an EvtError. */
export interface Escape {
  readonly member: string;
  readonly error: unknown;
}

const SKIPPED_METHODS = new Set(['constructor', 'toJSON', 'toString', 'get']);
const MAX_DEPTH = 10;

function membersOf(wrapper: object): { getters: string[]; methods: string[] } {
  const getters: string[] = [];
  const methods: string[] = [];
  for (
    let prototype = Object.getPrototypeOf(wrapper);
    prototype && prototype !== Object.prototype;
    prototype = Object.getPrototypeOf(prototype)
  ) {
    for (const [name, descriptor] of Object.entries(
      Object.getOwnPropertyDescriptors(prototype)
    )) {
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
  return { getters, methods };
}

/**
 * Reads everything reachable from `value`: every getter and zero-argument method of every
 * wrapper, recursively, plus header-map lookups. Records in `seen` each wrapper class met, and
 * in `escapes` each read that threw something other than an EvtError.
 */
export function readEverything(
  value: unknown,
  seen: Set<WrapperClass>,
  escapes: Escape[],
  where = '',
  depth = 0
): void {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return;
  if (value instanceof HeaderMap) {
    value.get('content-type');
    value.getAll('X-Unknown');
    value.toJSON();
    return;
  }
  if (Array.isArray(value) || value instanceof Set) {
    let index = 0;
    for (const item of value) {
      readEverything(item, seen, escapes, `${where}[${index++}]`, depth + 1);
    }
    return;
  }
  if (value instanceof Map) {
    for (const [key, item] of value) {
      readEverything(item, seen, escapes, `${where}.${String(key)}`, depth + 1);
    }
    return;
  }
  if (!(value instanceof EventWrapper)) {
    const prototype = Object.getPrototypeOf(value);
    if (prototype === Object.prototype || prototype === null) {
      for (const [key, item] of Object.entries(value)) {
        readEverything(item, seen, escapes, `${where}.${key}`, depth + 1);
      }
    }
    return;
  }
  seen.add(value.constructor as WrapperClass);
  const { getters, methods } = membersOf(value);
  String(value);
  for (const name of getters) {
    read(
      () => (value as unknown as Record<string, unknown>)[name],
      `${where}.${name}`
    );
  }
  for (const name of methods) {
    read(
      () => (value as unknown as Record<string, () => unknown>)[name]?.(),
      `${where}.${name}()`
    );
  }

  function read(get: () => unknown, member: string): void {
    let result: unknown;
    try {
      result = get();
    } catch (error) {
      if (!(error instanceof EvtError)) escapes.push({ member, error });
      return;
    }
    readEverything(result, seen, escapes, member, depth + 1);
  }
}
