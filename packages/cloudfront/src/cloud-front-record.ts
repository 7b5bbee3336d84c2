import { EventWrapper, requireObject } from '@evt/core';
import {
  CloudFrontConfig,
  type RawCloudFrontConfig,
} from './cloud-front-config';
import {
  CloudFrontRequest,
  type RawCloudFrontRequest,
} from './cloud-front-request';

/** The CloudFront part of a Lambda@Edge event's record (`Records[0].cf`). */
export interface RawCloudFrontRecordCf {
  /** The distribution and the trigger. */
  config: RawCloudFrontConfig;
  /** The request. */
  request: RawCloudFrontRequest;
}

/** What the one record of every Lambda@Edge event holds. */
export interface RawCloudFrontRecord {
  /** The distribution, the trigger and the request (and, in response events, the response). */
  cf: RawCloudFrontRecordCf;
}

// Reads through the base's own raw type: a subclass's raw type is a type parameter here.
function record(wrapper: EventWrapper): EventWrapper<RawCloudFrontRecord> {
  return wrapper as EventWrapper<RawCloudFrontRecord>;
}

/**
 * What the record of a request event and of a response event share (`Records[0]`): the
 * config and the request. `CloudFrontRequestEventRecord` and `CloudFrontResponseEventRecord`
 * extend it. `TBody` types the request's JSON body.
 */
export class CloudFrontRecord<
  TRaw extends RawCloudFrontRecord = RawCloudFrontRecord,
  TBody = unknown,
> extends EventWrapper<TRaw> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'CloudFrontRecord';
  #config?: CloudFrontConfig;
  #request?: CloudFrontRequest<TBody>;

  /**
   * The distribution and the trigger (`cf.config`).
   *
   * @throws {@link MissingFieldError} when the record has no `cf` or no `cf.config`.
   */
  get config(): CloudFrontConfig {
    return (this.#config ??= new CloudFrontConfig(
      requireObject(record(this), this.raw.cf, 'cf').config,
      { parent: this, path: 'cf.config' }
    ));
  }

  /**
   * The request (`cf.request`): in request events, the viewer's request as CloudFront received
   * it (or as a viewer request function left it); in response events, the request the response
   * answers, whose changes CloudFront ignores.
   *
   * @throws {@link MissingFieldError} when the record has no `cf` or no `cf.request`.
   */
  get request(): CloudFrontRequest<TBody> {
    return (this.#request ??= new CloudFrontRequest<TBody>(
      requireObject(record(this), this.raw.cf, 'cf').request,
      { parent: this, path: 'cf.request' }
    ));
  }
}
