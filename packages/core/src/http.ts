import { decodeBase64Text, parseJson } from './decoding';
import { EventWrapper } from './event-wrapper';
import {
  mapOrEmpty,
  optionalBoolean,
  optionalString,
  requireString,
  stringMapOrEmpty,
} from './fields';
import { type HeaderMap, readHeaderMap } from './header-map';

function decodeComponent(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Parses a raw query string (`a=1&b=2&a=3`, no leading `?`) into a map of every value per
 * name, in order. `+` is a space, percent-escapes are decoded (a malformed escape is kept as
 * sent), and any name is safe (`__proto__` is an ordinary key).
 *
 * @param query The raw query string, e.g. API Gateway v2's `rawQueryString`.
 * @returns Each name's values.
 * @example
 * ```ts
 * import { parseQueryString } from '@evt/core';
 *
 * parseQueryString('tag=a&tag=b&q=hello+world').get('tag'); // ['a', 'b']
 * ```
 */
export function parseQueryString(query: string): Map<string, string[]> {
  const values = new Map<string, string[]>();
  if (!query) return values;
  for (const pair of query.split('&')) {
    if (!pair) continue;
    const separator = pair.indexOf('=');
    const rawName = separator === -1 ? pair : pair.slice(0, separator);
    const rawValue = separator === -1 ? '' : pair.slice(separator + 1);
    const name = decodeComponent(rawName.replaceAll('+', ' '));
    const value = decodeComponent(rawValue.replaceAll('+', ' '));
    const list = values.get(name);
    if (list) list.push(value);
    else values.set(name, [value]);
  }
  return values;
}

/**
 * Parses cookies, from a `Cookie` header (`a=1; b=2`) or from a list of `name=value` strings
 * (API Gateway v2's `cookies`), into a map. The first occurrence of a name wins, values are
 * percent-decoded when they are valid escapes, and surrounding double quotes are removed.
 *
 * @param cookies The `Cookie` header value, or the list of cookies.
 * @returns Each cookie's value by name.
 * @example
 * ```ts
 * import { parseCookies } from '@evt/core';
 *
 * parseCookies('session=abc; theme=dark').get('theme'); // 'dark'
 * parseCookies(['session=abc', 'theme=dark']).get('session'); // 'abc'
 * ```
 */
export function parseCookies(
  cookies: string | readonly string[]
): Map<string, string> {
  const parsed = new Map<string, string>();
  const parts = typeof cookies === 'string' ? [cookies] : cookies;
  for (const part of parts) {
    for (const cookie of part.split(';')) {
      const separator = cookie.indexOf('=');
      if (separator === -1) continue;
      const name = cookie.slice(0, separator).trim();
      if (!name || parsed.has(name)) continue;
      let value = cookie.slice(separator + 1).trim();
      if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
        value = value.slice(1, -1);
      }
      parsed.set(name, decodeComponent(value));
    }
  }
  return parsed;
}

/**
 * Reads a key of a string map only if the map itself has it (never from the prototype).
 *
 * @param map The map, which may be absent.
 * @param name The key.
 * @returns The value, or `undefined`.
 */
export function ownValue<T>(
  map: Readonly<Record<string, T>> | null | undefined,
  name: string
): T | undefined {
  return map && Object.hasOwn(map, name) ? map[name] : undefined;
}

/** The fields every HTTP-style proxy event (API Gateway, ALB, function URLs) may carry. */
export interface RawProxyEventBase {
  /** The request headers, one value each. */
  headers?: Record<string, string | undefined> | null;
  /** The query string parameters, one value each. */
  queryStringParameters?: Record<string, string | undefined> | null;
  /** The query string parameters, every value of each. */
  multiValueQueryStringParameters?: Record<string, string[] | undefined> | null;
  /** Whether `body` is base64 encoded. */
  isBase64Encoded?: boolean | null;
  /** The request body, as text or base64. */
  body?: string | null;
  /** The request path. */
  path?: string;
  /** The HTTP method. */
  httpMethod?: string;
}

/**
 * What HTTP-style proxy events share: headers, query string, body decoding. The API Gateway,
 * ALB and function-URL events extend it.
 */
export class BaseProxyEvent<
  TRaw extends RawProxyEventBase = RawProxyEventBase,
  TBody = unknown,
> extends EventWrapper<TRaw> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'BaseProxyEvent';

  #headers?: HeaderMap;
  #decodedBody?: string | undefined;
  #hasDecodedBody = false;
  #jsonBody?: TBody | undefined;
  #hasJsonBody = false;

  /**
   * The request headers, looked up case-insensitively (`headers`). Empty when the event has
   * none.
   *
   * @example
   * ```ts
   * event.headers.get('content-type'); // same as 'Content-Type'
   * ```
   */
  get headers(): HeaderMap {
    this.#headers ??= readHeaderMap(this, this.raw.headers, 'headers');
    return this.#headers;
  }

  /** The query string parameters, last value of each (`queryStringParameters`). Empty object when the event has none. */
  get queryStringParameters(): Record<string, string> {
    return stringMapOrEmpty(
      this,
      this.raw.queryStringParameters,
      'queryStringParameters'
    );
  }

  /** Every value of each query string parameter (`multiValueQueryStringParameters`). Empty object when the event has none. */
  get multiValueQueryStringParameters(): Record<string, string[]> {
    return mapOrEmpty(
      this,
      this.raw.multiValueQueryStringParameters,
      'multiValueQueryStringParameters'
    ) as Record<string, string[]>;
  }

  /**
   * The query string as every value of each parameter: `multiValueQueryStringParameters` when
   * the event has them, else `queryStringParameters` split on commas.
   */
  get resolvedQueryStringParameters(): Record<string, string[]> {
    const multi = this.multiValueQueryStringParameters;
    if (Object.keys(multi).length > 0) return multi;
    const resolved: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(this.queryStringParameters)) {
      resolved[name] = value.split(',');
    }
    return resolved;
  }

  /** The headers used for resolving a request: the same map as {@link BaseProxyEvent.headers}. */
  get resolvedHeadersField(): HeaderMap {
    return this.headers;
  }

  /** Whether API Gateway base64-encoded the body (`isBase64Encoded`); `false` when absent. */
  get isBase64Encoded(): boolean {
    return (
      optionalBoolean(this, this.raw.isBase64Encoded, 'isBase64Encoded') ??
      false
    );
  }

  /** The request body as sent: text, or base64 when `isBase64Encoded` (`body`). */
  get body(): string | undefined {
    return optionalString(this, this.raw.body, 'body');
  }

  /**
   * The request body as text, base64-decoded when `isBase64Encoded` (`body`). Decoded once and
   * cached.
   *
   * @throws {@link DecodeError} when the body is not valid base64 or UTF-8.
   */
  get decodedBody(): string | undefined {
    if (!this.#hasDecodedBody) {
      const body = this.body;
      this.#decodedBody =
        body !== undefined && this.isBase64Encoded
          ? decodeBase64Text(body, this, 'body')
          : body;
      this.#hasDecodedBody = true;
    }
    return this.#decodedBody;
  }

  /**
   * The request body parsed as JSON (decoded first when base64), typed as `TBody`; `undefined`
   * when there is no body. Parsed once and cached.
   *
   * @throws {@link DecodeError} when the body does not parse.
   * @example
   * ```ts
   * import { APIGatewayProxyEventV2 } from '@evt/apigw';
   *
   * interface Order { id: string }
   * const order = new APIGatewayProxyEventV2<Order>(raw).jsonBody; // Order | undefined
   * ```
   */
  get jsonBody(): TBody | undefined {
    if (!this.#hasJsonBody) {
      const text = this.decodedBody;
      this.#jsonBody = text ? parseJson<TBody>(text, this, 'body') : undefined;
      this.#hasJsonBody = true;
    }
    return this.#jsonBody;
  }

  /** The request path (`path`). */
  get path(): string {
    return requireString(this, this.raw.path, 'path');
  }

  /** The HTTP method: DELETE, GET, HEAD, OPTIONS, PATCH, POST or PUT (`httpMethod`). */
  get httpMethod(): string {
    return requireString(this, this.raw.httpMethod, 'httpMethod');
  }

  /**
   * Returns a query string parameter's value.
   *
   * @param name The parameter name (case-sensitive).
   * @param defaultValue What to return when the parameter is absent.
   * @returns The value, or `defaultValue`.
   */
  getQueryStringValue(name: string): string | undefined;
  getQueryStringValue(name: string, defaultValue: string): string;
  getQueryStringValue(name: string, defaultValue?: string): string | undefined {
    return ownValue(this.queryStringParameters, name) ?? defaultValue;
  }

  /**
   * Returns every value of a query string parameter from `multiValueQueryStringParameters`, as
   * Powertools does (events without that map, such as HTTP API v2, give `defaultValues`).
   *
   * @param name The parameter name (case-sensitive).
   * @param defaultValues What to return when the parameter is absent; `[]` by default.
   * @returns The values, or `defaultValues`.
   */
  getMultiValueQueryStringValues(
    name: string,
    defaultValues: string[] = []
  ): string[] {
    const values = ownValue(this.multiValueQueryStringParameters, name);
    return values && values.length > 0 ? values : defaultValues;
  }

  /**
   * Returns a header's value from {@link BaseProxyEvent.headers}, matching the name
   * case-insensitively unless asked not to.
   *
   * @param name The header name.
   * @param defaultValue What to return when the header is absent.
   * @param caseSensitive Match the name exactly as given.
   * @returns The value, or `defaultValue`.
   * @example
   * ```ts
   * event.getHeaderValue('x-api-key', 'none');
   * ```
   */
  getHeaderValue(name: string): string | undefined;
  getHeaderValue(
    name: string,
    defaultValue: string,
    caseSensitive?: boolean
  ): string;
  getHeaderValue(
    name: string,
    defaultValue?: string,
    caseSensitive?: boolean
  ): string | undefined;
  getHeaderValue(
    name: string,
    defaultValue?: string,
    caseSensitive = false
  ): string | undefined {
    return this.headers.get(name, caseSensitive) ?? defaultValue;
  }
}
