import { kindOf, oneLine } from '@evt/core';

// Checks of what a caller passes to the builders and helpers of this package. A wrong argument
// is the caller's bug, not a bad event, so it is a TypeError naming the method and the
// argument, never an EvtError.

/** How a value is named in a misuse message: a short string quoted, anything else its kind. */
export function describeArgument(value: unknown): string {
  return typeof value === 'string'
    ? JSON.stringify(oneLine(value, 40))
    : kindOf(value);
}

/**
 * Returns `value` when it is a string that can stand in an ARN segment: not empty, with no `:`
 * or `/` (which would shift the segments after it). Wildcards (`*`, `?`) are fine.
 *
 * @throws {TypeError} naming `where` and `name` otherwise.
 */
export function arnSegment(
  where: string,
  name: string,
  value: unknown
): string {
  if (typeof value === 'string' && value !== '' && !/[:/]/.test(value)) {
    return value;
  }
  throw new TypeError(
    `${where}: ${name} must be a non-empty string without ':' or '/', got ${describeArgument(value)}`
  );
}

/**
 * Returns `value` when it is a string.
 *
 * @throws {TypeError} naming `where` and `name` otherwise.
 */
export function stringArgument(
  where: string,
  name: string,
  value: unknown
): string {
  if (typeof value === 'string') return value;
  throw new TypeError(
    `${where}: ${name} must be a string, got ${kindOf(value)}`
  );
}

/** Whether `value` is an object that holds named values: not `null`, an array or a function. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
