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
  type RawSQSEvent,
  type RawSQSRecord,
  SQSEvent,
  SQSMessageAttribute,
  SQSRecord,
  SQSRecordAttributes,
} from '../src/index';
import { createSQSEvent } from '../src/testing';

const { NestedS3Event, NestedSNSMessage } = nestedStandIns({
  EventWrapper,
  requireString,
  wrapEach,
});

const load = (name = 'sqs-event'): RawSQSEvent => loadEvent<RawSQSEvent>(name);

const firstRecord = (name = 'sqs-event'): SQSRecord =>
  new SQSEvent(load(name)).records[0] as SQSRecord;

const recordOf = (raw: RawSQSEvent): SQSRecord =>
  new SQSEvent(raw).records[0] as SQSRecord;

describe('SQSEvent', () => {
  describe('records', () => {
    it('wraps each message of the batch, in order', () => {
      const raw = load();

      const records = new SQSEvent(raw).records;

      expect(records).toHaveLength(2);
      expect(records[0]).toBeInstanceOf(SQSRecord);
      expect(records[0]?.rawEvent).toBe(raw.Records[0]);
      expect(records[1]?.rawEvent).toBe(raw.Records[1]);
      expect(records.map((record) => record.messageId)).toEqual([
        '059f36b4-87a3-44ab-83d2-661975830a7d',
        '2e1424d4-f796-459a-8184-9c92662be6da',
      ]);
    });

    it('returns the same array on every access', () => {
      const event = new SQSEvent(load());

      const first = event.records;

      expect(event.records).toBe(first);
    });
  });

  describe('rawEvent', () => {
    it('returns the event it was built with', () => {
      const raw = load();

      const event = new SQSEvent(raw);

      expect(event.rawEvent).toBe(raw);
      expect(JSON.stringify(event)).toBe(JSON.stringify(raw));
    });
  });
});

describe('SQSRecord', () => {
  describe('messageId', () => {
    it('returns the message ID', () => {
      const record = firstRecord();

      expect(record.messageId).toBe('059f36b4-87a3-44ab-83d2-661975830a7d');
    });
  });

  describe('receiptHandle', () => {
    it('returns the receipt handle', () => {
      const record = firstRecord();

      expect(record.receiptHandle).toBe(
        'AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a...'
      );
    });
  });

  describe('body', () => {
    it('returns the body text', () => {
      const record = firstRecord();

      expect(record.body).toBe('Test message.');
    });
  });

  describe('jsonBody', () => {
    it('returns the body parsed as JSON', () => {
      const record = firstRecord('sqs-event.message-attributes');

      expect(record.jsonBody).toEqual({ foo: 'bar' });
    });

    it('parses once and returns the cached value', () => {
      const deserializer = counted(JSON.parse);
      const record = new SQSEvent(load('sqs-event.dlq-redrive'), {
        jsonDeserializer: deserializer,
      }).records[0] as SQSRecord;

      const first = record.jsonBody;

      expect(record.jsonBody).toBe(first);
      expect(deserializer.calls).toBe(1);
    });

    it('uses the jsonDeserializer option', () => {
      const event = new SQSEvent(load(), {
        jsonDeserializer: (text) => ({ length: text.length }),
      });

      expect(event.records[0]?.jsonBody).toEqual({ length: 13 });
    });

    it('caches an undefined result', () => {
      const deserializer = counted(() => undefined);
      const record = new SQSEvent(load(), { jsonDeserializer: deserializer })
        .records[0] as SQSRecord;

      record.jsonBody;
      record.jsonBody;

      expect(record.jsonBody).toBeUndefined();
      expect(deserializer.calls).toBe(1);
    });
  });

  describe('attributes', () => {
    it('wraps the system attributes of the message, cached', () => {
      const raw = load();
      const record = recordOf(raw);

      const attributes = record.attributes;

      expect(attributes).toBeInstanceOf(SQSRecordAttributes);
      expect(attributes).toBeInstanceOf(EventWrapper);
      expect(attributes.rawEvent).toBe(raw.Records[0]?.attributes);
      expect(record.attributes).toBe(attributes);
    });
  });

  describe('messageAttributes', () => {
    it('wraps each attribute by name, cached', () => {
      const raw = load('sqs-event.message-attributes');
      const record = recordOf(raw);

      const attributes = record.messageAttributes;

      expect(Object.keys(attributes)).toEqual([
        'Author',
        'WeeksOn',
        'Thumbnail',
      ]);
      expect(attributes.Author).toBeInstanceOf(SQSMessageAttribute);
      expect(attributes.Author?.rawEvent).toBe(
        raw.Records[0]?.messageAttributes?.Author
      );
      expect(attributes.Thumbnail?.rawEvent).toBe(
        raw.Records[0]?.messageAttributes?.Thumbnail
      );
      expect(record.messageAttributes).toBe(attributes);
    });

    it('returns undefined for a name the message does not carry', () => {
      const record = firstRecord();

      expect(record.messageAttributes.missing).toBeUndefined();
      expect(record.messageAttributes.constructor).toBeUndefined();
    });

    it('returns an empty object when the message has none', () => {
      const record = new SQSEvent(load()).records[1] as SQSRecord;

      expect(record.messageAttributes).toEqual({});
    });

    it('returns an empty object when the field is absent', () => {
      const record = recordOf(
        patchEvent<RawSQSEvent>('sqs-event', (event) => {
          Object.assign(event.Records[0] as object, {
            messageAttributes: undefined,
          });
        })
      );

      expect(record.messageAttributes).toEqual({});
    });
  });

  describe('md5OfBody', () => {
    it('returns the MD5 digest of the body', () => {
      const record = firstRecord();

      expect(record.md5OfBody).toBe('e4e68fb7bd0e697a0ae8f1bb342846b3');
    });
  });

  describe('md5OfMessageAttributes', () => {
    it('returns the MD5 digest of the message attributes', () => {
      const record = firstRecord('sqs-event.message-attributes');

      expect(record.md5OfMessageAttributes).toBe(
        'd25a6aea97eb8f585bfa92d314504a92'
      );
    });

    it('returns undefined when the message has none', () => {
      const record = firstRecord();

      expect(record.md5OfMessageAttributes).toBeUndefined();
    });

    it('returns undefined when AWS sends null', () => {
      const record = recordOf(
        patchEvent<RawSQSEvent>('sqs-event', (event) => {
          Object.assign(event.Records[0] as object, {
            md5OfMessageAttributes: null,
          });
        })
      );

      expect(record.md5OfMessageAttributes).toBeUndefined();
    });
  });

  describe('eventSource', () => {
    it('returns aws:sqs', () => {
      const record = firstRecord();

      expect(record.eventSource).toBe('aws:sqs');
    });
  });

  describe('eventSourceArn', () => {
    it('returns the queue ARN', () => {
      const record = firstRecord('sqs-event.fifo');

      expect(record.eventSourceArn).toBe(
        'arn:aws:sqs:us-east-2:123456789012:fifo.fifo'
      );
    });
  });

  describe('awsRegion', () => {
    it('returns the region', () => {
      const record = firstRecord('sqs-event.message-attributes');

      expect(record.awsRegion).toBe('us-west-2');
    });
  });

  describe('queueUrl', () => {
    it('returns the URL built from the ARN', () => {
      const record = firstRecord();

      expect(record.queueUrl).toBe(
        'https://sqs.us-east-2.amazonaws.com/123456789012/my-queue'
      );
    });

    it('reads the ARN once and returns the cached URL', () => {
      let arnReads = 0;
      const raw = new Proxy(load('sqs-event.fifo').Records[0] as RawSQSRecord, {
        get(target, key, receiver) {
          if (key === 'eventSourceARN') arnReads++;
          return Reflect.get(target, key, receiver);
        },
      });
      const record = new SQSRecord(raw);

      const url = record.queueUrl;

      expect(url).toBe(
        'https://sqs.us-east-2.amazonaws.com/123456789012/fifo.fifo'
      );
      expect(record.queueUrl).toBe(url);
      expect(arnReads).toBe(1);
    });

    // One queue ARN per partition, with the Region, account and DNS suffix the queue URL
    // must carry there (the AWS SDKs' partition data).
    it.each([
      ['aws', 'eu-central-1', 'amazonaws.com'],
      ['aws-cn', 'cn-north-1', 'amazonaws.com.cn'],
      ['aws-cn', 'cn-northwest-1', 'amazonaws.com.cn'],
      ['aws-us-gov', 'us-gov-west-1', 'amazonaws.com'],
      ['aws-iso', 'us-iso-east-1', 'c2s.ic.gov'],
      ['aws-iso-b', 'us-isob-east-1', 'sc2s.sgov.gov'],
      ['aws-iso-e', 'eu-isoe-west-1', 'cloud.adc-e.uk'],
      ['aws-iso-f', 'us-isof-south-1', 'csp.hci.ic.gov'],
      ['aws-eusc', 'eusc-de-east-1', 'amazonaws.eu'],
    ])('returns the %s URL for a queue in %s', (partition, region, suffix) => {
      const record = recordOf(
        patchEvent<RawSQSEvent>('sqs-event', (event) => {
          Object.assign(event.Records[0] as object, {
            eventSourceARN: `arn:${partition}:sqs:${region}:123456789012:orders`,
            awsRegion: region,
          });
        })
      );

      expect(record.queueUrl).toBe(
        `https://sqs.${region}.${suffix}/123456789012/orders`
      );
    });

    it("uses the Region's partition when the ARN names a partition evt does not know", () => {
      const record = recordOf(
        patchEvent<RawSQSEvent>('sqs-event', (event) => {
          Object.assign(event.Records[0] as object, {
            eventSourceARN: 'arn:aws-future:sqs:cn-north-1:123456789012:orders',
          });
        })
      );

      expect(record.queueUrl).toBe(
        'https://sqs.cn-north-1.amazonaws.com.cn/123456789012/orders'
      );
    });
  });

  describe('decodeNested', () => {
    it('returns the body wrapped in the given class (S3 notification)', () => {
      const record = firstRecord('sqs-event.s3-notification');

      const nested = record.decodeNested(NestedS3Event);

      expect(nested).toBeInstanceOf(NestedS3Event);
      expect(nested.rawEvent).toEqual(JSON.parse(record.body));
      expect(nested.records[0]?.eventName).toBe('ObjectCreated:Put');
      expect(nested.records[0]?.bucketName).toBe('amzn-s3-demo-bucket');
      expect(nested.records[0]?.objectKey).toBe('HappyFace.jpg');
    });

    it('returns the body wrapped in the given class (SNS envelope)', () => {
      const record = firstRecord('sqs-event.sns-envelope');

      const nested = record.decodeNested(NestedSNSMessage);

      expect(nested).toBeInstanceOf(NestedSNSMessage);
      expect(nested.topicArn).toBe(
        'arn:aws:sns:us-east-2:123456789012:MyTopic'
      );
      expect(nested.message).toBe('{"orderId":"1234"}');
    });

    it('returns the unsigned envelope of a FIFO topic wrapped in the given class', () => {
      const record = firstRecord('sqs-event.sns-fifo-envelope');

      const nested = record.decodeNested(NestedSNSMessage);

      expect(nested.topicArn).toBe(
        'arn:aws:sns:eu-central-1:123456789012:orders.fifo'
      );
      expect(nested.message).toBe('{"orderId":"A-1042","status":"PACKED"}');
      expect(record.attributes.messageGroupId).toBe('A-1042');
    });

    it('names the full path in errors inside the nested event', () => {
      const body = JSON.stringify({ Records: [{ eventName: 'x', s3: {} }] });
      const nested = recordOf(
        patchEvent<RawSQSEvent>('sqs-event', (event) => {
          Object.assign(event.Records[0] as object, { body });
        })
      ).decodeNested(NestedS3Event).records[0];

      expectEvtError(
        () => nested?.bucketName,
        MissingFieldError,
        'SQSEvent: Records[0].body.Records[0].s3.bucket.name is missing'
      );
    });
  });
});

describe('SQSRecordAttributes', () => {
  describe('approximateReceiveCount', () => {
    it('returns the receive count', () => {
      const attributes = firstRecord('sqs-event.dlq-redrive').attributes;

      expect(attributes.approximateReceiveCount).toBe('4');
    });
  });

  describe('sentTimestamp', () => {
    it('returns the send time', () => {
      const attributes = firstRecord().attributes;

      expect(attributes.sentTimestamp).toBe('1545082649183');
    });
  });

  describe('senderId', () => {
    it('returns the sender ID', () => {
      const attributes = firstRecord().attributes;

      expect(attributes.senderId).toBe('AIDAIENQZJOLO23YVJ4VO');
    });
  });

  describe('approximateFirstReceiveTimestamp', () => {
    it('returns the first receive time', () => {
      const attributes = firstRecord().attributes;

      expect(attributes.approximateFirstReceiveTimestamp).toBe('1545082649185');
    });
  });

  describe('awsTraceHeader', () => {
    it('returns the X-Ray trace header', () => {
      const attributes = firstRecord('sqs-event.message-attributes').attributes;

      expect(attributes.awsTraceHeader).toBe(
        'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1'
      );
    });

    it('returns undefined when absent', () => {
      const attributes = firstRecord().attributes;

      expect(attributes.awsTraceHeader).toBeUndefined();
    });
  });

  describe('sequenceNumber', () => {
    it('returns the FIFO sequence number', () => {
      const attributes = firstRecord('sqs-event.fifo').attributes;

      expect(attributes.sequenceNumber).toBe('18849496460467696128');
    });

    it('returns undefined for a standard queue', () => {
      const attributes = firstRecord().attributes;

      expect(attributes.sequenceNumber).toBeUndefined();
    });
  });

  describe('messageGroupId', () => {
    it('returns the FIFO message group', () => {
      const attributes = firstRecord('sqs-event.fifo').attributes;

      expect(attributes.messageGroupId).toBe('1');
    });

    it('returns undefined for a standard queue', () => {
      const attributes = firstRecord().attributes;

      expect(attributes.messageGroupId).toBeUndefined();
    });
  });

  describe('messageDeduplicationId', () => {
    it('returns the FIFO deduplication ID', () => {
      const attributes = firstRecord('sqs-event.fifo').attributes;

      expect(attributes.messageDeduplicationId).toBe('1');
    });

    it('returns undefined for a standard queue', () => {
      const attributes = firstRecord().attributes;

      expect(attributes.messageDeduplicationId).toBeUndefined();
    });
  });

  describe('deadLetterQueueSourceArn', () => {
    it('returns the source queue of a redriven message', () => {
      const attributes = firstRecord('sqs-event.dlq-redrive').attributes;

      expect(attributes.deadLetterQueueSourceArn).toBe(
        'arn:aws:sqs:us-east-2:123456789012:my-queue'
      );
    });

    it('returns undefined when the message was not redriven', () => {
      const attributes = firstRecord().attributes;

      expect(attributes.deadLetterQueueSourceArn).toBeUndefined();
    });
  });
});

describe('SQSMessageAttribute', () => {
  const attributes = () =>
    firstRecord('sqs-event.message-attributes').messageAttributes;

  /** The `broken` attribute of a sample whose first record carries only it. */
  const attributeOf = (raw: unknown): SQSMessageAttribute =>
    recordOf(
      patchEvent<RawSQSEvent>('sqs-event', (event) => {
        Object.assign(event.Records[0] as object, {
          messageAttributes: { broken: raw },
        });
      })
    ).messageAttributes.broken as SQSMessageAttribute;

  describe('stringValue', () => {
    it('returns the value of a String attribute', () => {
      expect(attributes().Author?.stringValue).toBe('John Grisham');
    });

    it('returns the value of a Number attribute', () => {
      expect(attributes().WeeksOn?.stringValue).toBe('6');
    });

    it('returns undefined for a Binary attribute', () => {
      expect(attributes().Thumbnail?.stringValue).toBeUndefined();
    });
  });

  describe('binaryValue', () => {
    it('returns the base64 value of a Binary attribute', () => {
      expect(attributes().Thumbnail?.binaryValue).toBe(
        'iVBORw0KGgoAAAANSUhEUg=='
      );
    });

    it('returns undefined for a String attribute', () => {
      expect(attributes().Author?.binaryValue).toBeUndefined();
    });
  });

  describe('decodedBinaryValue', () => {
    it('returns the decoded bytes, cached', () => {
      const thumbnail = attributes().Thumbnail as SQSMessageAttribute;

      const bytes = thumbnail.decodedBinaryValue;

      expect(Array.from(bytes ?? [])).toEqual([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49,
        0x48, 0x44, 0x52,
      ]);
      expect(thumbnail.decodedBinaryValue).toBe(bytes);
    });

    it('returns undefined for a String attribute', () => {
      expect(attributes().Author?.decodedBinaryValue).toBeUndefined();
    });
  });

  describe('dataType', () => {
    it('returns the data type', () => {
      expect(attributes().Author?.dataType).toBe('String');
      expect(attributes().WeeksOn?.dataType).toBe('Number');
      expect(attributes().Thumbnail?.dataType).toBe('Binary');
    });
  });

  describe('stringListValues', () => {
    it('returns the (reserved, empty) list', () => {
      expect(attributes().Author?.stringListValues).toEqual([]);
    });

    it('returns the list items when present', () => {
      const attribute = attributeOf({
        dataType: 'String',
        stringListValues: ['a', 'b'],
      });

      expect(attribute.stringListValues).toEqual(['a', 'b']);
    });

    it('returns an empty array when absent', () => {
      const attribute = attributeOf({ dataType: 'String' });

      expect(attribute.stringListValues).toEqual([]);
    });
  });

  describe('binaryListValues', () => {
    it('returns the (reserved, empty) list', () => {
      expect(attributes().Thumbnail?.binaryListValues).toEqual([]);
    });

    it('returns the list items when present', () => {
      const attribute = attributeOf({
        dataType: 'Binary',
        binaryListValues: ['AAE='],
      });

      expect(attribute.binaryListValues).toEqual(['AAE=']);
    });

    it('returns an empty array when absent', () => {
      const attribute = attributeOf({ dataType: 'Binary' });

      expect(attribute.binaryListValues).toEqual([]);
    });
  });

  describe('malformed input', () => {
    it('throws MissingFieldError when dataType is missing', () => {
      const attribute = attributeOf({ stringValue: 'x' });

      expectEvtError(
        () => attribute.dataType,
        MissingFieldError,
        'SQSEvent: Records[0].messageAttributes.broken.dataType is missing'
      );
    });

    it('throws FieldTypeError when stringValue is a number', () => {
      const attribute = attributeOf({ dataType: 'String', stringValue: 1 });

      expectEvtError(
        () => attribute.stringValue,
        FieldTypeError,
        'SQSEvent: Records[0].messageAttributes.broken.stringValue must be string, got number'
      );
    });

    it('throws DecodeError when binaryValue is not base64', () => {
      const attribute = attributeOf({
        dataType: 'Binary',
        binaryValue: 'not base64!',
      });

      expectEvtError(
        () => attribute.decodedBinaryValue,
        DecodeError,
        'SQSEvent: Records[0].messageAttributes.broken.binaryValue is not valid base64: unexpected character, padding or length'
      );
    });

    it('throws FieldTypeError when a stringListValues item is not a string', () => {
      const attribute = attributeOf({
        dataType: 'String',
        stringListValues: ['a', 2],
      });

      expectEvtError(
        () => attribute.stringListValues,
        FieldTypeError,
        'SQSEvent: Records[0].messageAttributes.broken.stringListValues[1] must be string, got number'
      );
    });

    it('throws FieldTypeError when binaryListValues is an object', () => {
      const attribute = attributeOf({
        dataType: 'Binary',
        binaryListValues: {},
      });

      expectEvtError(
        () => attribute.binaryListValues,
        FieldTypeError,
        'SQSEvent: Records[0].messageAttributes.broken.binaryListValues must be array, got object'
      );
    });
  });
});

describe('createSQSEvent', () => {
  it('returns a fresh copy of the standard sample', () => {
    const first = createSQSEvent();

    first.Records.pop();

    expect(createSQSEvent()).toEqual(load());
  });

  it('returns the FIFO sample', () => {
    const event = new SQSEvent(createSQSEvent({ fifo: true }));

    expect(event.records[0]?.attributes.messageGroupId).toBe('1');
  });

  it('builds one record per body, JSON-encoding objects', () => {
    const event = new SQSEvent(
      createSQSEvent({ bodies: [{ orderId: '1' }, 'plain'] })
    );

    expect(event.records.map((record) => record.body)).toEqual([
      '{"orderId":"1"}',
      'plain',
    ]);
    expect(event.records.map((record) => record.messageId)).toEqual([
      '059f36b4-87a3-44ab-83d2-661975830000',
      '059f36b4-87a3-44ab-83d2-661975830001',
    ]);
  });

  it('sets the body, queue and record fields of every record', () => {
    const event = new SQSEvent(
      createSQSEvent({
        body: { ok: true },
        queueArn: 'arn:aws:sqs:eu-west-1:111122223333:orders',
        record: { md5OfBody: 'x' },
      })
    );

    const record = event.records[1] as SQSRecord;

    expect(record.jsonBody).toEqual({ ok: true });
    expect(record.awsRegion).toBe('eu-west-1');
    expect(record.queueUrl).toBe(
      'https://sqs.eu-west-1.amazonaws.com/111122223333/orders'
    );
    expect(record.md5OfBody).toBe('x');
  });

  it('keeps the region when the queue ARN has none', () => {
    const event = createSQSEvent({ queueArn: 'not-an-arn' });

    expect(event.Records[0]?.awsRegion).toBe('us-east-2');
  });
});

describe('malformed input', () => {
  it('throws MissingFieldError when Records is missing', () => {
    const event = new SQSEvent({} as RawSQSEvent);

    expectEvtError(
      () => event.records,
      MissingFieldError,
      'SQSEvent: Records is missing'
    );
  });

  it('throws FieldTypeError when Records is not an array', () => {
    const event = new SQSEvent({ Records: 'x' } as unknown as RawSQSEvent);

    expectEvtError(
      () => event.records,
      FieldTypeError,
      'SQSEvent: Records must be array, got string'
    );
  });

  it('throws FieldTypeError when a record is not an object', () => {
    const event = new SQSEvent({ Records: [1] } as unknown as RawSQSEvent);

    expectEvtError(
      () => event.records,
      FieldTypeError,
      'SQSEvent: Records[0] must be object, got number'
    );
  });

  it('throws FieldTypeError when the event is not an object', () => {
    expectEvtError(
      () => new SQSEvent('x' as unknown as RawSQSEvent),
      FieldTypeError,
      'SQSEvent must be object, got string'
    );
  });

  it.each([
    ['messageId', 'messageId'],
    ['receiptHandle', 'receiptHandle'],
    ['body', 'body'],
    ['md5OfBody', 'md5OfBody'],
    ['eventSource', 'eventSource'],
    ['eventSourceArn', 'eventSourceARN'],
    ['awsRegion', 'awsRegion'],
    ['queueUrl', 'eventSourceARN'],
  ] as const)(
    'throws MissingFieldError when %s is missing',
    (getter, field) => {
      const record = recordOf(
        patchEvent<RawSQSEvent>('sqs-event', (event) => {
          Object.assign(event.Records[0] as object, { [field]: undefined });
        })
      );

      expectEvtError(
        () => record[getter],
        MissingFieldError,
        `SQSEvent: Records[0].${field} is missing`
      );
    }
  );

  it('throws FieldTypeError when body is a number', () => {
    const record = recordOf(
      patchEvent<RawSQSEvent>('sqs-event', (event) => {
        Object.assign(event.Records[0] as object, { body: 42 });
      })
    );

    expectEvtError(
      () => record.jsonBody,
      FieldTypeError,
      'SQSEvent: Records[0].body must be string, got number'
    );
  });

  it('throws DecodeError when the body is not JSON', () => {
    const record = firstRecord();

    const error = expectEvtError(
      () => record.jsonBody,
      DecodeError,
      `SQSEvent: Records[0].body is not valid JSON: ${jsonErrorOf('Test message.')}`
    );

    expect(error.cause).toBeUndefined();
  });

  it('throws DecodeError when decodeNested gets a body that is not JSON', () => {
    const record = firstRecord();

    expectEvtError(
      () => record.decodeNested(NestedS3Event),
      DecodeError,
      `SQSEvent: Records[0].body is not valid JSON: ${jsonErrorOf('Test message.')}`
    );
  });

  it('throws FieldTypeError when decodeNested gets a JSON body that is not an object', () => {
    const record = recordOf(
      patchEvent<RawSQSEvent>('sqs-event', (event) => {
        Object.assign(event.Records[0] as object, { body: '[1,2]' });
      })
    );

    expectEvtError(
      () => record.decodeNested(NestedS3Event),
      FieldTypeError,
      'SQSEvent: Records[0].body must be object, got array'
    );
  });

  it('throws DecodeError when the ARN has too few parts for queueUrl', () => {
    const record = recordOf(
      patchEvent<RawSQSEvent>('sqs-event', (event) => {
        Object.assign(event.Records[0] as object, {
          eventSourceARN: 'arn:aws:sqs:us-east-2',
        });
      })
    );

    expectEvtError(
      () => record.queueUrl,
      DecodeError,
      'SQSEvent: Records[0].eventSourceARN is not valid SQS queue ARN: expected arn:<partition>:sqs:<region>:<account>:<queue>'
    );
  });

  it('throws FieldTypeError when md5OfMessageAttributes is a number', () => {
    const record = recordOf(
      patchEvent<RawSQSEvent>('sqs-event', (event) => {
        Object.assign(event.Records[0] as object, {
          md5OfMessageAttributes: 5,
        });
      })
    );

    expectEvtError(
      () => record.md5OfMessageAttributes,
      FieldTypeError,
      'SQSEvent: Records[0].md5OfMessageAttributes must be string, got number'
    );
  });

  it('throws MissingFieldError when attributes is missing', () => {
    const record = recordOf(
      patchEvent<RawSQSEvent>('sqs-event', (event) => {
        Object.assign(event.Records[0] as object, { attributes: null });
      })
    );

    expectEvtError(
      () => record.attributes,
      MissingFieldError,
      'SQSEvent: Records[0].attributes is missing'
    );
  });

  it('throws FieldTypeError when attributes is a string', () => {
    const record = recordOf(
      patchEvent<RawSQSEvent>('sqs-event', (event) => {
        Object.assign(event.Records[0] as object, { attributes: 'x' });
      })
    );

    expectEvtError(
      () => record.attributes,
      FieldTypeError,
      'SQSEvent: Records[0].attributes must be object, got string'
    );
  });

  it.each([
    ['approximateReceiveCount', 'ApproximateReceiveCount'],
    ['sentTimestamp', 'SentTimestamp'],
    ['senderId', 'SenderId'],
    ['approximateFirstReceiveTimestamp', 'ApproximateFirstReceiveTimestamp'],
  ] as const)(
    'throws MissingFieldError when attributes.%s is missing',
    (getter, field) => {
      const raw = patchEvent<RawSQSEvent>('sqs-event', (event) => {
        Object.assign((event.Records[0] as RawSQSRecord).attributes, {
          [field]: undefined,
        });
      });
      const attributes = recordOf(raw).attributes;

      expectEvtError(
        () => attributes[getter],
        MissingFieldError,
        `SQSEvent: Records[0].attributes.${field} is missing`
      );
    }
  );

  it.each([
    ['awsTraceHeader', 'AWSTraceHeader'],
    ['sequenceNumber', 'SequenceNumber'],
    ['messageGroupId', 'MessageGroupId'],
    ['messageDeduplicationId', 'MessageDeduplicationId'],
    ['deadLetterQueueSourceArn', 'DeadLetterQueueSourceArn'],
  ] as const)(
    'throws FieldTypeError when attributes.%s is a number',
    (getter, field) => {
      const raw = patchEvent<RawSQSEvent>('sqs-event', (event) => {
        Object.assign((event.Records[0] as RawSQSRecord).attributes, {
          [field]: 1,
        });
      });
      const attributes = recordOf(raw).attributes;

      expectEvtError(
        () => attributes[getter],
        FieldTypeError,
        `SQSEvent: Records[0].attributes.${field} must be string, got number`
      );
    }
  );

  it('throws FieldTypeError when messageAttributes is an array', () => {
    const record = recordOf(
      patchEvent<RawSQSEvent>('sqs-event', (event) => {
        Object.assign(event.Records[0] as object, { messageAttributes: [] });
      })
    );

    expectEvtError(
      () => record.messageAttributes,
      FieldTypeError,
      'SQSEvent: Records[0].messageAttributes must be object, got array'
    );
  });

  it('throws FieldTypeError when a message attribute is a string', () => {
    const record = recordOf(
      patchEvent<RawSQSEvent>('sqs-event', (event) => {
        Object.assign(event.Records[0] as object, {
          messageAttributes: { broken: 'x' },
        });
      })
    );

    expectEvtError(
      () => record.messageAttributes,
      FieldTypeError,
      'SQSEvent: Records[0].messageAttributes.broken must be object, got string'
    );
  });
});
