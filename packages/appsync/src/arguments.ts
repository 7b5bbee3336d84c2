import { argumentError } from '@evt/core';

// Checks of what a caller passes to the builders and helpers of this package, used by more
// than one of them. A wrong argument is the caller's bug, not a bad event: core's
// `argumentError`, a `TypeError` naming the function and the argument, never an `EvtError`.

/**
 * Whether a value is a plain JSON object: not `null`, not an array.
 *
 * @param value Any value.
 * @returns `true` for an object that is not an array.
 */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks that a value is a non-empty string.
 *
 * @param where The function or class, for the error.
 * @param argument The argument's path, for the error.
 * @param value The value passed.
 * @returns The string.
 * @throws {TypeError} when it is not a non-empty string.
 */
export function nonEmptyString(
  where: string,
  argument: string,
  value: unknown
): string {
  if (typeof value === 'string' && value !== '') return value;
  throw argumentError(where, argument, 'a non-empty string', value);
}
