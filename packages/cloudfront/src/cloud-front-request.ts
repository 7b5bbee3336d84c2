import {
  Base64Data,
  EventWrapper,
  optionalBoolean,
  optionalChild,
  optionalString,
  optionalStringOf,
  parseCookies,
  parseJson,
  parseQueryString,
  requireString,
  UNSET,
} from '@evt/core';
import {
  CloudFrontMessage,
  type RawCloudFrontMessage,
} from './cloud-front-headers';
import {
  CloudFrontOrigin,
  type RawCloudFrontOrigin,
} from './cloud-front-origin';

/** What a function does with the request body it was given. */
export type CloudFrontBodyAction = 'read-only' | 'replace';

/** How a request body's `data` is encoded. */
export type CloudFrontBodyEncoding = 'base64' | 'text';

/**
 * The request body, which CloudFront includes when the trigger has the include body option
 * (`cf.request.body`).
 */
export interface RawCloudFrontRequestBody {
  /** Whether CloudFront cut the body short: at 40 KB for viewer requests, 1 MB for origin requests. */
  inputTruncated?: boolean | undefined;
  /** What the function does with the body: `read-only` (the default) or `replace`. */
  action?: CloudFrontBodyAction | undefined;
  /** How `data` is encoded: CloudFront always sends `base64`. */
  encoding?: CloudFrontBodyEncoding | undefined;
  /** The body content; empty for a request without one. */
  data: string;
}

/** The request a Lambda@Edge event carries (`cf.request`). */
export interface RawCloudFrontRequest extends RawCloudFrontMessage {
  /** The IP address of the viewer, or of the proxy or load balancer it came through. */
  clientIp: string;
  /** The HTTP method of the request. */
  method: string;
  /** The path of the requested object, starting with `/`. */
  uri: string;
  /** The query string without the `?`; empty when the request has none. */
  querystring?: string | undefined;
  /** The origin the request goes to; in origin request and origin response events only. */
  origin?: RawCloudFrontOrigin | undefined;
  /** The request body; only when the trigger has the include body option. */
  body?: RawCloudFrontRequestBody | undefined;
}

/**
 * Wrapper for the request body of a Lambda@Edge request event (`body`), which CloudFront
 * includes when the trigger has the include body option. `TBody` types
 * {@link CloudFrontRequestBody.dataAsJson}; it is not checked at runtime.
 *
 * @example
 * ```ts
 * import { CloudFrontRequestEvent, type RawCloudFrontRequestEvent } from '@evt/cloudfront';
 *
 * export const handler = async (raw: RawCloudFrontRequestEvent) => {
 *   const body = new CloudFrontRequestEvent<{ sku: string }>(raw).request.body;
 *   if (body && !body.inputTruncated) console.log(body.dataAsJson.sku);
 *   return raw.Records[0]?.cf.request;
 * };
 * ```
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html#request-event-fields-request
 */
export class CloudFrontRequestBody<
  TBody = unknown,
> extends EventWrapper<RawCloudFrontRequestBody> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'CloudFrontRequestBody';
  // The base64 payload, or `null` for text: chosen once, so that later reads of the decoded
  // members read nothing from the event.
  #payload?: Base64Data<TBody> | null;
  #textBytes?: Uint8Array;
  #textJson: TBody | typeof UNSET = UNSET;

  /**
   * Whether CloudFront cut the body short before passing it on: at 40 KB in viewer request
   * events and 1 MB in origin request events (`inputTruncated`). `false` when absent.
   */
  get inputTruncated(): boolean {
    return (
      optionalBoolean(this, this.raw.inputTruncated, 'inputTruncated') ?? false
    );
  }

  /**
   * What the function does with the body: `read-only` (CloudFront sends the original body on)
   * or `replace` (`action`). `read-only` when absent, as CloudFront defaults it.
   *
   * @throws {@link FieldTypeError} when it is neither.
   */
  get action(): CloudFrontBodyAction {
    return (
      optionalStringOf(this, this.raw.action, 'action', [
        'read-only',
        'replace',
      ]) ?? 'read-only'
    );
  }

  /**
   * How `data` is encoded: `base64`, as CloudFront always sends it, or `text` (`encoding`).
   * `base64` when absent.
   *
   * @throws {@link FieldTypeError} when it is neither.
   */
  get encoding(): CloudFrontBodyEncoding {
    return (
      optionalStringOf(this, this.raw.encoding, 'encoding', [
        'base64',
        'text',
      ]) ?? 'base64'
    );
  }

  /**
   * The body as the event holds it, base64 unless `encoding` is `text` (`data`); empty for a
   * request without one.
   *
   * @throws {@link MissingFieldError} when absent.
   */
  get data(): string {
    return requireString(this, this.raw.data, 'data');
  }

  /** The base64 payload, or `null` when the body is text. */
  get #base64(): Base64Data<TBody> | null {
    if (this.#payload === undefined) {
      this.#payload =
        this.encoding === 'base64'
          ? new Base64Data<TBody>(this, this.data, 'data')
          : null;
    }
    return this.#payload;
  }

  /**
   * The body's bytes (`data`): decoded from base64, or the UTF-8 bytes of a text body. Decoded
   * once, then cached.
   *
   * @throws {@link DecodeError} when `data` is not valid base64.
   */
  get dataAsBytes(): Uint8Array {
    const payload = this.#base64;
    return payload
      ? payload.bytes
      : (this.#textBytes ??= new TextEncoder().encode(this.data));
  }

  /**
   * The body as text (`data`): decoded from base64 and read as UTF-8, or the text body as it
   * is. Decoded once, then cached.
   *
   * @throws {@link DecodeError} when `data` is not valid base64, or its bytes not UTF-8.
   */
  get dataAsText(): string {
    return this.#base64?.text ?? this.data;
  }

  /**
   * The body parsed as JSON, typed as `TBody` (`data`), with the `jsonDeserializer` option when
   * one is set. Decoded and parsed once, then cached. A truncated body
   * ({@link CloudFrontRequestBody.inputTruncated}) is seldom whole JSON.
   *
   * @throws {@link DecodeError} when `data` is not base64, UTF-8 or JSON.
   * @example
   * ```ts
   * import { CloudFrontRequestEvent, type RawCloudFrontRequestEvent } from '@evt/cloudfront';
   *
   * export const handler = async (raw: RawCloudFrontRequestEvent) => {
   *   const body = new CloudFrontRequestEvent<{ sku: string }>(raw).request.body;
   *   console.log(body?.dataAsJson.sku);
   *   return raw.Records[0]?.cf.request;
   * };
   * ```
   */
  get dataAsJson(): TBody {
    const payload = this.#base64;
    if (payload) return payload.json;
    if (this.#textJson === UNSET) {
      this.#textJson = parseJson<TBody>(this.data, {
        owner: this,
        path: 'data',
      });
    }
    return this.#textJson;
  }
}

/**
 * Wrapper for the HTTP request a Lambda@Edge event carries (`cf.request`): in request events,
 * the request the function may change or answer; in response events, the request the response
 * answers. `TBody` types the JSON body.
 *
 * @example
 * ```ts
 * import { CloudFrontRequestEvent, type RawCloudFrontRequestEvent } from '@evt/cloudfront';
 *
 * export const handler = async (raw: RawCloudFrontRequestEvent) => {
 *   const { request } = new CloudFrontRequestEvent(raw);
 *   console.log(request.method, request.uri, request.headers.get('user-agent'));
 *   console.log(request.getQueryStringValue('size', 'medium'));
 *   return request.rawEvent;
 * };
 * ```
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html#request-event-fields-request
 */
export class CloudFrontRequest<
  TBody = unknown,
> extends CloudFrontMessage<RawCloudFrontRequest> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'CloudFrontRequest';
  #cookies?: Map<string, string>;
  #parsedQueryString?: Map<string, string[]>;
  #origin: CloudFrontOrigin | undefined | typeof UNSET = UNSET;
  #body: CloudFrontRequestBody<TBody> | undefined | typeof UNSET = UNSET;
  #jsonBody: TBody | undefined | typeof UNSET = UNSET;

  /**
   * The IP address of the viewer, or of the HTTP proxy or load balancer the viewer came
   * through, e.g. `203.0.113.178` (`clientIp`).
   */
  get clientIp(): string {
    return requireString(this, this.raw.clientIp, 'clientIp');
  }

  /** The HTTP method of the request, e.g. `GET` (`method`). */
  get method(): string {
    return requireString(this, this.raw.method, 'method');
  }

  /** The path of the requested object, starting with `/`, e.g. `/images/cat.jpg` (`uri`). */
  get uri(): string {
    return requireString(this, this.raw.uri, 'uri');
  }

  /**
   * The query string as the viewer sent it, without the `?`, e.g. `size=large` (`querystring`).
   * Empty when the request has none.
   */
  get querystring(): string {
    return optionalString(this, this.raw.querystring, 'querystring') ?? '';
  }

  /**
   * The query string parsed: every value of each parameter, in order, with `+` read as a space
   * and percent-escapes decoded (`querystring`). Parsed once, then cached.
   *
   * @example
   * ```ts
   * // querystring: 'tag=new&tag=sale&q=red+shoes'
   * request.parsedQueryString.get('tag'); // ['new', 'sale']
   * ```
   */
  get parsedQueryString(): Map<string, string[]> {
    return (this.#parsedQueryString ??= parseQueryString(this.querystring));
  }

  /**
   * Returns the first value of a query string parameter.
   *
   * @param name The parameter name (case-sensitive).
   * @returns The value, or `undefined` when the parameter is absent.
   */
  getQueryStringValue(name: string): string | undefined;
  /**
   * Returns the first value of a query string parameter, or `defaultValue` when it is absent.
   *
   * @param name The parameter name (case-sensitive).
   * @param defaultValue What to return when the parameter is absent.
   * @returns The value, or `defaultValue`.
   */
  getQueryStringValue(name: string, defaultValue: string): string;
  getQueryStringValue(name: string, defaultValue?: string): string | undefined {
    return this.parsedQueryString.get(name)?.[0] ?? defaultValue;
  }

  /**
   * The cookies of the request, by name, from every `Cookie` header of
   * {@link CloudFrontMessage.headers}; the first of a repeated
   * name wins. Parsed once, then cached; hidden in the debug view.
   *
   * @throws {@link FieldTypeError} when a header is not in CloudFront's shape.
   */
  get cookies(): Map<string, string> {
    return (this.#cookies ??= parseCookies(this.headers.getAll('cookie')));
  }

  /**
   * The origin the request goes to, which an origin request function may change (`origin`).
   * Undefined in viewer events.
   */
  get origin(): CloudFrontOrigin | undefined {
    if (this.#origin === UNSET) {
      this.#origin = optionalChild(this, 'origin', CloudFrontOrigin);
    }
    return this.#origin;
  }

  /**
   * The request body (`body`). Undefined unless the trigger has the include body option;
   * response events never carry it.
   */
  get body(): CloudFrontRequestBody<TBody> | undefined {
    if (this.#body === UNSET) {
      this.#body = optionalChild(this, 'body', CloudFrontRequestBody<TBody>);
    }
    return this.#body;
  }

  /**
   * The request body as text, decoded from base64 (`body.data`); see
   * {@link CloudFrontRequestBody.dataAsText}. Undefined when the event has no body.
   *
   * @throws {@link DecodeError} when the body is not valid base64 or UTF-8.
   */
  get decodedBody(): string | undefined {
    return this.body?.dataAsText;
  }

  /**
   * The request body parsed as JSON, typed as `TBody` (`body.data`); see
   * {@link CloudFrontRequestBody.dataAsJson}. Undefined when the event has no body, or an
   * empty one.
   *
   * @throws {@link DecodeError} when the body is not base64, UTF-8 or JSON.
   */
  get jsonBody(): TBody | undefined {
    if (this.#jsonBody === UNSET) {
      const body = this.body;
      this.#jsonBody = body && body.data !== '' ? body.dataAsJson : undefined;
    }
    return this.#jsonBody;
  }
}
