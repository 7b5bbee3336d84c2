import { describe, expectTypeOf, it } from 'vitest';
import {
  ActiveMQEvent,
  type ActiveMQMessage,
  type RawActiveMQEvent,
} from '../src/index';

interface Job {
  timeout: number;
  data: string;
}

declare const raw: RawActiveMQEvent;

describe('ActiveMQEvent types', () => {
  it('types the event getters', () => {
    const event = new ActiveMQEvent(raw);

    expectTypeOf(event.eventSource).toEqualTypeOf<string>();
    expectTypeOf(event.eventSourceArn).toEqualTypeOf<string>();
    expectTypeOf(event.messages).toEqualTypeOf<
      readonly ActiveMQMessage<unknown>[]
    >();
    expectTypeOf(event.message).toEqualTypeOf<ActiveMQMessage<unknown>>();
  });

  it('types the message getters', () => {
    const message = new ActiveMQEvent(raw).message;

    expectTypeOf(message.messageId).toEqualTypeOf<string>();
    expectTypeOf(message.messageType).toEqualTypeOf<string>();
    expectTypeOf(message.data).toEqualTypeOf<string>();
    expectTypeOf(message.decodedData).toEqualTypeOf<string>();
    expectTypeOf(message.jsonData).toEqualTypeOf<unknown>();
    expectTypeOf(message.connectionId).toEqualTypeOf<string | undefined>();
    expectTypeOf(message.redelivered).toEqualTypeOf<boolean | undefined>();
    expectTypeOf(message.persistent).toEqualTypeOf<boolean | undefined>();
    expectTypeOf(message.timestamp).toEqualTypeOf<number>();
    expectTypeOf(message.brokerInTime).toEqualTypeOf<number>();
    expectTypeOf(message.brokerOutTime).toEqualTypeOf<number>();
    expectTypeOf(message.properties).toEqualTypeOf<
      Readonly<Record<string, unknown>>
    >();
    expectTypeOf(message.destinationPhysicalName).toEqualTypeOf<string>();
    expectTypeOf(message.deliveryMode).toEqualTypeOf<number | undefined>();
    expectTypeOf(message.correlationId).toEqualTypeOf<string | undefined>();
    expectTypeOf(message.replyTo).toEqualTypeOf<string | undefined>();
    expectTypeOf(message.type).toEqualTypeOf<string | undefined>();
    expectTypeOf(message.expiration).toEqualTypeOf<number | undefined>();
    expectTypeOf(message.priority).toEqualTypeOf<number | undefined>();
  });

  it('carries the data type to jsonData', () => {
    const event = new ActiveMQEvent<Job>(raw);

    expectTypeOf(event.message.jsonData).toEqualTypeOf<Job>();
  });
});
