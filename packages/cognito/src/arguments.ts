import { argumentError, hasOwnKey } from '@evt/core';

// Checks for the values a handler gives the response setters and methods. A wrong value is a
// programmer error, so it is core's `argumentError`: a TypeError naming the setter or method
// (`PreSignUpTriggerEventResponse.autoConfirmUser`), the argument's path (`value`,
// `value.groupsToOverride[1]`) and the kind of value received (a number by its value), never
// a string or an object it was given. Maps and lists are copied, so the response holds what
// was checked even if the caller changes its own object afterwards.

/**
 * Checks one value, given the setter or method (`where`, for the error) and the value's path
 * (`argument`, e.g. `value[2]` or `value.key`).
 */
export type ArgumentCheck<T> = (
  value: unknown,
  where: string,
  argument: string
) => T;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return false;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Checks a boolean argument.
 *
 * @param value The value given.
 * @param where The setter or method, for the error.
 * @param argument The value's path, for the error.
 * @returns The value.
 * @throws {TypeError} when it is not a boolean.
 */
export function booleanArgument(
  value: unknown,
  where: string,
  argument = 'value'
): boolean {
  if (typeof value === 'boolean') return value;
  throw argumentError(where, argument, 'a boolean', value);
}

/**
 * Checks a string argument.
 *
 * @param value The value given.
 * @param where The setter or method, for the error.
 * @param argument The value's path, for the error.
 * @returns The value.
 * @throws {TypeError} when it is not a string.
 */
export function stringArgument(
  value: unknown,
  where: string,
  argument = 'value'
): string {
  if (typeof value === 'string') return value;
  throw argumentError(where, argument, 'a string', value);
}

/**
 * Checks an argument that must be one of the values AWS documents. A wrong string is named by
 * its kind only, like any other wrong value.
 *
 * @param value The value given.
 * @param where The setter or method, for the error.
 * @param argument The value's path, for the error.
 * @param allowed The documented values.
 * @returns The value.
 * @throws {TypeError} when it is not one of `allowed`.
 */
export function oneOfArgument<T extends string>(
  value: unknown,
  where: string,
  argument: string,
  allowed: readonly T[]
): T {
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  throw argumentError(
    where,
    argument,
    `one of ${allowed.map((item) => `"${item}"`).join(', ')}`,
    value
  );
}

/**
 * Checks a list argument and copies it: an array whose items each pass `item`.
 *
 * @param value The value given.
 * @param where The setter or method, for the error.
 * @param argument The value's path, for the error.
 * @param item Checks one item, given the item, `where` and its path (`argument[2]`).
 * @returns A copy of the array.
 * @throws {TypeError} when it is not an array, or an item fails its check.
 */
export function arrayArgument<T>(
  value: unknown,
  where: string,
  argument: string,
  item: ArgumentCheck<T>
): T[] {
  if (!Array.isArray(value)) {
    throw argumentError(where, argument, 'an array', value);
  }
  return value.map((entry, index) =>
    item(entry, where, `${argument}[${index}]`)
  );
}

/**
 * Checks a list of strings and copies it.
 *
 * @param value The value given.
 * @param where The setter or method, for the error.
 * @param argument The value's path, for the error.
 * @returns A copy of the array.
 * @throws {TypeError} when it is not an array of strings.
 */
export function stringArrayArgument(
  value: unknown,
  where: string,
  argument = 'value'
): string[] {
  return arrayArgument(value, where, argument, stringArgument);
}

/**
 * Checks an object argument whose own fields each pass `entry`, and copies it.
 *
 * @param value The value given.
 * @param where The setter or method, for the error.
 * @param argument The value's path, for the error.
 * @param entry Checks one field's value, given the value, `where` and its path
 * (`argument.key`).
 * @returns A copy of the object (own enumerable fields only).
 * @throws {TypeError} when it is not a plain object, or a field fails its check.
 */
export function mapArgument<T>(
  value: unknown,
  where: string,
  argument: string,
  entry: ArgumentCheck<T>
): Record<string, T> {
  if (!isPlainObject(value)) {
    throw argumentError(where, argument, 'an object', value);
  }
  const copy: Record<string, T> = {};
  for (const key of Object.keys(value)) {
    Object.defineProperty(copy, key, {
      value: entry(value[key], where, `${argument}.${key}`),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}

/**
 * Checks a map of strings (user attributes, challenge parameters, ID token claims) and
 * copies it.
 *
 * @param value The value given.
 * @param where The setter or method, for the error.
 * @param argument The value's path, for the error.
 * @returns A copy of the map.
 * @throws {TypeError} when it is not a plain object of strings.
 */
export function stringMapArgument(
  value: unknown,
  where: string,
  argument = 'value'
): Record<string, string> {
  return mapArgument(value, where, argument, stringArgument);
}

/**
 * Checks an object argument that may hold only the given fields, each optional, and returns
 * the fields it has, each checked by its own function.
 *
 * @param value The value given.
 * @param where The setter or method, for the error.
 * @param argument The value's path, for the error.
 * @param fields The check of each field the object may hold.
 * @returns A copy holding the checked fields that `value` has (an `undefined` one is left out).
 * @throws {TypeError} when it is not a plain object, holds another field, or a field fails
 * its check.
 */
export function shapeArgument<T extends object>(
  value: unknown,
  where: string,
  argument: string,
  fields: { readonly [K in keyof T]-?: ArgumentCheck<T[K]> }
): T {
  if (!isPlainObject(value)) {
    throw argumentError(where, argument, 'an object', value);
  }
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (!hasOwnKey(fields, key)) {
      throw new TypeError(
        `${where}: ${argument} may hold only ${Object.keys(fields).join(', ')}`
      );
    }
    if (value[key] === undefined) continue;
    const check = fields[key as keyof T];
    copy[key] = check(value[key], where, `${argument}.${key}`);
  }
  return copy as T;
}

/**
 * Checks a claim value for an access or ID token (version 2 and 3 events): a string, a finite
 * number, a boolean, or an array or object of such values, as JSON can carry them. The value
 * is copied.
 *
 * @param value The value given.
 * @param where The setter or method, for the error.
 * @param argument The claim's path, for the error.
 * @returns A copy of the value.
 * @throws {TypeError} when it is none of these, or refers to itself.
 */
export function jsonArgument(
  value: unknown,
  where: string,
  argument: string
): unknown {
  const ancestors = new Set<object>();
  const check = (item: unknown, _where: string, at: string): unknown => {
    if (
      typeof item === 'string' ||
      typeof item === 'boolean' ||
      (typeof item === 'number' && Number.isFinite(item))
    ) {
      return item;
    }
    if (!Array.isArray(item) && !isPlainObject(item)) {
      throw argumentError(
        where,
        at,
        'a string, a finite number, a boolean, or an array or object of them',
        item
      );
    }
    if (ancestors.has(item)) {
      throw new TypeError(`${where}: ${at} refers to itself`);
    }
    ancestors.add(item);
    try {
      return Array.isArray(item)
        ? arrayArgument(item, where, at, check)
        : mapArgument(item, where, at, check);
    } finally {
      ancestors.delete(item);
    }
  };
  return check(value, where, argument);
}

/**
 * Checks a map of claim values (version 2 and 3 events) and copies it: an object whose values
 * each pass {@link jsonArgument}.
 *
 * @param value The value given.
 * @param where The setter or method, for the error.
 * @param argument The value's path, for the error.
 * @returns A copy of the map.
 * @throws {TypeError} when it is not a plain object, or a value is not a claim value.
 */
export function jsonMapArgument(
  value: unknown,
  where: string,
  argument = 'value'
): Record<string, unknown> {
  if (!isPlainObject(value)) {
    throw argumentError(where, argument, 'an object', value);
  }
  return jsonArgument(value, where, argument) as Record<string, unknown>;
}
