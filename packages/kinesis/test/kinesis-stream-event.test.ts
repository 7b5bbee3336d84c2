import { gzipSync } from 'node:zlib';
import { TumblingWindowBatch } from '@evt/core';
import { loadEvent } from '@evt/tooling-config/events';
import {
  counted,
  expectEvtError,
  expectGetters,
  jsonErrorOf,
  patchEvent,
} from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  DecodeError,
  FieldTypeError,
  KinesisStreamEvent,
  KinesisStreamRecord,
  KinesisStreamRecordPayload,
  MissingFieldError,
  PayloadTooLargeError,
  type RawKinesisStreamEvent,
  TumblingWindow,
} from '../src/index';

const load = (name = 'kinesis-stream-event'): RawKinesisStreamEvent =>
  loadEvent<RawKinesisStreamEvent>(name);

function firstRecord(name = 'kinesis-stream-event') {
  return new KinesisStreamEvent(load(name)).records[0] as KinesisStreamRecord;
}

/** The sample event with the first record's `kinesis` fields changed. */
function withPayload(changes: Record<string, unknown>): KinesisStreamEvent {
  return new KinesisStreamEvent(
    patchEvent<RawKinesisStreamEvent>('kinesis-stream-event', (event) => {
      Object.assign(event.Records[0]?.kinesis as object, changes);
    })
  );
}

/** The sample event with top-level fields changed. */
function withEvent(changes: Record<string, unknown>): KinesisStreamEvent {
  return new KinesisStreamEvent(
    patchEvent<RawKinesisStreamEvent>('kinesis-stream-event', (event) => {
      Object.assign(event, changes);
    })
  );
}

describe('KinesisStreamEvent', () => {
  it('is a TumblingWindowBatch', () => {
    expect(new KinesisStreamEvent(load())).toBeInstanceOf(TumblingWindowBatch);
  });

  describe('records', () => {
    it('wraps each raw record, in shard order', () => {
      const raw = load();

      const records = new KinesisStreamEvent(raw).records;

      expect(records).toHaveLength(2);
      expect(records[0]).toBeInstanceOf(KinesisStreamRecord);
      expect(records[0]?.rawEvent).toBe(raw.Records[0]);
      expect(records[1]?.rawEvent).toBe(raw.Records[1]);
    });

    it('returns the same array on every access', () => {
      const event = new KinesisStreamEvent(load());

      const first = event.records;

      expect(event.records).toBe(first);
    });
  });

  describe('window', () => {
    it('wraps the window of a tumbling-window event, once', () => {
      const raw = load('kinesis-stream-event.tumbling-window');
      const event = new KinesisStreamEvent(raw);

      const window = event.window;

      expect(window).toBeInstanceOf(TumblingWindow);
      expect(window?.rawEvent).toBe(raw.window);
      expect(window?.start).toBe('2020-12-09T07:04:00Z');
      expect(window?.end).toBe('2020-12-09T07:06:00Z');
      expect(event.window).toBe(window);
    });

    it('returns undefined when the event has no window', () => {
      expect(new KinesisStreamEvent(load()).window).toBeUndefined();
    });
  });

  describe('state', () => {
    it('returns the state of a tumbling-window event', () => {
      const raw = load('kinesis-stream-event.tumbling-window');

      const state = new KinesisStreamEvent<unknown, { [key: string]: number }>(
        raw
      ).state;

      expect(state).toEqual({ '1': 282, '2': 715 });
      expect(state).toBe(raw.state);
    });

    it('returns an empty object when the event has no state', () => {
      expect(new KinesisStreamEvent(load()).state).toEqual({});
    });
  });

  describe('tumbling-window fields', () => {
    it('returns the shard, stream ARN and flags of a tumbling-window event', () => {
      const event = new KinesisStreamEvent(
        load('kinesis-stream-event.tumbling-window')
      );

      expectGetters(event, {
        shardId: 'shardId-000000000006',
        eventSourceArn:
          'arn:aws:kinesis:us-east-1:123456789012:stream/lambda-stream',
        isFinalInvokeForWindow: false,
        isWindowTerminatedEarly: false,
      });
    });

    it('returns undefined for each when the event is not a window invocation', () => {
      expectGetters(new KinesisStreamEvent(load()), {
        shardId: undefined,
        eventSourceArn: undefined,
        isFinalInvokeForWindow: undefined,
        isWindowTerminatedEarly: undefined,
      });
    });

    it('returns the flags as set', () => {
      const event = withEvent({
        isFinalInvokeForWindow: true,
        isWindowTerminatedEarly: true,
      });

      expectGetters(event, {
        isFinalInvokeForWindow: true,
        isWindowTerminatedEarly: true,
      });
    });
  });

  describe('rawEvent', () => {
    it('returns the event passed in', () => {
      const raw = load();

      expect(new KinesisStreamEvent(raw).rawEvent).toBe(raw);
    });
  });

  describe('toJSON', () => {
    it('returns the raw event', () => {
      const raw = load();

      const json = JSON.parse(JSON.stringify(new KinesisStreamEvent(raw)));

      expect(json).toEqual(raw);
    });
  });
});

describe('KinesisStreamRecord', () => {
  it('returns each field of the record', () => {
    expectGetters(firstRecord(), {
      awsRegion: 'us-east-2',
      eventId:
        'shardId-000000000006:49590338271490256608559692538361571095921575989136588898',
      eventName: 'aws:kinesis:record',
      eventSource: 'aws:kinesis',
      eventSourceArn:
        'arn:aws:kinesis:us-east-2:123456789012:stream/lambda-stream',
      eventVersion: '1.0',
      invokeIdentityArn: 'arn:aws:iam::123456789012:role/lambda-role',
    });
  });

  describe('kinesis', () => {
    it('wraps the record’s kinesis part, once', () => {
      const raw = load();
      const record = new KinesisStreamEvent(raw).records[1];

      const payload = record?.kinesis;

      expect(payload).toBeInstanceOf(KinesisStreamRecordPayload);
      expect(payload?.rawEvent).toBe(raw.Records[1]?.kinesis);
      expect(record?.kinesis).toBe(payload);
    });
  });
});

describe('KinesisStreamRecordPayload', () => {
  it('returns each field of the payload', () => {
    expectGetters(firstRecord().kinesis, {
      approximateArrivalTimestamp: 1545084650.987,
      data: 'SGVsbG8sIHRoaXMgaXMgYSB0ZXN0Lg==',
      kinesisSchemaVersion: '1.0',
      partitionKey: '1',
      sequenceNumber:
        '49590338271490256608559692538361571095921575989136588898',
      encryptionType: undefined,
    });
  });

  describe('partitionKey', () => {
    it('returns the key the producer chose', () => {
      expect(
        firstRecord('kinesis-stream-event.json-data').kinesis.partitionKey
      ).toBe('thermostat-12');
    });
  });

  describe('encryptionType', () => {
    it('returns KMS for a record from an encrypted stream', () => {
      expect(
        firstRecord('kinesis-stream-event.kms').kinesis.encryptionType
      ).toBe('KMS');
    });
  });

  describe('dataAsBytes', () => {
    it('returns the decoded bytes, the same array on every access', () => {
      const payload = firstRecord().kinesis;

      const bytes = payload.dataAsBytes;

      expect(Buffer.from(bytes).toString('latin1')).toBe(
        'Hello, this is a test.'
      );
      expect(payload.dataAsBytes).toBe(bytes);
    });
  });

  describe('dataAsText', () => {
    it('returns the decoded text of each record', () => {
      const event = new KinesisStreamEvent(load());

      const texts = event.records.map((record) => record.kinesis.dataAsText);

      expect(texts).toEqual(['Hello, this is a test.', 'This is only a test.']);
    });

    it('returns the same text after the bytes were read', () => {
      const payload = firstRecord().kinesis;

      payload.dataAsBytes;

      expect(payload.dataAsText).toBe('Hello, this is a test.');
    });
  });

  describe('dataAsJson', () => {
    it('returns the parsed JSON of each record', () => {
      const event = new KinesisStreamEvent<{ sensor?: string }>(
        load('kinesis-stream-event.json-data')
      );

      const json = event.records.map((record) => record.kinesis.dataAsJson);

      expect(json).toEqual([
        { sensor: 'thermostat-12', temperature: 21.5, unit: 'C' },
        { orderId: '1234', status: 'SHIPPED' },
      ]);
    });

    it('parses once and returns the same object on every access', () => {
      const deserializer = counted(JSON.parse);
      const payload = new KinesisStreamEvent(
        load('kinesis-stream-event.json-data'),
        { jsonDeserializer: deserializer }
      ).records[0]?.kinesis;

      const json = payload?.dataAsJson;

      expect(payload?.dataAsJson).toBe(json);
      expect(deserializer.calls).toBe(1);
    });

    it('uses the jsonDeserializer option', () => {
      const event = new KinesisStreamEvent(
        load('kinesis-stream-event.json-data'),
        { jsonDeserializer: (text) => ({ length: text.length }) }
      );

      expect(event.records[1]?.kinesis.dataAsJson).toEqual({ length: 37 });
    });
  });

  describe('dataZlibCompressedAsJson', () => {
    it('returns the inflated and parsed CloudWatch Logs payload', () => {
      const payload = firstRecord(
        'kinesis-stream-event.cloudwatch-logs'
      ).kinesis;

      expect(payload.dataZlibCompressedAsJson).toEqual(
        loadEvent('cloudwatch-logs-subscription-data')
      );
    });

    it('inflates and parses once', () => {
      const deserializer = counted(JSON.parse);
      const payload = new KinesisStreamEvent(
        load('kinesis-stream-event.cloudwatch-logs'),
        { jsonDeserializer: deserializer }
      ).records[0]?.kinesis;

      const json = payload?.dataZlibCompressedAsJson;

      expect(payload?.dataZlibCompressedAsJson).toBe(json);
      expect(deserializer.calls).toBe(1);
    });

    it('inflates zlib data as well as gzip', () => {
      const event = withPayload({
        data: gzipSync('{"a":1}').toString('base64'),
      });

      expect(event.records[0]?.kinesis.dataZlibCompressedAsJson).toEqual({
        a: 1,
      });
    });
  });
});

describe('malformed input', () => {
  it('throws MissingFieldError when Records is missing', () => {
    expectEvtError(
      () => new KinesisStreamEvent({} as RawKinesisStreamEvent).records,
      MissingFieldError,
      'KinesisStreamEvent: Records is missing'
    );
  });

  it('throws FieldTypeError when Records is not an array', () => {
    expectEvtError(
      () => withEvent({ Records: 'none' }).records,
      FieldTypeError,
      'KinesisStreamEvent: Records must be array, got string'
    );
  });

  it('throws FieldTypeError when a record is not an object', () => {
    expectEvtError(
      () => withEvent({ Records: [42] }).records,
      FieldTypeError,
      'KinesisStreamEvent: Records[0] must be object, got number'
    );
  });

  it('throws MissingFieldError when kinesis is missing', () => {
    expectEvtError(
      () => withEvent({ Records: [{ eventID: 'x' }] }).records[0]?.kinesis,
      MissingFieldError,
      'KinesisStreamEvent: Records[0].kinesis is missing'
    );
  });

  it('throws MissingFieldError when eventID is missing', () => {
    expectEvtError(
      () => withEvent({ Records: [{}] }).records[0]?.eventId,
      MissingFieldError,
      'KinesisStreamEvent: Records[0].eventID is missing'
    );
  });

  it('throws FieldTypeError when approximateArrivalTimestamp is a string', () => {
    expectEvtError(
      () =>
        withPayload({ approximateArrivalTimestamp: '1545084650' }).records[0]
          ?.kinesis.approximateArrivalTimestamp,
      FieldTypeError,
      'KinesisStreamEvent: Records[0].kinesis.approximateArrivalTimestamp must be number, got string'
    );
  });

  it('throws FieldTypeError when encryptionType is a number', () => {
    expectEvtError(
      () =>
        withPayload({ encryptionType: 1 }).records[0]?.kinesis.encryptionType,
      FieldTypeError,
      'KinesisStreamEvent: Records[0].kinesis.encryptionType must be string, got number'
    );
  });

  it('throws MissingFieldError when data is missing', () => {
    expectEvtError(
      () => withPayload({ data: undefined }).records[0]?.kinesis.dataAsText,
      MissingFieldError,
      'KinesisStreamEvent: Records[0].kinesis.data is missing'
    );
  });

  it('throws DecodeError when data is not base64', () => {
    expectEvtError(
      () =>
        withPayload({ data: 'not base64!' }).records[0]?.kinesis.dataAsBytes,
      DecodeError,
      'KinesisStreamEvent: Records[0].kinesis.data is not valid base64: unexpected character, padding or length'
    );
  });

  it('throws DecodeError when data is not UTF-8', () => {
    expectEvtError(
      () => withPayload({ data: '//79' }).records[0]?.kinesis.dataAsText,
      DecodeError,
      'KinesisStreamEvent: Records[0].kinesis.data is not valid UTF-8: invalid byte sequence'
    );
  });

  it('throws DecodeError when data is not JSON', () => {
    const error = expectEvtError(
      () => firstRecord().kinesis.dataAsJson,
      DecodeError,
      `KinesisStreamEvent: Records[0].kinesis.data is not valid JSON: ${jsonErrorOf('Hello, this is a test.')}`
    );

    expect(error.cause).toBeUndefined();
  });

  it('throws DecodeError when data is not gzip or zlib', () => {
    expectEvtError(
      () => firstRecord().kinesis.dataZlibCompressedAsJson,
      DecodeError,
      'KinesisStreamEvent: Records[0].kinesis.data is not valid gzip/zlib data: incorrect header check'
    );
  });

  it('throws DecodeError when the inflated data is not UTF-8', () => {
    expectEvtError(
      () =>
        withPayload({
          data: gzipSync(Buffer.from([0xff, 0xfe])).toString('base64'),
        }).records[0]?.kinesis.dataZlibCompressedAsJson,
      DecodeError,
      'KinesisStreamEvent: Records[0].kinesis.data is not valid UTF-8: invalid byte sequence'
    );
  });

  it('throws PayloadTooLargeError when the inflated data passes the cap', () => {
    const event = new KinesisStreamEvent(
      load('kinesis-stream-event.cloudwatch-logs'),
      { maxInflatedBytes: 16 }
    );

    expectEvtError(
      () => event.records[0]?.kinesis.dataZlibCompressedAsJson,
      PayloadTooLargeError,
      'KinesisStreamEvent: Records[0].kinesis.data inflates to more than 16 bytes (maxInflatedBytes)'
    );
  });

  it('throws FieldTypeError when window is a string', () => {
    expectEvtError(
      () => withEvent({ window: '2020-12-09' }).window,
      FieldTypeError,
      'KinesisStreamEvent: window must be object, got string'
    );
  });

  it('throws MissingFieldError when window.start is missing', () => {
    expectEvtError(
      () =>
        withEvent({ window: { end: '2020-12-09T07:06:00Z' } }).window?.start,
      MissingFieldError,
      'KinesisStreamEvent: window.start is missing'
    );
  });

  it('throws FieldTypeError when state is an array', () => {
    expectEvtError(
      () => withEvent({ state: [1] }).state,
      FieldTypeError,
      'KinesisStreamEvent: state must be object, got array'
    );
  });

  it('throws FieldTypeError when shardId is a number', () => {
    expectEvtError(
      () => withEvent({ shardId: 6 }).shardId,
      FieldTypeError,
      'KinesisStreamEvent: shardId must be string, got number'
    );
  });

  it('throws FieldTypeError when eventSourceARN is a number', () => {
    expectEvtError(
      () => withEvent({ eventSourceARN: 6 }).eventSourceArn,
      FieldTypeError,
      'KinesisStreamEvent: eventSourceARN must be string, got number'
    );
  });

  it('throws FieldTypeError when the window flags are strings', () => {
    const event = withEvent({
      isFinalInvokeForWindow: 'true',
      isWindowTerminatedEarly: 'false',
    });

    expectEvtError(
      () => event.isFinalInvokeForWindow,
      FieldTypeError,
      'KinesisStreamEvent: isFinalInvokeForWindow must be boolean, got string'
    );
    expectEvtError(
      () => event.isWindowTerminatedEarly,
      FieldTypeError,
      'KinesisStreamEvent: isWindowTerminatedEarly must be boolean, got string'
    );
  });

  it('throws FieldTypeError when the constructor gets a non-object', () => {
    expectEvtError(
      () => new KinesisStreamEvent('event' as never),
      FieldTypeError,
      'KinesisStreamEvent must be object, got string'
    );
  });
});
