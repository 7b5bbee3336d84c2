import { decodeBase64Text, parseJson } from './decoding';
import { EventWrapper } from './event-wrapper';
import {
  mapOrEmpty,
  optionalBoolean,
  optionalString,
  requireStringArray,
  stringMapOrEmpty,
} from './fields';
import {
  type HeaderLookupArgs,
  type HeaderMap,
  readHeaderMap,
} from './header-map';
import { hasOwnKey } from './own-key';

/** Percent-escapes decoded; a malformed escape leaves the text as sent. */
function decodeComponent(text: string): string {
  // Most names and values hold no escape: the scan is cheaper than the call it skips.
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A query-string name or value: `+` is a space, then percent-escapes are decoded. */
function decodeQueryComponent(text: string): string {
  return decodeComponent(text.includes('+') ? text.replaceAll('+', ' ') : text);
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
    const name = decodeQueryComponent(rawName);
    const value = decodeQueryComponent(rawValue);
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
  return map && hasOwnKey(map, name) ? map[name] : undefined;
}

/** The fields every HTTP-style proxy event (API Gateway, ALB, function URLs) may carry. */
export interface RawProxyEventBase {
  /** The request headers, one value each. */
  headers?: Record<string, string | undefined> | null | undefined;
  /** The query string parameters, one value each. */
  queryStringParameters?: Record<string, string | undefined> | null | undefined;
  /** The query string parameters, every value of each. */
  multiValueQueryStringParameters?:
    | Record<string, string[] | undefined>
    | null
    | undefined;
  /** Whether `body` is base64 encoded. */
  isBase64Encoded?: boolean | null | undefined;
  /** The request body, as text or base64. */
  body?: string | null | undefined;
  /** The request path. */
  path?: string | undefined;
  /** The HTTP method. */
  httpMethod?: string | undefined;
}

/**
 * Returns an optional map of string lists (`multiValueQueryStringParameters`), or a frozen empty
 * object when it is absent or `null`; every list and every item is checked.
 */
function stringArrayMapOrEmpty(
  owner: EventWrapper<RawProxyEventBase>,
  value:
    | Readonly<Record<string, readonly string[] | undefined>>
    | null
    | undefined,
  path: 'multiValueQueryStringParameters'
): Record<string, string[]> {
  const map = mapOrEmpty(owner, value, path);
  for (const name in map) {
    if (hasOwnKey(map, name)) {
      // A dynamic path: the parameter's name is data, not a key of the raw type.
      requireStringArray(owner, map[name], `${path}.${name}` as never);
    }
  }
  return map as Record<string, string[]>;
}

// Reads through the base's own raw type: a subclass's raw type is a type parameter here, and a
// path is only checked against a known type.
function proxy(wrapper: EventWrapper): EventWrapper<RawProxyEventBase> {
  return wrapper as EventWrapper<RawProxyEventBase>;
}

// BaseProxyEvent keeps no private fields and declares no constructor, so that an event class
// can be linked to it with `extendEventWrapper(Class, name, BaseProxyEvent)` and never call
// `super()`: its caches are properties keyed by these symbols, created on first read (see
// "Bases that classes link to" in CONTRIBUTING.md).
// The symbols have no description: none is exported, and a description would cost its bytes
// in every HTTP handler's bundle.
const HEADERS = /* @__PURE__ */ Symbol();
const RESOLVED_QUERY = /* @__PURE__ */ Symbol();
const DECODED_BODY = /* @__PURE__ */ Symbol();
const JSON_BODY = /* @__PURE__ */ Symbol();

interface ProxyEventCache {
  [HEADERS]?: HeaderMap;
  [RESOLVED_QUERY]?: Record<string, string[]>;
  [DECODED_BODY]?: string | undefined;
  [JSON_BODY]?: unknown;
}

function cacheOf(event: EventWrapper): ProxyEventCache {
  return event as unknown as ProxyEventCache;
}

function resolveQuery(event: BaseProxyEvent): Record<string, string[]> {
  const multi = event.multiValueQueryStringParameters;
  if (Object.keys(multi).length > 0) return multi;
  const resolved: Record<string, string[]> = Object.create(null);
  for (const [name, value] of Object.entries(event.queryStringParameters)) {
    resolved[name] = value.split(',');
  }
  return resolved;
}

/**
 * What HTTP-style proxy events share: headers, query string, body decoding. The API Gateway,
 * ALB and function-URL events are linked to it with `extendEventWrapper` from `@evt/core`
 * (it keeps no private fields and declares no constructor, so they can be); a class may also
 * extend it.
 */
export class BaseProxyEvent<
  TRaw extends RawProxyEventBase = RawProxyEventBase,
  TBody = unknown,
> extends EventWrapper<TRaw> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'BaseProxyEvent';

  /**
   * The request headers, looked up case-insensitively (`headers`). Empty when the event has
   * none. The map reads the raw object in place, so building it costs nothing per header; a
   * value that is not a string throws when a lookup first reaches it.
   *
   * @throws {@link FieldTypeError} when `headers` is not an object, or (from the map's reads)
   * naming `headers.<name>` when a header's value is not a string.
   * @example
   * ```ts
   * event.headers.get('content-type'); // same as 'Content-Type'
   * ```
   */
  get headers(): HeaderMap {
    return (cacheOf(this)[HEADERS] ??= readHeaderMap(
      proxy(this),
      this.raw.headers,
      'headers'
    ));
  }

  /** The query string parameters, last value of each (`queryStringParameters`). Empty object when the event has none. */
  get queryStringParameters(): Record<string, string> {
    return stringMapOrEmpty(
      proxy(this),
      this.raw.queryStringParameters,
      'queryStringParameters'
    );
  }

  /**
   * Every value of each query string parameter (`multiValueQueryStringParameters`). Empty object
   * when the event has none.
   *
   * @throws {@link FieldTypeError} when a parameter's values are not an array of strings, naming
   * `multiValueQueryStringParameters.<name>` or `multiValueQueryStringParameters.<name>[i]`;
   * {@link MissingFieldError} when a parameter's values are `null`.
   */
  get multiValueQueryStringParameters(): Record<string, string[]> {
    return stringArrayMapOrEmpty(
      proxy(this),
      this.raw.multiValueQueryStringParameters,
      'multiValueQueryStringParameters'
    );
  }

  /**
   * The query string as every value of each parameter: `multiValueQueryStringParameters` when
   * the event has them, else `queryStringParameters` split on commas (in an object without a
   * prototype, so `__proto__` is an ordinary name). Built once and cached.
   *
   * @throws {@link FieldTypeError} when the parameters it reads are malformed.
   */
  get resolvedQueryStringParameters(): Record<string, string[]> {
    return (cacheOf(this)[RESOLVED_QUERY] ??= resolveQuery(this));
  }

  /** The headers used for resolving a request: the same map as {@link BaseProxyEvent.headers}. */
  get resolvedHeadersField(): HeaderMap {
    return this.headers;
  }

  /** Whether API Gateway base64-encoded the body (`isBase64Encoded`); `false` when absent. */
  get isBase64Encoded(): boolean {
    return (
      optionalBoolean(
        proxy(this),
        this.raw.isBase64Encoded,
        'isBase64Encoded'
      ) ?? false
    );
  }

  /** The request body as sent: text, or base64 when `isBase64Encoded` (`body`). */
  get body(): string | undefined {
    return optionalString(proxy(this), this.raw.body, 'body');
  }

  /**
   * The request body as text, base64-decoded when `isBase64Encoded` (`body`). Decoded once and
   * cached.
   *
   * @throws {@link DecodeError} when the body is not valid base64 or UTF-8.
   */
  get decodedBody(): string | undefined {
    const cache = cacheOf(this);
    if (!(DECODED_BODY in cache)) {
      const body = this.body;
      cache[DECODED_BODY] =
        body !== undefined && this.isBase64Encoded
          ? decodeBase64Text(body, { owner: this, path: 'body' })
          : body;
    }
    return cache[DECODED_BODY];
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
    const cache = cacheOf(this);
    if (!(JSON_BODY in cache)) {
      const text = this.decodedBody;
      cache[JSON_BODY] = text
        ? parseJson<TBody>(text, { owner: this, path: 'body' })
        : undefined;
    }
    return cache[JSON_BODY] as TBody | undefined;
  }

  /** The request path (`path`). Undefined when the event has none. */
  get path(): string | undefined {
    return optionalString(proxy(this), this.raw.path, 'path');
  }

  /**
   * The HTTP method: DELETE, GET, HEAD, OPTIONS, PATCH, POST or PUT (`httpMethod`). Undefined
   * when the event has none.
   */
  get httpMethod(): string | undefined {
    return optionalString(proxy(this), this.raw.httpMethod, 'httpMethod');
  }

  /**
   * Returns a query string parameter's value.
   *
   * @param name The parameter name (case-sensitive).
   * @returns The value, or `undefined` when the parameter is absent.
   */
  getQueryStringValue(name: string): string | undefined;
  /**
   * Returns a query string parameter's value, or `defaultValue` when it is absent.
   *
   * @param name The parameter name (case-sensitive).
   * @param defaultValue What to return when the parameter is absent.
   * @returns The value, or `defaultValue`.
   */
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
   * case-insensitively unless asked not to (the lookup of `HeaderMap.getValue`). With a default
   * the result is a `string`.
   *
   * @param name The header name.
   * @param args What to return when the header is absent, then whether to match the name
   * exactly as given (`false` by default).
   * @returns The value, or the default.
   * @throws {@link FieldTypeError} when the header's value is not a string.
   * @example
   * ```ts
   * event.getHeaderValue('x-api-key', 'none');
   * ```
   */
  getHeaderValue<TDefault extends string | undefined = undefined>(
    name: string,
    ...args: HeaderLookupArgs<TDefault>
  ): string | TDefault {
    return this.headers.getValue(name, ...args);
  }
}
