// Sample-event factories for @evt/s3, exported as `@evt/s3/testing`. Each factory
// (`create<ClassName>(overrides?)`) returns a fresh copy of a fixture from `test/events/`.
import { partitionOf } from '@evt/core';
import {
  type BatchOverrides,
  type DeepPartial,
  mergeDeep,
  numbered,
  type Sample,
  sampleRecords,
} from '@evt/core/testing';
import batchV1 from '../test/events/s3-batch-operation-event.json';
import batchV2 from '../test/events/s3-batch-operation-event.v2.json';
import s3Event from '../test/events/s3-event.json';
import eventBridgeCreated from '../test/events/s3-event-bridge-notification-event.json';
import headObject from '../test/events/s3-object-lambda-event.head-object.json';
import getObject from '../test/events/s3-object-lambda-event.json';
import listObjects from '../test/events/s3-object-lambda-event.list-objects.json';
import listObjectsV2 from '../test/events/s3-object-lambda-event.list-objects-v2.json';
import type {
  RawS3BatchOperationEvent,
  RawS3BatchOperationTask,
} from './s3-batch-operation-event';
import type { RawS3EventRecord, RawS3Message } from './s3-event';
import type {
  RawS3EventBridgeNotificationDetail,
  RawS3EventBridgeNotificationEvent,
  RawS3EventBridgeNotificationObject,
} from './s3-event-bridge-notification-event';
import type { RawS3Object } from './s3-object';
import type { RawS3ObjectLambdaEvent } from './s3-object-lambda-event';

/** The object of a record as {@link createS3Event} builds it. */
export interface SampleS3Object
  extends Sample<
    Omit<RawS3Object, 'size' | 'eTag' | 'sequencer' | 'versionId'>
  > {
  /** The size of the object, in bytes. */
  size: number;
  /** The entity tag of the object. */
  eTag: string;
  /** The version ID of the object, in a versioned bucket. */
  versionId?: string;
  /** The value that orders the events of one key. */
  sequencer: string;
}

/** The S3 part of a record as {@link createS3Event} builds it. */
export interface SampleS3Message extends Sample<Omit<RawS3Message, 'object'>> {
  /** The object the event is about. */
  object: SampleS3Object;
}

/** One record as {@link createS3Event} builds it. */
export interface SampleS3EventRecord
  extends Sample<Omit<RawS3EventRecord, 'responseElements' | 's3'>> {
  /** The IDs of the request that caused the event. */
  responseElements: {
    /** The ID of the request. */
    'x-amz-request-id': string;
    /** The extended ID of the request. */
    'x-amz-id-2': string;
  };
  /** The S3 part of the record. */
  s3: SampleS3Message;
}

/**
 * The S3 event notification {@link createS3Event} returns: a fresh copy that fits both
 * `S3Event`'s constructor and the `S3Event` of `@types/aws-lambda`.
 */
export interface SampleS3Event {
  /** The records of the event. */
  Records: SampleS3EventRecord[];
}

/**
 * Convenience overrides for {@link createS3Event}; each applies to every record. The count,
 * `keys` and `records` each set the number of records.
 */
export interface S3EventOverrides extends BatchOverrides<SampleS3EventRecord> {
  /**
   * The object keys, as S3 sends them (URL-encoded), one record per item. Records are copies
   * of the sample's first record with numbered sequencers.
   */
  readonly keys?: readonly string[] | undefined;
  /** The bucket name (also sets the bucket ARN). */
  readonly bucket?: string | undefined;
  /** The object key, as S3 sends it (URL-encoded). */
  readonly key?: string | undefined;
  /** The object size in bytes. */
  readonly size?: number | undefined;
  /** The event type, e.g. `ObjectRemoved:Delete`. */
  readonly eventName?: string | undefined;
  /** The AWS Region (also sets the partition of the bucket ARN, e.g. `aws-cn`). */
  readonly region?: string | undefined;
}

/**
 * Builds an S3 event notification with two `ObjectCreated:Put` records (the second key is
 * `my+file%281%29.txt`), or as many as asked for, with the overrides applied to every record.
 * The result fits the `S3Event` of `@types/aws-lambda` (and so an `S3Handler`) as it is.
 *
 * @param overrides The number of records, their keys, the bucket, size, event name, Region
 *   or record fields to use.
 * @returns A fresh raw event.
 * @throws {TypeError} when `count`, `keys` and `records` ask for different numbers of
 * records.
 * @example
 * ```ts
 * import { S3Event } from '@evt/s3';
 * import { createS3Event } from '@evt/s3/testing';
 *
 * const event = new S3Event(createS3Event({ bucket: 'photos', key: 'a+b.jpg' }));
 * event.objectKey; // 'a b.jpg'
 * ```
 */
export function createS3Event(overrides: S3EventOverrides = {}): SampleS3Event {
  const event = structuredClone(s3Event) as SampleS3Event;
  const template = event.Records[0] as SampleS3EventRecord;
  const { keys, bucket, key, size, eventName, region } = overrides;
  event.Records = sampleRecords(event.Records, overrides, {
    factory: 'createS3Event',
    lists: { keys },
    copy: (index) => {
      const record = structuredClone(template);
      record.s3.object.sequencer = numbered(record.s3.object.sequencer, index);
      return record;
    },
    each: (record, index) => {
      if (bucket !== undefined) record.s3.bucket.name = bucket;
      if (keys !== undefined) record.s3.object.key = keys[index] as string;
      if (key !== undefined) record.s3.object.key = key;
      if (size !== undefined) record.s3.object.size = size;
      if (eventName !== undefined) record.eventName = eventName;
      if (region !== undefined) record.awsRegion = region;
      if (bucket !== undefined || region !== undefined) {
        // The bucket ARN names the partition of the bucket's Region (`arn:aws-cn:s3:::…`).
        record.s3.bucket.arn = `arn:${partitionOf(record.awsRegion)}:s3:::${record.s3.bucket.name}`;
      }
    },
  });
  return event;
}

/** The object of the detail as {@link createS3EventBridgeNotificationEvent} builds it. */
export interface SampleS3EventBridgeNotificationObject
  extends Sample<RawS3EventBridgeNotificationObject> {}

/** The detail as {@link createS3EventBridgeNotificationEvent} builds it. */
export interface SampleS3EventBridgeNotificationDetail
  extends Sample<Omit<RawS3EventBridgeNotificationDetail, 'object'>> {
  /** The object the event is about. */
  object: SampleS3EventBridgeNotificationObject;
}

/**
 * The event {@link createS3EventBridgeNotificationEvent} returns: a fresh copy that fits both
 * `S3EventBridgeNotificationEvent`'s constructor and the `EventBridgeEvent` of
 * `@types/aws-lambda` (and so an `EventBridgeHandler`).
 *
 * @typeParam TDetailType The event type, e.g. `Object Created`.
 */
export interface SampleS3EventBridgeNotificationEvent<
  TDetailType extends string = string,
> extends Sample<
    Omit<
      RawS3EventBridgeNotificationEvent<TDetailType>,
      'version' | 'resources' | 'detail' | 'detail-type'
    >
  > {
  /** The event type, e.g. `Object Created`. */
  'detail-type': TDetailType;
  /** The version of the envelope, `0`. */
  version: string;
  /** The ARN of the bucket. */
  resources: string[];
  /** What happened to the object. */
  detail: SampleS3EventBridgeNotificationDetail;
}

/** Convenience overrides for {@link createS3EventBridgeNotificationEvent}. */
export interface S3EventBridgeNotificationEventOverrides<
  TDetailType extends string = 'Object Created',
> {
  /** The event type, e.g. `Object Deleted`. */
  readonly detailType?: TDetailType | undefined;
  /** The bucket name (also sets `resources`). */
  readonly bucket?: string | undefined;
  /** The object key, as S3 sends it. */
  readonly key?: string | undefined;
  /** Changes merged into `detail`, at any depth. */
  readonly detail?:
    | DeepPartial<SampleS3EventBridgeNotificationDetail>
    | undefined;
  /** Changes merged into the whole event, at any depth, applied last. */
  readonly event?:
    | DeepPartial<SampleS3EventBridgeNotificationEvent<TDetailType>>
    | undefined;
}

/**
 * Builds an `Object Created` event as S3 sends it through EventBridge, with the overrides
 * applied.
 *
 * @typeParam TDetailType The event type.
 * @param overrides The detail type, bucket, key, detail or event fields to use.
 * @returns A fresh raw event.
 * @example
 * ```ts
 * import { S3EventBridgeNotificationEvent } from '@evt/s3';
 * import { createS3EventBridgeNotificationEvent } from '@evt/s3/testing';
 *
 * const event = new S3EventBridgeNotificationEvent(
 *   createS3EventBridgeNotificationEvent({ bucket: 'photos', key: 'cat.jpg' })
 * );
 * event.detail.object.key; // 'cat.jpg'
 * ```
 */
export function createS3EventBridgeNotificationEvent<
  TDetailType extends string = 'Object Created',
>(
  overrides: S3EventBridgeNotificationEventOverrides<TDetailType> = {}
): SampleS3EventBridgeNotificationEvent<TDetailType> {
  const event = structuredClone(
    eventBridgeCreated
  ) as SampleS3EventBridgeNotificationEvent<TDetailType>;
  if (overrides.detailType !== undefined) {
    event['detail-type'] = overrides.detailType;
  }
  if (overrides.bucket !== undefined) {
    event.detail.bucket.name = overrides.bucket;
    event.resources = [
      `arn:${partitionOf(event.region)}:s3:::${overrides.bucket}`,
    ];
  }
  if (overrides.key !== undefined) event.detail.object.key = overrides.key;
  mergeDeep(event.detail, overrides.detail);
  return mergeDeep(event, overrides.event);
}

/** The task as {@link createS3BatchOperationEvent} builds it. */
export interface SampleS3BatchOperationTask
  extends Sample<Omit<RawS3BatchOperationTask, 's3VersionId'>> {
  /** The version ID of the object, `null` when the bucket is not versioned. */
  s3VersionId: string | null;
}

/** The task of a schema `1.0` event, which names the bucket by its ARN. */
export interface SampleS3BatchOperationTaskV1
  extends SampleS3BatchOperationTask {
  /** The ARN of the bucket that holds the object. */
  s3BucketArn: string;
}

/** The event {@link createS3BatchOperationEvent} returns for schema `2.0`. */
export interface SampleS3BatchOperationEvent
  extends Sample<Omit<RawS3BatchOperationEvent, 'tasks'>> {
  /** The task, one per invocation. */
  tasks: SampleS3BatchOperationTask[];
}

/**
 * The event {@link createS3BatchOperationEvent} returns for schema `1.0`: it fits the
 * `S3BatchEvent` of `@types/aws-lambda` (and so an `S3BatchHandler`), which describes that
 * schema only.
 */
export interface SampleS3BatchOperationEventV1
  extends SampleS3BatchOperationEvent {
  /** The task, one per invocation. */
  tasks: SampleS3BatchOperationTaskV1[];
}

/** Convenience overrides for {@link createS3BatchOperationEvent}. */
export interface S3BatchOperationEventOverrides {
  /** The invocation schema version; `1.0` (bucket ARN) unless set, or `2.0` (bucket name, user arguments). */
  readonly schemaVersion?: '1.0' | '2.0' | undefined;
  /** The object key of the task, as S3 sends it (URL-encoded). */
  readonly key?: string | undefined;
  /** The bucket name of the task (as an ARN with schema `1.0`). */
  readonly bucket?: string | undefined;
  /** The ID of the task. */
  readonly taskId?: string | undefined;
  /** The job's user arguments (schema `2.0`). */
  readonly userArguments?: Readonly<Record<string, string>> | undefined;
  /** Changes merged into the whole event, at any depth, applied last. */
  readonly event?: DeepPartial<SampleS3BatchOperationEvent> | undefined;
}

/**
 * Builds an S3 Batch Operations event with one task (S3 sends one per invocation), schema
 * `2.0`, with the overrides applied.
 *
 * @param overrides The schema version, key, bucket, task ID, user arguments or event fields
 *   to use.
 * @returns A fresh raw event.
 */
export function createS3BatchOperationEvent(
  overrides: S3BatchOperationEventOverrides & { readonly schemaVersion: '2.0' }
): SampleS3BatchOperationEvent;
/**
 * Builds an S3 Batch Operations event with one task (S3 sends one per invocation), schema
 * `1.0` unless asked for `2.0`, with the overrides applied. A schema `1.0` event fits the
 * `S3BatchEvent` of `@types/aws-lambda` as it is.
 *
 * @param overrides The schema version, key, bucket, task ID, user arguments or event fields
 *   to use.
 * @returns A fresh raw event.
 * @example
 * ```ts
 * import { S3BatchOperationEvent } from '@evt/s3';
 * import { createS3BatchOperationEvent } from '@evt/s3/testing';
 *
 * const event = new S3BatchOperationEvent(
 *   createS3BatchOperationEvent({ schemaVersion: '2.0', bucket: 'photos' })
 * );
 * event.task.s3Bucket; // 'photos'
 * ```
 */
export function createS3BatchOperationEvent(
  overrides?: S3BatchOperationEventOverrides & {
    readonly schemaVersion?: '1.0' | undefined;
  }
): SampleS3BatchOperationEventV1;
export function createS3BatchOperationEvent(
  overrides: S3BatchOperationEventOverrides = {}
): SampleS3BatchOperationEvent {
  const v2 = overrides.schemaVersion === '2.0';
  const event = structuredClone(
    v2 ? batchV2 : batchV1
  ) as SampleS3BatchOperationEvent;
  for (const task of event.tasks) {
    if (overrides.key !== undefined) task.s3Key = overrides.key;
    if (overrides.taskId !== undefined) task.taskId = overrides.taskId;
    if (overrides.bucket !== undefined) {
      if (v2) task.s3Bucket = overrides.bucket;
      else task.s3BucketArn = `arn:aws:s3:::${overrides.bucket}`;
    }
  }
  if (overrides.userArguments !== undefined) {
    event.job.userArguments = { ...overrides.userArguments };
  }
  return mergeDeep(event, overrides.event);
}

/** The event {@link createS3ObjectLambdaEvent} returns: a fresh, mutable copy. */
export interface SampleS3ObjectLambdaEvent
  extends Sample<RawS3ObjectLambdaEvent> {}

/** Convenience overrides for {@link createS3ObjectLambdaEvent}. */
export interface S3ObjectLambdaEventOverrides {
  /** The request the event is for; `GetObject` unless set. */
  readonly operation?:
    | 'GetObject'
    | 'HeadObject'
    | 'ListObjects'
    | 'ListObjectsV2'
    | undefined;
  /** The URL of the original request. */
  readonly url?: string | undefined;
  /** The headers of the original request (replacing the sample's). */
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /** The access point configuration payload. */
  readonly payload?: string | undefined;
  /** Changes merged into the whole event, at any depth, applied last. */
  readonly event?: DeepPartial<SampleS3ObjectLambdaEvent> | undefined;
}

const OBJECT_LAMBDA_SAMPLES = {
  GetObject: getObject,
  HeadObject: headObject,
  ListObjects: listObjects,
  ListObjectsV2: listObjectsV2,
} as const;

/**
 * Builds an S3 Object Lambda event for a `GetObject` request (or the `operation` asked for),
 * with the overrides applied.
 *
 * @param overrides The operation, URL, headers, payload or event fields to use.
 * @returns A fresh raw event.
 * @example
 * ```ts
 * import { S3ObjectLambdaEvent } from '@evt/s3';
 * import { createS3ObjectLambdaEvent } from '@evt/s3/testing';
 *
 * const event = new S3ObjectLambdaEvent(
 *   createS3ObjectLambdaEvent({ headers: { Range: 'bytes=0-99' } })
 * );
 * event.userRequest.headers.get('range'); // 'bytes=0-99'
 * ```
 */
export function createS3ObjectLambdaEvent(
  overrides: S3ObjectLambdaEventOverrides = {}
): SampleS3ObjectLambdaEvent {
  const event = structuredClone(
    OBJECT_LAMBDA_SAMPLES[overrides.operation ?? 'GetObject']
  ) as SampleS3ObjectLambdaEvent;
  if (overrides.url !== undefined) event.userRequest.url = overrides.url;
  if (overrides.headers !== undefined) {
    event.userRequest.headers = { ...overrides.headers };
  }
  if (overrides.payload !== undefined) {
    event.configuration.payload = overrides.payload;
  }
  return mergeDeep(event, overrides.event);
}
