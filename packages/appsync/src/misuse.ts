import { kindOf } from '@evt/core';

// The builders and helpers of this package check their arguments: a wrong one is the caller's
// bug, not a bad event, so it is a `TypeError` naming the function and the argument (never an
// `EvtError`), and it names the kind of value found (with a number, its value: numbers are
// arguments here, not payloads), never a string or an object it was given.

/**
 * The `TypeError` for a wrong argument.
 *
 * @param where The function or class, e.g. `buildPublishResponse`.
 * @param argument The argument's path, e.g. `events[1].id`.
 * @param expected What it must be, e.g. `a non-empty string`.
 * @param value What was passed.
 * @returns The error to throw.
 */
export function misuse(
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
  throw misuse(where, argument, 'a non-empty string', value);
}
