import { loadEvent } from '@evt/tooling-config/events';
import {
  counted,
  expectEvtError,
  jsonErrorOf,
  patchEvent,
} from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  ActiveMQEvent,
  ActiveMQMessage,
  DecodeError,
  FieldTypeError,
  MissingFieldError,
  type RawActiveMQEvent,
} from '../src/index';

const sample = () =>
  new ActiveMQEvent(loadEvent<RawActiveMQEvent>('active-mq-event'));
const legacy = () =>
  new ActiveMQEvent(loadEvent<RawActiveMQEvent>('active-mq-event.legacy'));
const requestReply = () =>
  new ActiveMQEvent(
    loadEvent<RawActiveMQEvent>('active-mq-event.request-reply')
  );

/** The sample event with the first message's fields changed. */
function withMessage(changes: Record<string, unknown>): ActiveMQEvent {
  return new ActiveMQEvent(
    patchEvent<RawActiveMQEvent>('active-mq-event', (event) => {
      Object.assign(event.messages[0] as object, changes);
    })
  );
}

/** The sample event with top-level fields changed. */
function withEvent(changes: Record<string, unknown>): ActiveMQEvent {
  return new ActiveMQEvent(
    patchEvent<RawActiveMQEvent>('active-mq-event', (event) => {
      Object.assign(event, changes);
    })
  );
}

const MESSAGE_ID =
  'ID:b-9bcfa592-423a-4942-879d-eb284b418fc8-1.mq.us-east-2.amazonaws.com-37557-1234520418293-4:1:1:1:1';

describe('ActiveMQEvent', () => {
  describe('eventSource', () => {
    it('returns aws:mq', () => {
      expect(sample().eventSource).toBe('aws:mq');
    });
  });

  describe('eventSourceArn', () => {
    it('returns the broker ARN', () => {
      expect(sample().eventSourceArn).toBe(
        'arn:aws:mq:us-east-2:111122223333:broker:test:b-9bcfa592-423a-4942-879d-eb284b418fc8'
      );
    });
  });

  describe('messages', () => {
    it('wraps every message, in delivery order', () => {
      const raw = loadEvent<RawActiveMQEvent>('active-mq-event');

      const messages = new ActiveMQEvent(raw).messages;

      expect(messages.map((message) => message.messageType)).toEqual([
        'jms/text-message',
        'jms/bytes-message',
      ]);
      expect(messages[0]).toBeInstanceOf(ActiveMQMessage);
      expect(messages[0]?.rawEvent).toBe(raw.messages[0]);
      expect(messages[1]?.rawEvent).toBe(raw.messages[1]);
    });

    it('builds the list once', () => {
      const event = sample();

      expect(event.messages).toBe(event.messages);
    });
  });

  describe('message', () => {
    it('returns the first message', () => {
      const raw = loadEvent<RawActiveMQEvent>('active-mq-event');
      const event = new ActiveMQEvent(raw);

      expect(event.message).toBe(event.messages[0]);
      expect(event.message.rawEvent).toBe(raw.messages[0]);
    });

    it('throws MissingFieldError when the batch is empty', () => {
      expectEvtError(
        () => withEvent({ messages: [] }).message,
        MissingFieldError,
        'ActiveMQEvent: messages[0] is missing'
      );
    });
  });
});

describe('ActiveMQMessage', () => {
  describe('messageId', () => {
    it('returns the JMS message ID', () => {
      expect(sample().message.messageId).toBe(MESSAGE_ID);
    });
  });

  describe('messageType', () => {
    it('returns the JMS message type', () => {
      expect(sample().messages[1]?.messageType).toBe('jms/bytes-message');
    });
  });

  describe('data', () => {
    it('returns the base64 body', () => {
      expect(sample().message.data).toBe('QUJDOkFBQUE=');
    });
  });

  describe('decodedData', () => {
    it('returns the body as text', () => {
      expect(sample().message.decodedData).toBe('ABC:AAAA');
    });
  });

  describe('jsonData', () => {
    it('returns the parsed body', () => {
      const event = new ActiveMQEvent<{ timeout: number; data: string }>(
        loadEvent<RawActiveMQEvent>('active-mq-event.legacy')
      );

      expect(event.messages[1]?.jsonData).toEqual({
        timeout: 0,
        data: 'CZrmf0Gw8Ov4bqLQxD4E',
      });
    });

    it('parses once with the jsonDeserializer option', () => {
      const deserializer = counted(JSON.parse);
      const event = new ActiveMQEvent(
        loadEvent<RawActiveMQEvent>('active-mq-event.request-reply'),
        { jsonDeserializer: deserializer }
      );

      const first = event.message.jsonData;

      expect(event.message.jsonData).toBe(first);
      expect(first).toEqual({ orderId: '1001', total: 42.5 });
      expect(deserializer.calls).toBe(1);
    });
  });

  describe('connectionId', () => {
    it('returns the connection ID', () => {
      expect(legacy().messages[2]?.connectionId).toBe('myJMSCoID1');
    });

    it('returns undefined when the event does not carry it', () => {
      expect(sample().message.connectionId).toBeUndefined();
    });
  });

  describe('redelivered', () => {
    it('returns the redelivery flag', () => {
      expect(sample().message.redelivered).toBe(false);
      expect(requestReply().message.redelivered).toBe(true);
    });

    it('returns undefined when the message does not carry it', () => {
      expect(legacy().messages[2]?.redelivered).toBeUndefined();
    });
  });

  describe('persistent', () => {
    it('returns the persistence flag', () => {
      expect(legacy().messages[2]?.persistent).toBe(false);
    });

    it('returns undefined when the message does not carry it', () => {
      expect(sample().message.persistent).toBeUndefined();
    });
  });

  describe('timestamp', () => {
    it('returns the send time in milliseconds', () => {
      expect(sample().message.timestamp).toBe(1598827811958);
    });
  });

  describe('brokerInTime', () => {
    it('returns the broker arrival time', () => {
      expect(sample().message.brokerInTime).toBe(1598827811958);
    });
  });

  describe('brokerOutTime', () => {
    it('returns the broker departure time', () => {
      expect(sample().message.brokerOutTime).toBe(1598827811959);
    });
  });

  describe('properties', () => {
    it('returns the custom properties', () => {
      expect(sample().message.properties).toEqual({
        index: '1',
        doAlarm: 'false',
        myCustomProperty: 'value',
      });
    });

    it('keeps non-string property values', () => {
      expect(requestReply().message.properties).toEqual({
        tenant: 'acme',
        attempt: 2,
        urgent: true,
      });
    });

    it('returns an empty object when the message has none', () => {
      expect(legacy().message.properties).toEqual({});
    });
  });

  describe('destinationPhysicalName', () => {
    it('returns the queue name', () => {
      expect(sample().message.destinationPhysicalName).toBe('testQueue');
      expect(requestReply().message.destinationPhysicalName).toBe('orders');
    });
  });

  describe('deliveryMode', () => {
    it('returns the delivery mode', () => {
      expect(sample().message.deliveryMode).toBe(1);
      expect(requestReply().message.deliveryMode).toBe(2);
    });

    it('returns undefined when absent', () => {
      expect(legacy().message.deliveryMode).toBeUndefined();
    });
  });

  describe('correlationId', () => {
    it('returns correlationId as the Lambda documentation spells it', () => {
      expect(sample().messages[1]?.correlationId).toBe('myJMSCoID1');
    });

    it('returns correlationID as Powertools reads it', () => {
      expect(requestReply().message.correlationId).toBe('order-1001');
    });

    it('returns undefined when absent', () => {
      expect(legacy().message.correlationId).toBeUndefined();
    });
  });

  describe('replyTo', () => {
    it('returns the reply destination', () => {
      expect(requestReply().message.replyTo).toBe('queue://orderReplies');
    });

    it('returns undefined when null', () => {
      expect(sample().message.replyTo).toBeUndefined();
    });
  });

  describe('type', () => {
    it('returns the message type', () => {
      expect(requestReply().message.type).toBe('OrderCreated');
    });

    it('returns undefined when null', () => {
      expect(sample().message.type).toBeUndefined();
    });
  });

  describe('expiration', () => {
    it('reads an expiration sent as digits', () => {
      expect(sample().message.expiration).toBe(60000);
    });

    it('returns a numeric expiration', () => {
      expect(requestReply().message.expiration).toBe(1598827871958);
    });

    it('returns undefined when absent', () => {
      expect(legacy().message.expiration).toBeUndefined();
    });
  });

  describe('priority', () => {
    it('returns the priority', () => {
      expect(sample().messages[1]?.priority).toBe(2);
      expect(requestReply().message.priority).toBe(9);
    });

    it('returns undefined when absent', () => {
      expect(legacy().message.priority).toBeUndefined();
    });
  });
});

describe('malformed input', () => {
  it('throws MissingFieldError when eventSourceArn is missing', () => {
    const event = withEvent({ eventSourceArn: undefined });

    expectEvtError(
      () => event.eventSourceArn,
      MissingFieldError,
      'ActiveMQEvent: eventSourceArn is missing'
    );
  });

  it('throws FieldTypeError when messages is not an array', () => {
    const event = withEvent({ messages: { 0: {} } });

    expectEvtError(
      () => event.messages,
      FieldTypeError,
      'ActiveMQEvent: messages must be array, got object'
    );
  });

  it('throws FieldTypeError when a message is not an object', () => {
    const event = withEvent({ messages: ['message'] });

    expectEvtError(
      () => event.messages,
      FieldTypeError,
      'ActiveMQEvent: messages[0] must be object, got string'
    );
  });

  it('throws MissingFieldError when messageID is missing', () => {
    const event = withMessage({ messageID: undefined });

    expectEvtError(
      () => event.message.messageId,
      MissingFieldError,
      'ActiveMQEvent: messages[0].messageID is missing'
    );
  });

  it('throws MissingFieldError when destination is missing', () => {
    const event = withMessage({ destination: undefined });

    expectEvtError(
      () => event.message.destinationPhysicalName,
      MissingFieldError,
      'ActiveMQEvent: messages[0].destination.physicalName is missing'
    );
  });

  it('throws MissingFieldError when destination is a string', () => {
    const event = withMessage({ destination: 'testQueue' });

    expectEvtError(
      () => event.message.destinationPhysicalName,
      MissingFieldError,
      'ActiveMQEvent: messages[0].destination.physicalName is missing'
    );
  });

  it('throws FieldTypeError when timestamp is a string', () => {
    const event = withMessage({ timestamp: '1598827811958' });

    expectEvtError(
      () => event.message.timestamp,
      FieldTypeError,
      'ActiveMQEvent: messages[0].timestamp must be number, got string'
    );
  });

  it('throws FieldTypeError when redelivered is a string', () => {
    const event = withMessage({ redelivered: 'false' });

    expectEvtError(
      () => event.message.redelivered,
      FieldTypeError,
      'ActiveMQEvent: messages[0].redelivered must be boolean, got string'
    );
  });

  it('throws FieldTypeError when properties is an array', () => {
    const event = withMessage({ properties: ['index'] });

    expectEvtError(
      () => event.message.properties,
      FieldTypeError,
      'ActiveMQEvent: messages[0].properties must be object, got array'
    );
  });

  it('throws FieldTypeError naming correlationID when it is a number', () => {
    const event = withMessage({ correlationID: 7 });

    expectEvtError(
      () => event.message.correlationId,
      FieldTypeError,
      'ActiveMQEvent: messages[0].correlationID must be string, got number'
    );
  });

  it('throws FieldTypeError when expiration is text other than digits', () => {
    const event = withMessage({ expiration: 'soon' });

    expectEvtError(
      () => event.message.expiration,
      FieldTypeError,
      'ActiveMQEvent: messages[0].expiration must be number, got string'
    );
  });

  it('throws FieldTypeError when expiration is a boolean', () => {
    const event = withMessage({ expiration: true });

    expectEvtError(
      () => event.message.expiration,
      FieldTypeError,
      'ActiveMQEvent: messages[0].expiration must be number, got boolean'
    );
  });

  it('throws DecodeError when data is not base64', () => {
    const event = withMessage({ data: 'QUJD*' });

    expectEvtError(
      () => event.message.decodedData,
      DecodeError,
      'ActiveMQEvent: messages[0].data is not valid base64: unexpected character, padding or length'
    );
  });

  it('throws DecodeError when a bytes message is read as text', () => {
    const event = sample();

    expectEvtError(
      () => event.messages[1]?.decodedData,
      DecodeError,
      'ActiveMQEvent: messages[1].data is not valid UTF-8: invalid byte sequence'
    );
  });

  it('throws DecodeError when data is not JSON', () => {
    const event = sample();

    const error = expectEvtError(
      () => event.message.jsonData,
      DecodeError,
      `ActiveMQEvent: messages[0].data is not valid JSON: ${jsonErrorOf('ABC:AAAA')}`
    );

    expect(error.cause).toBeUndefined();
  });

  it('leaves the frozen input unchanged', () => {
    const raw = loadEvent<RawActiveMQEvent>('active-mq-event');
    const copy = structuredClone(raw);

    String(new ActiveMQEvent(raw));

    expect(raw).toEqual(copy);
  });
});
