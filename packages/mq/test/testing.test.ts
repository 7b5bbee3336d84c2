import { describe, expect, it } from 'vitest';
import { ActiveMQEvent, RabbitMQEvent } from '../src/index';
import { createActiveMQEvent, createRabbitMQEvent } from '../src/testing';

describe('createActiveMQEvent', () => {
  it('returns the documented sample with its two messages by default', () => {
    const event = new ActiveMQEvent(createActiveMQEvent());

    expect(event.eventSource).toBe('aws:mq');
    expect(event.messages.map((message) => message.messageType)).toEqual([
      'jms/text-message',
      'jms/bytes-message',
    ]);
    expect(event.message.decodedData).toBe('ABC:AAAA');
  });

  it('returns a fresh copy on every call', () => {
    const first = createActiveMQEvent();

    first.eventSourceArn = 'changed';

    expect(createActiveMQEvent().eventSourceArn).not.toBe('changed');
  });

  it('applies queue, data and properties', () => {
    const event = new ActiveMQEvent<{ orderId: string }>(
      createActiveMQEvent({
        queue: 'orders',
        data: { orderId: '1001' },
        properties: { tenant: 'acme' },
      })
    );

    expect(event.message.destinationPhysicalName).toBe('orders');
    expect(event.message.jsonData.orderId).toBe('1001');
    expect(event.message.properties).toEqual({ tenant: 'acme' });
  });

  it('sends a string body as text and builds several messages', () => {
    const event = new ActiveMQEvent(
      createActiveMQEvent({
        data: 'hello',
        records: [{ priority: 1 }, { priority: 9 }],
      })
    );

    expect(event.messages.map((message) => message.priority)).toEqual([1, 9]);
    expect(event.messages[1]?.decodedData).toBe('hello');
  });
});

describe('createRabbitMQEvent', () => {
  it('returns the documented sample by default', () => {
    const event = new RabbitMQEvent(createRabbitMQEvent());

    expect(Object.keys(event.rmqMessagesByQueue)).toEqual(['pizzaQueue::/']);
    expect(event.rmqMessagesByQueue['pizzaQueue::/']?.[0]?.redelivered).toBe(
      false
    );
  });

  it('applies queue, data and basic properties', () => {
    const event = new RabbitMQEvent<{ orderId: string }>(
      createRabbitMQEvent({
        queue: 'orders::/',
        data: { orderId: '1001' },
        basicProperties: { messageId: 'msg-1' },
        records: [{}, { redelivered: true }],
      })
    );

    const messages = event.rmqMessagesByQueue['orders::/'] ?? [];

    expect(messages).toHaveLength(2);
    expect(messages[0]?.jsonData.orderId).toBe('1001');
    expect(messages[0]?.basicProperties.messageId).toBe('msg-1');
    expect(messages[0]?.basicProperties.contentType).toBe('text/plain');
    expect(messages[1]?.redelivered).toBe(true);
  });

  it('sends a string body as text', () => {
    const event = new RabbitMQEvent(createRabbitMQEvent({ data: 'hi' }));

    expect(event.rmqMessagesByQueue['pizzaQueue::/']?.[0]?.decodedData).toBe(
      'hi'
    );
  });

  it('builds one message per payload under the queue asked for', () => {
    const event = new RabbitMQEvent(
      createRabbitMQEvent({
        payloads: [{ orderId: '1' }, 'plain'],
        basicProperties: { headers: { tenant: 'acme' } },
      })
    );

    const messages = event.rmqMessagesByQueue['pizzaQueue::/'] ?? [];

    expect(messages.map((message) => message.decodedData)).toEqual([
      '{"orderId":"1"}',
      'plain',
    ]);
    expect(messages[1]?.basicProperties.headers).toEqual({
      header1: { bytes: [118, 97, 108, 117, 101, 49] },
      header2: { bytes: [118, 97, 108, 117, 101, 50] },
      numberInHeader: 10,
      tenant: 'acme',
    });
  });
});

describe('counted messages', () => {
  it('builds as many ActiveMQ messages as the count asks, with numbered IDs', () => {
    const event = new ActiveMQEvent(
      createActiveMQEvent({ count: 3, record: { priority: 4 } })
    );

    expect(event.messages.map((message) => message.priority)).toEqual([
      4, 4, 4,
    ]);
    expect(
      new Set(event.messages.map((message) => message.messageId)).size
    ).toBe(3);
  });

  it('builds one ActiveMQ message per payload', () => {
    const event = new ActiveMQEvent<{ id: number }>(
      createActiveMQEvent({ payloads: [{ id: 1 }, { id: 2 }] })
    );

    expect(event.messages.map((message) => message.jsonData.id)).toEqual([
      1, 2,
    ]);
  });

  it('builds as many RabbitMQ messages as the count asks', () => {
    const event = new RabbitMQEvent(createRabbitMQEvent({ count: 2 }));

    expect(event.rmqMessagesByQueue['pizzaQueue::/']).toHaveLength(2);
  });
});
