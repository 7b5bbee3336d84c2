// The one TypeError for API misuse (a wrong argument given to a builder or method) and the
// kind of a value it reports. Kept free of imports, so that a module that only builds
// responses (batch-response.ts) can throw it without bundling the wrapper.

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
