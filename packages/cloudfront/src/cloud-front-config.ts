import {
  EventWrapper,
  fieldError,
  optionalString,
  optionalStringOf,
  requireString,
} from '@evt/core';

/**
 * The point in CloudFront's handling of a request at which a Lambda@Edge function runs: when
 * a viewer's request arrives, before a request goes to the origin, when the origin's response
 * arrives, or before the response goes to the viewer.
 */
export type CloudFrontEventType =
  | 'viewer-request'
  | 'origin-request'
  | 'origin-response'
  | 'viewer-response';

/** The event types, in the order CloudFront meets them. */
export const EVENT_TYPES: readonly CloudFrontEventType[] = [
  'viewer-request',
  'origin-request',
  'origin-response',
  'viewer-response',
];

/** The distribution and trigger a Lambda@Edge event comes from (`cf.config`). */
export interface RawCloudFrontConfig {
  /** The domain name of the distribution, e.g. `d111111abcdef8.cloudfront.net`. */
  distributionDomainName: string;
  /** The ID of the distribution, e.g. `EDFDVBD6EXAMPLE`. */
  distributionId: string;
  /** The trigger the function is associated with. */
  eventType: CloudFrontEventType;
  /**
   * An encrypted string that identifies the viewer's request; older events carry it for
   * viewer events only.
   */
  requestId?: string | undefined;
}

/**
 * Wrapper for the part of a Lambda@Edge event that names the distribution and the trigger
 * (`cf.config`).
 *
 * @example
 * ```ts
 * import { CloudFrontRequestEvent, type RawCloudFrontRequestEvent } from '@evt/cloudfront';
 *
 * export const handler = async (raw: RawCloudFrontRequestEvent) => {
 *   const { config, request } = new CloudFrontRequestEvent(raw);
 *   console.log(config.distributionId, config.eventType, config.requestId);
 *   return request.rawEvent;
 * };
 * ```
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html
 */
export class CloudFrontConfig extends EventWrapper<RawCloudFrontConfig> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'CloudFrontConfig';

  /** The domain name of the distribution the request is for, e.g. `d111111abcdef8.cloudfront.net` (`distributionDomainName`). */
  get distributionDomainName(): string {
    return requireString(
      this,
      this.raw.distributionDomainName,
      'distributionDomainName'
    );
  }

  /** The ID of the distribution the request is for, e.g. `EDFDVBD6EXAMPLE` (`distributionId`). */
  get distributionId(): string {
    return requireString(this, this.raw.distributionId, 'distributionId');
  }

  /**
   * The trigger that ran the function: `viewer-request`, `origin-request`, `origin-response`
   * or `viewer-response` (`eventType`).
   *
   * @throws {@link MissingFieldError} when absent; {@link FieldTypeError} when it is not one of
   * the four.
   */
  get eventType(): CloudFrontEventType {
    return (
      optionalStringOf(this, this.raw.eventType, 'eventType', EVENT_TYPES) ??
      fail(this)
    );
  }

  /**
   * The encrypted string that identifies the viewer's request, which CloudFront's access logs
   * show as `x-edge-request-id` (`requestId`). Undefined when the event has none.
   */
  get requestId(): string | undefined {
    return optionalString(this, this.raw.requestId, 'requestId');
  }
}

/** The error for an event without an `eventType`. */
function fail(config: CloudFrontConfig): never {
  throw fieldError(config, 'eventType', 'string', undefined);
}
