import { describe, expectTypeOf, it } from 'vitest';
import {
  type BasicProperties,
  type RabbitMessage,
  RabbitMQEvent,
  type RawRabbitMQEvent,
} from '../src/index';

interface Pizza {
  timeout: number;
  data: string;
}

declare const raw: RawRabbitMQEvent;

describe('RabbitMQEvent types', () => {
  it('types the event getters', () => {
    const event = new RabbitMQEvent(raw);

    expectTypeOf(event.eventSource).toEqualTypeOf<string>();
    expectTypeOf(event.eventSourceArn).toEqualTypeOf<string>();
    expectTypeOf(event.rmqMessagesByQueue).toEqualTypeOf<
      Readonly<Record<string, readonly RabbitMessage<unknown>[]>>
    >();
  });

  it('types the message and basic properties getters', () => {
    const message = new RabbitMQEvent(raw).rmqMessagesByQueue.queue?.[0];
    const properties = message?.basicProperties;

    expectTypeOf(message?.basicProperties).toEqualTypeOf<
      BasicProperties | undefined
    >();
    expectTypeOf(message?.redelivered).toEqualTypeOf<boolean | undefined>();
    expectTypeOf(message?.data).toEqualTypeOf<string | undefined>();
    expectTypeOf(message?.decodedData).toEqualTypeOf<string | undefined>();
    expectTypeOf(properties?.contentType).toEqualTypeOf<string | undefined>();
    expectTypeOf(properties?.headers).toEqualTypeOf<
      Readonly<Record<string, unknown>> | undefined
    >();
    expectTypeOf(properties?.deliveryMode).toEqualTypeOf<number | undefined>();
    expectTypeOf(properties?.priority).toEqualTypeOf<number | undefined>();
    expectTypeOf(properties?.expiration).toEqualTypeOf<string | undefined>();
    expectTypeOf(properties?.timestamp).toEqualTypeOf<string | undefined>();
    expectTypeOf(properties?.bodySize).toEqualTypeOf<number | undefined>();
  });

  it('carries the data type to jsonData', () => {
    const event = new RabbitMQEvent<Pizza>(raw);

    const message = event.rmqMessagesByQueue['pizzaQueue::/']?.[0];

    expectTypeOf(message?.jsonData).toEqualTypeOf<Pizza | undefined>();
  });
});
