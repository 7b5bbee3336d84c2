// Sample-event factories for @evt/s3, exported as `@evt/s3/testing`. Each factory
// (`create<ClassName>(overrides?)`) returns a fresh copy of a fixture from `test/events/`.
import { partitionOf } from '@evt/core';
import batchV1 from '../test/events/s3-batch-operation-event.json';
import batchV2 from '../test/events/s3-batch-operation-event.v2.json';
import s3Event from '../test/events/s3-event.json';
import eventBridgeCreated from '../test/events/s3-event-bridge-notification-event.json';
import headObject from '../test/events/s3-object-lambda-event.head-object.json';
import getObject from '../test/events/s3-object-lambda-event.json';
import listObjects from '../test/events/s3-object-lambda-event.list-objects.json';
import listObjectsV2 from '../test/events/s3-object-lambda-event.list-objects-v2.json';
import type { RawS3BatchOperationEvent } from './s3-batch-operation-event';
import type { RawS3Event } from './s3-event';
import type {
  RawS3EventBridgeNotificationDetail,
  RawS3EventBridgeNotificationEvent,
} from './s3-event-bridge-notification-event';
import type { RawS3ObjectLambdaEvent } from './s3-object-lambda-event';

/** Convenience overrides for {@link createS3Event}; each applies to every record. */
export interface S3EventOverrides {
  /** The bucket name (also sets the bucket ARN). */
  readonly bucket?: string;
  /** The object key, as S3 sends it (URL-encoded). */
  readonly key?: string;
  /** The object size in bytes. */
  readonly size?: number;
  /** The event type, e.g. `ObjectRemoved:Delete`. */
  readonly eventName?: string;
  /** The AWS Region (also sets the partition of the bucket ARN, e.g. `aws-cn`). */
  readonly region?: string;
}

/**
 * Builds an S3 event notification with two `ObjectCreated:Put` records (the second key is
 * `my+file%281%29.txt`), with the overrides applied to every record.
 *
 * @param overrides The bucket, key, size, event name or Region to use.
 * @returns A fresh raw event.
 * @example
 * ```ts
 * import { S3Event } from '@evt/s3';
 * import { createS3Event } from '@evt/s3/testing';
 *
 * const event = new S3Event(createS3Event({ bucket: 'photos', key: 'a+b.jpg' }));
 * event.objectKey; // 'a b.jpg'
 * ```
 */
export function createS3Event(overrides: S3EventOverrides = {}): RawS3Event {
  const event = structuredClone(s3Event) as RawS3Event;
  for (const record of event.Records) {
    if (overrides.bucket !== undefined)
      record.s3.bucket.name = overrides.bucket;
    if (overrides.key !== undefined) record.s3.object.key = overrides.key;
    if (overrides.size !== undefined) record.s3.object.size = overrides.size;
    if (overrides.eventName !== undefined)
      record.eventName = overrides.eventName;
    if (overrides.region !== undefined) record.awsRegion = overrides.region;
    if (overrides.bucket !== undefined || overrides.region !== undefined) {
      // The bucket ARN names the partition of the bucket's Region (`arn:aws-cn:s3:::…`).
      record.s3.bucket.arn = `arn:${partitionOf(record.awsRegion)}:s3:::${record.s3.bucket.name}`;
    }
  }
  return event;
}

/** Convenience overrides for {@link createS3EventBridgeNotificationEvent}. */
export interface S3EventBridgeNotificationEventOverrides {
  /** The event type, e.g. `Object Deleted`. */
  readonly detailType?: string;
  /** The bucket name (also sets `resources`). */
  readonly bucket?: string;
  /** The object key, as S3 sends it. */
  readonly key?: string;
  /** Fields merged into `detail`. */
  readonly detail?: Partial<RawS3EventBridgeNotificationDetail>;
}

/**
 * Builds an `Object Created` event as S3 sends it through EventBridge, with the overrides
 * applied.
 *
 * @param overrides The detail type, bucket, key or detail fields to use.
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
export function createS3EventBridgeNotificationEvent(
  overrides: S3EventBridgeNotificationEventOverrides = {}
): RawS3EventBridgeNotificationEvent {
  const event = structuredClone(
    eventBridgeCreated
  ) as RawS3EventBridgeNotificationEvent;
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
  if (overrides.detail) {
    event.detail = { ...event.detail, ...structuredClone(overrides.detail) };
  }
  return event;
}

/** Convenience overrides for {@link createS3BatchOperationEvent}. */
export interface S3BatchOperationEventOverrides {
  /** The invocation schema version; `1.0` (bucket ARN) unless set, or `2.0` (bucket name, user arguments). */
  readonly schemaVersion?: '1.0' | '2.0';
  /** The object key of the task, as S3 sends it (URL-encoded). */
  readonly key?: string;
  /** The bucket name of the task (as an ARN with schema `1.0`). */
  readonly bucket?: string;
  /** The ID of the task. */
  readonly taskId?: string;
  /** The job's user arguments (schema `2.0`). */
  readonly userArguments?: Readonly<Record<string, string>>;
}

/**
 * Builds an S3 Batch Operations event with one task, schema `1.0` unless asked for `2.0`,
 * with the overrides applied.
 *
 * @param overrides The schema version, key, bucket, task ID or user arguments to use.
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
  overrides: S3BatchOperationEventOverrides = {}
): RawS3BatchOperationEvent {
  const v2 = overrides.schemaVersion === '2.0';
  const event = structuredClone(
    v2 ? batchV2 : batchV1
  ) as RawS3BatchOperationEvent;
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
  return event;
}

/** Convenience overrides for {@link createS3ObjectLambdaEvent}. */
export interface S3ObjectLambdaEventOverrides {
  /** The request the event is for; `GetObject` unless set. */
  readonly operation?:
    | 'GetObject'
    | 'HeadObject'
    | 'ListObjects'
    | 'ListObjectsV2';
  /** The URL of the original request. */
  readonly url?: string;
  /** The headers of the original request (replacing the sample's). */
  readonly headers?: Readonly<Record<string, string>>;
  /** The access point configuration payload. */
  readonly payload?: string;
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
 * @param overrides The operation, URL, headers or payload to use.
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
): RawS3ObjectLambdaEvent {
  const event = structuredClone(
    OBJECT_LAMBDA_SAMPLES[overrides.operation ?? 'GetObject']
  ) as RawS3ObjectLambdaEvent;
  if (overrides.url !== undefined) event.userRequest.url = overrides.url;
  if (overrides.headers !== undefined) {
    event.userRequest.headers = { ...overrides.headers };
  }
  if (overrides.payload !== undefined) {
    event.configuration.payload = overrides.payload;
  }
  return event;
}
