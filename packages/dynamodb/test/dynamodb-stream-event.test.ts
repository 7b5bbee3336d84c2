import { TumblingWindowBatch } from '@evt/core';
import { loadEvent } from '@evt/tooling-config/events';
import { expectEvtError, patchEvent } from '@evt/tooling-config/testing';
import { describe, expect, it, vi } from 'vitest';
import { type DynamoDBImage, DynamoDBNumber } from '../src/attribute-value';
import {
  DynamoDBRecord,
  DynamoDBRecordEventName,
  DynamoDBStreamEvent,
  type RawDynamoDBStreamEvent,
  StreamRecord,
  StreamViewType,
} from '../src/dynamodb-stream-event';
import {
  DecodeError,
  FieldTypeError,
  MissingFieldError,
  TumblingWindow,
} from '../src/index';

/** A fixture as a patch sees it: any field of the event or a record may be set to anything. */
interface LooseRecord {
  [field: string]: unknown;
  dynamodb: { [field: string]: unknown };
}
interface LooseEvent {
  [field: string]: unknown;
  Records: LooseRecord[];
}

function raw(name: string): RawDynamoDBStreamEvent {
  return loadEvent<RawDynamoDBStreamEvent>(name);
}

function load(name: string): DynamoDBStreamEvent {
  return new DynamoDBStreamEvent(raw(name));
}

function record(name: string, index = 0): DynamoDBRecord {
  return load(name).records[index] as DynamoDBRecord;
}

function stream(name: string, index = 0): StreamRecord {
  return record(name, index).dynamodb as StreamRecord;
}

function patched(
  patch: (event: LooseEvent) => void,
  name = 'dynamodb-stream-event'
): DynamoDBStreamEvent {
  return new DynamoDBStreamEvent(
    patchEvent<LooseEvent>(name, patch) as unknown as RawDynamoDBStreamEvent
  );
}

function firstRecord(event: LooseEvent): LooseRecord {
  return event.Records[0] as LooseRecord;
}

function bytes(value: unknown): number[] {
  return Array.from(value as Uint8Array);
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

  it('is frozen', () => {
    expect(Object.isFrozen(StreamViewType)).toBe(true);
  });
});

describe('DynamoDBStreamEvent', () => {
  it('is a TumblingWindowBatch, as the Kinesis event is', () => {
    expect(load('dynamodb-stream-event')).toBeInstanceOf(TumblingWindowBatch);
  });

  describe('records', () => {
    it('wraps each record of the batch, in stream order', () => {
      const event = raw('dynamodb-stream-event');

      const records = new DynamoDBStreamEvent(event).records;

      expect(records.map((item) => item.rawEvent)).toEqual([
        event.Records[0],
        event.Records[1],
        event.Records[2],
      ]);
      expect(records[2]?.rawEvent).toBe(event.Records[2]);
      expect(records[0]).toBeInstanceOf(DynamoDBRecord);
      expect(records.map((item) => item.eventName)).toEqual([
        'INSERT',
        'MODIFY',
        'REMOVE',
      ]);
    });

    it('returns the same array on every read', () => {
      const event = load('dynamodb-stream-event');

      expect(event.records).toBe(event.records);
    });
  });

  describe('window', () => {
    it('returns the tumbling window', () => {
      const event = raw('dynamodb-stream-event.window');

      const window = new DynamoDBStreamEvent(event).window;

      expect(window).toBeInstanceOf(TumblingWindow);
      expect(window?.rawEvent).toBe(event.window);
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
    it('returns the window state, not a copy', () => {
      const event = raw('dynamodb-stream-event.window');

      const state = new DynamoDBStreamEvent(event).state;

      expect(state).toEqual({ '1': 'state1' });
      expect(state).toBe(event.state);
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

    it('returns undefined when the event has none', () => {
      expect(load('dynamodb-stream-event').eventSourceArn).toBeUndefined();
    });
  });

  describe('isFinalInvokeForWindow', () => {
    it('returns the flag', () => {
      expect(load('dynamodb-stream-event.window').isFinalInvokeForWindow).toBe(
        false
      );
    });

    it('returns true on the last invocation of a window', () => {
      const event = patched((event) => {
        event.isFinalInvokeForWindow = true;
      }, 'dynamodb-stream-event.window');

      expect(event.isFinalInvokeForWindow).toBe(true);
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

    it('returns undefined when the event has none', () => {
      expect(
        load('dynamodb-stream-event').isWindowTerminatedEarly
      ).toBeUndefined();
    });
  });

  describe('rawEvent', () => {
    it('returns the raw event, not a copy', () => {
      const event = raw('dynamodb-stream-event');

      expect(new DynamoDBStreamEvent(event).rawEvent).toBe(event);
    });
  });

  describe('toJSON', () => {
    it('returns the raw event', () => {
      const event = raw('dynamodb-stream-event');

      expect(new DynamoDBStreamEvent(event).toJSON()).toBe(event);
    });
  });
});

describe('DynamoDBRecord', () => {
  describe('awsRegion', () => {
    it('returns the Region', () => {
      expect(record('dynamodb-stream-event').awsRegion).toBe('us-west-2');
    });

    it('returns undefined when the record has none', () => {
      const event = patched((event) => {
        delete firstRecord(event).awsRegion;
      });

      expect(event.records[0]?.awsRegion).toBeUndefined();
    });
  });

  describe('dynamodb', () => {
    it('wraps the DynamoDB part of the record', () => {
      const event = raw('dynamodb-stream-event');

      const part = new DynamoDBStreamEvent(event).records[1]?.dynamodb;

      expect(part).toBeInstanceOf(StreamRecord);
      expect(part?.rawEvent).toBe(event.Records[1]?.dynamodb);
    });

    it('returns the same wrapper on every read', () => {
      const item = record('dynamodb-stream-event');

      expect(item.dynamodb).toBe(item.dynamodb);
    });

    it('returns undefined when the record has none', () => {
      const event = patched((event) => {
        delete (firstRecord(event) as Partial<LooseRecord>).dynamodb;
      });

      expect(event.records[0]?.dynamodb).toBeUndefined();
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
      const event = patched((event) => {
        delete firstRecord(event).eventName;
      });

      expect(event.records[0]?.eventName).toBeUndefined();
    });

    it('checks the name without building an array on each read', () => {
      const item = record('dynamodb-stream-event', 1);
      const values = vi.spyOn(Object, 'values');

      try {
        expect(item.eventName).toBe('MODIFY');
        expect(item.dynamodb?.streamViewType).toBe('NEW_AND_OLD_IMAGES');
        expect(values).not.toHaveBeenCalled();
      } finally {
        values.mockRestore();
      }
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

    it('returns an empty object when the record has none', () => {
      const identity = record('dynamodb-stream-event').userIdentity;

      expect(identity).toEqual({});
      expect(identity.type).toBeUndefined();
    });

    it('returns an empty object when userIdentity is null', () => {
      const event = patched((event) => {
        Object.assign(firstRecord(event), { userIdentity: null });
      });

      expect(event.records[0]?.userIdentity).toEqual({});
      expect(event.records[0]?.isTtlDeletion).toBe(false);
    });
  });

  describe('isTtlDeletion', () => {
    it('returns true for a deletion by Time to Live', () => {
      expect(record('dynamodb-stream-event.ttl').isTtlDeletion).toBe(true);
    });

    it('returns false for a deletion by a user', () => {
      expect(record('dynamodb-stream-event', 2).isTtlDeletion).toBe(false);
    });

    it('returns false for an identity other than the DynamoDB service', () => {
      const event = patched((event) => {
        firstRecord(event).userIdentity = {
          type: 'Service',
          principalId: 'lambda.amazonaws.com',
        };
      }, 'dynamodb-stream-event.ttl');

      expect(event.records[0]?.isTtlDeletion).toBe(false);
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

    it('returns the same Date on every read', () => {
      const part = stream('dynamodb-stream-event');

      expect(part.approximateCreationDate).toBe(part.approximateCreationDate);
      expect(part.approximateCreationDate?.getTime()).toBe(1686425176000);
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

      expect(keys).toEqual({
        pk: 'USER#alice',
        sk: new DynamoDBNumber('1711627200'),
      });
    });

    it('returns the same object on every read', () => {
      const part = stream('dynamodb-stream-event');

      expect(part.keys).toBe(part.keys);
    });

    it('returns undefined when the record has none', () => {
      const event = patched((event) => {
        delete firstRecord(event).dynamodb.Keys;
      });

      expect(event.records[0]?.dynamodb?.keys).toBeUndefined();
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
      const part = stream('dynamodb-stream-event.nested');

      expect(part.newImage).toBe(part.newImage);
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
      const part = stream('dynamodb-stream-event.ttl');

      expect(part.oldImage).toBe(part.oldImage);
    });

    it('returns an empty object for an insertion, cached', () => {
      const part = stream('dynamodb-stream-event');

      const image = part.oldImage;

      expect(image).toEqual({});
      expect(image.Message).toBeUndefined();
      expect(part.oldImage).toBe(image);
    });

    it('returns an empty object on a KEYS_ONLY stream', () => {
      expect(stream('dynamodb-stream-event.keys-only').oldImage).toEqual({});
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

    it('unmarshals again on every call', () => {
      const part = stream('dynamodb-stream-event.keys-only', 1);

      expect(part.keysAs({ numbers: 'number' })).not.toBe(
        part.keysAs({ numbers: 'number' })
      );
    });

    it('returns undefined when the record has none', () => {
      const event = patched((event) => {
        delete firstRecord(event).dynamodb.Keys;
      });

      expect(
        event.records[0]?.dynamodb?.keysAs({ numbers: 'number' })
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

    it('returns the new image with numbers as DynamoDBNumber', () => {
      const image = stream('dynamodb-stream-event').newImageAs({
        numbers: 'DynamoDBNumber',
      });

      expect(image).toEqual({
        Message: 'New item!',
        Id: new DynamoDBNumber('101'),
      });
    });

    it('throws DecodeError when a number does not fit a JavaScript number', () => {
      expectEvtError(
        () =>
          stream('dynamodb-stream-event.nested').newImageAs({
            numbers: 'number',
          }),
        DecodeError,
        "DynamoDBStreamEvent: Records[0].dynamodb.NewImage.ledgerBalance is not valid DynamoDB JSON: N holds a number that does not fit a JavaScript number without losing digits; use numbers: 'DynamoDBNumber' or 'string'"
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

    it('returns the old image with numbers as strings', () => {
      const image = stream('dynamodb-stream-event.ttl').oldImageAs({
        numbers: 'string',
      });

      expect(image).toEqual({
        sessionId: 'f3c1b2a0-5d6e-4f70-8a9b-0c1d2e3f4a5b',
        userName: 'alice',
        expiresAt: '1711713600',
      });
    });

    it('returns an empty object for an insertion', () => {
      expect(
        stream('dynamodb-stream-event').oldImageAs({ numbers: 'number' })
      ).toEqual({});
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
      const event = patched((event) => {
        delete firstRecord(event).dynamodb.SizeBytes;
      });

      expect(event.records[0]?.dynamodb?.sizeBytes).toBeUndefined();
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
      const event = patched((event) => {
        delete firstRecord(event).dynamodb.StreamViewType;
      });

      expect(event.records[0]?.dynamodb?.streamViewType).toBeUndefined();
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
    expectEvtError(
      () => new DynamoDBStreamEvent({} as RawDynamoDBStreamEvent).records,
      MissingFieldError,
      'DynamoDBStreamEvent: Records is missing'
    );
  });

  it('throws FieldTypeError when a record is not an object', () => {
    const event = patched((event) => {
      (event.Records as unknown[])[0] = 'x';
    });

    expectEvtError(
      () => event.records,
      FieldTypeError,
      'DynamoDBStreamEvent: Records[0] must be object, got string'
    );
  });

  it('throws FieldTypeError when eventName is not a documented name', () => {
    const event = patched((event) => {
      firstRecord(event).eventName = 'UPSERT';
    });

    expectEvtError(
      () => event.records[0]?.eventName,
      FieldTypeError,
      'DynamoDBStreamEvent: Records[0].eventName must be INSERT | MODIFY | REMOVE, got "UPSERT"'
    );
  });

  it('throws FieldTypeError when eventName is not a string', () => {
    const event = patched((event) => {
      firstRecord(event).eventName = 1;
    });

    expectEvtError(
      () => event.records[0]?.eventName,
      FieldTypeError,
      'DynamoDBStreamEvent: Records[0].eventName must be string, got number'
    );
  });

  it('throws FieldTypeError when eventName is inherited from Object.prototype', () => {
    const event = patched((event) => {
      firstRecord(event).eventName = 'toString';
    });

    expectEvtError(
      () => event.records[0]?.eventName,
      FieldTypeError,
      'DynamoDBStreamEvent: Records[0].eventName must be INSERT | MODIFY | REMOVE, got "toString"'
    );
  });

  it('throws FieldTypeError when StreamViewType is not a documented type', () => {
    const event = patched((event) => {
      firstRecord(event).dynamodb.StreamViewType = 'ALL';
    });

    expectEvtError(
      () => event.records[0]?.dynamodb?.streamViewType,
      FieldTypeError,
      'DynamoDBStreamEvent: Records[0].dynamodb.StreamViewType must be KEYS_ONLY | NEW_IMAGE | OLD_IMAGE | NEW_AND_OLD_IMAGES, got "ALL"'
    );
  });

  it('throws FieldTypeError when dynamodb is not an object', () => {
    const event = patched((event) => {
      (firstRecord(event) as { dynamodb: unknown }).dynamodb = 'x';
    });

    expectEvtError(
      () => event.records[0]?.dynamodb,
      FieldTypeError,
      'DynamoDBStreamEvent: Records[0].dynamodb must be object, got string'
    );
  });

  it('throws FieldTypeError when NewImage is not an object', () => {
    const event = patched((event) => {
      firstRecord(event).dynamodb.NewImage = [];
    });

    expectEvtError(
      () => event.records[0]?.dynamodb?.newImage,
      FieldTypeError,
      'DynamoDBStreamEvent: Records[0].dynamodb.NewImage must be object, got array'
    );
  });

  it('throws DecodeError naming the path of a malformed attribute value', () => {
    const event = patched((event) => {
      firstRecord(event).dynamodb.NewImage = {
        order: {
          M: { items: { L: [{ S: 'a' }, { S: 'b' }, { Q: 'c' }] } },
        },
      };
    });

    expectEvtError(
      () => event.records[0]?.dynamodb?.newImage,
      DecodeError,
      'DynamoDBStreamEvent: Records[0].dynamodb.NewImage.order.M.items.L[2] is not valid DynamoDB JSON: unknown type tag "Q"'
    );
  });

  it('throws DecodeError for invalid base64 in OldImage', () => {
    const event = patched((event) => {
      firstRecord(event).dynamodb.OldImage = { b: { B: 'a=b' } };
    });

    expectEvtError(
      () => event.records[0]?.dynamodb?.oldImage,
      DecodeError,
      'DynamoDBStreamEvent: Records[0].dynamodb.OldImage.b is not valid DynamoDB JSON: B holds invalid base64'
    );
  });

  it('throws DecodeError for invalid number text in Keys', () => {
    const event = patched((event) => {
      firstRecord(event).dynamodb.Keys = { id: { N: 'NaN' } };
    });

    expectEvtError(
      () => event.records[0]?.dynamodb?.keys,
      DecodeError,
      'DynamoDBStreamEvent: Records[0].dynamodb.Keys.id is not valid DynamoDB JSON: N holds invalid number text: unexpected character at index 0 of 3'
    );
  });

  it('throws FieldTypeError when SizeBytes is a string', () => {
    const event = patched((event) => {
      firstRecord(event).dynamodb.SizeBytes = '26';
    });

    expectEvtError(
      () => event.records[0]?.dynamodb?.sizeBytes,
      FieldTypeError,
      'DynamoDBStreamEvent: Records[0].dynamodb.SizeBytes must be number, got string'
    );
  });

  it('throws FieldTypeError when userIdentity is a string', () => {
    const event = patched((event) => {
      firstRecord(event).userIdentity = 'dynamodb';
    });

    expectEvtError(
      () => event.records[0]?.isTtlDeletion,
      FieldTypeError,
      'DynamoDBStreamEvent: Records[0].userIdentity must be object, got string'
    );
  });

  it('throws MissingFieldError when the window has no start', () => {
    const event = patched((event) => {
      delete (event.window as { start?: string }).start;
    }, 'dynamodb-stream-event.window');

    expectEvtError(
      () => event.window?.start,
      MissingFieldError,
      'DynamoDBStreamEvent: window.start is missing'
    );
  });

  it('throws FieldTypeError when the window is not an object', () => {
    const event = patched((event) => {
      event.window = '2020-07-30T17:00:00Z';
    }, 'dynamodb-stream-event.window');

    expectEvtError(
      () => event.window,
      FieldTypeError,
      'DynamoDBStreamEvent: window must be object, got string'
    );
  });

  it('throws FieldTypeError when the state is not an object', () => {
    const event = patched((event) => {
      event.state = 'x';
    }, 'dynamodb-stream-event.window');

    expectEvtError(
      () => event.state,
      FieldTypeError,
      'DynamoDBStreamEvent: state must be object, got string'
    );
  });

  it('throws FieldTypeError when isWindowTerminatedEarly is not a boolean', () => {
    const event = patched((event) => {
      event.isWindowTerminatedEarly = 'false';
    }, 'dynamodb-stream-event.window');

    expectEvtError(
      () => event.isWindowTerminatedEarly,
      FieldTypeError,
      'DynamoDBStreamEvent: isWindowTerminatedEarly must be boolean, got string'
    );
  });

  it('leaves the frozen event unchanged after every read', () => {
    const event = raw('dynamodb-stream-event.nested');
    const before = JSON.stringify(event);

    String(new DynamoDBStreamEvent(event));

    expect(JSON.stringify(event)).toBe(before);
  });
});
