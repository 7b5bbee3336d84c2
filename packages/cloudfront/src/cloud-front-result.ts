import {
  argumentError,
  DecodeError,
  decodeBase64,
  encodeBase64,
} from '@evt/core';
import type { CloudFrontEventType } from './cloud-front-config';
import type {
  RawCloudFrontHeaders,
  RawCloudFrontMessage,
} from './cloud-front-headers';
import type {
  CloudFrontBodyAction,
  CloudFrontBodyEncoding,
} from './cloud-front-request';
import type { CloudFrontRequestEvent } from './cloud-front-request-event';
import type { CloudFrontResponseEvent } from './cloud-front-response-event';
import {
  type CloudFrontHeaders,
  type CloudFrontHeadersInit,
  type CloudFrontHeaderValue,
  checkEventType,
  checkHeaderName,
  convertHeaders,
  headerEntries,
  headerRestriction,
  lowerName,
  quoted,
  refuseRestricted,
} from './header-restrictions';

/** What {@link generatedResponse} builds a response from. */
export interface CloudFrontGeneratedResponseInit {
  /** The HTTP status code, an integer from 200 to 599 (CloudFront refuses others). */
  readonly status: number;
  /** The status description, e.g. `Moved Permanently`; left out when `undefined`. */
  readonly statusDescription?: string | undefined;
  /** The response headers, as a plain map; left out when `undefined`. */
  readonly headers?: CloudFrontHeadersInit | undefined;
  /** The body: text, or bytes (sent base64-encoded). Left out when `undefined`. */
  readonly body?: string | Uint8Array | undefined;
  /** Whether a text `body` is already base64 (`base64`) or plain text (`text`, the default). */
  readonly bodyEncoding?: CloudFrontBodyEncoding | undefined;
}

/**
 * A response as CloudFront reads it from a Lambda@Edge function: a generated one, or the
 * event's response changed. Assignable to the `CloudFrontResultResponse` of `@types/aws-lambda`.
 */
export interface CloudFrontGeneratedResponse {
  /** The HTTP status code, as text. */
  status: string;
  /** The status description; absent unless given or in the event. */
  statusDescription?: string;
  /** The headers, in CloudFront's shape. */
  headers?: CloudFrontHeaders;
  /**
   * How `body` is encoded: `base64` for bytes; absent for text (which CloudFront assumes)
   * unless asked for.
   */
  bodyEncoding?: CloudFrontBodyEncoding;
  /** The body; absent when the function sets none. */
  body?: string;
}

/** Header changes: a value or a list of values sets a header, `null` deletes it. */
export type CloudFrontHeaderChanges = Readonly<
  Record<
    string,
    CloudFrontHeaderValue | readonly CloudFrontHeaderValue[] | null | undefined
  >
>;

/** An Amazon S3 origin as a function sets it (see `RawCloudFrontS3Origin`). */
export type CloudFrontS3OriginResult = {
  /** The headers CloudFront adds to requests to this origin. */
  customHeaders: CloudFrontHeaders;
  /** The DNS name of the bucket, e.g. `amzn-s3-demo-bucket.s3.us-east-1.amazonaws.com`. */
  domainName: string;
  /** The folder in the bucket that requests go to, starting with `/`; empty for the root. */
  path: string;
} & (
  | {
      /** Sign requests with the bucket's origin access identity. */
      authMethod: 'origin-access-identity';
      /** The AWS Region of the bucket, which signing needs. */
      region: string;
    }
  | {
      /** Send requests unsigned. */
      authMethod: 'none';
      /** No Region without signing. */
      region?: never;
    }
);

/** A custom origin as a function sets it (see `RawCloudFrontCustomOrigin`). */
export interface CloudFrontCustomOriginResult {
  /** The headers CloudFront adds to requests to this origin. */
  customHeaders: CloudFrontHeaders;
  /** The DNS name of the origin server; not an IP address. */
  domainName: string;
  /** How many seconds CloudFront keeps an idle connection open (1–60). */
  keepaliveTimeout: number;
  /** The folder on the origin that requests go to, starting with `/`; empty for the root. */
  path: string;
  /** The port: 80, 443, or 1024–65535. */
  port: number;
  /** The protocol CloudFront connects with. */
  protocol: 'http' | 'https';
  /** How many seconds CloudFront waits for the origin's response (4–60). */
  readTimeout: number;
  /** The SSL/TLS protocols CloudFront may use, e.g. `TLSv1.2`. */
  sslProtocols: string[];
}

/** The origin a request goes to, as a function sets it: exactly one of the two kinds. */
export type CloudFrontOriginResult =
  | {
      /** The Amazon S3 origin. */
      s3: CloudFrontS3OriginResult;
      /** Not with an Amazon S3 origin. */
      custom?: undefined;
    }
  | {
      /** The custom origin. */
      custom: CloudFrontCustomOriginResult;
      /** Not with a custom origin. */
      s3?: undefined;
    };

/** A request body as a function returns it. */
export interface CloudFrontRequestBodyResult {
  /** Whether CloudFront cut the body short (read-only). */
  inputTruncated: boolean;
  /** `replace` to send `data` on in place of the viewer's body. */
  action: CloudFrontBodyAction;
  /** How `data` is encoded. */
  encoding: CloudFrontBodyEncoding;
  /** The body content. */
  data: string;
}

/**
 * A request as CloudFront reads it from a viewer request or origin request function.
 * Assignable to the `CloudFrontRequest` of `@types/aws-lambda`.
 */
export interface CloudFrontRequestResult {
  /** The viewer's IP address (read-only). */
  clientIp: string;
  /** The HTTP method (read-only). */
  method: string;
  /** The path of the requested object. */
  uri: string;
  /** The query string, without the `?`. */
  querystring: string;
  /** The request headers, in CloudFront's shape. */
  headers: CloudFrontHeaders;
  /** The origin the request goes to (origin requests only). */
  origin?: CloudFrontOriginResult;
  /** The request body, when the trigger has the include body option. */
  body?: CloudFrontRequestBodyResult;
}

/** What {@link modifiedRequest} changes in the event's request. */
export interface CloudFrontRequestChanges {
  /** Headers to set (a value or a list of values) or delete (`null`); the others are kept. */
  readonly headers?: CloudFrontHeaderChanges | undefined;
  /** The new path of the requested object, starting with `/`. */
  readonly uri?: string | undefined;
  /** The new query string, without the `?`: no spaces, control characters or `#`. */
  readonly querystring?: string | undefined;
  /** The origin to send the request to instead (origin request events only). */
  readonly origin?: CloudFrontOriginResult | undefined;
  /**
   * A body to send to the origin in place of the viewer's: text, or bytes (sent
   * base64-encoded). Only when the trigger has the include body option.
   */
  readonly body?: string | Uint8Array | undefined;
  /** Whether a text `body` is already base64 (`base64`) or plain text (`text`, the default). */
  readonly bodyEncoding?: CloudFrontBodyEncoding | undefined;
}

/** What {@link modifiedResponse} changes in the event's response. */
export interface CloudFrontResponseChanges {
  /**
   * The new HTTP status code, an integer from 200 to 599 (origin response events only: a
   * viewer response function cannot change the status).
   */
  readonly status?: number | undefined;
  /** The new status description. */
  readonly statusDescription?: string | undefined;
  /** Headers to set (a value or a list of values) or delete (`null`); the others are kept. */
  readonly headers?: CloudFrontHeaderChanges | undefined;
  /** A body to send in place of the origin's: text, or bytes (sent base64-encoded). */
  readonly body?: string | Uint8Array | undefined;
  /** Whether a text `body` is already base64 (`base64`) or plain text (`text`, the default). */
  readonly bodyEncoding?: CloudFrontBodyEncoding | undefined;
}

const KB = 1024;
const MB = 1024 * KB;

/**
 * The most bytes of a response a function may generate, headers and body together, as JSON:
 * 40 KB in viewer events, 1 MB in origin events.
 */
function responseLimit(eventType: CloudFrontEventType): number {
  return eventType.startsWith('viewer') ? 40 * KB : MB;
}

/** The number of bytes `text` takes as UTF-8. */
function utf8Length(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

/** The event's trigger, checked; the event's own errors (a malformed event) pass through. */
function eventTypeOf(
  where: string,
  event: unknown,
  allowed: readonly CloudFrontEventType[]
): CloudFrontEventType {
  if (typeof event !== 'object' || event === null) {
    throw argumentError(
      where,
      'event',
      `an event of ${allowed.join(' or ')}`,
      event
    );
  }
  const config = (
    event as { readonly config?: { readonly eventType?: unknown } }
  ).config;
  const eventType = checkEventType(
    where,
    config?.eventType,
    'event.config.eventType'
  );
  if (!allowed.includes(eventType)) {
    throw new TypeError(
      `${where}: event.config.eventType is ${eventType}, but ${where} answers ${allowed.join(' or ')} events`
    );
  }
  return eventType;
}

function checkObject(where: string, argument: string, value: unknown): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw argumentError(where, argument, 'an object', value);
  }
}

function checkStatus(where: string, argument: string, status: unknown): number {
  if (
    typeof status !== 'number' ||
    !Number.isInteger(status) ||
    status < 200 ||
    status > 599
  ) {
    throw argumentError(where, argument, 'an integer from 200 to 599', status);
  }
  return status;
}

function checkOptionalString(
  where: string,
  argument: string,
  value: unknown
): void {
  if (value !== undefined && typeof value !== 'string') {
    throw argumentError(where, argument, 'a string', value);
  }
}

/** A body argument as `data` and its encoding, checked. */
function encodeBody(
  where: string,
  argument: string,
  body: unknown,
  bodyEncoding: unknown
): { data: string; encoding: CloudFrontBodyEncoding } {
  if (
    bodyEncoding !== undefined &&
    bodyEncoding !== 'text' &&
    bodyEncoding !== 'base64'
  ) {
    throw argumentError(
      where,
      `${argument}Encoding`,
      'text or base64',
      bodyEncoding
    );
  }
  if (body instanceof Uint8Array) {
    if (bodyEncoding === 'text') {
      throw new TypeError(
        `${where}: ${argument} is bytes, which are sent as base64, but ${argument}Encoding is text`
      );
    }
    return { data: encodeBase64(body), encoding: 'base64' };
  }
  if (typeof body !== 'string') {
    throw argumentError(where, argument, 'a string or a Uint8Array', body);
  }
  if (bodyEncoding === 'base64') {
    try {
      decodeBase64(body);
    } catch (error) {
      if (!(error instanceof DecodeError)) throw error;
      throw new TypeError(
        `${where}: ${argument} must be valid base64 when ${argument}Encoding is base64`
      );
    }
  }
  return { data: body, encoding: bodyEncoding ?? 'text' };
}

/**
 * Sets a response's body, with its encoding when it is base64 or was asked for (CloudFront
 * reads a body without `bodyEncoding` as text, as AWS's examples send it), then checks the
 * whole response against the size CloudFront accepts from the trigger.
 *
 * @param where The function, for errors.
 * @param argument The argument holding `body` and `bodyEncoding`: `init` or `changes`.
 * @param response The response built so far.
 * @param from The body and its encoding, as given.
 * @param eventType The trigger.
 * @returns The response.
 */
function withBody(
  where: string,
  argument: string,
  response: CloudFrontGeneratedResponse,
  from: {
    readonly body?: string | Uint8Array | undefined;
    readonly bodyEncoding?: CloudFrontBodyEncoding | undefined;
  },
  eventType: CloudFrontEventType
): CloudFrontGeneratedResponse {
  const { data, encoding } = encodeBody(
    where,
    `${argument}.body`,
    from.body ?? '',
    from.bodyEncoding
  );
  if (from.body !== undefined) {
    if (encoding === 'base64' || from.bodyEncoding !== undefined) {
      response.bodyEncoding = encoding;
    }
    response.body = data;
  }
  return checkResponseSize(where, response, eventType);
}

/** Refuses a response larger than CloudFront accepts from a function in this event type. */
function checkResponseSize(
  where: string,
  response: CloudFrontGeneratedResponse,
  eventType: CloudFrontEventType
): CloudFrontGeneratedResponse {
  const size = utf8Length(JSON.stringify(response));
  const limit = responseLimit(eventType);
  if (size > limit) {
    throw new RangeError(
      `${where}: the response is ${size} bytes as JSON, more than the ${limit} bytes CloudFront accepts from a ${eventType} function (headers and body together)`
    );
  }
  return response;
}

/** Adds a key to an object as data, whatever the key (`__proto__` included). */
function setEntry<T>(target: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** A copy of the event's headers with the changes applied; the event's are left as they are. */
function changedHeaders(
  where: string,
  headers: RawCloudFrontHeaders | undefined,
  changes: unknown,
  eventType: CloudFrontEventType
): CloudFrontHeaders {
  const copy = { ...headers } as CloudFrontHeaders;
  if (changes === undefined) return copy;
  checkObject(where, 'changes.headers', changes);
  for (const [name, value] of Object.entries(
    changes as CloudFrontHeaderChanges
  )) {
    if (value === undefined) continue;
    const at = `changes.headers[${quoted(name)}]`;
    checkHeaderName(where, at, name);
    const lower = lowerName(name);
    if (value === null) {
      if (headerRestriction(name, eventType) === 'read-only') {
        throw new TypeError(
          `${where}: the ${quoted(name)} header is read-only in ${eventType} events`
        );
      }
      delete copy[lower];
      continue;
    }
    refuseRestricted(where, name, eventType);
    setEntry(copy, lower, headerEntries(where, at, name, value));
  }
  return copy;
}

/**
 * What the two modifying builders start from: the event's trigger, checked, and a copy of its
 * request or response with the header changes applied (the event itself is left as it is).
 *
 * @param where The function, for errors.
 * @param event The event passed.
 * @param allowed The triggers the builder answers.
 * @param changes The changes passed.
 * @param rawOf Reads the request or response from the event, once it is known to be one.
 * @returns The trigger, the raw request or response, and the copy.
 */
function changing<TRaw extends RawCloudFrontMessage>(
  where: string,
  event: unknown,
  allowed: readonly CloudFrontEventType[],
  changes: { readonly headers?: CloudFrontHeaderChanges | undefined },
  rawOf: () => TRaw
): [CloudFrontEventType, TRaw, TRaw & { headers: CloudFrontHeaders }] {
  const eventType = eventTypeOf(where, event, allowed);
  checkObject(where, 'changes', changes);
  const raw = rawOf();
  return [
    eventType,
    raw,
    {
      ...raw,
      headers: changedHeaders(where, raw.headers, changes.headers, eventType),
    },
  ];
}

/**
 * Builds a response for CloudFront to send to the viewer, for a function on the viewer
 * request or origin request trigger (CloudFront answers without going to the origin; an
 * origin request's response is cached) or the origin response trigger (it replaces the
 * origin's response). Only `status` is required. The headers are converted to CloudFront's
 * shape, and refused, with a `TypeError` naming the header, when CloudFront would refuse them
 * from this event type (see {@link toCloudFrontHeaders}). Bytes are sent base64-encoded.
 *
 * The response is checked against the size CloudFront accepts from a function, headers and
 * body together, measured as the JSON the function returns: 40 KB for viewer events, 1 MB for
 * origin events. Past it, CloudFront answers the viewer with a 502 (Bad Gateway); this throws
 * a `RangeError` instead.
 *
 * @param event The event being answered: a `CloudFrontRequestEvent`, or a
 * `CloudFrontResponseEvent` of the origin response trigger.
 * @param init The status, description, headers and body.
 * @returns The response, ready to return from the handler.
 * @throws {TypeError} when an argument is malformed, naming it (`init.status`,
 * `init.headers["Host"]`, …); when a header is disallowed or read-only in the event's
 * trigger; when a viewer request's 204 response has a body (CloudFront refuses it); or when
 * the event is a viewer response (which cannot change the status: use
 * {@link modifiedResponse}).
 * @throws {RangeError} when the response is larger than CloudFront accepts from the trigger.
 * @example
 * ```ts
 * import {
 *   CloudFrontRequestEvent,
 *   generatedResponse,
 *   type RawCloudFrontRequestEvent,
 * } from '@evt/cloudfront';
 *
 * export const handler = async (raw: RawCloudFrontRequestEvent) => {
 *   const event = new CloudFrontRequestEvent(raw);
 *   return generatedResponse(event, {
 *     status: 302,
 *     statusDescription: 'Found',
 *     headers: { Location: 'https://example.com/', 'Cache-Control': 'max-age=3600' },
 *   });
 *   // { status: '302', statusDescription: 'Found', headers: {
 *   //   location: [{ key: 'Location', value: 'https://example.com/' }],
 *   //   'cache-control': [{ key: 'Cache-Control', value: 'max-age=3600' }] } }
 * };
 * ```
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-generating-http-responses.html
 */
export function generatedResponse(
  event: CloudFrontRequestEvent<unknown> | CloudFrontResponseEvent,
  init: CloudFrontGeneratedResponseInit
): CloudFrontGeneratedResponse {
  const where = 'generatedResponse';
  const eventType = eventTypeOf(where, event, [
    'viewer-request',
    'origin-request',
    'origin-response',
  ]);
  checkObject(where, 'init', init);
  const status = checkStatus(where, 'init.status', init.status);
  checkOptionalString(where, 'init.statusDescription', init.statusDescription);
  const response: CloudFrontGeneratedResponse = { status: String(status) };
  if (init.statusDescription !== undefined) {
    response.statusDescription = init.statusDescription;
  }
  if (init.headers !== undefined) {
    response.headers = convertHeaders(
      where,
      'init.headers',
      init.headers,
      eventType
    );
  }
  if (
    init.body !== undefined &&
    status === 204 &&
    eventType === 'viewer-request'
  ) {
    throw new TypeError(
      `${where}: a 204 (No Content) response from a viewer-request function must have no body`
    );
  }
  return withBody(where, 'init', response, init, eventType);
}

/** Checks the new URI and query string of a request: a path, a query without spaces or `#`. */
function checkTarget(where: string, uri: string, querystring: string): void {
  if (!uri.startsWith('/')) {
    throw new TypeError(`${where}: changes.uri must start with "/"`);
  }
  for (let position = 0; position < querystring.length; position++) {
    const code = querystring.charCodeAt(position);
    if (code <= 32 || code === 127 || code === 35 /* # */) {
      throw new TypeError(
        `${where}: changes.querystring must not hold spaces, control characters or "#"`
      );
    }
  }
  for (let position = 0; position < uri.length; position++) {
    const code = uri.charCodeAt(position);
    if (code <= 32 || code === 127) {
      throw new TypeError(
        `${where}: changes.uri must not hold spaces or control characters`
      );
    }
  }
  const length = uri.length + (querystring === '' ? 0 : 1 + querystring.length);
  if (length >= 8192) {
    throw new RangeError(
      `${where}: the URI with its query string is ${length} characters; CloudFront needs fewer than 8192`
    );
  }
}

/** Checks a new origin: one object holding exactly one of `s3` and `custom`, each with a domain. */
function checkOrigin(where: string, origin: unknown): void {
  checkObject(where, 'changes.origin', origin);
  const { s3, custom } = origin as { s3?: unknown; custom?: unknown };
  if ((s3 === undefined) === (custom === undefined)) {
    throw new TypeError(
      `${where}: changes.origin must hold exactly one of s3 and custom`
    );
  }
  const kind = s3 === undefined ? 'custom' : 's3';
  const chosen = s3 ?? custom;
  checkObject(where, `changes.origin.${kind}`, chosen);
  const { domainName } = chosen as { domainName?: unknown };
  if (typeof domainName !== 'string' || domainName === '') {
    throw argumentError(
      where,
      `changes.origin.${kind}.domainName`,
      'a non-empty string',
      domainName
    );
  }
}

/**
 * The most a replaced request body may hold, per encoding: in viewer request events 40 KB of
 * text or 53.2 KB of base64, in origin request events 1 MB of text or 1.33 MB of base64.
 */
function bodyLimit(
  eventType: CloudFrontEventType,
  encoding: CloudFrontBodyEncoding
): number {
  const viewer = eventType === 'viewer-request';
  if (encoding === 'text') return viewer ? 40 * KB : MB;
  return Math.floor(viewer ? 53.2 * KB : 1.33 * MB);
}

/**
 * Builds the request a viewer request or origin request function returns to CloudFront: a copy
 * of the event's request with the changes applied (the event itself is not changed). Headers
 * are set or deleted by name in any case, kept in CloudFront's shape, and refused with a
 * `TypeError` naming the header when CloudFront would refuse the change in this trigger: a
 * disallowed header added, a read-only one added, changed or deleted. A new body replaces the
 * viewer's (`action: 'replace'`) within the size CloudFront accepts: 40 KB of text or 53.2 KB of
 * base64 in viewer request events, 1 MB or 1.33 MB in origin request events.
 *
 * @param event The request event being answered.
 * @param changes The headers, URI, query string, origin and body to change.
 * @returns The request, ready to return from the handler.
 * @throws {TypeError} when an argument is malformed, naming it; when a header change is refused
 * in the event's trigger; when `origin` is changed outside an origin request event, or `body`
 * without the include body option; or when the event is not a request event.
 * @throws {RangeError} when the URI and query string reach 8,192 characters, or the body is
 * larger than CloudFront accepts.
 * @example
 * ```ts
 * import {
 *   CloudFrontRequestEvent,
 *   modifiedRequest,
 *   type RawCloudFrontRequestEvent,
 * } from '@evt/cloudfront';
 *
 * export const handler = async (raw: RawCloudFrontRequestEvent) => {
 *   const event = new CloudFrontRequestEvent(raw);
 *   const uri = event.request.uri;
 *   return modifiedRequest(event, {
 *     uri: uri.endsWith('/') ? `${uri}index.html` : uri,
 *     headers: { 'X-Forwarded-Host': event.config.distributionDomainName, Cookie: null },
 *   });
 * };
 * ```
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html#request-event-fields-request
 */
export function modifiedRequest(
  event: CloudFrontRequestEvent<unknown>,
  changes: CloudFrontRequestChanges
): CloudFrontRequestResult {
  const where = 'modifiedRequest';
  const [eventType, raw, copy] = changing(
    where,
    event,
    ['viewer-request', 'origin-request'],
    changes,
    () => event.request.rawEvent
  );
  const request = copy as CloudFrontRequestResult;
  const { uri, querystring, origin, body } = changes;
  checkOptionalString(where, 'changes.uri', uri);
  checkOptionalString(where, 'changes.querystring', querystring);
  if (uri !== undefined || querystring !== undefined) {
    request.uri = uri ?? event.request.uri;
    request.querystring = querystring ?? event.request.querystring;
    checkTarget(where, request.uri, request.querystring);
  }
  if (origin !== undefined) {
    if (eventType !== 'origin-request') {
      throw new TypeError(
        `${where}: changes.origin is for origin-request events, not ${eventType}`
      );
    }
    checkOrigin(where, origin);
    request.origin = origin;
  }
  if (body !== undefined) {
    if (raw.body === undefined || raw.body === null) {
      throw new TypeError(
        `${where}: changes.body needs the trigger's include body option (the event has no body)`
      );
    }
    const { data, encoding } = encodeBody(
      where,
      'changes.body',
      body,
      changes.bodyEncoding
    );
    const size = encoding === 'text' ? utf8Length(data) : data.length;
    const limit = bodyLimit(eventType, encoding);
    if (size > limit) {
      throw new RangeError(
        `${where}: the ${encoding} body is ${size} ${encoding === 'text' ? 'bytes' : 'characters'}, more than the ${limit} CloudFront accepts in ${eventType} events`
      );
    }
    request.body = {
      ...(raw.body as CloudFrontRequestBodyResult),
      action: 'replace',
      encoding,
      data,
    };
  }
  return request;
}

/**
 * Builds the response an origin response or viewer response function returns to CloudFront: a
 * copy of the event's response with the changes applied (the event itself is not changed).
 * Headers are set or deleted by name in any case, and refused with a `TypeError` naming the
 * header when CloudFront would refuse the change in this trigger. A body replaces the one from
 * the origin (which the event does not carry), within the size CloudFront accepts from a
 * function, headers and body together as JSON: 40 KB for viewer responses, 1 MB for origin
 * responses.
 *
 * @param event The response event being answered.
 * @param changes The status, description, headers and body to change.
 * @returns The response, ready to return from the handler.
 * @throws {TypeError} when an argument is malformed, naming it; when a header change is refused
 * in the event's trigger; when a viewer response's status is changed; or when the event is not
 * a response event.
 * @throws {RangeError} when the response is larger than CloudFront accepts from the trigger.
 * @example
 * ```ts
 * import {
 *   CloudFrontResponseEvent,
 *   modifiedResponse,
 *   type RawCloudFrontResponseEvent,
 * } from '@evt/cloudfront';
 *
 * export const handler = async (raw: RawCloudFrontResponseEvent) => {
 *   const event = new CloudFrontResponseEvent(raw);
 *   if (event.response.statusCode >= 500) {
 *     return modifiedResponse(event, {
 *       status: 200,
 *       statusDescription: 'OK',
 *       headers: { 'Content-Type': 'text/html', 'Cache-Control': 'max-age=10' },
 *       body: '<h1>We will be right back</h1>',
 *     });
 *   }
 *   return modifiedResponse(event, { headers: { 'X-Frame-Options': 'DENY' } });
 * };
 * ```
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-generating-http-responses.html
 */
export function modifiedResponse(
  event: CloudFrontResponseEvent,
  changes: CloudFrontResponseChanges
): CloudFrontGeneratedResponse {
  const where = 'modifiedResponse';
  const [eventType, , copy] = changing(
    where,
    event,
    ['origin-response', 'viewer-response'],
    changes,
    () => event.response.rawEvent
  );
  const response = copy as CloudFrontGeneratedResponse;
  if (changes.status !== undefined) {
    if (eventType === 'viewer-response') {
      throw new TypeError(
        `${where}: a viewer-response function cannot change the status`
      );
    }
    response.status = String(
      checkStatus(where, 'changes.status', changes.status)
    );
  }
  checkOptionalString(
    where,
    'changes.statusDescription',
    changes.statusDescription
  );
  if (changes.statusDescription !== undefined) {
    response.statusDescription = changes.statusDescription;
  }
  return withBody(where, 'changes', response, changes, eventType);
}
