import { describeGuards } from '@evt/tooling-config/guards';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';

describeGuards(api);

describe('isLambdaDestinationEvent', () => {
  it('rejects the on-failure record of a stream event source mapping', () => {
    // The envelope an event source mapping sends on failure: same contexts, another
    // condition, the batch's position instead of a request payload.
    const streamFailure = {
      requestContext: {
        requestId: 'c9b8fa9f-5a7f-xmpl-af9c-0c604cde93a5',
        functionArn:
          'arn:aws:lambda:us-east-2:123456789012:function:myfunction',
        condition: 'RetryAttemptsExhausted',
        approximateInvokeCount: 1,
      },
      responseContext: {
        statusCode: 200,
        executedVersion: '$LATEST',
        functionError: 'Unhandled',
      },
      version: '1.0',
      timestamp: '2019-11-14T00:38:06.021Z',
      KinesisBatchInfo: {
        shardId: 'shardId-000000000001',
        batchSize: 10,
      },
    };

    expect(api.isLambdaDestinationEvent(streamFailure)).toBe(false);
  });

  it('rejects a record without a response context', () => {
    expect(
      api.isLambdaDestinationEvent({
        requestContext: {
          condition: 'Success',
          functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:f',
        },
        responseContext: null,
      })
    ).toBe(false);
  });
});
