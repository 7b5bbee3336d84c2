import { argumentError, encodeBase64 } from '@evt/core';

/** A response header value: numbers and booleans are sent as text. */
export type ALBHeaderValue = string | number | boolean;

/** What {@link albResponse} builds a response from. */
export interface ALBResponseInit {
  /** The HTTP status code, an integer from 100 to 599. */
  readonly statusCode: number;
  /**
   * The status line's code and reason phrase separated by one space, e.g. `200 OK`. Left out
   * when `undefined`, as Powertools' ALB responses leave it out.
   */
  readonly statusDescription?: string | undefined;
  /**
   * The response headers: one value, or a list of values, per name. `undefined` leaves a
   * header out.
   */
  readonly headers?:
    | Readonly<
        Record<string, ALBHeaderValue | readonly ALBHeaderValue[] | undefined>
      >
    | undefined;
  /** `Set-Cookie` values, one cookie each (`name=value; Path=/; Secure`). */
  readonly cookies?: readonly string[] | undefined;
  /** The body: text, or bytes (sent base64-encoded). Left out when `undefined`. */
  readonly body?: string | Uint8Array | undefined;
  /** Whether a text `body` is already base64 (binary content); `false` by default. */
  readonly isBase64Encoded?: boolean | undefined;
}

/**
 * The response document an Application Load Balancer reads from a Lambda function, as AWS
 * documents it. Assignable to the `ALBResult` of `@types/aws-lambda`.
 */
export interface ALBResponse {
  /** The HTTP status code. */
  statusCode: number;
  /** The status code and reason phrase, e.g. `200 OK`; absent unless given. */
  statusDescription?: string;
  /** Whether `body` is base64, for the load balancer to decode into binary content. */
  isBase64Encoded: boolean;
  /** The headers, one value each: for target groups without multi-value headers. */
  headers?: Record<string, string>;
  /** The headers, every value of each: for target groups with multi-value headers enabled. */
  multiValueHeaders?: Record<string, string[]>;
  /** The body; absent when there is none. */
  body?: string;
}

/** A header's values as text, checked; `name` is for the error. */
function headerValues(
  name: string,
  value: ALBHeaderValue | readonly ALBHeaderValue[]
): string[] {
  const values: readonly unknown[] = Array.isArray(value) ? value : [value];
  return values.map((item, index) => {
    if (
      typeof item !== 'string' &&
      typeof item !== 'number' &&
      typeof item !== 'boolean'
    ) {
      const at = Array.isArray(value) ? `[${index}]` : '';
      throw argumentError(
        'albResponse',
        `init.headers[${JSON.stringify(name)}]${at}`,
        'a string, number or boolean',
        item
      );
    }
    return String(item);
  });
}

/**
 * Builds the response an Application Load Balancer reads from a Lambda function, with its
 * headers in the field the request's target group reads: `multiValueHeaders` when the
 * request came with multi-value headers ({@link ALBEvent.hasMultiValueHeaders}), else
 * `headers`. The role of Powertools' `header_serializer()`, as a function so that bundles
 * without it leave it out.
 *
 * With `headers` (multi-value headers disabled) a header given several values, and several
 * `cookies`, send only the last one, as the load balancer keeps only one value per name (and
 * as Powertools does); enable multi-value headers on the target group to send them all. With
 * `multiValueHeaders`, `cookies` are added to the `Set-Cookie` list. `isBase64Encoded` and
 * the headers field are always set, as the Elastic Load Balancing guide asks;
 * `statusDescription` only when given, as Powertools' ALB responses leave it out; bytes are
 * sent base64-encoded.
 *
 * @param request The request being answered: an `ALBEvent`, or any object that says whether
 * multi-value headers are enabled.
 * @param init The status, headers, cookies and body.
 * @returns The response document, ready to return from the handler.
 * @throws {TypeError} when an argument is malformed: naming it (`init.statusCode`,
 * `init.headers["X-Count"]`, `init.cookies[1]`, ...).
 * @example
 * ```ts
 * import { ALBEvent, albResponse, type RawALBEvent } from '@evt/alb';
 *
 * export const handler = async (raw: RawALBEvent) => {
 *   const event = new ALBEvent(raw);
 *   return albResponse(event, {
 *     statusCode: 200,
 *     headers: { 'Content-Type': 'application/json' },
 *     cookies: ['session=38afes7a8; HttpOnly; Secure'],
 *     body: JSON.stringify({ path: event.path }),
 *   });
 *   // { statusCode: 200, isBase64Encoded: false,
 *   //   headers: { 'Set-Cookie': 'session=…', 'Content-Type': 'application/json' }, body: '…' }
 * };
 * ```
 * @see https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html#respond-to-load-balancer
 */
export function albResponse(
  request: { readonly hasMultiValueHeaders: boolean },
  init: ALBResponseInit
): ALBResponse {
  if (typeof request !== 'object' || request === null) {
    throw argumentError('albResponse', 'request', 'an ALBEvent', request);
  }
  const multiValue = request.hasMultiValueHeaders;
  if (typeof multiValue !== 'boolean') {
    throw argumentError(
      'albResponse',
      'request.hasMultiValueHeaders',
      'a boolean',
      multiValue
    );
  }
  if (typeof init !== 'object' || init === null) {
    throw argumentError('albResponse', 'init', 'an object', init);
  }
  const { statusCode, statusDescription, headers, cookies, body } = init;
  if (
    typeof statusCode !== 'number' ||
    !Number.isInteger(statusCode) ||
    statusCode < 100 ||
    statusCode > 599
  ) {
    throw argumentError(
      'albResponse',
      'init.statusCode',
      'an integer from 100 to 599',
      statusCode
    );
  }
  if (
    statusDescription !== undefined &&
    typeof statusDescription !== 'string'
  ) {
    throw argumentError(
      'albResponse',
      'init.statusDescription',
      'a string',
      statusDescription
    );
  }
  if (
    headers !== undefined &&
    (typeof headers !== 'object' || headers === null || Array.isArray(headers))
  ) {
    throw argumentError('albResponse', 'init.headers', 'an object', headers);
  }
  if (cookies !== undefined && !Array.isArray(cookies)) {
    throw argumentError(
      'albResponse',
      'init.cookies',
      'an array of strings',
      cookies
    );
  }
  for (const [index, cookie] of (cookies ?? []).entries()) {
    if (typeof cookie !== 'string') {
      throw argumentError(
        'albResponse',
        `init.cookies[${index}]`,
        'a string',
        cookie
      );
    }
  }
  if (
    body !== undefined &&
    typeof body !== 'string' &&
    !(body instanceof Uint8Array)
  ) {
    throw argumentError(
      'albResponse',
      'init.body',
      'a string or a Uint8Array',
      body
    );
  }
  if (
    init.isBase64Encoded !== undefined &&
    typeof init.isBase64Encoded !== 'boolean'
  ) {
    throw argumentError(
      'albResponse',
      'init.isBase64Encoded',
      'a boolean',
      init.isBase64Encoded
    );
  }

  const isBase64Encoded =
    body instanceof Uint8Array || init.isBase64Encoded === true;
  const response: ALBResponse =
    statusDescription === undefined
      ? { statusCode, isBase64Encoded }
      : { statusCode, statusDescription, isBase64Encoded };

  // Maps, then `Object.fromEntries`: any name (`__proto__` included) is an ordinary key.
  if (multiValue) {
    const multi = new Map<string, string[]>();
    for (const [name, value] of Object.entries(headers ?? {})) {
      if (value !== undefined) multi.set(name, headerValues(name, value));
    }
    if (cookies && cookies.length > 0) {
      multi.set('Set-Cookie', [...(multi.get('Set-Cookie') ?? []), ...cookies]);
    }
    response.multiValueHeaders = Object.fromEntries(multi);
  } else {
    const single = new Map<string, string>();
    const lastCookie = cookies?.at(-1);
    if (lastCookie !== undefined) single.set('Set-Cookie', lastCookie);
    for (const [name, value] of Object.entries(headers ?? {})) {
      if (value === undefined) continue;
      const last = headerValues(name, value).at(-1);
      if (last !== undefined) single.set(name, last);
    }
    response.headers = Object.fromEntries(single);
  }

  if (body !== undefined) {
    response.body = typeof body === 'string' ? body : encodeBase64(body);
  }
  return response;
}
