import {
  FieldTypeError,
  locate,
  optionalString,
  requireString,
} from '@evt/core';
import {
  CloudFrontMessage,
  type RawCloudFrontMessage,
} from './cloud-front-headers';

/** The HTTP response a Lambda@Edge response event carries (`cf.response`). */
export interface RawCloudFrontResponse extends RawCloudFrontMessage {
  /** The HTTP status code, as text, e.g. `200`. */
  status: string;
  /** The HTTP status description, e.g. `OK`. */
  statusDescription?: string | undefined;
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
export class CloudFrontResponse extends CloudFrontMessage<RawCloudFrontResponse> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'CloudFrontResponse';

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
}
