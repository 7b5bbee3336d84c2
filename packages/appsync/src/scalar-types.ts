// Values of AppSync's scalar types, made now, in the formats of Powertools'
// `scalar_types_utils`: an offset from UTC in whole hours shifts the clock and is written as
// `±hh:00:00` (`Z` for UTC), time to the millisecond.

import { argumentError } from '@evt/core';

const HOUR_MS = 3_600_000;

/** The ISO text of the current time shifted by `timezoneOffset` hours, and its suffix. */
function shiftedNow(
  helper: string,
  timezoneOffset: number
): [iso: string, suffix: string] {
  if (
    typeof timezoneOffset !== 'number' ||
    !Number.isInteger(timezoneOffset) ||
    Math.abs(timezoneOffset) > 23
  ) {
    throw argumentError(
      helper,
      'timezoneOffset',
      'a whole number of hours from -23 to 23',
      timezoneOffset
    );
  }
  const iso = new Date(Date.now() + timezoneOffset * HOUR_MS).toISOString();
  if (timezoneOffset === 0) return [iso, 'Z'];
  const hours = String(Math.abs(timezoneOffset)).padStart(2, '0');
  return [iso, `${timezoneOffset > 0 ? '+' : '-'}${hours}:00:00`];
}

/**
 * Makes a value for AppSync's `ID` scalar: a random UUID (version 4).
 *
 * @returns A new UUID, e.g. `e916c84d-48b6-484c-bef3-cee3e4d86ebf`.
 * @example
 * ```ts
 * import { makeId } from '@evt/appsync';
 *
 * const todo = { id: makeId(), title: 'Write tests' };
 * ```
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/scalars.html
 */
export function makeId(): string {
  return globalThis.crypto.randomUUID();
}

/**
 * Makes a value for AppSync's `AWSDate` scalar from the current date: `YYYY-MM-DD` and the
 * offset, e.g. `2022-07-08Z`, or `2022-07-09+08:00:00` eight hours ahead of UTC.
 *
 * @param timezoneOffset The offset from UTC in whole hours, from -23 to 23; `0` (UTC) by
 * default.
 * @returns The date at that offset, with the offset.
 * @throws {TypeError} when `timezoneOffset` is not a whole number from -23 to 23.
 * @example
 * ```ts
 * import { awsDate } from '@evt/appsync';
 *
 * awsDate(); // '2022-07-08Z'
 * awsDate(-5); // '2022-07-08-05:00:00'
 * ```
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/scalars.html
 */
export function awsDate(timezoneOffset = 0): string {
  const [iso, suffix] = shiftedNow('awsDate', timezoneOffset);
  return iso.slice(0, 10) + suffix;
}

/**
 * Makes a value for AppSync's `AWSTime` scalar from the current time: `hh:mm:ss.sss` and the
 * offset, e.g. `15:11:00.189Z`, or `23:11:00.189+08:00:00` eight hours ahead of UTC.
 *
 * @param timezoneOffset The offset from UTC in whole hours, from -23 to 23; `0` (UTC) by
 * default.
 * @returns The time at that offset, with the offset.
 * @throws {TypeError} when `timezoneOffset` is not a whole number from -23 to 23.
 * @example
 * ```ts
 * import { awsTime } from '@evt/appsync';
 *
 * awsTime(); // '15:11:00.189Z'
 * ```
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/scalars.html
 */
export function awsTime(timezoneOffset = 0): string {
  const [iso, suffix] = shiftedNow('awsTime', timezoneOffset);
  return iso.slice(11, 23) + suffix;
}

/**
 * Makes a value for AppSync's `AWSDateTime` scalar from the current date and time:
 * `YYYY-MM-DDThh:mm:ss.sss` and the offset, e.g. `2022-07-08T15:11:00.189Z`.
 *
 * @param timezoneOffset The offset from UTC in whole hours, from -23 to 23; `0` (UTC) by
 * default.
 * @returns The date and time at that offset, with the offset.
 * @throws {TypeError} when `timezoneOffset` is not a whole number from -23 to 23.
 * @example
 * ```ts
 * import { awsDatetime } from '@evt/appsync';
 *
 * const todo = { createdAt: awsDatetime(), dueAt: awsDatetime(2) };
 * ```
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/scalars.html
 */
export function awsDatetime(timezoneOffset = 0): string {
  const [iso, suffix] = shiftedNow('awsDatetime', timezoneOffset);
  return iso.slice(0, 23) + suffix;
}

/**
 * Makes a value for AppSync's `AWSTimestamp` scalar: the current time in whole seconds since
 * 1970-01-01T00:00Z.
 *
 * @returns The seconds, e.g. `1657293060`.
 * @example
 * ```ts
 * import { awsTimestamp } from '@evt/appsync';
 *
 * const ttl = awsTimestamp() + 3600;
 * ```
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/scalars.html
 */
export function awsTimestamp(): number {
  return Math.floor(Date.now() / 1000);
}
