import { argumentError, oneLine } from '@evt/core';
import { type CloudFrontEventType, EVENT_TYPES } from './cloud-front-config';
import type { RawCloudFrontHeader } from './cloud-front-headers';

// CloudFront validates the headers a Lambda@Edge function returns. The lists below are those of
// "Restrictions on all edge functions" and "Restrictions on Lambda@Edge" in the CloudFront
// Developer Guide, lower-cased: a function that adds a disallowed header, or adds, changes or
// deletes a read-only one, gets a 502 (Bad Gateway) for the viewer instead of its result.

/** Headers no function may add, in any event. */
const DISALLOWED: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'connection',
  'expect',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'trailer',
  'upgrade',
  'x-accel-buffering',
  'x-accel-charset',
  'x-accel-limit-rate',
  'x-accel-redirect',
  'x-amzn-auth',
  'x-amzn-cf-billing',
  'x-amzn-cf-id',
  'x-amzn-cf-xff',
  'x-amzn-errortype',
  'x-amzn-fle-profile',
  'x-amzn-header-count',
  'x-amzn-header-order',
  'x-amzn-lambda-integration-tag',
  'x-amzn-requestid',
  'x-cache',
  'x-forwarded-proto',
  'x-real-ip',
]);

/** Header families no function may add (`X-Amz-Cf-*`, `X-Edge-*`). */
const DISALLOWED_PREFIXES: readonly string[] = ['x-amz-cf-', 'x-edge-'];

/**
 * Headers a function may read but not add, change or delete, per event type. A viewer request
 * function may not add `CloudFront-Viewer-Country` either (CloudFront adds it later).
 */
const READ_ONLY: Readonly<Record<CloudFrontEventType, readonly string[]>> = {
  'viewer-request': ['content-length', 'host', 'transfer-encoding', 'via'],
  'origin-request': [
    'accept-encoding',
    'cdn-loop',
    'content-length',
    'if-modified-since',
    'if-none-match',
    'if-range',
    'if-unmodified-since',
    'transfer-encoding',
    'via',
  ],
  'origin-response': ['transfer-encoding', 'via'],
  'viewer-response': ['via', 'warning'],
};

/** Why CloudFront refuses a header from a function: it is disallowed, or read-only in that event. */
export type CloudFrontHeaderRestriction = 'disallowed' | 'read-only';

/** A header value a function may send: numbers are sent as text. */
export type CloudFrontHeaderValue = string | number;

/**
 * Headers as a plain map, the way handlers write them: one value or a list of values per name,
 * in any case (`{ 'Cache-Control': 'max-age=60', 'Set-Cookie': ['a=1', 'b=2'] }`). `undefined`
 * leaves a header out.
 */
export type CloudFrontHeadersInit = Readonly<
  Record<
    string,
    CloudFrontHeaderValue | readonly CloudFrontHeaderValue[] | undefined
  >
>;

/**
 * Headers in the shape CloudFront reads from a function's result: each lower-case name maps to
 * one `{ key, value }` pair per value. Assignable to the `CloudFrontHeaders` of
 * `@types/aws-lambda`.
 */
export type CloudFrontHeaders = {
  [name: string]: RawCloudFrontHeader[];
};

/** `name` with ASCII upper-case letters lowered: header names are ASCII tokens. */
export function lowerName(name: string): string {
  let lower = '';
  for (let position = 0; position < name.length; position++) {
    const code = name.charCodeAt(position);
    lower += String.fromCharCode(code >= 65 && code <= 90 ? code + 32 : code);
  }
  return lower;
}

/** Whether `code` may appear in a header name (an HTTP token character). */
function isTokenCharacter(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    "!#$%&'*+-.^_`|~".includes(String.fromCharCode(code))
  );
}

/**
 * A header name for an error message: quoted, on one line, and cut when long.
 *
 * @param name The name as given.
 * @returns The quoted name.
 */
export function quoted(name: string): string {
  return `"${oneLine(name, 64)}"`;
}

/**
 * Checks an event type argument.
 *
 * @param where The function, for the error.
 * @param eventType The value passed.
 * @param argument The argument's path, for the error; `eventType` by default.
 * @returns The event type.
 * @throws {TypeError} when it is not one of the four event types.
 */
export function checkEventType(
  where: string,
  eventType: unknown,
  argument = 'eventType'
): CloudFrontEventType {
  if (EVENT_TYPES.includes(eventType as CloudFrontEventType)) {
    return eventType as CloudFrontEventType;
  }
  throw argumentError(
    where,
    argument,
    `one of ${EVENT_TYPES.join(', ')}`,
    eventType
  );
}

/**
 * Checks a header name given to a builder: a non-empty HTTP token.
 *
 * @param where The function, for the error.
 * @param argument The argument's path, for the error.
 * @param name The name passed.
 * @throws {TypeError} when it is empty or holds a character a header name cannot.
 */
export function checkHeaderName(
  where: string,
  argument: string,
  name: string
): void {
  let valid = name.length > 0;
  for (let position = 0; valid && position < name.length; position++) {
    valid = isTokenCharacter(name.charCodeAt(position));
  }
  if (!valid) {
    throw new TypeError(
      `${where}: ${argument} has a name that is not a valid header name`
    );
  }
}

/**
 * Why CloudFront would refuse a function's result that adds this header in this event type (or
 * changes or deletes it, for a read-only one): `disallowed` (CloudFront neither shows nor
 * accepts it), `read-only` (the function may read it but not change it), or `undefined` when
 * the function may set it.
 *
 * @param name The header name, in any case.
 * @param eventType The trigger the function runs on.
 * @returns The restriction, or `undefined` for none.
 * @throws {TypeError} when `name` is not a string or `eventType` is not an event type.
 * @example
 * ```ts
 * import { headerRestriction } from '@evt/cloudfront';
 *
 * headerRestriction('Host', 'viewer-request'); // 'read-only'
 * headerRestriction('Host', 'origin-request'); // undefined
 * headerRestriction('X-Edge-Location', 'origin-response'); // 'disallowed'
 * ```
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/edge-function-restrictions-all.html#function-restrictions-headers
 */
export function headerRestriction(
  name: string,
  eventType: CloudFrontEventType
): CloudFrontHeaderRestriction | undefined {
  if (typeof name !== 'string') {
    throw argumentError('headerRestriction', 'name', 'a string', name);
  }
  const type = checkEventType('headerRestriction', eventType);
  const lower = lowerName(name);
  if (
    DISALLOWED.has(lower) ||
    DISALLOWED_PREFIXES.some((prefix) => lower.startsWith(prefix)) ||
    (type === 'viewer-request' && lower === 'cloudfront-viewer-country')
  ) {
    return 'disallowed';
  }
  return READ_ONLY[type].includes(lower) ? 'read-only' : undefined;
}

/**
 * Refuses a header CloudFront would refuse from a function in this event type.
 *
 * @param where The function, for the error.
 * @param name The header name as given.
 * @param eventType The trigger the function runs on.
 * @throws {TypeError} naming the header when it is disallowed or read-only.
 */
export function refuseRestricted(
  where: string,
  name: string,
  eventType: CloudFrontEventType
): void {
  const restriction = headerRestriction(name, eventType);
  if (restriction === 'disallowed') {
    throw new TypeError(
      `${where}: CloudFront does not let a function set the ${quoted(name)} header`
    );
  }
  if (restriction === 'read-only') {
    throw new TypeError(
      `${where}: the ${quoted(name)} header is read-only in ${eventType} events`
    );
  }
}

/**
 * A header's values in CloudFront's shape, checked.
 *
 * @param where The function, for the error.
 * @param argument The header's argument path, for the error.
 * @param name The name as given, which becomes each value's `key`.
 * @param value One value or a list of them.
 * @returns The `{ key, value }` pairs.
 * @throws {TypeError} when a value is not a string or a finite number, or holds a line break or
 * a NUL character.
 */
export function headerEntries(
  where: string,
  argument: string,
  name: string,
  value: CloudFrontHeaderValue | readonly CloudFrontHeaderValue[]
): RawCloudFrontHeader[] {
  const values: readonly unknown[] = Array.isArray(value) ? value : [value];
  return values.map((item, index) => {
    const at = Array.isArray(value) ? `${argument}[${index}]` : argument;
    if (typeof item === 'number' && Number.isFinite(item)) {
      return { key: name, value: String(item) };
    }
    if (typeof item !== 'string') {
      throw argumentError(where, at, 'a string or a finite number', item);
    }
    if (item.includes('\r') || item.includes('\n') || item.includes('\0')) {
      throw new TypeError(
        `${where}: ${at} must not hold a line break or a NUL character`
      );
    }
    return { key: name, value: item };
  });
}

/**
 * Converts headers from a plain map to the shape CloudFront reads from a function's result,
 * refusing those CloudFront would refuse from a function in this event type (its read-only
 * headers, and the disallowed ones) with a `TypeError` naming the header, where CloudFront
 * would answer the viewer with a 502 (Bad Gateway). Each name keeps its spelling as `key`,
 * under its lower-case form; names that differ only in case share one list.
 *
 * @param headers The headers: one value or a list of values per name.
 * @param eventType The trigger the function runs on.
 * @returns The headers in CloudFront's shape.
 * @throws {TypeError} when a header is disallowed or read-only in `eventType` (naming it), a
 * name is not a valid header name, a value is not a string or a finite number or holds a line
 * break, or `eventType` is not an event type.
 * @example
 * ```ts
 * import { toCloudFrontHeaders } from '@evt/cloudfront';
 *
 * toCloudFrontHeaders(
 *   { 'Cache-Control': 'max-age=60', 'Set-Cookie': ['theme=dark', 'lang=en'] },
 *   'origin-response'
 * );
 * // {
 * //   'cache-control': [{ key: 'Cache-Control', value: 'max-age=60' }],
 * //   'set-cookie': [
 * //     { key: 'Set-Cookie', value: 'theme=dark' },
 * //     { key: 'Set-Cookie', value: 'lang=en' },
 * //   ],
 * // }
 * toCloudFrontHeaders({ Host: 'example.com' }, 'viewer-request');
 * // TypeError: toCloudFrontHeaders: the "Host" header is read-only in viewer-request events
 * ```
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/edge-function-restrictions-all.html#function-restrictions-headers
 */
export function toCloudFrontHeaders(
  headers: CloudFrontHeadersInit,
  eventType: CloudFrontEventType
): CloudFrontHeaders {
  return convertHeaders('toCloudFrontHeaders', 'headers', headers, eventType);
}

/**
 * {@link toCloudFrontHeaders} for a builder, naming the builder and its argument in errors.
 *
 * @param where The function, for the error.
 * @param argument The headers' argument path, e.g. `init.headers`.
 * @param headers The headers.
 * @param eventType The trigger the function runs on.
 * @returns The headers in CloudFront's shape.
 * @throws {TypeError} as {@link toCloudFrontHeaders} does.
 */
export function convertHeaders(
  where: string,
  argument: string,
  headers: CloudFrontHeadersInit,
  eventType: CloudFrontEventType
): CloudFrontHeaders {
  const type = checkEventType(where, eventType);
  if (
    typeof headers !== 'object' ||
    headers === null ||
    Array.isArray(headers)
  ) {
    throw argumentError(where, argument, 'an object', headers);
  }
  // A map, then `Object.fromEntries`: any name (`__proto__` included) is an ordinary key.
  const converted = new Map<string, RawCloudFrontHeader[]>();
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    const at = `${argument}[${quoted(name)}]`;
    checkHeaderName(where, at, name);
    refuseRestricted(where, name, type);
    const lower = lowerName(name);
    converted.set(lower, [
      ...(converted.get(lower) ?? []),
      ...headerEntries(where, at, name, value),
    ]);
  }
  return Object.fromEntries(converted);
}
