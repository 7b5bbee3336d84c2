import { expectTypeOf, it } from 'vitest';
import {
  isS3BatchOperationEvent,
  isS3Event,
  isS3EventBridgeNotificationEvent,
  isS3ObjectLambdaEvent,
  type RawS3BatchOperationEvent,
  type RawS3Event,
  type RawS3EventBridgeNotificationEvent,
  type RawS3ObjectLambdaEvent,
} from '../src/index';

it('narrows an unknown value to the raw event', () => {
  const raw: unknown = undefined;
  if (isS3Event(raw)) expectTypeOf(raw).toEqualTypeOf<RawS3Event>();
  if (isS3EventBridgeNotificationEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawS3EventBridgeNotificationEvent>();
  if (isS3BatchOperationEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawS3BatchOperationEvent>();
  if (isS3ObjectLambdaEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawS3ObjectLambdaEvent>();
});
