import { loadEvent } from '@evt/tooling-config/events';
import { describeGuards } from '@evt/tooling-config/guards';
import { describe, expect, it } from 'vitest';
import type {
  RawS3BatchOperationEvent,
  RawS3EventBridgeNotificationEvent,
  RawS3ObjectLambdaEvent,
} from '../src/index';
import * as api from '../src/index';

describeGuards(api);

describe('guards on arrays where the event has an object', () => {
  it('an array is no detail.bucket, job, configuration or userRequest', () => {
    const bridge = loadEvent<RawS3EventBridgeNotificationEvent>(
      's3-event-bridge-notification-event',
      {
        frozen: false,
      }
    );
    expect(api.isS3EventBridgeNotificationEvent(bridge)).toBe(true);
    bridge.detail.bucket = [bridge.detail.bucket] as never;
    expect(api.isS3EventBridgeNotificationEvent(bridge)).toBe(false);

    const batch = loadEvent<RawS3BatchOperationEvent>(
      's3-batch-operation-event',
      { frozen: false }
    );
    expect(api.isS3BatchOperationEvent(batch)).toBe(true);
    batch.job = [batch.job] as never;
    expect(api.isS3BatchOperationEvent(batch)).toBe(false);

    const objectLambda = loadEvent<RawS3ObjectLambdaEvent>(
      's3-object-lambda-event',
      { frozen: false }
    );
    expect(api.isS3ObjectLambdaEvent(objectLambda)).toBe(true);
    objectLambda.userRequest = [objectLambda.userRequest] as never;
    expect(api.isS3ObjectLambdaEvent(objectLambda)).toBe(false);
  });
});
