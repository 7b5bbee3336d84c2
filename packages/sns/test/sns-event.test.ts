import { loadEvent } from '@evt/config/events';
import {
  DecodeError,
  EventWrapper,
  FieldTypeError,
  MissingFieldError,
  requireString,
  wrapEach,
} from '@evt/core';
import { describe, expect, it } from 'vitest';
import {
  type RawSNSEvent,
  SNSEvent,
  SNSEventRecord,
  SNSMessage,
  SNSMessageAttribute,
} from '../src/index';
import { createSNSEvent } from '../src/testing';

// A minimal stand-in for @evt/s3's S3Event, so decodeNested is tested without importing
// another evt package.
interface RawNestedS3Record {
  eventName: string;
  s3: { bucket: { name: string }; object: { key: string } };
}

class NestedS3Record extends EventWrapper<RawNestedS3Record> {
  static override readonly typeName: string = 'NestedS3Record';

  get eventName(): string {
    return requireString(this, this.raw.eventName, 'eventName');
  }

  get bucketName(): string {
    return requireString(this, this.raw.s3?.bucket?.name, 's3.bucket.name');
  }

  get objectKey(): string {
    return requireString(this, this.raw.s3?.object?.key, 's3.object.key');
  }
}

class NestedS3Event extends EventWrapper<{ Records: RawNestedS3Record[] }> {
  static override readonly typeName: string = 'NestedS3Event';

  get records(): NestedS3Record[] {
    return wrapEach(this, this.raw.Records, 'Records', NestedS3Record);
  }
}

function load(name: string): SNSEvent {
  return new SNSEvent(loadEvent<RawSNSEvent>(name));
}

function message(name: string): SNSMessage {
  return load(name).record.sns;
}

function withRecord(fields: Record<string, unknown>): SNSEventRecord {
  const raw = loadEvent<RawSNSEvent>('sns-event', { frozen: false });
  Object.assign(raw.Records[0] as object, fields);
  return new SNSEvent(raw).record;
}

function withMessage(fields: Record<string, unknown>): SNSMessage {
  const raw = loadEvent<RawSNSEvent>('sns-event', { frozen: false });
  Object.assign((raw.Records[0] as { Sns: object }).Sns, fields);
  return new SNSEvent(raw).record.sns;
}

describe('SNSEvent', () => {
  describe('records', () => {
    it('returns one SNSEventRecord per record, cached', () => {
      const event = load('sns-event');

      const records = event.records;

      expect(records).toHaveLength(1);
      expect(records[0]).toBeInstanceOf(SNSEventRecord);
      expect(event.records).toBe(records);
    });
  });

  describe('record', () => {
    it('returns the first record', () => {
      const event = load('sns-event');

      expect(event.record).toBe(event.records[0]);
      expect(event.record.eventSource).toBe('aws:sns');
    });
  });

  describe('snsMessage', () => {
    it('returns the message of the first record', () => {
      const event = load('sns-event');

      expect(event.snsMessage).toBe('Hello from SNS!');
    });
  });
});

describe('SNSEventRecord', () => {
  describe('eventVersion', () => {
    it('returns the event version', () => {
      expect(load('sns-event').record.eventVersion).toBe('1.0');
    });
  });

  describe('eventSubscriptionArn', () => {
    it('returns the subscription ARN', () => {
      expect(load('sns-event').record.eventSubscriptionArn).toBe(
        'arn:aws:sns:us-east-1:123456789012:sns-lambda:21be56ed-a058-49f5-8c98-aedd2564c486'
      );
    });
  });

  describe('eventSource', () => {
    it('returns aws:sns', () => {
      expect(load('sns-event').record.eventSource).toBe('aws:sns');
    });
  });

  describe('sns', () => {
    it('returns the notification, cached', () => {
      const record = load('sns-event').record;

      const sns = record.sns;

      expect(sns).toBeInstanceOf(SNSMessage);
      expect(record.sns).toBe(sns);
    });
  });
});

describe('SNSMessage', () => {
  describe('signatureVersion', () => {
    it('returns the signature version', () => {
      expect(message('sns-event').signatureVersion).toBe('1');
    });
  });

  describe('timestamp', () => {
    it('returns the publish time', () => {
      expect(message('sns-event').timestamp).toBe('2019-01-02T12:45:07.000Z');
    });
  });

  describe('signature', () => {
    it('returns the signature', () => {
      expect(message('sns-event').signature).toBe(
        'tcc6faL2yUC6dgZdmrwh1Y4cGa/ebXEkAi6RibDsvpi+tE/1+82j...65r=='
      );
    });
  });

  describe('signingCertUrl', () => {
    it('returns the signing certificate URL', () => {
      expect(message('sns-event').signingCertUrl).toBe(
        'https://sns.us-east-1.amazonaws.com/SimpleNotificationService-ac565b8b1a6c5d002d285f9598aa1d9b.pem'
      );
    });

    it('reads the SigningCertURL spelling of SQS deliveries', () => {
      const sns = withMessage({
        SigningCertUrl: undefined,
        SigningCertURL: 'https://example.com/cert.pem',
      });

      expect(sns.signingCertUrl).toBe('https://example.com/cert.pem');
    });
  });

  describe('messageId', () => {
    it('returns the message ID', () => {
      expect(message('sns-event').messageId).toBe(
        '95df01b4-ee98-5cb9-9903-4c221d41eb5e'
      );
    });
  });

  describe('message', () => {
    it('returns the message', () => {
      expect(message('sns-event').message).toBe('Hello from SNS!');
    });
  });

  describe('jsonMessage', () => {
    it('returns the message parsed as JSON, cached', () => {
      const sns = message('sns-event.no-subject');

      const parsed = sns.jsonMessage;

      expect(parsed).toEqual({ orderId: '1234', status: 'shipped' });
      expect(sns.jsonMessage).toBe(parsed);
    });

    it('uses the jsonDeserializer option', () => {
      const event = new SNSEvent(loadEvent<RawSNSEvent>('sns-event'), {
        jsonDeserializer: (text) => text.toUpperCase(),
      });

      expect(event.record.sns.jsonMessage).toBe('HELLO FROM SNS!');
    });
  });

  describe('messageAttributes', () => {
    it('returns each attribute wrapped, by name, cached', () => {
      const sns = message('sns-event.message-attributes');

      const attributes = sns.messageAttributes;

      expect(Object.keys(attributes)).toEqual([
        'Test',
        'TestBinary',
        'TestNumber',
        'TestArray',
      ]);
      expect(attributes.Test).toBeInstanceOf(SNSMessageAttribute);
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
      expect(message('sns-event').messageAttributes).toEqual({});
    });

    it('returns an empty object when the field is absent', () => {
      const sns = withMessage({ MessageAttributes: undefined });

      expect(sns.messageAttributes).toEqual({});
    });
  });

  describe('type', () => {
    it('returns the message type', () => {
      expect(message('sns-event').type).toBe('Notification');
    });
  });

  describe('unsubscribeUrl', () => {
    it('returns the unsubscribe URL', () => {
      expect(message('sns-event').unsubscribeUrl).toBe(
        'https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:us-east-1:123456789012:sns-lambda:21be56ed-a058-49f5-8c98-aedd2564c486'
      );
    });

    it('reads the UnsubscribeURL spelling of SQS deliveries', () => {
      const sns = withMessage({
        UnsubscribeUrl: undefined,
        UnsubscribeURL: 'https://example.com/unsubscribe',
      });

      expect(sns.unsubscribeUrl).toBe('https://example.com/unsubscribe');
    });
  });

  describe('topicArn', () => {
    it('returns the topic ARN', () => {
      expect(message('sns-event').topicArn).toBe(
        'arn:aws:sns:us-east-1:123456789012:sns-lambda'
      );
    });
  });

  describe('subject', () => {
    it('returns the subject', () => {
      expect(message('sns-event').subject).toBe('TestInvoke');
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
      expect(nested.records[0]?.eventName).toBe('ObjectCreated:Put');
      expect(nested.records[0]?.bucketName).toBe('amzn-s3-demo-bucket');
      expect(nested.records[0]?.objectKey).toBe('HappyFace.jpg');
    });

    it('names the full path in errors inside the nested event', () => {
      const sns = withMessage({
        Message: JSON.stringify({ Records: [{ eventName: 'x', s3: {} }] }),
      });

      const nested = sns.decodeNested(NestedS3Event).records[0];

      expect(() => nested?.objectKey).toThrow(MissingFieldError);
      expect(() => nested?.objectKey).toThrow(
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

    (first.Records[0] as { Sns: { Message: string } }).Sns.Message = 'changed';

    expect(new SNSEvent(createSNSEvent()).snsMessage).toBe('Hello from SNS!');
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
});

describe('malformed input', () => {
  it('throws MissingFieldError when Records is missing', () => {
    const event = new SNSEvent({} as RawSNSEvent);

    expect(() => event.records).toThrow(MissingFieldError);
    expect(() => event.records).toThrow('SNSEvent: Records is missing');
  });

  it('throws FieldTypeError when Records is an object', () => {
    const event = new SNSEvent({ Records: {} } as unknown as RawSNSEvent);

    expect(() => event.records).toThrow(FieldTypeError);
    expect(() => event.records).toThrow(
      'SNSEvent: Records must be array, got object'
    );
  });

  it('throws MissingFieldError from record when Records is empty', () => {
    const event = new SNSEvent({ Records: [] });

    expect(() => event.record).toThrow(MissingFieldError);
    expect(() => event.record).toThrow('SNSEvent: Records[0] is missing');
    expect(() => event.snsMessage).toThrow('SNSEvent: Records[0] is missing');
  });

  it.each([
    ['eventVersion', 'EventVersion'],
    ['eventSubscriptionArn', 'EventSubscriptionArn'],
    ['eventSource', 'EventSource'],
    ['sns', 'Sns'],
  ] as const)(
    'throws MissingFieldError when %s is missing',
    (getter, field) => {
      const record = withRecord({ [field]: null });

      expect(() => record[getter]).toThrow(MissingFieldError);
      expect(() => record[getter]).toThrow(
        `SNSEvent: Records[0].${field} is missing`
      );
    }
  );

  it('throws FieldTypeError when Sns is a string', () => {
    const record = withRecord({ Sns: 'x' });

    expect(() => record.sns).toThrow(FieldTypeError);
    expect(() => record.sns).toThrow(
      'SNSEvent: Records[0].Sns must be object, got string'
    );
  });

  it.each([
    ['signatureVersion', 'SignatureVersion'],
    ['timestamp', 'Timestamp'],
    ['signature', 'Signature'],
    ['signingCertUrl', 'SigningCertUrl'],
    ['messageId', 'MessageId'],
    ['message', 'Message'],
    ['type', 'Type'],
    ['unsubscribeUrl', 'UnsubscribeUrl'],
    ['topicArn', 'TopicArn'],
  ] as const)(
    'throws MissingFieldError when Sns.%s is missing',
    (getter, field) => {
      const sns = withMessage({ [field]: undefined });

      expect(() => sns[getter]).toThrow(MissingFieldError);
      expect(() => sns[getter]).toThrow(
        `SNSEvent: Records[0].Sns.${field} is missing`
      );
    }
  );

  it('throws FieldTypeError when Subject is a number', () => {
    const sns = withMessage({ Subject: 3 });

    expect(() => sns.subject).toThrow(FieldTypeError);
    expect(() => sns.subject).toThrow(
      'SNSEvent: Records[0].Sns.Subject must be string, got number'
    );
  });

  it('throws DecodeError when the message is not JSON', () => {
    const sns = message('sns-event');

    expect(() => sns.jsonMessage).toThrow(DecodeError);
    expect(() => sns.jsonMessage).toThrow(
      /^SNSEvent: Records\[0\]\.Sns\.Message is not valid JSON: /
    );
  });

  it('throws DecodeError when decodeNested gets a message that is not JSON', () => {
    const sns = message('sns-event');

    expect(() => sns.decodeNested(NestedS3Event)).toThrow(DecodeError);
    expect(() => sns.decodeNested(NestedS3Event)).toThrow(
      /^SNSEvent: Records\[0\]\.Sns\.Message is not valid JSON: /
    );
  });

  it('throws MissingFieldError when decodeNested gets the JSON null', () => {
    const sns = withMessage({ Message: 'null' });

    expect(() => sns.decodeNested(NestedS3Event)).toThrow(MissingFieldError);
    expect(() => sns.decodeNested(NestedS3Event)).toThrow(
      'SNSEvent: Records[0].Sns.Message is missing'
    );
  });

  it('throws FieldTypeError when MessageAttributes is a string', () => {
    const sns = withMessage({ MessageAttributes: 'x' });

    expect(() => sns.messageAttributes).toThrow(FieldTypeError);
    expect(() => sns.messageAttributes).toThrow(
      'SNSEvent: Records[0].Sns.MessageAttributes must be object, got string'
    );
  });

  it('throws FieldTypeError when an attribute is an array', () => {
    const sns = withMessage({ MessageAttributes: { Bad: [] } });

    expect(() => sns.messageAttributes).toThrow(FieldTypeError);
    expect(() => sns.messageAttributes).toThrow(
      'SNSEvent: Records[0].Sns.MessageAttributes.Bad must be object, got array'
    );
  });

  it('throws FieldTypeError when an attribute Type is a number', () => {
    const attribute = withMessage({
      MessageAttributes: { Bad: { Type: 1, Value: 'x' } },
    }).messageAttributes.Bad as SNSMessageAttribute;

    expect(() => attribute.type).toThrow(FieldTypeError);
    expect(() => attribute.type).toThrow(
      'SNSEvent: Records[0].Sns.MessageAttributes.Bad.Type must be string, got number'
    );
  });

  it('throws MissingFieldError when an attribute Value is null', () => {
    const attribute = withMessage({
      MessageAttributes: { Bad: { Type: 'String', Value: null } },
    }).messageAttributes.Bad as SNSMessageAttribute;

    expect(() => attribute.value).toThrow(MissingFieldError);
    expect(() => attribute.value).toThrow(
      'SNSEvent: Records[0].Sns.MessageAttributes.Bad.Value is missing'
    );
  });
});
