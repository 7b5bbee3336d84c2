import { argumentError } from '@evt/core';

// Checks of what a caller passes to the builders and helpers of this package. A wrong argument
// is the caller's bug, not a bad event, so it is a TypeError naming the method and the
// argument, never an EvtError.

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
  throw argumentError(
    where,
    name,
    "a non-empty string without ':' or '/'",
    value
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
  throw argumentError(where, name, 'a string', value);
}
