import type {
  SQSBatchResponse as AwsSQSBatchResponse,
  SQSEvent as AwsSQSEvent,
} from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  buildBatchResponse,
  type SQSBatchResponse,
  SQSEvent,
} from '../src/index';

declare const raw: AwsSQSEvent;

describe('buildBatchResponse', () => {
  it('returns a response Lambda accepts', () => {
    const response = buildBatchResponse(['id']);

    expectTypeOf(response).toEqualTypeOf<SQSBatchResponse>();
    expectTypeOf(response).toExtend<AwsSQSBatchResponse>();
  });

  it('takes the records and the event of a typed batch', () => {
    const event = new SQSEvent<{ orderId: string }>(raw);

    const response = buildBatchResponse(event.records, { event });

    expectTypeOf(response).toEqualTypeOf<SQSBatchResponse>();
  });

  it('rejects a raw event as options.event', () => {
    // @ts-expect-error the wrapper is needed: it reads the records in order
    buildBatchResponse([], { event: raw });
  });
});
