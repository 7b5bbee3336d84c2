// The one TypeError for API misuse (a wrong argument given to a builder or method), the kind
// of a value it reports, and the argument checks every response builder makes. Kept free of
// imports, so that a module that only builds responses (batch-response.ts) can throw it
// without bundling the wrapper.

/**
 * Describes the kind of a value for error messages: `null`, `array`, or its `typeof`.
 *
 * @param value Any value.
 * @returns The kind's name.
 *
 * @category Authoring kit
 */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

/**
 * Whether a value is an object with named fields, as JSON has them: not `null`, not an array
 * (a function is not one either: its `typeof` is `function`).
 *
 * @param value Any value.
 * @returns `true` for an object that is not an array.
 * @example
 * ```ts
 * import { isObject } from '@evt/core';
 *
 * isObject({ id: 1 }); // true
 * isObject([1]); // false
 * isObject(null); // false
 * ```
 *
 * @category Authoring kit
 */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The `TypeError` for a wrong argument given to a builder or method: API misuse by the
 * programmer, not a bad event, so not an `EvtError`. The message names the function, the
 * argument and what it must be, and describes what was found by its kind only (a number by
 * its value, since numbers given as arguments are limits and codes, not payloads); it never
 * quotes a string or an object it was given.
 *
 * @param where The function or method, e.g. `albResponse`.
 * @param argument The argument's path, e.g. `init.statusCode` or `events[1].id`.
 * @param expected What it must be, e.g. `an integer from 100 to 599`.
 * @param value What was passed.
 * @returns The error to throw.
 * @example
 * ```ts
 * import { argumentError } from '@evt/core';
 *
 * export function greeting(name: unknown): string {
 *   if (typeof name !== 'string') throw argumentError('greeting', 'name', 'a string', name);
 *   return `Hello, ${name}`;
 * }
 * // greeting(42) throws TypeError: greeting: name must be a string, got number 42
 * ```
 *
 * @category Authoring kit
 */
export function argumentError(
  where: string,
  argument: string,
  expected: string,
  value: unknown
): TypeError {
  const found =
    value === ''
      ? 'an empty string'
      : typeof value === 'number'
        ? `number ${value}`
        : kindOf(value);
  return new TypeError(
    `${where}: ${argument} must be ${expected}, got ${found}`
  );
}

/**
 * Checks that an argument is an object with named fields (see {@link isObject}).
 *
 * @param where The function or method, for the error.
 * @param argument The argument's path, for the error.
 * @param value What was passed.
 * @returns The object.
 * @throws {TypeError} when it is not an object, or is an array.
 * @example
 * ```ts
 * import { objectArgument } from '@evt/core';
 *
 * export function reply(init: unknown) {
 *   const { text } = objectArgument('reply', 'init', init);
 *   return { text };
 * }
 * // reply([]) throws TypeError: reply: init must be an object, got array
 * ```
 *
 * @category Authoring kit
 */
export function objectArgument(
  where: string,
  argument: string,
  value: unknown
): Record<string, unknown> {
  if (isObject(value)) return value;
  throw argumentError(where, argument, 'an object', value);
}

/**
 * Checks that an argument is a string of at least one character.
 *
 * @param where The function or method, for the error.
 * @param argument The argument's path, for the error.
 * @param value What was passed.
 * @returns The string.
 * @throws {TypeError} when it is not a string, or is empty.
 * @example
 * ```ts
 * import { nonEmptyStringArgument } from '@evt/core';
 *
 * export function greeting(name: unknown): string {
 *   return `Hello, ${nonEmptyStringArgument('greeting', 'name', name)}`;
 * }
 * // greeting('') throws TypeError: greeting: name must be a non-empty string, got an empty string
 * ```
 *
 * @category Authoring kit
 */
export function nonEmptyStringArgument(
  where: string,
  argument: string,
  value: unknown
): string {
  if (typeof value === 'string' && value !== '') return value;
  throw argumentError(where, argument, 'a non-empty string', value);
}
