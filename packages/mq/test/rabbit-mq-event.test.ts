import { loadEvent } from '@evt/tooling-config/events';
import {
  counted,
  expectEvtError,
  jsonErrorOf,
  patchEvent,
} from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  BasicProperties,
  DecodeError,
  FieldTypeError,
  MissingFieldError,
  RabbitMessage,
  RabbitMQEvent,
  type RawRabbitMQEvent,
} from '../src/index';

const sample = () =>
  new RabbitMQEvent(loadEvent<RawRabbitMQEvent>('rabbit-mq-event'));
const multiQueue = () =>
  new RabbitMQEvent(loadEvent<RawRabbitMQEvent>('rabbit-mq-event.multi-queue'));

const pizza = (event: RabbitMQEvent = sample()) => {
  const message = event.rmqMessagesByQueue['pizzaQueue::/']?.[0];
  if (!message) throw new Error('fixture has no pizzaQueue message');
  return message;
};
const order = (index = 0) => {
  const message =
    multiQueue().rmqMessagesByQueue['orders::production']?.[index];
  if (!message) throw new Error('fixture has no orders message');
  return message;
};

/** The sample event with the pizzaQueue message's fields changed. */
function withMessage(changes: Record<string, unknown>): RabbitMQEvent {
  return new RabbitMQEvent(
    patchEvent<RawRabbitMQEvent>('rabbit-mq-event', (event) => {
      Object.assign(
        event.rmqMessagesByQueue['pizzaQueue::/']?.[0] as object,
        changes
      );
    })
  );
}

/** The sample event with the pizzaQueue message's basic properties changed. */
function withProperties(changes: Record<string, unknown>): RabbitMQEvent {
  return new RabbitMQEvent(
    patchEvent<RawRabbitMQEvent>('rabbit-mq-event', (event) => {
      Object.assign(
        event.rmqMessagesByQueue['pizzaQueue::/']?.[0]
          ?.basicProperties as object,
        changes
      );
    })
  );
}

/** The sample event with `rmqMessagesByQueue` replaced. */
function withQueues(rmqMessagesByQueue: unknown): RabbitMQEvent {
  return new RabbitMQEvent(
    patchEvent<RawRabbitMQEvent>('rabbit-mq-event', (event) => {
      (event as { rmqMessagesByQueue: unknown }).rmqMessagesByQueue =
        rmqMessagesByQueue;
    })
  );
}

describe('RabbitMQEvent', () => {
  describe('eventSource', () => {
    it('returns aws:rmq', () => {
      expect(sample().eventSource).toBe('aws:rmq');
    });
  });

  describe('eventSourceArn', () => {
    it('returns the broker ARN', () => {
      expect(sample().eventSourceArn).toBe(
        'arn:aws:mq:us-west-2:112556298976:broker:pizzaBroker:b-9bcfa592-423a-4942-879d-eb284b418fc8'
      );
    });
  });

  describe('rmqMessagesByQueue', () => {
    it('wraps the messages of each queue, in delivery order', () => {
      const raw = loadEvent<RawRabbitMQEvent>('rabbit-mq-event.multi-queue');

      const byQueue = new RabbitMQEvent(raw).rmqMessagesByQueue;

      expect(Object.keys(byQueue)).toEqual([
        'pizzaQueue::/',
        'orders::production',
      ]);
      expect(byQueue['orders::production']).toHaveLength(2);
      expect(byQueue['pizzaQueue::/']?.[0]).toBeInstanceOf(RabbitMessage);
      expect(byQueue['pizzaQueue::/']?.[0]?.rawEvent).toBe(
        raw.rmqMessagesByQueue['pizzaQueue::/']?.[0]
      );
      expect(byQueue['orders::production']?.[1]?.rawEvent).toBe(
        raw.rmqMessagesByQueue['orders::production']?.[1]
      );
    });

    it('names each message by its queue and index in errors', () => {
      const raw = patchEvent<RawRabbitMQEvent>(
        'rabbit-mq-event.multi-queue',
        (event) => {
          Object.assign(
            event.rmqMessagesByQueue['orders::production']?.[1] as object,
            { redelivered: 'yes' }
          );
        }
      );
      const message = new RabbitMQEvent(raw).rmqMessagesByQueue[
        'orders::production'
      ]?.[1];

      expectEvtError(
        () => message?.redelivered,
        FieldTypeError,
        'RabbitMQEvent: rmqMessagesByQueue.orders::production[1].redelivered must be boolean, got string'
      );
    });

    it('builds the map once', () => {
      const event = sample();

      expect(event.rmqMessagesByQueue).toBe(event.rmqMessagesByQueue);
    });

    it('treats any queue name as a plain key', () => {
      const raw = JSON.parse(
        '{"eventSource":"aws:rmq","eventSourceArn":"arn","rmqMessagesByQueue":{"__proto__":[]}}'
      );

      const byQueue = new RabbitMQEvent(raw).rmqMessagesByQueue;

      expect(Object.keys(byQueue)).toEqual(['__proto__']);
      expect(
        Object.getOwnPropertyDescriptor(byQueue, '__proto__')?.value
      ).toEqual([]);
      expect(byQueue.constructor).toBeUndefined();
    });
  });
});

describe('RabbitMessage', () => {
  describe('basicProperties', () => {
    it('wraps the basic properties, once', () => {
      const raw = loadEvent<RawRabbitMQEvent>('rabbit-mq-event');
      const message = pizza(new RabbitMQEvent(raw));

      const properties = message.basicProperties;

      expect(properties).toBeInstanceOf(BasicProperties);
      expect(properties.rawEvent).toBe(
        raw.rmqMessagesByQueue['pizzaQueue::/']?.[0]?.basicProperties
      );
      expect(message.basicProperties).toBe(properties);
    });
  });

  describe('redelivered', () => {
    it('returns the redelivery flag', () => {
      expect(pizza().redelivered).toBe(false);
      expect(order().redelivered).toBe(true);
    });
  });

  describe('data', () => {
    it('returns the base64 body', () => {
      expect(pizza().data).toBe(
        'eyJ0aW1lb3V0IjowLCJkYXRhIjoiQ1pybWYwR3c4T3Y0YnFMUXhENEUifQ=='
      );
    });
  });

  describe('decodedData', () => {
    it('returns the body as text', () => {
      expect(pizza().decodedData).toBe(
        '{"timeout":0,"data":"CZrmf0Gw8Ov4bqLQxD4E"}'
      );
    });
  });

  describe('jsonData', () => {
    it('returns the parsed body', () => {
      const event = new RabbitMQEvent<{ timeout: number; data: string }>(
        loadEvent<RawRabbitMQEvent>('rabbit-mq-event')
      );

      const message = event.rmqMessagesByQueue['pizzaQueue::/']?.[0];

      expect(message?.jsonData.data).toBe('CZrmf0Gw8Ov4bqLQxD4E');
    });

    it('parses once with the jsonDeserializer option', () => {
      const deserializer = counted(JSON.parse);
      const message = pizza(
        new RabbitMQEvent(loadEvent<RawRabbitMQEvent>('rabbit-mq-event'), {
          jsonDeserializer: deserializer,
        })
      );

      const first = message.jsonData;

      expect(message.jsonData).toBe(first);
      expect(deserializer.calls).toBe(1);
    });
  });
});

describe('BasicProperties', () => {
  const properties = () => pizza().basicProperties;
  const full = () => order().basicProperties;

  describe('contentType', () => {
    it('returns the content type', () => {
      expect(properties().contentType).toBe('text/plain');
    });
  });

  describe('contentEncoding', () => {
    it('returns the content encoding', () => {
      expect(full().contentEncoding).toBe('utf-8');
    });

    it('returns undefined when null', () => {
      expect(properties().contentEncoding).toBeUndefined();
    });
  });

  describe('headers', () => {
    it('returns the headers as sent', () => {
      expect(properties().headers).toEqual({
        header1: { bytes: [118, 97, 108, 117, 101, 49] },
        header2: { bytes: [118, 97, 108, 117, 101, 50] },
        numberInHeader: 10,
      });
    });

    it('returns an empty object when absent', () => {
      expect(
        pizza(withProperties({ headers: null })).basicProperties.headers
      ).toEqual({});
    });
  });

  describe('deliveryMode', () => {
    it('returns the delivery mode', () => {
      expect(properties().deliveryMode).toBe(1);
      expect(full().deliveryMode).toBe(2);
    });
  });

  describe('priority', () => {
    it('returns the priority', () => {
      expect(properties().priority).toBe(34);
    });
  });

  describe('correlationId', () => {
    it('returns the correlation ID', () => {
      expect(order(1).basicProperties.correlationId).toBe('order-1002');
    });

    it('returns undefined when null', () => {
      expect(properties().correlationId).toBeUndefined();
    });
  });

  describe('replyTo', () => {
    it('returns the reply queue', () => {
      expect(full().replyTo).toBe('orderReplies');
    });

    it('returns undefined when null', () => {
      expect(properties().replyTo).toBeUndefined();
    });
  });

  describe('expiration', () => {
    it('returns the expiration text', () => {
      expect(properties().expiration).toBe('60000');
    });
  });

  describe('messageId', () => {
    it('returns the message ID', () => {
      expect(order(1).basicProperties.messageId).toBe('msg-0002');
    });

    it('returns undefined when null', () => {
      expect(properties().messageId).toBeUndefined();
    });
  });

  describe('timestamp', () => {
    it('returns the timestamp text', () => {
      expect(properties().timestamp).toBe('Jan 1, 1970, 12:33:41 AM');
    });
  });

  describe('type', () => {
    it('returns the message type', () => {
      expect(full().type).toBe('OrderPlaced');
    });

    it('returns undefined when null', () => {
      expect(properties().type).toBeUndefined();
    });
  });

  describe('userId', () => {
    it('returns the user ID', () => {
      expect(properties().userId).toBe('AIDACKCEVSQ6C2EXAMPLE');
    });
  });

  describe('appId', () => {
    it('returns the application ID', () => {
      expect(full().appId).toBe('storefront');
    });

    it('returns undefined when null', () => {
      expect(properties().appId).toBeUndefined();
    });
  });

  describe('clusterId', () => {
    it('returns the cluster ID', () => {
      expect(full().clusterId).toBe('cluster-1');
    });

    it('returns undefined when null', () => {
      expect(properties().clusterId).toBeUndefined();
    });
  });

  describe('bodySize', () => {
    it('returns the body size', () => {
      expect(properties().bodySize).toBe(80);
      expect(full().bodySize).toBe(39);
    });
  });
});

describe('malformed input', () => {
  it('throws MissingFieldError when rmqMessagesByQueue is missing', () => {
    expectEvtError(
      () => withQueues(undefined).rmqMessagesByQueue,
      MissingFieldError,
      'RabbitMQEvent: rmqMessagesByQueue is missing'
    );
  });

  it('throws FieldTypeError when rmqMessagesByQueue is an array', () => {
    expectEvtError(
      () => withQueues([]).rmqMessagesByQueue,
      FieldTypeError,
      'RabbitMQEvent: rmqMessagesByQueue must be object, got array'
    );
  });

  it('throws FieldTypeError when a queue is not an array', () => {
    expectEvtError(
      () => withQueues({ 'pizzaQueue::/': 'message' }).rmqMessagesByQueue,
      FieldTypeError,
      'RabbitMQEvent: rmqMessagesByQueue.pizzaQueue::/ must be array, got string'
    );
  });

  it('throws MissingFieldError when a message is null', () => {
    expectEvtError(
      () => withQueues({ 'pizzaQueue::/': [null] }).rmqMessagesByQueue,
      MissingFieldError,
      'RabbitMQEvent: rmqMessagesByQueue.pizzaQueue::/[0] is missing'
    );
  });

  it('throws MissingFieldError when basicProperties is missing', () => {
    const event = withMessage({ basicProperties: undefined });

    expectEvtError(
      () => pizza(event).basicProperties,
      MissingFieldError,
      'RabbitMQEvent: rmqMessagesByQueue.pizzaQueue::/[0].basicProperties is missing'
    );
  });

  it('throws FieldTypeError when basicProperties is an array', () => {
    const event = withMessage({ basicProperties: [] });

    expectEvtError(
      () => pizza(event).basicProperties,
      FieldTypeError,
      'RabbitMQEvent: rmqMessagesByQueue.pizzaQueue::/[0].basicProperties must be object, got array'
    );
  });

  it('throws MissingFieldError when redelivered is missing', () => {
    const event = withMessage({ redelivered: undefined });

    expectEvtError(
      () => pizza(event).redelivered,
      MissingFieldError,
      'RabbitMQEvent: rmqMessagesByQueue.pizzaQueue::/[0].redelivered is missing'
    );
  });

  it('throws FieldTypeError naming the full path when bodySize is text', () => {
    const event = withProperties({ bodySize: '80' });

    expectEvtError(
      () => pizza(event).basicProperties.bodySize,
      FieldTypeError,
      'RabbitMQEvent: rmqMessagesByQueue.pizzaQueue::/[0].basicProperties.bodySize must be number, got string'
    );
  });

  it('throws FieldTypeError when headers is a string', () => {
    const event = withProperties({ headers: 'header1' });

    expectEvtError(
      () => pizza(event).basicProperties.headers,
      FieldTypeError,
      'RabbitMQEvent: rmqMessagesByQueue.pizzaQueue::/[0].basicProperties.headers must be object, got string'
    );
  });

  it('throws DecodeError when data is not base64', () => {
    const event = withMessage({ data: 'e30=e30=' });

    expectEvtError(
      () => pizza(event).decodedData,
      DecodeError,
      'RabbitMQEvent: rmqMessagesByQueue.pizzaQueue::/[0].data is not valid base64: unexpected character, padding or length'
    );
  });

  it('throws DecodeError when data is not JSON', () => {
    const event = withMessage({ data: 'bm90IGpzb24=' });

    const error = expectEvtError(
      () => pizza(event).jsonData,
      DecodeError,
      `RabbitMQEvent: rmqMessagesByQueue.pizzaQueue::/[0].data is not valid JSON: ${jsonErrorOf('not json')}`
    );

    expect(error.cause).toBeUndefined();
  });

  it('leaves the frozen input unchanged', () => {
    const raw = loadEvent<RawRabbitMQEvent>('rabbit-mq-event.multi-queue');
    const copy = structuredClone(raw);

    String(new RabbitMQEvent(raw));

    expect(raw).toEqual(copy);
  });
});
