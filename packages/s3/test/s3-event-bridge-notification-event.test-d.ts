import type { EventBridgeEnvelope, RawEventBridgeEnvelope } from '@evt/core';
import type {
  S3NotificationEvent,
  S3ObjectCreatedNotificationEvent,
  S3ObjectDeletedNotificationEvent,
  S3ObjectRestoreCompletedNotificationEvent,
} from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type RawS3EventBridgeNotificationEvent,
  type S3EventBridgeNotificationDetail,
  S3EventBridgeNotificationEvent,
  type S3EventBridgeNotificationObject,
  type S3EventNotificationEventBridgeBucket,
} from '../src/s3-event-bridge-notification-event';

describe('S3EventBridgeNotificationEvent types', () => {
  it('accepts the @types/aws-lambda events', () => {
    expectTypeOf<S3NotificationEvent>().toExtend<RawS3EventBridgeNotificationEvent>();
    expectTypeOf<S3ObjectCreatedNotificationEvent>().toExtend<
      RawS3EventBridgeNotificationEvent<'Object Created'>
    >();
    expectTypeOf<S3ObjectDeletedNotificationEvent>().toExtend<
      RawS3EventBridgeNotificationEvent<'Object Deleted'>
    >();
    expectTypeOf<S3ObjectRestoreCompletedNotificationEvent>().toExtend<RawS3EventBridgeNotificationEvent>();
  });

  it('builds on the EventBridge envelope', () => {
    expectTypeOf<
      RawS3EventBridgeNotificationEvent<'Object Created'>
    >().toExtend<RawEventBridgeEnvelope<'Object Created'>>();
    expectTypeOf<S3EventBridgeNotificationEvent<'Object Created'>>().toExtend<
      EventBridgeEnvelope<
        RawS3EventBridgeNotificationEvent<'Object Created'>,
        'Object Created'
      >
    >();
  });

  it('carries the detail type', () => {
    const event = new S3EventBridgeNotificationEvent<'Object Created'>(
      {} as S3ObjectCreatedNotificationEvent
    );

    expectTypeOf(event.detailType).toEqualTypeOf<'Object Created'>();
    expectTypeOf(
      new S3EventBridgeNotificationEvent(
        {} as RawS3EventBridgeNotificationEvent
      ).detailType
    ).toEqualTypeOf<string>();
  });

  it('types the getters', () => {
    const event = new S3EventBridgeNotificationEvent(
      {} as RawS3EventBridgeNotificationEvent
    );

    expectTypeOf(event.id).toEqualTypeOf<string>();
    expectTypeOf(event.version).toEqualTypeOf<string | undefined>();
    expectTypeOf(event.resources).toEqualTypeOf<readonly string[]>();
    expectTypeOf(event.replayName).toEqualTypeOf<string | undefined>();
    expectTypeOf(event.detail).toEqualTypeOf<S3EventBridgeNotificationDetail>();
    expectTypeOf(
      event.detail.bucket
    ).toEqualTypeOf<S3EventNotificationEventBridgeBucket>();
    expectTypeOf(
      event.detail.object
    ).toEqualTypeOf<S3EventBridgeNotificationObject>();
    expectTypeOf(event.detail.object.size).toEqualTypeOf<number | undefined>();
    expectTypeOf(event.detail.object.etag).toEqualTypeOf<string>();
    expectTypeOf(event.detail.requestId).toEqualTypeOf<string>();
    expectTypeOf(event.detail.deletionType).toEqualTypeOf<string | undefined>();
  });
});
