import { eventSource } from '@evt/core';
import type {
  EventBridgeEvent as AwsEventBridgeEvent,
  Context,
  EventBridgeHandler,
  ScheduledEvent,
  ScheduledHandler,
} from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import { EventBridgeEvent } from '../src/index';
import { createEventBridgeEvent } from '../src/testing';

interface OrderPlaced {
  orderId: string;
}

declare const context: Context;
const callback = (): undefined => undefined;

describe('createEventBridgeEvent', () => {
  it('returns an event that fits EventBridgeHandler without a cast', () => {
    const event: AwsEventBridgeEvent<'Order Placed', OrderPlaced> =
      createEventBridgeEvent({
        detailType: 'Order Placed',
        detail: { orderId: 'o-1' },
      });
    const handler: EventBridgeHandler<'Order Placed', OrderPlaced, string> =
      eventSource(
        EventBridgeEvent<OrderPlaced, 'Order Placed'>,
        async (wrapped, lambdaContext) => {
          expectTypeOf(lambdaContext).toEqualTypeOf<Context>();
          return wrapped.detail.orderId;
        }
      );

    expectTypeOf(handler).toBeCallableWith(event, context, callback);
  });

  it('returns a scheduled event that fits ScheduledHandler', () => {
    const event: ScheduledEvent = createEventBridgeEvent({
      scheduled: true,
      detailType: 'Scheduled Event',
    });
    const handler: ScheduledHandler = eventSource(
      EventBridgeEvent,
      async () => undefined
    );

    expectTypeOf(handler).toBeCallableWith(event, context, callback);
  });

  it('takes event changes at any depth, typed by the detail', () => {
    createEventBridgeEvent<OrderPlaced, 'Order Placed'>({
      event: { detail: { orderId: 'o-2' } },
    });
    createEventBridgeEvent<OrderPlaced, 'Order Placed'>({
      // @ts-expect-error: the order ID is a string
      event: { detail: { orderId: 2 } },
    });
  });
});
