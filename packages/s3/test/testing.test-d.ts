import { eventSource } from '@evt/core';
import type {
  S3Event as AwsS3Event,
  Context,
  EventBridgeEvent,
  EventBridgeHandler,
  S3BatchEvent,
  S3BatchHandler,
  S3Handler,
} from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type RawS3BatchOperationEvent,
  type RawS3Event,
  type RawS3EventBridgeNotificationEvent,
  type RawS3ObjectLambdaEvent,
  S3BatchOperationEvent,
  S3Event,
  S3EventBridgeNotificationEvent,
} from '../src/index';
import {
  createS3BatchOperationEvent,
  createS3Event,
  createS3EventBridgeNotificationEvent,
  createS3ObjectLambdaEvent,
  type SampleS3BatchOperationEvent,
  type SampleS3BatchOperationEventV1,
  type SampleS3Event,
  type SampleS3EventBridgeNotificationDetail,
} from '../src/testing';

declare const context: Context;
const callback = (): undefined => undefined;

describe('createS3Event', () => {
  it('returns an event that fits @types/aws-lambda and the constructor without a cast', () => {
    const event: AwsS3Event = createS3Event({ keys: ['a.jpg', 'b.jpg'] });
    const raw: RawS3Event = createS3Event({ count: 1 });

    expectTypeOf(createS3Event()).toEqualTypeOf<SampleS3Event>();
    expectTypeOf(event).toEqualTypeOf<AwsS3Event>();
    expectTypeOf(raw).toEqualTypeOf<RawS3Event>();
  });

  it('feeds an S3Handler written with eventSource', () => {
    const handler: S3Handler = eventSource(
      S3Event,
      async (event, lambdaContext) => {
        expectTypeOf(event.objectKey).toBeString();
        expectTypeOf(lambdaContext).toEqualTypeOf<Context>();
      }
    );

    expectTypeOf(handler).toBeCallableWith(createS3Event(), context, callback);
  });

  it('takes record changes at any depth', () => {
    createS3Event({ record: { s3: { object: { size: 0 } } } });
    // @ts-expect-error: the size is a number
    createS3Event({ record: { s3: { object: { size: '0' } } } });
  });
});

describe('createS3BatchOperationEvent', () => {
  it('returns a schema 1.0 event that fits S3BatchHandler', () => {
    const event: S3BatchEvent = createS3BatchOperationEvent({ key: 'a.jpg' });
    const handler: S3BatchHandler = eventSource(
      S3BatchOperationEvent,
      async (wrapped) => ({
        invocationSchemaVersion: wrapped.invocationSchemaVersion,
        treatMissingKeysAs: 'PermanentFailure' as const,
        invocationId: wrapped.invocationId,
        results: [],
      })
    );

    expectTypeOf(
      createS3BatchOperationEvent()
    ).toEqualTypeOf<SampleS3BatchOperationEventV1>();
    expectTypeOf(handler).toBeCallableWith(event, context, callback);
  });

  it('returns a schema 2.0 event for the constructor', () => {
    const raw: RawS3BatchOperationEvent = createS3BatchOperationEvent({
      schemaVersion: '2.0',
    });

    expectTypeOf(
      createS3BatchOperationEvent({ schemaVersion: '2.0' })
    ).toEqualTypeOf<SampleS3BatchOperationEvent>();
    expectTypeOf(raw).toEqualTypeOf<RawS3BatchOperationEvent>();
  });
});

describe('createS3EventBridgeNotificationEvent', () => {
  it('returns an event that fits EventBridgeHandler and the constructor', () => {
    const event: EventBridgeEvent<
      'Object Created',
      SampleS3EventBridgeNotificationDetail
    > = createS3EventBridgeNotificationEvent({ key: 'a.jpg' });
    const raw: RawS3EventBridgeNotificationEvent =
      createS3EventBridgeNotificationEvent({ detailType: 'Object Deleted' });
    const handler: EventBridgeHandler<
      'Object Created',
      SampleS3EventBridgeNotificationDetail,
      void
    > = eventSource(S3EventBridgeNotificationEvent, async (wrapped) => {
      expectTypeOf(wrapped.detail.object.key).toBeString();
    });

    expectTypeOf(handler).toBeCallableWith(event, context, callback);
    expectTypeOf(raw).toEqualTypeOf<RawS3EventBridgeNotificationEvent>();
  });

  it('takes detail changes at any depth', () => {
    createS3EventBridgeNotificationEvent({ detail: { object: { size: 1 } } });
    // @ts-expect-error: the size is a number
    createS3EventBridgeNotificationEvent({ detail: { object: { size: '1' } } });
  });
});

describe('createS3ObjectLambdaEvent', () => {
  it('returns an event for the constructor, with changes at any depth', () => {
    const raw: RawS3ObjectLambdaEvent = createS3ObjectLambdaEvent({
      event: {
        userIdentity: {
          sessionContext: { attributes: { mfaAuthenticated: 'true' } },
        },
      },
    });

    expectTypeOf(raw).toEqualTypeOf<RawS3ObjectLambdaEvent>();
  });
});
