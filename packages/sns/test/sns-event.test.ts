import { EventWrapper, requireString, wrapEach } from '@evt/core';
import { loadEvent } from '@evt/tooling-config/events';
import {
  counted,
  expectEvtError,
  jsonErrorOf,
  nestedStandIns,
  patchEvent,
} from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  DecodeError,
  FieldTypeError,
  MissingFieldError,
  type RawSNSEvent,
  type RawSNSEventRecord,
  type RawSNSMessage,
  SNSEvent,
  SNSEventRecord,
  SNSMessage,
  SNSMessageAttribute,
} from '../src/index';
import { createSNSEvent } from '../src/testing';

const { NestedS3Event } = nestedStandIns({
  EventWrapper,
  requireString,
  wrapEach,
});

const load = (name = 'sns-event'): RawSNSEvent => loadEvent<RawSNSEvent>(name);

const message = (name = 'sns-event'): SNSMessage =>
  new SNSEvent(load(name)).record.sns;

/** The documented notification with the URL fields spelt as SQS and HTTP deliveries spell them. */
const sqsSpelled = (): RawSNSMessage => {
  const {
    SigningCertUrl: _signing,
    UnsubscribeUrl: _unsubscribe,
    ...rest
  } = (load().Records[0] as RawSNSEventRecord).Sns;
  return {
    ...rest,
    SigningCertURL: 'https://example.com/cert.pem',
    UnsubscribeURL: 'https://example.com/unsubscribe',
  };
};

/** The envelope an SQS queue receives from a FIFO topic, read as `decodeNested` reads it. */
const fifoEnvelope = (): SNSMessage =>
  new SNSMessage(loadEvent('sns-event.fifo-envelope'));

describe('SNSEvent', () => {
  describe('records', () => {
    it('wraps each record of the event, cached', () => {
      const raw = load();
      const event = new SNSEvent(raw);

      const records = event.records;

      expect(records).toHaveLength(1);
      expect(records[0]).toBeInstanceOf(SNSEventRecord);
      expect(records[0]?.rawEvent).toBe(raw.Records[0]);
      expect(event.records).toBe(records);
    });
  });

  describe('record', () => {
    it('returns the first record', () => {
      const raw = load();
      const event = new SNSEvent(raw);

      expect(event.record).toBe(event.records[0]);
      expect(event.record.rawEvent).toBe(raw.Records[0]);
    });
  });

  describe('snsMessage', () => {
    it('returns the message of the first record', () => {
      const event = new SNSEvent(load());

      expect(event.snsMessage).toBe('Hello from SNS!');
    });
  });

  describe('rawEvent', () => {
    it('returns the event it was built with', () => {
      const raw = load();

      const event = new SNSEvent(raw);

      expect(event.rawEvent).toBe(raw);
      expect(JSON.stringify(event)).toBe(JSON.stringify(raw));
    });
  });
});

describe('SNSEventRecord', () => {
  describe('eventVersion', () => {
    it('returns the event version', () => {
      expect(new SNSEvent(load()).record.eventVersion).toBe('1.0');
    });
  });

  describe('eventSubscriptionArn', () => {
    it('returns the subscription ARN', () => {
      expect(new SNSEvent(load()).record.eventSubscriptionArn).toBe(
        'arn:aws:sns:us-east-1:123456789012:sns-lambda:21be56ed-a058-49f5-8c98-aedd2564c486'
      );
    });
  });

  describe('eventSource', () => {
    it('returns aws:sns', () => {
      expect(new SNSEvent(load()).record.eventSource).toBe('aws:sns');
    });
  });

  describe('sns', () => {
    it('wraps the notification, cached', () => {
      const raw = load();
      const record = new SNSEvent(raw).record;

      const sns = record.sns;

      expect(sns).toBeInstanceOf(SNSMessage);
      expect(sns.rawEvent).toBe(raw.Records[0]?.Sns);
      expect(record.sns).toBe(sns);
    });
  });
});

describe('SNSMessage', () => {
  describe('signatureVersion', () => {
    it('returns the signature version', () => {
      expect(message().signatureVersion).toBe('1');
    });

    it('returns undefined for an unsigned FIFO topic message', () => {
      expect(fifoEnvelope().signatureVersion).toBeUndefined();
    });
  });

  describe('timestamp', () => {
    it('returns the publish time', () => {
      expect(message().timestamp).toBe('2019-01-02T12:45:07.000Z');
    });
  });

  describe('signature', () => {
    it('returns the signature', () => {
      expect(message().signature).toBe(
        'tcc6faL2yUC6dgZdmrwh1Y4cGa/ebXEkAi6RibDsvpi+tE/1+82j...65r=='
      );
    });

    it('returns undefined for an unsigned FIFO topic message', () => {
      const envelope = fifoEnvelope();

      expect(envelope.signature).toBeUndefined();
      expect(envelope.signingCertUrl).toBeUndefined();
      expect(envelope.topicArn).toBe(
        'arn:aws:sns:eu-central-1:123456789012:orders.fifo'
      );
      expect(envelope.jsonMessage).toEqual({
        orderId: 'A-1042',
        status: 'PACKED',
      });
      expect(envelope.unsubscribeUrl).toBe(
        'https://sns.eu-central-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:eu-central-1:123456789012:orders.fifo:8f0c2d4e-61a7-4b39-9e52-d3a1f7b6c084'
      );
    });
  });

  describe('signingCertUrl', () => {
    it('returns the signing certificate URL', () => {
      expect(message().signingCertUrl).toBe(
        'https://sns.us-east-1.amazonaws.com/SimpleNotificationService-ac565b8b1a6c5d002d285f9598aa1d9b.pem'
      );
    });

    it('reads the SigningCertURL spelling of SQS deliveries', () => {
      expect(new SNSMessage(sqsSpelled()).signingCertUrl).toBe(
        'https://example.com/cert.pem'
      );
    });
  });

  describe('messageId', () => {
    it('returns the message ID', () => {
      expect(message().messageId).toBe('95df01b4-ee98-5cb9-9903-4c221d41eb5e');
    });
  });

  describe('message', () => {
    it('returns the message', () => {
      expect(message().message).toBe('Hello from SNS!');
    });
  });

  describe('jsonMessage', () => {
    it('returns the message parsed as JSON', () => {
      expect(message('sns-event.no-subject').jsonMessage).toEqual({
        orderId: '1234',
        status: 'shipped',
      });
    });

    it('parses once and returns the cached value', () => {
      const deserializer = counted(JSON.parse);
      const sns = new SNSEvent(load('sns-event.no-subject'), {
        jsonDeserializer: deserializer,
      }).record.sns;

      const parsed = sns.jsonMessage;

      expect(sns.jsonMessage).toBe(parsed);
      expect(deserializer.calls).toBe(1);
    });

    it('caches an undefined result', () => {
      const deserializer = counted(() => undefined);
      const sns = new SNSEvent(load(), { jsonDeserializer: deserializer })
        .record.sns;

      sns.jsonMessage;

      expect(sns.jsonMessage).toBeUndefined();
      expect(deserializer.calls).toBe(1);
    });

    it('uses the jsonDeserializer option', () => {
      const event = new SNSEvent(load(), {
        jsonDeserializer: (text) => text.toUpperCase(),
      });

      expect(event.record.sns.jsonMessage).toBe('HELLO FROM SNS!');
    });
  });

  describe('messageAttributes', () => {
    it('wraps each attribute by name, cached', () => {
      const raw = load('sns-event.message-attributes');
      const sns = new SNSEvent(raw).record.sns;

      const attributes = sns.messageAttributes;

      expect(Object.keys(attributes)).toEqual([
        'Test',
        'TestBinary',
        'TestNumber',
        'TestArray',
      ]);
      expect(attributes.Test).toBeInstanceOf(SNSMessageAttribute);
      expect(attributes.Test?.rawEvent).toBe(
        raw.Records[0]?.Sns.MessageAttributes?.Test
      );
      expect(attributes.TestArray?.rawEvent).toBe(
        raw.Records[0]?.Sns.MessageAttributes?.TestArray
      );
      expect(sns.messageAttributes).toBe(attributes);
    });

    it('returns undefined for a name the message does not carry', () => {
      const attributes = message(
        'sns-event.message-attributes'
      ).messageAttributes;

      expect(attributes.Missing).toBeUndefined();
      expect(attributes.constructor).toBeUndefined();
    });

    it('returns an empty object when the message has none', () => {
      expect(message().messageAttributes).toEqual({});
    });

    it('returns an empty object when the field is absent', () => {
      const raw = patchEvent<RawSNSEvent>('sns-event', (event) => {
        delete (event.Records[0] as RawSNSEventRecord).Sns.MessageAttributes;
      });

      expect(new SNSEvent(raw).record.sns.messageAttributes).toEqual({});
    });
  });

  describe('type', () => {
    it('returns the message type', () => {
      expect(message().type).toBe('Notification');
    });
  });

  describe('unsubscribeUrl', () => {
    it('returns the unsubscribe URL', () => {
      expect(message().unsubscribeUrl).toBe(
        'https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:us-east-1:123456789012:sns-lambda:21be56ed-a058-49f5-8c98-aedd2564c486'
      );
    });

    it('reads the UnsubscribeURL spelling of SQS deliveries', () => {
      expect(new SNSMessage(sqsSpelled()).unsubscribeUrl).toBe(
        'https://example.com/unsubscribe'
      );
    });

    it('names the UnsubscribeURL spelling when an SQS delivery lacks it', () => {
      const envelope = new SNSMessage({
        ...loadEvent<RawSNSMessage>('sns-event.fifo-envelope'),
        UnsubscribeURL: undefined,
      });

      expectEvtError(
        () => envelope.unsubscribeUrl,
        MissingFieldError,
        'SNSMessage: UnsubscribeURL is missing'
      );
    });
  });

  describe('topicArn', () => {
    it('returns the topic ARN', () => {
      expect(message().topicArn).toBe(
        'arn:aws:sns:us-east-1:123456789012:sns-lambda'
      );
    });
  });

  describe('subject', () => {
    it('returns the subject', () => {
      expect(message().subject).toBe('TestInvoke');
    });

    it('returns undefined when SNS sends null', () => {
      expect(message('sns-event.no-subject').subject).toBeUndefined();
    });
  });

  describe('decodeNested', () => {
    it('returns the message wrapped in the given class', () => {
      const sns = message('sns-event.s3-notification');

      const nested = sns.decodeNested(NestedS3Event);

      expect(nested).toBeInstanceOf(NestedS3Event);
      expect(nested.rawEvent).toEqual(JSON.parse(sns.message));
      expect(nested.records[0]?.eventName).toBe('ObjectCreated:Put');
      expect(nested.records[0]?.bucketName).toBe('amzn-s3-demo-bucket');
      expect(nested.records[0]?.objectKey).toBe('HappyFace.jpg');
    });

    it('names the full path in errors inside the nested event', () => {
      const raw = patchEvent<RawSNSEvent>('sns-event', (event) => {
        (event.Records[0] as RawSNSEventRecord).Sns.Message = JSON.stringify({
          Records: [{ eventName: 'x', s3: {} }],
        });
      });
      const nested = new SNSEvent(raw).record.sns.decodeNested(NestedS3Event)
        .records[0];

      expectEvtError(
        () => nested?.objectKey,
        MissingFieldError,
        'SNSEvent: Records[0].Sns.Message.Records[0].s3.object.key is missing'
      );
    });
  });

  describe('as a top-level class', () => {
    it('reads the SNS envelope an SQS queue receives', () => {
      const sns = new SNSMessage({
        Type: 'Notification',
        MessageId: 'd88d4479-6ec0-54fe-b63f-1cf9df4bb16e',
        TopicArn: 'arn:aws:sns:us-east-2:123456789012:MyTopic',
        Message: 'hello',
        Timestamp: '2021-12-08T16:23:10.143Z',
        SignatureVersion: '1',
        Signature: 'EXAMPLE',
        SigningCertURL: 'https://sns.us-east-2.amazonaws.com/cert.pem',
        UnsubscribeURL:
          'https://sns.us-east-2.amazonaws.com/?Action=Unsubscribe',
      });

      expect(sns.signingCertUrl).toBe(
        'https://sns.us-east-2.amazonaws.com/cert.pem'
      );
      expect(sns.unsubscribeUrl).toBe(
        'https://sns.us-east-2.amazonaws.com/?Action=Unsubscribe'
      );
      expect(sns.subject).toBeUndefined();
      expect(sns.messageAttributes).toEqual({});
    });

    it('names itself in its errors', () => {
      const sns = new SNSMessage({ Type: 'Notification' } as never);

      expectEvtError(
        () => sns.topicArn,
        MissingFieldError,
        'SNSMessage: TopicArn is missing'
      );
    });
  });
});

describe('SNSMessageAttribute', () => {
  const attributes = () =>
    message('sns-event.message-attributes').messageAttributes;

  describe('type', () => {
    it('returns the data type', () => {
      expect(attributes().Test?.type).toBe('String');
      expect(attributes().TestBinary?.type).toBe('Binary');
      expect(attributes().TestNumber?.type).toBe('Number');
      expect(attributes().TestArray?.type).toBe('String.Array');
    });
  });

  describe('value', () => {
    it('returns the value as text', () => {
      expect(attributes().Test?.value).toBe('TestString');
      expect(attributes().TestBinary?.value).toBe('VGVzdEJpbmFyeQ==');
      expect(attributes().TestNumber?.value).toBe('42');
      expect(attributes().TestArray?.value).toBe('["a","b"]');
    });
  });
});

describe('createSNSEvent', () => {
  it('returns a fresh copy of the sample', () => {
    const first = createSNSEvent();

    (first.Records[0] as RawSNSEventRecord).Sns.Message = 'changed';

    expect(createSNSEvent()).toEqual(load());
  });

  it('JSON-encodes a message that is not a string', () => {
    const event = new SNSEvent(createSNSEvent({ message: { level: 'high' } }));

    expect(event.snsMessage).toBe('{"level":"high"}');
  });

  it('sets the message text, subject, topic and attributes', () => {
    const event = new SNSEvent(
      createSNSEvent({
        message: 'plain',
        subject: null,
        topicArn: 'arn:aws:sns:eu-west-1:111122223333:alerts',
        messageAttributes: { level: { Type: 'String', Value: 'high' } },
        sns: { Timestamp: '2024-01-01T00:00:00.000Z' },
      })
    );

    const sns = event.record.sns;

    expect(sns.message).toBe('plain');
    expect(sns.subject).toBeUndefined();
    expect(sns.topicArn).toBe('arn:aws:sns:eu-west-1:111122223333:alerts');
    expect(event.record.eventSubscriptionArn).toBe(
      'arn:aws:sns:eu-west-1:111122223333:alerts:21be56ed-a058-49f5-8c98-aedd2564c486'
    );
    expect(sns.unsubscribeUrl).toBe(
      'https://sns.eu-west-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:eu-west-1:111122223333:alerts:21be56ed-a058-49f5-8c98-aedd2564c486'
    );
    expect(sns.messageAttributes.level?.value).toBe('high');
    expect(sns.timestamp).toBe('2024-01-01T00:00:00.000Z');
  });

  it.each([
    ['aws-cn', 'cn-north-1', 'amazonaws.com.cn'],
    ['aws-us-gov', 'us-gov-west-1', 'amazonaws.com'],
    ['aws-iso', 'us-iso-east-1', 'c2s.ic.gov'],
    ['aws-iso-b', 'us-isob-east-1', 'sc2s.sgov.gov'],
  ])(
    'builds the unsubscribe URL of a %s topic in %s',
    (partition, region, suffix) => {
      const topicArn = `arn:${partition}:sns:${region}:111122223333:alerts`;

      const sns = new SNSEvent(createSNSEvent({ topicArn })).record.sns;

      expect(sns.unsubscribeUrl).toBe(
        `https://sns.${region}.${suffix}/?Action=Unsubscribe&SubscriptionArn=${topicArn}:21be56ed-a058-49f5-8c98-aedd2564c486`
      );
    }
  );
});

describe('malformed input', () => {
  it('throws MissingFieldError when Records is missing', () => {
    const event = new SNSEvent({} as RawSNSEvent);

    expectEvtError(
      () => event.records,
      MissingFieldError,
      'SNSEvent: Records is missing'
    );
  });

  it('throws FieldTypeError when Records is an object', () => {
    const event = new SNSEvent({ Records: {} } as unknown as RawSNSEvent);

    expectEvtError(
      () => event.records,
      FieldTypeError,
      'SNSEvent: Records must be array, got object'
    );
  });

  it('throws MissingFieldError naming Records[0] when Records is empty', () => {
    const event = new SNSEvent({ Records: [] });

    expectEvtError(
      () => event.record,
      MissingFieldError,
      'SNSEvent: Records[0] is missing'
    );
    expectEvtError(
      () => event.snsMessage,
      MissingFieldError,
      'SNSEvent: Records[0] is missing'
    );
  });

  it.each([
    ['eventVersion', 'EventVersion'],
    ['eventSubscriptionArn', 'EventSubscriptionArn'],
    ['eventSource', 'EventSource'],
    ['sns', 'Sns'],
  ] as const)(
    'throws MissingFieldError when %s is missing',
    (getter, field) => {
      const raw = patchEvent<RawSNSEvent>('sns-event', (event) => {
        Object.assign(event.Records[0] as object, { [field]: null });
      });
      const record = new SNSEvent(raw).record;

      expectEvtError(
        () => record[getter],
        MissingFieldError,
        `SNSEvent: Records[0].${field} is missing`
      );
    }
  );

  it('throws FieldTypeError when Sns is a string', () => {
    const raw = patchEvent<RawSNSEvent>('sns-event', (event) => {
      Object.assign(event.Records[0] as object, { Sns: 'x' });
    });
    const record = new SNSEvent(raw).record;

    expectEvtError(
      () => record.sns,
      FieldTypeError,
      'SNSEvent: Records[0].Sns must be object, got string'
    );
  });

  it.each([
    ['timestamp', 'Timestamp'],
    ['messageId', 'MessageId'],
    ['message', 'Message'],
    ['type', 'Type'],
    ['unsubscribeUrl', 'UnsubscribeUrl'],
    ['topicArn', 'TopicArn'],
  ] as const)(
    'throws MissingFieldError when Sns.%s is missing',
    (getter, field) => {
      const raw = patchEvent<RawSNSEvent>('sns-event', (event) => {
        Object.assign((event.Records[0] as RawSNSEventRecord).Sns, {
          [field]: undefined,
        });
      });
      const sns = new SNSEvent(raw).record.sns;

      expectEvtError(
        () => sns[getter],
        MissingFieldError,
        `SNSEvent: Records[0].Sns.${field} is missing`
      );
    }
  );

  it('throws FieldTypeError when Subject is a number', () => {
    const raw = patchEvent<RawSNSEvent>('sns-event', (event) => {
      Object.assign((event.Records[0] as RawSNSEventRecord).Sns, {
        Subject: 3,
      });
    });
    const sns = new SNSEvent(raw).record.sns;

    expectEvtError(
      () => sns.subject,
      FieldTypeError,
      'SNSEvent: Records[0].Sns.Subject must be string, got number'
    );
  });

  it('throws DecodeError when the message is not JSON', () => {
    const sns = message();

    const error = expectEvtError(
      () => sns.jsonMessage,
      DecodeError,
      `SNSEvent: Records[0].Sns.Message is not valid JSON: ${jsonErrorOf('Hello from SNS!')}`
    );

    expect(error.cause).toBeUndefined();
  });

  it('throws DecodeError when decodeNested gets a message that is not JSON', () => {
    const sns = message();

    expectEvtError(
      () => sns.decodeNested(NestedS3Event),
      DecodeError,
      `SNSEvent: Records[0].Sns.Message is not valid JSON: ${jsonErrorOf('Hello from SNS!')}`
    );
  });

  it('throws MissingFieldError when decodeNested gets the JSON null', () => {
    const raw = patchEvent<RawSNSEvent>('sns-event', (event) => {
      (event.Records[0] as RawSNSEventRecord).Sns.Message = 'null';
    });
    const sns = new SNSEvent(raw).record.sns;

    expectEvtError(
      () => sns.decodeNested(NestedS3Event),
      MissingFieldError,
      'SNSEvent: Records[0].Sns.Message is missing'
    );
  });

  it('throws FieldTypeError when MessageAttributes is a string', () => {
    const raw = patchEvent<RawSNSEvent>('sns-event', (event) => {
      Object.assign((event.Records[0] as RawSNSEventRecord).Sns, {
        MessageAttributes: 'x',
      });
    });
    const sns = new SNSEvent(raw).record.sns;

    expectEvtError(
      () => sns.messageAttributes,
      FieldTypeError,
      'SNSEvent: Records[0].Sns.MessageAttributes must be object, got string'
    );
  });

  it('throws FieldTypeError when an attribute is an array', () => {
    const raw = patchEvent<RawSNSEvent>('sns-event', (event) => {
      Object.assign((event.Records[0] as RawSNSEventRecord).Sns, {
        MessageAttributes: { Bad: [] },
      });
    });
    const sns = new SNSEvent(raw).record.sns;

    expectEvtError(
      () => sns.messageAttributes,
      FieldTypeError,
      'SNSEvent: Records[0].Sns.MessageAttributes.Bad must be object, got array'
    );
  });

  it('throws FieldTypeError when an attribute Type is a number', () => {
    const raw = patchEvent<RawSNSEvent>('sns-event', (event) => {
      Object.assign((event.Records[0] as RawSNSEventRecord).Sns, {
        MessageAttributes: { Bad: { Type: 1, Value: 'x' } },
      });
    });
    const attribute = new SNSEvent(raw).record.sns.messageAttributes
      .Bad as SNSMessageAttribute;

    expectEvtError(
      () => attribute.type,
      FieldTypeError,
      'SNSEvent: Records[0].Sns.MessageAttributes.Bad.Type must be string, got number'
    );
  });

  it('throws MissingFieldError when an attribute Value is null', () => {
    const raw = patchEvent<RawSNSEvent>('sns-event', (event) => {
      Object.assign((event.Records[0] as RawSNSEventRecord).Sns, {
        MessageAttributes: { Bad: { Type: 'String', Value: null } },
      });
    });
    const attribute = new SNSEvent(raw).record.sns.messageAttributes
      .Bad as SNSMessageAttribute;

    expectEvtError(
      () => attribute.value,
      MissingFieldError,
      'SNSEvent: Records[0].Sns.MessageAttributes.Bad.Value is missing'
    );
  });
});
