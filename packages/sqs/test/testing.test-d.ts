import { eventSource } from '@evt/core';
import type {
  SQSEvent as AwsSQSEvent,
  Context,
  SQSBatchResponse,
  SQSHandler,
} from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import { type RawSQSEvent, SQSEvent } from '../src/index';
import { createSQSEvent, type SampleSQSEvent } from '../src/testing';

interface Order {
  orderId: string;
}

declare const context: Context;

describe('createSQSEvent', () => {
  it('returns an event that fits @types/aws-lambda and the constructor without a cast', () => {
    const event: AwsSQSEvent = createSQSEvent({ count: 3 });
    const raw: RawSQSEvent = createSQSEvent({ fifo: true });

    expectTypeOf(createSQSEvent()).toEqualTypeOf<SampleSQSEvent>();
    expectTypeOf(event).toEqualTypeOf<AwsSQSEvent>();
    expectTypeOf(raw).toEqualTypeOf<RawSQSEvent>();
  });

  it('feeds an SQSHandler written with eventSource', () => {
    const handler: SQSHandler = eventSource(
      SQSEvent<Order>,
      async (event, lambdaContext) => {
        expectTypeOf(event.records[0]?.jsonBody).toEqualTypeOf<
          Order | undefined
        >();
        expectTypeOf(lambdaContext).toEqualTypeOf<Context>();
        const response: SQSBatchResponse = { batchItemFailures: [] };
        return response;
      }
    );

    expectTypeOf(handler).toBeCallableWith(
      createSQSEvent<Order>({ bodies: [{ orderId: '1' }] }),
      context,
      () => undefined
    );
  });

  it('takes record changes at any depth', () => {
    createSQSEvent({
      record: { attributes: { ApproximateReceiveCount: '3' } },
      records: [{ messageAttributes: { tenant: { dataType: 'String' } } }],
    });
    // @ts-expect-error: the receive count is a string
    createSQSEvent({ record: { attributes: { ApproximateReceiveCount: 3 } } });
  });

  it('checks bodies against the body type', () => {
    createSQSEvent<Order>({ bodies: [{ orderId: '1' }, 'not json'] });
    // @ts-expect-error: orderid is no field of Order
    createSQSEvent<Order>({ bodies: [{ orderid: '1' }] });
  });
});
