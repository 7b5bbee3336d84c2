import { describe, expectTypeOf, it } from 'vitest';
import type { RawActiveMQEvent, RawRabbitMQEvent } from '../src/index';
import {
  createActiveMQEvent,
  createRabbitMQEvent,
  type SampleActiveMQEvent,
  type SampleRabbitMQEvent,
} from '../src/testing';

interface Order {
  orderId: string;
}

describe('createActiveMQEvent', () => {
  it('returns an event the constructor takes without a cast', () => {
    const raw: RawActiveMQEvent = createActiveMQEvent({ count: 2 });

    expectTypeOf(createActiveMQEvent()).toEqualTypeOf<SampleActiveMQEvent>();
    expectTypeOf(raw).toEqualTypeOf<RawActiveMQEvent>();
  });

  it('checks payloads and record changes', () => {
    createActiveMQEvent<Order>({ payloads: [{ orderId: '1' }, 'text'] });
    // @ts-expect-error: orderID is no field of Order
    createActiveMQEvent<Order>({ payloads: [{ orderID: '1' }] });
    // @ts-expect-error: the priority is a number
    createActiveMQEvent({ record: { priority: '1' } });
  });
});

describe('createRabbitMQEvent', () => {
  it('returns an event the constructor takes, with changes at any depth', () => {
    const raw: RawRabbitMQEvent = createRabbitMQEvent({
      record: { basicProperties: { headers: { tenant: 'acme' } } },
    });

    expectTypeOf(createRabbitMQEvent()).toEqualTypeOf<SampleRabbitMQEvent>();
    expectTypeOf(raw).toEqualTypeOf<RawRabbitMQEvent>();
    // @ts-expect-error: redelivered is a boolean
    createRabbitMQEvent({ record: { redelivered: 'yes' } });
  });
});
