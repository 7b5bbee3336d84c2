import {
  BaseProxyEvent,
  checkWrapper,
  child,
  decodePercentEscapes,
  type EventOptions,
  EventWrapper,
  extendEventWrapper,
  type HeaderMap,
  hasOwnKey,
  mapOrEmpty,
  type RawProxyEventBase,
  readMultiValueHeaderMap,
  requireString,
} from '@evt/core';

/** The part of the request context that names the load balancer's target group. */
export interface RawALBEventElb {
  /** The ARN of the target group that invoked the function. */
  targetGroupArn: string;
}

/** The request context an Application Load Balancer adds to a request. */
export interface RawALBEventRequestContext {
  /** The load balancer's part of the context. */
  elb: RawALBEventElb;
}

/**
 * The event an Application Load Balancer sends to a Lambda function registered in a target
 * group, as AWS documents it. A target group sends `headers` and `queryStringParameters` by
 * default, or `multiValueHeaders` and `multiValueQueryStringParameters` when multi-value
 * headers are enabled on it; never both. Query string names and values are passed on as the
 * client sent them, percent-encoded.
 */
export interface RawALBEvent extends RawProxyEventBase {
  /** The request context. */
  requestContext: RawALBEventRequestContext;
  /** The HTTP method of the request. */
  httpMethod: string;
  /** The request path. */
  path: string;
  /** The request headers, last value of each (multi-value headers disabled). */
  headers?: Record<string, string | undefined> | null | undefined;
  /** The request headers, every value of each (multi-value headers enabled). */
  multiValueHeaders?: Record<string, string[] | undefined> | null | undefined;
  /** The query string parameters, last value of each, as sent (multi-value headers disabled). */
  queryStringParameters?: Record<string, string | undefined> | null | undefined;
  /** The query string parameters, every value of each, as sent (multi-value headers enabled). */
  multiValueQueryStringParameters?:
    | Record<string, string[] | undefined>
    | null
    | undefined;
  /** The request body: text, or base64 when `isBase64Encoded`; empty when there is none. */
  body?: string | null | undefined;
  /** Whether the load balancer base64-encoded `body`. */
  isBase64Encoded?: boolean | null | undefined;
}

/**
 * Wrapper for the request context (`requestContext`) of the event that an Application Load
 * Balancer sends to a Lambda function.
 *
 * @example
 * ```ts
 * import { ALBEvent, type RawALBEvent } from '@evt/alb';
 *
 * export const handler = async (raw: RawALBEvent) => {
 *   const targetGroup = new ALBEvent(raw).requestContext.elbTargetGroupArn;
 *   return { statusCode: 200, body: targetGroup };
 * };
 * ```
 * @see https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html#receive-event-from-load-balancer
 */
export class ALBEventRequestContext extends EventWrapper<RawALBEventRequestContext> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'ALBEventRequestContext';

  /**
   * The ARN of the target group that forwarded the request to the function
   * (`elb.targetGroupArn`).
   *
   * @throws {@link MissingFieldError} when the event has none.
   */
  get elbTargetGroupArn(): string {
    return requireString(
      this,
      this.raw.elb?.targetGroupArn,
      'elb.targetGroupArn'
    );
  }
}

export interface ALBEvent<TBody = unknown>
  extends BaseProxyEvent<RawALBEvent, TBody> {}
/**
 * Wrapper for the event that an Application Load Balancer sends when a listener rule forwards
 * a request to a target group whose target is a Lambda function. `TBody` types
 * {@link ALBEvent.jsonBody}.
 *
 * The target group's multi-value headers setting decides the event's shape: `headers` and
 * `queryStringParameters` (one value each, the last the client sent) by default, or
 * `multiValueHeaders` and `multiValueQueryStringParameters` when it is enabled. The members
 * named as in Powertools read the field they name, as Powertools does (`headers` and
 * `getHeaderValue` are empty for a multi-value event); {@link ALBEvent.resolvedHeadersField},
 * {@link ALBEvent.resolvedQueryStringParameters} and the `decoded…` query views read whichever
 * shape the event has.
 *
 * The load balancer does not decode the query string: `?q=hello%20world` arrives as
 * `hello%20world` in `queryStringParameters`, and as `hello world` in
 * {@link ALBEvent.decodedQueryStringParameters}.
 *
 * @example
 * ```ts
 * import { ALBEvent, albResponse, type RawALBEvent } from '@evt/alb';
 *
 * interface Order { orderId: string }
 *
 * export const handler = async (raw: RawALBEvent) => {
 *   const event = new ALBEvent<Order>(raw);
 *   return albResponse(event, {
 *     statusCode: 200,
 *     headers: { 'content-type': 'application/json' },
 *     body: JSON.stringify({
 *       route: `${event.httpMethod} ${event.path}`,
 *       requestId: event.resolvedHeadersField.get('x-request-id'),
 *       search: event.decodedQueryStringParameters.q,
 *       orderId: event.jsonBody?.orderId,
 *     }),
 *   });
 * };
 * ```
 * @see https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html
 */
// biome-ignore lint/correctness/noUnusedVariables: the merged interface uses the type parameters
export class ALBEvent<TBody = unknown> {
  /** The class name used in error messages and the debug view. */
  static readonly typeName: string = /* @__PURE__ */ extendEventWrapper(
    ALBEvent,
    'ALBEvent',
    BaseProxyEvent
  );
  declare protected readonly raw: RawALBEvent;
  declare protected readonly options: EventOptions | undefined;

  /**
   * @param raw The raw value this class describes.
   * @param options The decoding options; evt passes them on, with the value's place in the
   * event, to the parts it wraps.
   */
  constructor(raw: RawALBEvent, options?: EventOptions) {
    this.raw = raw;
    this.options = options;
    checkWrapper(this, raw, options);
  }

  #requestContext?: ALBEventRequestContext;
  #multiValueHeaders?: HeaderMap;
  #resolvedHeadersField?: HeaderMap;
  #decodedQueryStringParameters?: Record<string, string>;
  #decodedMultiValueQueryStringParameters?: Record<string, string[]>;

  /** The request context, which names the target group (`requestContext`). */
  get requestContext(): ALBEventRequestContext {
    return (this.#requestContext ??= child(
      this,
      'requestContext',
      ALBEventRequestContext
    ));
  }

  /**
   * The HTTP method of the request, e.g. `GET` (`httpMethod`).
   *
   * @throws {@link MissingFieldError} when the event has none.
   */
  get httpMethod(): string {
    return requireString(this, this.raw.httpMethod, 'httpMethod');
  }

  /**
   * The request path, e.g. `/lambda` (`path`).
   *
   * @throws {@link MissingFieldError} when the event has none.
   */
  get path(): string {
    return requireString(this, this.raw.path, 'path');
  }

  /**
   * The request headers with every value of each, looked up case-insensitively
   * (`multiValueHeaders`); `getAll(name)` gives every value. Empty when multi-value headers are
   * disabled on the target group. The map reads the raw object in place and checks a header's
   * values when a lookup first reaches them.
   *
   * @throws {@link FieldTypeError} when `multiValueHeaders` is not an object, or (from the map's
   * reads) naming `multiValueHeaders.<name>` or `multiValueHeaders.<name>[i]` when a header's
   * values are not an array of strings.
   */
  get multiValueHeaders(): HeaderMap {
    return (this.#multiValueHeaders ??= readMultiValueHeaderMap(
      this,
      this.raw.multiValueHeaders,
      'multiValueHeaders'
    ));
  }

  /**
   * Whether the event carries its headers in `multiValueHeaders`, that is whether the target
   * group has multi-value headers enabled: then the response must carry `multiValueHeaders`
   * too ({@link albResponse} chooses for you). Judged as Powertools does, by
   * `multiValueHeaders` having any header.
   *
   * @throws {@link FieldTypeError} when `multiValueHeaders` is not an object.
   */
  get hasMultiValueHeaders(): boolean {
    const sent = this.raw.multiValueHeaders;
    // Absent unless the target group has multi-value headers enabled: nothing to look into.
    if (sent == null) return false;
    const headers = mapOrEmpty(this, sent, 'multiValueHeaders');
    for (const name in headers) {
      if (hasOwnKey(headers, name)) return true;
    }
    return false;
  }

  /**
   * The headers whatever the target group's setting: {@link ALBEvent.multiValueHeaders} when
   * the event has them, else {@link ALBEvent.headers}. `get(name)` gives a header's first
   * value, `getAll(name)` every value. Chosen once and cached.
   *
   * @throws {@link FieldTypeError} when the headers it reads are malformed.
   * @example
   * ```ts
   * event.resolvedHeadersField.get('user-agent'); // 'ELB-HealthChecker/2.0'
   * ```
   */
  get resolvedHeadersField(): HeaderMap {
    return (this.#resolvedHeadersField ??= this.hasMultiValueHeaders
      ? this.multiValueHeaders
      : this.headers);
  }

  /**
   * The query string parameters, one value each, with names and values percent-decoded: read
   * from `queryStringParameters`, or when the target group sends
   * `multiValueQueryStringParameters`, the last value of each (the one the load balancer keeps
   * when multi-value headers are disabled). Built once and cached, in an object without a
   * prototype (`__proto__` is an ordinary name).
   *
   * Decoding follows RFC 3986, as Powertools' ALB decoding (`urllib.parse.unquote`) does: a
   * `+` stays `+` (it means a space only in HTML form encoding, and a literal `+` such as a
   * time zone offset is often sent unescaped), a malformed escape stays as sent, and escaped
   * bytes that are not UTF-8 become U+FFFD; nothing throws for a bad escape.
   *
   * @throws {@link FieldTypeError} when the parameters it reads are malformed.
   * @example
   * ```ts
   * // GET /search?q=hello%20world&tz=%2B01:00&sum=1+2
   * event.queryStringParameters.q; // 'hello%20world', as the load balancer sends it
   * event.decodedQueryStringParameters.q; // 'hello world'
   * event.decodedQueryStringParameters.tz; // '+01:00'
   * event.decodedQueryStringParameters.sum; // '1+2'
   * ```
   */
  get decodedQueryStringParameters(): Record<string, string> {
    return (this.#decodedQueryStringParameters ??= this.#decodeSingle());
  }

  #decodeSingle(): Record<string, string> {
    const decoded: Record<string, string> = Object.create(null);
    const multi = this.#multiQuery();
    if (multi) {
      for (const name of Object.keys(multi)) {
        const last = (multi[name] as string[]).at(-1);
        if (last !== undefined)
          decoded[decodePercentEscapes(name)] = decodePercentEscapes(last);
      }
    } else {
      const single = this.#singleQuery();
      for (const name in single) {
        if (!hasOwnKey(single, name)) continue;
        // `#singleValue`'s check, inline: read here, the value comes from the loop's key cache
        // (through the method, 88 more instructions per request on Node 20).
        const value = single[name];
        decoded[decodePercentEscapes(name)] = decodePercentEscapes(
          typeof value === 'string'
            ? value
            : (this.queryStringParameters[name] as string)
        );
      }
    }
    return decoded;
  }

  /**
   * The query string parameters, every value of each, with names and values percent-decoded
   * as {@link ALBEvent.decodedQueryStringParameters} decodes them: read from
   * `multiValueQueryStringParameters`, or when the target group sends
   * `queryStringParameters`, one value each. Names that decode alike (`a%20b` and `a b`) share
   * one list. Built once and cached, in an object without a prototype.
   *
   * @throws {@link FieldTypeError} when the parameters it reads are malformed.
   * @example
   * ```ts
   * // GET /?tag=new%20in&tag=sale, with multi-value headers enabled
   * event.decodedMultiValueQueryStringParameters.tag; // ['new in', 'sale']
   * ```
   */
  get decodedMultiValueQueryStringParameters(): Record<string, string[]> {
    return (this.#decodedMultiValueQueryStringParameters ??=
      this.#decodeMulti());
  }

  #decodeMulti(): Record<string, string[]> {
    const decoded: Record<string, string[]> = Object.create(null);
    const multi = this.#multiQuery();
    if (multi) {
      for (const name of Object.keys(multi)) {
        (decoded[decodePercentEscapes(name)] ??= []).push(
          ...(multi[name] as string[]).map((each) => decodePercentEscapes(each))
        );
      }
    } else {
      const single = this.#singleQuery();
      for (const name of Object.keys(single)) {
        (decoded[decodePercentEscapes(name)] ??= []).push(
          decodePercentEscapes(this.#singleValue(single, name))
        );
      }
    }
    return decoded;
  }

  /**
   * The checked `multiValueQueryStringParameters` when it holds any parameter (a target group
   * with multi-value headers enabled), else `undefined`: then the query is in
   * `queryStringParameters`, one value each.
   */
  #multiQuery(): Record<string, string[]> | undefined {
    // Absent unless the target group has multi-value headers enabled: nothing to look into
    // (`in` reads no value, so the field is still read once, below, when it is there).
    if (!('multiValueQueryStringParameters' in this.raw)) return undefined;
    const multi = this.multiValueQueryStringParameters;
    for (const name in multi) {
      if (hasOwnKey(multi, name)) return multi;
    }
    return undefined;
  }

  /**
   * `queryStringParameters` as sent, checked only to be an object: the decoders check each
   * value as they read it (`#singleValue`, or inline in `#decodeSingle`'s `for…in` loop), one
   * pass over the parameters instead of a checking pass and then a decoding pass.
   */
  #singleQuery(): Readonly<Record<string, unknown>> {
    return mapOrEmpty(
      this,
      this.raw.queryStringParameters,
      'queryStringParameters'
    );
  }

  /** A value of `#singleQuery`, checked to be a string. */
  #singleValue(query: Readonly<Record<string, unknown>>, name: string): string {
    const value = query[name];
    // Anything else: the checked getter throws its error, naming `queryStringParameters.<name>`.
    return typeof value === 'string'
      ? value
      : (this.queryStringParameters[name] as string);
  }
}
