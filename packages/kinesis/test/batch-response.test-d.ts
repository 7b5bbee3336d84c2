import type {
  KinesisStreamBatchResponse as AwsKinesisStreamBatchResponse,
  KinesisStreamEvent as AwsKinesisStreamEvent,
} from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  buildBatchResponse,
  type KinesisStreamBatchResponse,
  KinesisStreamEvent,
} from '../src/index';

declare const raw: AwsKinesisStreamEvent;

describe('buildBatchResponse', () => {
  it('takes typed records and returns a response Lambda accepts', () => {
    const records = new KinesisStreamEvent<{ id: string }>(raw).records;

    const response = buildBatchResponse(records);

    expectTypeOf(response).toEqualTypeOf<KinesisStreamBatchResponse>();
    expectTypeOf(response).toExtend<AwsKinesisStreamBatchResponse>();
  });

  it('takes the raw records and sequence numbers', () => {
    expectTypeOf(
      buildBatchResponse(raw.Records)
    ).toEqualTypeOf<KinesisStreamBatchResponse>();
    expectTypeOf(
      buildBatchResponse(['1'])
    ).toEqualTypeOf<KinesisStreamBatchResponse>();
  });

  it('rejects a record of another source', () => {
    // @ts-expect-error an SQS message has no kinesis.sequenceNumber
    buildBatchResponse([{ messageId: 'a' }]);
  });
});
