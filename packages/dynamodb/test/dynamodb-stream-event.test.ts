import { loadEvent } from '@evt/config/events';
import { DecodeError, FieldTypeError, MissingFieldError } from '@evt/core';
import { describe, expect, it } from 'vitest';
import { type DynamoDBImage, DynamoDBNumber } from '../src/attribute-value';
import {
  DynamoDBRecord,
  DynamoDBRecordEventName,
  DynamoDBStreamEvent,
  type RawDynamoDBStreamEvent,
  StreamRecord,
  StreamViewType,
} from '../src/dynamodb-stream-event';
import { TumblingWindow } from '../src/index';

function load(name: string): DynamoDBStreamEvent {
  return new DynamoDBStreamEvent(loadEvent<RawDynamoDBStreamEvent>(name));
}

function record(name: string, index = 0): DynamoDBRecord {
  return load(name).records[index] as DynamoDBRecord;
}

function stream(name: string, index = 0): StreamRecord {
  return record(name, index).dynamodb as StreamRecord;
}

function bytes(value: unknown): number[] {
  return Array.from(value as Uint8Array);
}

function errorOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

function withRecord(fields: object): DynamoDBStreamEvent {
  return new DynamoDBStreamEvent({ Records: [fields] } as never);
}

describe('DynamoDBRecordEventName', () => {
  it('returns the documented event names', () => {
    expect(Object.values(DynamoDBRecordEventName)).toEqual([
      'INSERT',
      'MODIFY',
      'REMOVE',
    ]);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(DynamoDBRecordEventName)).toBe(true);
  });
});

describe('StreamViewType', () => {
  it('returns the documented stream view types', () => {
    expect(Object.values(StreamViewType)).toEqual([
      'KEYS_ONLY',
      'NEW_IMAGE',
      'OLD_IMAGE',
      'NEW_AND_OLD_IMAGES',
    ]);
  });
});

describe('DynamoDBStreamEvent', () => {
  describe('records', () => {
    it('returns one DynamoDBRecord per record, in order', () => {
      const event = load('dynamodb-stream-event');

      const names = event.records.map((item) => item.eventName);

      expect(names).toEqual(['INSERT', 'MODIFY', 'REMOVE']);
      expect(event.records[0]).toBeInstanceOf(DynamoDBRecord);
    });

    it('returns the same array on every read', () => {
      const event = load('dynamodb-stream-event');

      expect(event.records).toBe(event.records);
    });
  });

  describe('window', () => {
    it('returns the tumbling window', () => {
      const window = load('dynamodb-stream-event.window').window;

      expect(window).toBeInstanceOf(TumblingWindow);
      expect(window?.start).toBe('2020-07-30T17:00:00Z');
      expect(window?.end).toBe('2020-07-30T17:05:00Z');
    });

    it('returns the same wrapper on every read', () => {
      const event = load('dynamodb-stream-event.window');

      expect(event.window).toBe(event.window);
    });

    it('returns undefined when the event has no window', () => {
      expect(load('dynamodb-stream-event').window).toBeUndefined();
    });
  });

  describe('state', () => {
    it('returns the window state', () => {
      expect(load('dynamodb-stream-event.window').state).toEqual({
        '1': 'state1',
      });
    });

    it('returns an empty object when the event has none', () => {
      expect(load('dynamodb-stream-event').state).toEqual({});
    });
  });

  describe('shardId', () => {
    it('returns the shard ID', () => {
      expect(load('dynamodb-stream-event.window').shardId).toBe(
        'shard123456789'
      );
    });

    it('returns undefined when the event has none', () => {
      expect(load('dynamodb-stream-event').shardId).toBeUndefined();
    });
  });

  describe('eventSourceArn', () => {
    it('returns the stream ARN of a window invocation', () => {
      expect(load('dynamodb-stream-event.window').eventSourceArn).toBe(
        'arn:aws:dynamodb:us-east-1:123456789012:table/my-table/stream/2020-07-30T17:00:00.000'
      );
    });
  });

  describe('isFinalInvokeForWindow', () => {
    it('returns the flag', () => {
      expect(load('dynamodb-stream-event.window').isFinalInvokeForWindow).toBe(
        false
      );
    });

    it('returns undefined when the event has none', () => {
      expect(
        load('dynamodb-stream-event').isFinalInvokeForWindow
      ).toBeUndefined();
    });
  });

  describe('isWindowTerminatedEarly', () => {
    it('returns the flag', () => {
      expect(load('dynamodb-stream-event.window').isWindowTerminatedEarly).toBe(
        false
      );
    });
  });

  describe('toJSON', () => {
    it('returns the raw event', () => {
      const raw = loadEvent<RawDynamoDBStreamEvent>('dynamodb-stream-event');

      expect(new DynamoDBStreamEvent(raw).toJSON()).toBe(raw);
    });
  });
});

describe('DynamoDBRecord', () => {
  describe('awsRegion', () => {
    it('returns the Region', () => {
      expect(record('dynamodb-stream-event').awsRegion).toBe('us-west-2');
    });
  });

  describe('dynamodb', () => {
    it('returns the stream record', () => {
      expect(record('dynamodb-stream-event').dynamodb).toBeInstanceOf(
        StreamRecord
      );
    });

    it('returns the same wrapper on every read', () => {
      const item = record('dynamodb-stream-event');

      expect(item.dynamodb).toBe(item.dynamodb);
    });

    it('returns undefined when the record has none', () => {
      expect(withRecord({}).records[0]?.dynamodb).toBeUndefined();
    });
  });

  describe('eventId', () => {
    it('returns the event ID', () => {
      expect(record('dynamodb-stream-event.nested').eventId).toBe(
        '7de3041dd709b024af6f29e4fa13d34c'
      );
    });
  });

  describe('eventName', () => {
    it('returns INSERT, MODIFY or REMOVE', () => {
      expect(record('dynamodb-stream-event', 2).eventName).toBe(
        DynamoDBRecordEventName.REMOVE
      );
    });

    it('returns undefined when the record has none', () => {
      expect(withRecord({}).records[0]?.eventName).toBeUndefined();
    });
  });

  describe('eventSource', () => {
    it('returns aws:dynamodb', () => {
      expect(record('dynamodb-stream-event').eventSource).toBe('aws:dynamodb');
    });
  });

  describe('eventSourceArn', () => {
    it('returns the stream ARN', () => {
      expect(record('dynamodb-stream-event').eventSourceArn).toBe(
        'arn:aws:dynamodb:us-east-2:123456789012:table/my-table/stream/2023-06-10T19:26:16.525'
      );
    });
  });

  describe('eventVersion', () => {
    it('returns the record format version', () => {
      expect(record('dynamodb-stream-event.nested').eventVersion).toBe('1.1');
    });
  });

  describe('userIdentity', () => {
    it('returns the Time to Live identity', () => {
      expect(record('dynamodb-stream-event.ttl').userIdentity).toEqual({
        type: 'Service',
        principalId: 'dynamodb.amazonaws.com',
      });
    });

    it('returns undefined when the record has none', () => {
      expect(record('dynamodb-stream-event').userIdentity).toBeUndefined();
    });
  });

  describe('isTtlDeletion', () => {
    it('returns true for a deletion by Time to Live', () => {
      expect(record('dynamodb-stream-event.ttl').isTtlDeletion).toBe(true);
    });

    it('returns false for a deletion by a user', () => {
      expect(record('dynamodb-stream-event', 2).isTtlDeletion).toBe(false);
    });
  });
});

describe('StreamRecord', () => {
  describe('approximateCreationDateTime', () => {
    it('returns whole seconds since the epoch', () => {
      expect(stream('dynamodb-stream-event').approximateCreationDateTime).toBe(
        1686425176
      );
    });

    it('drops the fraction of a second', () => {
      expect(
        stream('dynamodb-stream-event.nested').approximateCreationDateTime
      ).toBe(1707312450);
    });

    it('returns undefined when the record has none', () => {
      expect(
        stream('dynamodb-stream-event.window').approximateCreationDateTime
      ).toBeUndefined();
    });
  });

  describe('approximateCreationDate', () => {
    it('returns the creation time as a Date', () => {
      expect(
        stream(
          'dynamodb-stream-event.nested'
        ).approximateCreationDate?.toISOString()
      ).toBe('2024-02-07T13:27:30.500Z');
    });

    it('returns undefined when the record has none', () => {
      expect(
        stream('dynamodb-stream-event.window').approximateCreationDate
      ).toBeUndefined();
    });
  });

  describe('keys', () => {
    it('returns the key attributes as plain values', () => {
      const keys = stream('dynamodb-stream-event.keys-only').keys;

      expect(keys?.pk).toBe('USER#alice');
      expect(keys?.sk).toEqual(new DynamoDBNumber('1711627200'));
    });

    it('returns the same object on every read', () => {
      const record = stream('dynamodb-stream-event');

      expect(record.keys).toBe(record.keys);
    });

    it('returns undefined when the record has none', () => {
      expect(
        withRecord({ dynamodb: {} }).records[0]?.dynamodb?.keys
      ).toBeUndefined();
    });
  });

  describe('newImage', () => {
    it('returns the item after the change as plain values', () => {
      const image = stream('dynamodb-stream-event.nested').newImage;

      expect(image?.status).toBe('SHIPPED');
      expect(image?.order).toEqual({
        customer: { name: 'Ana Silva', vip: true, phone: null },
        items: [
          {
            sku: 'BOOK-42',
            quantity: new DynamoDBNumber('2'),
            price: new DynamoDBNumber('19.99'),
          },
          {
            sku: 'PEN-7',
            quantity: new DynamoDBNumber('10'),
            price: new DynamoDBNumber('1.5'),
          },
          'gift wrapping',
        ],
      });
      expect(image?.tags).toEqual(new Set(['express', 'gift']));
      expect(image?.shipped).toBe(true);
      expect(image?.giftMessage).toBeNull();
    });

    it('keeps every digit of a 38-digit number', () => {
      const image = stream('dynamodb-stream-event.nested').newImage;

      expect(String(image?.ledgerBalance)).toBe(
        '12345678901234567890123456789012345678'
      );
    });

    it('returns binary values as bytes and sets as Set', () => {
      const image = stream('dynamodb-stream-event.nested')
        .newImage as DynamoDBImage;

      expect(bytes(image.thumbnail)).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
      expect([...(image.checksums as Set<Uint8Array>)].map(bytes)).toEqual([
        [0, 1, 2],
        [3, 4, 5],
      ]);
      expect([...(image.ratings as Set<DynamoDBNumber>)].map(String)).toEqual([
        '4.5',
        '5',
      ]);
    });

    it('returns the same object on every read', () => {
      const record = stream('dynamodb-stream-event.nested');

      expect(record.newImage).toBe(record.newImage);
    });

    it('returns undefined for a removal', () => {
      expect(stream('dynamodb-stream-event', 2).newImage).toBeUndefined();
    });

    it('returns undefined on a KEYS_ONLY stream', () => {
      expect(
        stream('dynamodb-stream-event.keys-only').newImage
      ).toBeUndefined();
    });
  });

  describe('oldImage', () => {
    it('returns the item before the change as plain values', () => {
      const image = stream('dynamodb-stream-event', 1).oldImage;

      expect(image).toEqual({
        Message: 'New item!',
        Id: new DynamoDBNumber('101'),
      });
    });

    it('returns the same object on every read', () => {
      const record = stream('dynamodb-stream-event.ttl');

      expect(record.oldImage).toBe(record.oldImage);
    });

    it('returns undefined for an insertion', () => {
      expect(stream('dynamodb-stream-event').oldImage).toBeUndefined();
    });
  });

  describe('keysAs', () => {
    it('returns the keys with numbers as strings', () => {
      expect(
        stream('dynamodb-stream-event.keys-only', 1).keysAs({
          numbers: 'string',
        })
      ).toEqual({ pk: 'USER#bob', sk: '1711620000' });
    });

    it('returns undefined when the record has none', () => {
      expect(
        withRecord({ dynamodb: {} }).records[0]?.dynamodb?.keysAs({
          numbers: 'number',
        })
      ).toBeUndefined();
    });
  });

  describe('newImageAs', () => {
    it('returns the new image with numbers as JavaScript numbers', () => {
      const image = stream('dynamodb-stream-event').newImageAs({
        numbers: 'number',
      });

      expect(image).toEqual({ Message: 'New item!', Id: 101 });
    });

    it('throws DecodeError when a number does not fit a JavaScript number', () => {
      const error = errorOf(() =>
        stream('dynamodb-stream-event.nested').newImageAs({ numbers: 'number' })
      );

      expect(error).toBeInstanceOf(DecodeError);
      expect((error as DecodeError).message).toBe(
        "DynamoDBStreamEvent: Records[0].dynamodb.NewImage.ledgerBalance is not valid DynamoDB JSON: 12345678901234567890123456789012345678 does not fit a JavaScript number without losing digits; use numbers: 'DynamoDBNumber' or 'string'"
      );
    });
  });

  describe('oldImageAs', () => {
    it('returns the old image with numbers as JavaScript numbers', () => {
      const image = stream('dynamodb-stream-event.nested').oldImageAs({
        numbers: 'number',
      });

      expect(image?.ledgerBalance).toBe(-1e-36);
      expect(image?.ratings).toEqual(new Set([4.5]));
    });
  });

  describe('sequenceNumber', () => {
    it('returns the sequence number', () => {
      expect(stream('dynamodb-stream-event.nested').sequenceNumber).toBe(
        '4421584500000000017450439092'
      );
    });
  });

  describe('sizeBytes', () => {
    it('returns the size in bytes', () => {
      expect(stream('dynamodb-stream-event', 1).sizeBytes).toBe(59);
    });

    it('returns undefined when the record has none', () => {
      expect(
        withRecord({ dynamodb: {} }).records[0]?.dynamodb?.sizeBytes
      ).toBeUndefined();
    });
  });

  describe('streamViewType', () => {
    it('returns the stream view type', () => {
      expect(stream('dynamodb-stream-event.keys-only').streamViewType).toBe(
        StreamViewType.KEYS_ONLY
      );
    });

    it('returns OLD_IMAGE for the Time to Live sample', () => {
      expect(stream('dynamodb-stream-event.ttl').streamViewType).toBe(
        'OLD_IMAGE'
      );
    });

    it('returns undefined when the record has none', () => {
      expect(
        withRecord({ dynamodb: {} }).records[0]?.dynamodb?.streamViewType
      ).toBeUndefined();
    });
  });
});

describe('TumblingWindow', () => {
  describe('start', () => {
    it('returns the start of the window', () => {
      expect(load('dynamodb-stream-event.window').window?.start).toBe(
        '2020-07-30T17:00:00Z'
      );
    });
  });

  describe('end', () => {
    it('returns the end of the window', () => {
      expect(load('dynamodb-stream-event.window').window?.end).toBe(
        '2020-07-30T17:05:00Z'
      );
    });
  });
});

describe('malformed input', () => {
  it('throws MissingFieldError when Records is missing', () => {
    const error = errorOf(() => new DynamoDBStreamEvent({} as never).records);

    expect(error).toBeInstanceOf(MissingFieldError);
    expect((error as Error).message).toBe(
      'DynamoDBStreamEvent: Records is missing'
    );
  });

  it('throws FieldTypeError when a record is not an object', () => {
    const error = errorOf(
      () => new DynamoDBStreamEvent({ Records: ['x'] } as never).records
    );

    expect(error).toBeInstanceOf(FieldTypeError);
    expect((error as Error).message).toBe(
      'DynamoDBStreamEvent: Records[0] must be object, got string'
    );
  });

  it('throws FieldTypeError when eventName is not a documented name', () => {
    const error = errorOf(
      () => withRecord({ eventName: 'UPSERT' }).records[0]?.eventName
    );

    expect(error).toBeInstanceOf(FieldTypeError);
    expect((error as Error).message).toBe(
      'DynamoDBStreamEvent: Records[0].eventName must be INSERT | MODIFY | REMOVE, got "UPSERT"'
    );
  });

  it('throws FieldTypeError when eventName is not a string', () => {
    const error = errorOf(
      () => withRecord({ eventName: 1 }).records[0]?.eventName
    );

    expect(error).toBeInstanceOf(FieldTypeError);
    expect((error as Error).message).toBe(
      'DynamoDBStreamEvent: Records[0].eventName must be string, got number'
    );
  });

  it('throws FieldTypeError when eventName is inherited from Object.prototype', () => {
    const error = errorOf(
      () => withRecord({ eventName: 'toString' }).records[0]?.eventName
    );

    expect(error).toBeInstanceOf(FieldTypeError);
  });

  it('throws FieldTypeError when StreamViewType is not a documented type', () => {
    const error = errorOf(
      () =>
        withRecord({ dynamodb: { StreamViewType: 'ALL' } }).records[0]?.dynamodb
          ?.streamViewType
    );

    expect(error).toBeInstanceOf(FieldTypeError);
    expect((error as Error).message).toBe(
      'DynamoDBStreamEvent: Records[0].dynamodb.StreamViewType must be KEYS_ONLY | NEW_IMAGE | OLD_IMAGE | NEW_AND_OLD_IMAGES, got "ALL"'
    );
  });

  it('throws FieldTypeError when dynamodb is not an object', () => {
    const error = errorOf(
      () => withRecord({ dynamodb: 'x' }).records[0]?.dynamodb
    );

    expect(error).toBeInstanceOf(FieldTypeError);
    expect((error as Error).message).toBe(
      'DynamoDBStreamEvent: Records[0].dynamodb must be object, got string'
    );
  });

  it('throws FieldTypeError when NewImage is not an object', () => {
    const error = errorOf(
      () =>
        withRecord({ dynamodb: { NewImage: [] } }).records[0]?.dynamodb
          ?.newImage
    );

    expect(error).toBeInstanceOf(FieldTypeError);
    expect((error as Error).message).toBe(
      'DynamoDBStreamEvent: Records[0].dynamodb.NewImage must be object, got array'
    );
  });

  it('throws DecodeError naming the path of a malformed attribute value', () => {
    const event = withRecord({
      dynamodb: {
        NewImage: {
          order: {
            M: { items: { L: [{ S: 'a' }, { S: 'b' }, { Q: 'c' }] } },
          },
        },
      },
    });

    const error = errorOf(() => event.records[0]?.dynamodb?.newImage);

    expect(error).toBeInstanceOf(DecodeError);
    expect((error as Error).message).toBe(
      'DynamoDBStreamEvent: Records[0].dynamodb.NewImage.order.M.items.L[2] is not valid DynamoDB JSON: unknown type tag "Q"'
    );
  });

  it('throws DecodeError for invalid base64 in OldImage', () => {
    const event = withRecord({ dynamodb: { OldImage: { b: { B: 'a=b' } } } });

    const error = errorOf(() => event.records[0]?.dynamodb?.oldImage);

    expect(error).toBeInstanceOf(DecodeError);
    expect((error as Error).message).toBe(
      'DynamoDBStreamEvent: Records[0].dynamodb.OldImage.b is not valid DynamoDB JSON: B holds invalid base64'
    );
  });

  it('throws DecodeError for invalid number text in Keys', () => {
    const event = withRecord({ dynamodb: { Keys: { id: { N: 'NaN' } } } });

    const error = errorOf(() => event.records[0]?.dynamodb?.keys);

    expect(error).toBeInstanceOf(DecodeError);
    expect((error as Error).message).toBe(
      'DynamoDBStreamEvent: Records[0].dynamodb.Keys.id is not valid DynamoDB JSON: "NaN" is not a DynamoDB number'
    );
  });

  it('throws FieldTypeError when SizeBytes is a string', () => {
    const error = errorOf(
      () =>
        withRecord({ dynamodb: { SizeBytes: '26' } }).records[0]?.dynamodb
          ?.sizeBytes
    );

    expect(error).toBeInstanceOf(FieldTypeError);
    expect((error as Error).message).toBe(
      'DynamoDBStreamEvent: Records[0].dynamodb.SizeBytes must be number, got string'
    );
  });

  it('throws FieldTypeError when userIdentity is a string', () => {
    const error = errorOf(
      () => withRecord({ userIdentity: 'dynamodb' }).records[0]?.isTtlDeletion
    );

    expect(error).toBeInstanceOf(FieldTypeError);
    expect((error as Error).message).toBe(
      'DynamoDBStreamEvent: Records[0].userIdentity must be object, got string'
    );
  });

  it('throws MissingFieldError when the window has no start', () => {
    const event = new DynamoDBStreamEvent({
      Records: [],
      window: { end: '2020-07-30T17:05:00Z' },
    } as never);

    const error = errorOf(() => event.window?.start);

    expect(error).toBeInstanceOf(MissingFieldError);
    expect((error as Error).message).toBe(
      'DynamoDBStreamEvent: window.start is missing'
    );
  });

  it('throws FieldTypeError when the state is not an object', () => {
    const event = new DynamoDBStreamEvent({ Records: [], state: 'x' } as never);

    const error = errorOf(() => event.state);

    expect(error).toBeInstanceOf(FieldTypeError);
    expect((error as Error).message).toBe(
      'DynamoDBStreamEvent: state must be object, got string'
    );
  });

  it('leaves the frozen event unchanged after every read', () => {
    const raw = loadEvent<RawDynamoDBStreamEvent>(
      'dynamodb-stream-event.nested'
    );
    const before = JSON.stringify(raw);
    const event = new DynamoDBStreamEvent(raw);

    String(event);

    expect(JSON.stringify(raw)).toBe(before);
  });
});
