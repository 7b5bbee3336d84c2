import {
  type EventWrapper,
  type FieldPath,
  fieldError,
  optionalStringOf,
  requireString,
} from '@evt/core';

// The readers this package's getters share, built from the kit's: a required field with a
// closed set of values, and the two ways AWS IoT writes a time.

/**
 * Reads a required string field whose value must be one of `allowed`.
 *
 * @param owner The wrapper the field belongs to.
 * @param value The value read from the raw event.
 * @param path The field's path, for errors.
 * @param allowed The documented values.
 * @returns The value.
 * @throws {@link MissingFieldError} when absent; {@link FieldTypeError} when not one of `allowed`.
 */
export function requireOneOf<TRaw extends object, T extends string>(
  owner: EventWrapper<TRaw>,
  value: string | null | undefined,
  path: FieldPath<TRaw>,
  allowed: readonly T[]
): T {
  return requireString(
    owner,
    optionalStringOf(owner, value, path, allowed),
    path
  );
}

// Powertools' rule: a UNIX time above 10^10 is in milliseconds (13 digits), else in seconds.
const SECONDS_LIMIT = 1e10;

/**
 * Reads a UNIX time that may be in seconds or milliseconds as a `Date`.
 *
 * @param owner The wrapper the field belongs to.
 * @param value The number read from the raw event.
 * @param path The field's path, for errors.
 * @returns The time.
 * @throws {@link FieldTypeError} when the number is no time a `Date` can hold.
 */
export function dateFromEpoch<TRaw extends object>(
  owner: EventWrapper<TRaw>,
  value: number,
  path: FieldPath<TRaw>
): Date {
  return validDate(
    owner,
    new Date(value > SECONDS_LIMIT ? value : value * 1000),
    path,
    'a UNIX time in seconds or milliseconds within the Date range',
    value
  );
}

/**
 * Reads an ISO 8601 time as a `Date`.
 *
 * @param owner The wrapper the field belongs to.
 * @param text The text read from the raw event.
 * @param path The field's path, for errors.
 * @returns The time.
 * @throws {@link FieldTypeError} when the text is not a time.
 */
export function dateFromText<TRaw extends object>(
  owner: EventWrapper<TRaw>,
  text: string,
  path: FieldPath<TRaw>
): Date {
  return validDate(owner, new Date(text), path, 'an ISO 8601 time', text);
}

// An Invalid Date would only fail later, in the handler's `toISOString()`.
function validDate<TRaw extends object>(
  owner: EventWrapper<TRaw>,
  date: Date,
  path: FieldPath<TRaw>,
  expected: string,
  value: unknown
): Date {
  if (Number.isNaN(date.getTime())) {
    throw fieldError(owner, path, expected, value);
  }
  return date;
}
