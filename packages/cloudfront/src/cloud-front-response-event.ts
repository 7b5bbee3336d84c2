import { EventWrapper, firstOf, requireObject, wrapEach } from '@evt/core';
import type { CloudFrontConfig } from './cloud-front-config';
import {
  CloudFrontRecord,
  type RawCloudFrontRecord,
  type RawCloudFrontRecordCf,
} from './cloud-front-record';
import type { CloudFrontRequest } from './cloud-front-request';
import {
  CloudFrontResponse,
  type RawCloudFrontResponse,
} from './cloud-front-response';

/** The CloudFront part of a response event's record (`Records[0].cf`). */
export interface RawCloudFrontResponseEventCf extends RawCloudFrontRecordCf {
  /** The response. */
  response: RawCloudFrontResponse;
}

/** The one record of a Lambda@Edge origin response or viewer response event. */
export interface RawCloudFrontResponseEventRecord extends RawCloudFrontRecord {
  /** The distribution, the trigger, the request and the response. */
  cf: RawCloudFrontResponseEventCf;
}

/**
 * The event CloudFront sends to a Lambda@Edge function associated with the origin response or
 * viewer response trigger, as AWS documents it.
 */
export interface RawCloudFrontResponseEvent {
  /** The records: always exactly one. */
  Records: RawCloudFrontResponseEventRecord[];
}

/**
 * Wrapper for the one record of a Lambda@Edge response event (`Records[0]`): the config, the
 * request and the response.
 *
 * @example
 * ```ts
 * import { CloudFrontResponseEvent, type RawCloudFrontResponseEvent } from '@evt/cloudfront';
 *
 * export const handler = async (raw: RawCloudFrontResponseEvent) => {
 *   const record = new CloudFrontResponseEvent(raw).record;
 *   console.log(record.config.eventType, record.request.uri, record.response.status);
 *   return record.response.rawEvent;
 * };
 * ```
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html#lambda-event-structure-response
 */
export class CloudFrontResponseEventRecord extends CloudFrontRecord<RawCloudFrontResponseEventRecord> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'CloudFrontResponseEventRecord';
  #response?: CloudFrontResponse;

  /**
   * The response (`cf.response`): for an origin response, the one the origin sent; for a
   * viewer response, the one CloudFront is about to send to the viewer.
   *
   * @throws {@link MissingFieldError} when the record has no `cf` or no `cf.response`.
   */
  get response(): CloudFrontResponse {
    return (this.#response ??= new CloudFrontResponse(
      requireObject(this, this.raw.cf, 'cf').response,
      { parent: this, path: 'cf.response' }
    ));
  }
}

/**
 * Wrapper for the event that CloudFront sends when a response triggers a Lambda@Edge function
 * associated with the origin response trigger (a response from the origin, before CloudFront
 * caches it) or the viewer response trigger (every response, before it goes to the viewer).
 * The function returns the response, changed or not ({@link modifiedResponse}); an origin
 * response function may also replace it ({@link generatedResponse}).
 *
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
 *   return modifiedResponse(event, {
 *     headers: {
 *       'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
 *       Server: null,
 *     },
 *   });
 * };
 * ```
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html#lambda-event-structure-response
 */
export class CloudFrontResponseEvent extends EventWrapper<RawCloudFrontResponseEvent> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'CloudFrontResponseEvent';
  #records?: CloudFrontResponseEventRecord[];

  /** The records of the event, in order (`Records`): CloudFront always sends exactly one. */
  get records(): CloudFrontResponseEventRecord[] {
    return (this.#records ??= wrapEach(
      this,
      'Records',
      CloudFrontResponseEventRecord
    ));
  }

  /**
   * The event's one record (`Records[0]`).
   *
   * @throws {@link MissingFieldError} when the event has no records.
   */
  get record(): CloudFrontResponseEventRecord {
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
   * The request the response answers (`Records[0].cf.request`).
   *
   * @throws {@link MissingFieldError} when the event has none.
   */
  get request(): CloudFrontRequest {
    return this.record.request;
  }

  /**
   * The response (`Records[0].cf.response`).
   *
   * @throws {@link MissingFieldError} when the event has none.
   */
  get response(): CloudFrontResponse {
    return this.record.response;
  }
}
