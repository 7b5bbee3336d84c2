import { isObject } from '@evt/core';
import type { RawS3BatchOperationEvent } from './s3-batch-operation-event';
import type { RawS3Event } from './s3-event';
import type { RawS3EventBridgeNotificationEvent } from './s3-event-bridge-notification-event';
import type { RawS3ObjectLambdaEvent } from './s3-object-lambda-event';

/** Any value's named fields, read without throwing on primitives, `null` or `undefined`. */
type Fields = { readonly [name: string]: unknown } | null | undefined;

/**
 * Whether a value is an S3 event notification sent straight to a Lambda function: its first
 * record's `eventSource` is `aws:s3`. Only the field that names the source is checked, not
 * every field {@link S3Event} reads.
 */
export function isS3Event(raw: unknown): raw is RawS3Event {
  const records = (raw as Fields)?.Records;
  return Array.isArray(records) && records[0]?.eventSource === 'aws:s3';
}

/**
 * Whether a value is an S3 event notification delivered by Amazon EventBridge: `source` is
 * `aws.s3` and `detail` names a `bucket`. (A CloudTrail API call on S3, also from `aws.s3`, has
 * no `detail.bucket` and is not one.) Every such event is also an EventBridge event; this is
 * the more specific reading.
 */
export function isS3EventBridgeNotificationEvent(
  raw: unknown
): raw is RawS3EventBridgeNotificationEvent {
  const event = raw as Fields;
  return (
    event?.source === 'aws.s3' &&
    typeof event['detail-type'] === 'string' &&
    isObject((event.detail as Fields)?.bucket)
  );
}

/**
 * Whether a value is an invocation by an S3 Batch Operations job: it has an
 * `invocationSchemaVersion`, a `job` and a list of `tasks`.
 */
export function isS3BatchOperationEvent(
  raw: unknown
): raw is RawS3BatchOperationEvent {
  const event = raw as Fields;
  return (
    typeof event?.invocationSchemaVersion === 'string' &&
    isObject(event.job) &&
    Array.isArray(event.tasks)
  );
}

/**
 * Whether a value is a request through an S3 Object Lambda access point: it has an
 * `xAmzRequestId`, a `configuration` and a `userRequest`.
 */
export function isS3ObjectLambdaEvent(
  raw: unknown
): raw is RawS3ObjectLambdaEvent {
  const event = raw as Fields;
  return (
    typeof event?.xAmzRequestId === 'string' &&
    isObject(event.configuration) &&
    isObject(event.userRequest)
  );
}
