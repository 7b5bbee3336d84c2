import { EventWrapper, firstOf, wrapEach } from '@evt/core';
import type { CloudFrontConfig } from './cloud-front-config';
import {
  CloudFrontRecord,
  type RawCloudFrontRecord,
} from './cloud-front-record';
import type { CloudFrontRequest } from './cloud-front-request';

/** The one record of a Lambda@Edge viewer request or origin request event. */
export interface RawCloudFrontRequestEventRecord extends RawCloudFrontRecord {}

/**
 * The event CloudFront sends to a Lambda@Edge function associated with the viewer request or
 * origin request trigger, as AWS documents it.
 */
export interface RawCloudFrontRequestEvent {
  /** The records: always exactly one. */
  Records: RawCloudFrontRequestEventRecord[];
}

/**
 * Wrapper for the one record of a Lambda@Edge request event (`Records[0]`): the config and
 * the request. `TBody` types the request's JSON body.
 *
 * @example
 * ```ts
 * import { CloudFrontRequestEvent, type RawCloudFrontRequestEvent } from '@evt/cloudfront';
 *
 * export const handler = async (raw: RawCloudFrontRequestEvent) => {
 *   const record = new CloudFrontRequestEvent(raw).record;
 *   console.log(record.config.eventType, record.request.uri);
 *   return record.request.rawEvent;
 * };
 * ```
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html#lambda-event-structure-request
 */
export class CloudFrontRequestEventRecord<
  TBody = unknown,
> extends CloudFrontRecord<RawCloudFrontRequestEventRecord, TBody> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'CloudFrontRequestEventRecord';
}

/**
 * Wrapper for the event that CloudFront sends when a request triggers a Lambda@Edge function
 * associated with the viewer request trigger (every request from a viewer) or the origin
 * request trigger (a request CloudFront is about to send to the origin, on a cache miss).
 * The function returns the request, changed or not ({@link modifiedRequest}), or a response
 * CloudFront sends without asking the origin ({@link generatedResponse}). `TBody` types the
 * request's JSON body, which the event carries when the trigger has the include body option.
 *
 * @example
 * ```ts
 * import {
 *   CloudFrontRequestEvent,
 *   generatedResponse,
 *   modifiedRequest,
 *   type RawCloudFrontRequestEvent,
 * } from '@evt/cloudfront';
 *
 * export const handler = async (raw: RawCloudFrontRequestEvent) => {
 *   const event = new CloudFrontRequestEvent(raw);
 *   if (event.request.uri === '/old-home') {
 *     return generatedResponse(event, {
 *       status: 301,
 *       headers: { Location: '/' },
 *     });
 *   }
 *   return modifiedRequest(event, {
 *     headers: { 'X-Viewer-Ip': event.request.clientIp },
 *   });
 * };
 * ```
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html#lambda-event-structure-request
 */
export class CloudFrontRequestEvent<
  TBody = unknown,
> extends EventWrapper<RawCloudFrontRequestEvent> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'CloudFrontRequestEvent';
  #records?: CloudFrontRequestEventRecord<TBody>[];

  /** The records of the event, in order (`Records`): CloudFront always sends exactly one. */
  get records(): CloudFrontRequestEventRecord<TBody>[] {
    return (this.#records ??= wrapEach(
      this,
      'Records',
      CloudFrontRequestEventRecord<TBody>
    ));
  }

  /**
   * The event's one record (`Records[0]`).
   *
   * @throws {@link MissingFieldError} when the event has no records.
   */
  get record(): CloudFrontRequestEventRecord<TBody> {
    return firstOf(this, this.records, 'Records');
  }

  /**
   * The distribution and the trigger (`Records[0].cf.config`).
   *
   * @throws {@link MissingFieldError} when the event has none.
   */
  get config(): CloudFrontConfig {
    return this.record.config;
  }

  /**
   * The request (`Records[0].cf.request`).
   *
   * @throws {@link MissingFieldError} when the event has none.
   */
  get request(): CloudFrontRequest<TBody> {
    return this.record.request;
  }
}
