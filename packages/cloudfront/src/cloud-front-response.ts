import {
  EventWrapper,
  FieldTypeError,
  type HeaderLookupArgs,
  type HeaderMap,
  locate,
  optionalString,
  requireString,
} from '@evt/core';
import {
  type RawCloudFrontHeaders,
  readCloudFrontHeaders,
} from './cloud-front-headers';

/** The HTTP response a Lambda@Edge response event carries (`cf.response`). */
export interface RawCloudFrontResponse {
  /** The HTTP status code, as text, e.g. `200`. */
  status: string;
  /** The HTTP status description, e.g. `OK`. */
  statusDescription?: string | undefined;
  /** The response headers, in CloudFront's shape. */
  headers?: RawCloudFrontHeaders | undefined;
}

/** Whether `text` is a three-digit status code. */
function isStatusCode(text: string): boolean {
  if (text.length !== 3) return false;
  for (let position = 0; position < 3; position++) {
    const code = text.charCodeAt(position);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/**
 * Wrapper for the HTTP response a Lambda@Edge response event carries (`cf.response`): in
 * origin response events, the response CloudFront received from the origin; in viewer
 * response events, the one it is about to send to the viewer. CloudFront does not pass the
 * response body to the function.
 *
 * @example
 * ```ts
 * import { CloudFrontResponseEvent, type RawCloudFrontResponseEvent } from '@evt/cloudfront';
 *
 * export const handler = async (raw: RawCloudFrontResponseEvent) => {
 *   const { response } = new CloudFrontResponseEvent(raw);
 *   console.log(response.statusCode, response.headers.get('content-type'));
 *   return response.rawEvent;
 * };
 * ```
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html#response-event-fields-response
 */
export class CloudFrontResponse extends EventWrapper<RawCloudFrontResponse> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'CloudFrontResponse';
  #headers?: HeaderMap;

  /** The HTTP status code as the event holds it, text such as `200` (`status`). */
  get status(): string {
    return requireString(this, this.raw.status, 'status');
  }

  /**
   * The HTTP status code as a number, e.g. `200` (`status`).
   *
   * @throws {@link FieldTypeError} when `status` is not three digits.
   */
  get statusCode(): number {
    const status = this.status;
    if (isStatusCode(status)) return Number(status);
    throw new FieldTypeError(
      'a three-digit status code',
      'string',
      locate(this, 'status')
    );
  }

  /** The HTTP status description, e.g. `OK` (`statusDescription`). Undefined when the event has none. */
  get statusDescription(): string | undefined {
    return optionalString(
      this,
      this.raw.statusDescription,
      'statusDescription'
    );
  }

  /**
   * The response headers, looked up case-insensitively, every value of each (`headers`):
   * `getAll('set-cookie')` gives every cookie. Empty when the response has none. Built once,
   * then cached.
   *
   * @throws {@link FieldTypeError} when a header is not in CloudFront's shape, naming it.
   */
  get headers(): HeaderMap {
    return (this.#headers ??= readCloudFrontHeaders(
      this,
      this.raw.headers,
      'headers'
    ));
  }

  /**
   * Returns a header's first value from {@link CloudFrontResponse.headers}, matching the name
   * case-insensitively unless asked not to. With a default the result is a `string`.
   *
   * @param name The header name.
   * @param args What to return when the header is absent, then whether to match the name
   * exactly as given (`false` by default).
   * @returns The value, or the default.
   * @throws {@link FieldTypeError} when a header is not in CloudFront's shape.
   */
  getHeaderValue<TDefault extends string | undefined = undefined>(
    name: string,
    ...args: HeaderLookupArgs<TDefault>
  ): string | TDefault {
    return this.headers.getValue(name, ...args);
  }
}
