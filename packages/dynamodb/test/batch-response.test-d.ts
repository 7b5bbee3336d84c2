import type {
  DynamoDBBatchResponse as AwsDynamoDBBatchResponse,
  DynamoDBStreamEvent as AwsDynamoDBStreamEvent,
} from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  buildBatchResponse,
  type DynamoDBBatchResponse,
  DynamoDBStreamEvent,
} from '../src/index';

declare const raw: AwsDynamoDBStreamEvent;

describe('buildBatchResponse', () => {
  it('takes typed records and returns a response Lambda accepts', () => {
    const records = new DynamoDBStreamEvent<{ pk: string }>(raw).records;

    const response = buildBatchResponse(records);

    expectTypeOf(response).toEqualTypeOf<DynamoDBBatchResponse>();
    expectTypeOf(response).toExtend<AwsDynamoDBBatchResponse>();
  });

  it('takes sequence numbers', () => {
    expectTypeOf(
      buildBatchResponse(['111'])
    ).toEqualTypeOf<DynamoDBBatchResponse>();
  });

  it('rejects a record of another source', () => {
    // @ts-expect-error a Kinesis record has no dynamodb.sequenceNumber
    buildBatchResponse([{ kinesis: { sequenceNumber: '1' } }]);
  });
});
