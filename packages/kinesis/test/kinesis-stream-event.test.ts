import { gzipSync } from 'node:zlib';
import { loadEvent } from '@evt/config/events';
import {
  DecodeError,
  FieldTypeError,
  MissingFieldError,
  PayloadTooLargeError,
} from '@evt/core';
import { describe, expect, it } from 'vitest';
import {
  KinesisStreamEvent,
  type RawKinesisStreamEvent,
} from '../src/kinesis-stream-event';

function load(name: string): RawKinesisStreamEvent {
  return loadEvent<RawKinesisStreamEvent>(name);
}

function firstRecord(name = 'kinesis-stream-event') {
  const record = new KinesisStreamEvent(load(name)).records[0];
  if (!record) throw new Error(`${name} has no records`);
  return record;
}

function withPayload(
  changes: Record<string, unknown>
): KinesisStreamEvent<unknown> {
  const raw = loadEvent<RawKinesisStreamEvent>('kinesis-stream-event', {
    frozen: false,
  });
  const first = raw.Records[0] as unknown as {
    kinesis: Record<string, unknown>;
  };
  first.kinesis = { ...first.kinesis, ...changes };
  return new KinesisStreamEvent(raw);
}

function rawWith(change: (raw: Record<string, unknown>) => void) {
  const raw = loadEvent<Record<string, unknown>>('kinesis-stream-event', {
    frozen: false,
  });
  change(raw);
  return new KinesisStreamEvent(raw as unknown as RawKinesisStreamEvent);
}

describe('KinesisStreamEvent', () => {
  describe('records', () => {
    it('returns one record per raw record, in order', () => {
      const event = new KinesisStreamEvent(load('kinesis-stream-event'));

      const records = event.records;

      expect(records.map((record) => record.kinesis.sequenceNumber)).toEqual([
        '49590338271490256608559692538361571095921575989136588898',
        '49590338271490256608559692540925702759324208523137515618',
      ]);
    });

    it('returns the same array on every access', () => {
      const event = new KinesisStreamEvent(load('kinesis-stream-event'));

      const first = event.records;

      expect(event.records).toBe(first);
    });
  });

  describe('window', () => {
    it('returns the window of a tumbling-window event', () => {
      const event = new KinesisStreamEvent(
        load('kinesis-stream-event.tumbling-window')
      );

      const window = event.window;

      expect(window?.start).toBe('2020-12-09T07:04:00Z');
      expect(window?.end).toBe('2020-12-09T07:06:00Z');
      expect(event.window).toBe(window);
    });

    it('returns undefined when the event has no window', () => {
      const event = new KinesisStreamEvent(load('kinesis-stream-event'));

      const window = event.window;

      expect(window).toBeUndefined();
    });
  });

  describe('state', () => {
    it('returns the state of a tumbling-window event', () => {
      const event = new KinesisStreamEvent<unknown, { [key: string]: number }>(
        load('kinesis-stream-event.tumbling-window')
      );

      const state = event.state;

      expect(state).toEqual({ '1': 282, '2': 715 });
    });

    it('returns an empty object when the event has no state', () => {
      const event = new KinesisStreamEvent(load('kinesis-stream-event'));

      const state = event.state;

      expect(state).toEqual({});
    });
  });

  describe('shardId', () => {
    it('returns the shard of a tumbling-window event', () => {
      const event = new KinesisStreamEvent(
        load('kinesis-stream-event.tumbling-window')
      );

      expect(event.shardId).toBe('shardId-000000000006');
    });

    it('returns undefined when the event has none', () => {
      const event = new KinesisStreamEvent(load('kinesis-stream-event'));

      expect(event.shardId).toBeUndefined();
    });
  });

  describe('eventSourceArn', () => {
    it('returns the stream ARN of a tumbling-window event', () => {
      const event = new KinesisStreamEvent(
        load('kinesis-stream-event.tumbling-window')
      );

      expect(event.eventSourceArn).toBe(
        'arn:aws:kinesis:us-east-1:123456789012:stream/lambda-stream'
      );
    });

    it('returns undefined when the event has none', () => {
      const event = new KinesisStreamEvent(load('kinesis-stream-event'));

      expect(event.eventSourceArn).toBeUndefined();
    });
  });

  describe('isFinalInvokeForWindow', () => {
    it('returns the flag of a tumbling-window event', () => {
      const event = new KinesisStreamEvent(
        load('kinesis-stream-event.tumbling-window')
      );

      expect(event.isFinalInvokeForWindow).toBe(false);
    });

    it('returns undefined when the event has none', () => {
      const event = new KinesisStreamEvent(load('kinesis-stream-event'));

      expect(event.isFinalInvokeForWindow).toBeUndefined();
    });
  });

  describe('isWindowTerminatedEarly', () => {
    it('returns the flag of a tumbling-window event', () => {
      const event = new KinesisStreamEvent(
        load('kinesis-stream-event.tumbling-window')
      );

      expect(event.isWindowTerminatedEarly).toBe(false);
    });

    it('returns undefined when the event has none', () => {
      const event = new KinesisStreamEvent(load('kinesis-stream-event'));

      expect(event.isWindowTerminatedEarly).toBeUndefined();
    });
  });

  describe('toJSON', () => {
    it('returns the raw event', () => {
      const raw = load('kinesis-stream-event');

      const json = JSON.parse(JSON.stringify(new KinesisStreamEvent(raw)));

      expect(json).toEqual(raw);
    });
  });
});

describe('KinesisStreamRecord', () => {
  describe('awsRegion', () => {
    it('returns the Region of the stream', () => {
      expect(firstRecord().awsRegion).toBe('us-east-2');
    });
  });

  describe('eventId', () => {
    it('returns the shard and sequence number', () => {
      expect(firstRecord().eventId).toBe(
        'shardId-000000000006:49590338271490256608559692538361571095921575989136588898'
      );
    });
  });

  describe('eventName', () => {
    it('returns the event type', () => {
      expect(firstRecord().eventName).toBe('aws:kinesis:record');
    });
  });

  describe('eventSource', () => {
    it('returns the source service', () => {
      expect(firstRecord().eventSource).toBe('aws:kinesis');
    });
  });

  describe('eventSourceArn', () => {
    it('returns the stream ARN', () => {
      expect(firstRecord().eventSourceArn).toBe(
        'arn:aws:kinesis:us-east-2:123456789012:stream/lambda-stream'
      );
    });
  });

  describe('eventVersion', () => {
    it('returns the record format version', () => {
      expect(firstRecord().eventVersion).toBe('1.0');
    });
  });

  describe('invokeIdentityArn', () => {
    it('returns the execution role ARN', () => {
      expect(firstRecord().invokeIdentityArn).toBe(
        'arn:aws:iam::123456789012:role/lambda-role'
      );
    });
  });

  describe('kinesis', () => {
    it('returns the same payload wrapper on every access', () => {
      const record = firstRecord();

      const payload = record.kinesis;

      expect(record.kinesis).toBe(payload);
      expect(payload.partitionKey).toBe('1');
    });
  });
});

describe('KinesisStreamRecordPayload', () => {
  describe('approximateArrivalTimestamp', () => {
    it('returns the arrival time in seconds', () => {
      expect(firstRecord().kinesis.approximateArrivalTimestamp).toBe(
        1545084650.987
      );
    });
  });

  describe('data', () => {
    it('returns the base64 data as sent', () => {
      expect(firstRecord().kinesis.data).toBe(
        'SGVsbG8sIHRoaXMgaXMgYSB0ZXN0Lg=='
      );
    });
  });

  describe('kinesisSchemaVersion', () => {
    it('returns the schema version', () => {
      expect(firstRecord().kinesis.kinesisSchemaVersion).toBe('1.0');
    });
  });

  describe('partitionKey', () => {
    it('returns the partition key', () => {
      expect(
        firstRecord('kinesis-stream-event.json-data').kinesis.partitionKey
      ).toBe('thermostat-12');
    });
  });

  describe('sequenceNumber', () => {
    it('returns the sequence number', () => {
      expect(firstRecord().kinesis.sequenceNumber).toBe(
        '49590338271490256608559692538361571095921575989136588898'
      );
    });
  });

  describe('encryptionType', () => {
    it('returns KMS for a record from an encrypted stream', () => {
      expect(
        firstRecord('kinesis-stream-event.kms').kinesis.encryptionType
      ).toBe('KMS');
    });

    it('returns undefined when the record has none', () => {
      expect(firstRecord().kinesis.encryptionType).toBeUndefined();
    });
  });

  describe('dataAsBytes', () => {
    it('returns the decoded bytes, cached', () => {
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
      const event = new KinesisStreamEvent(load('kinesis-stream-event'));

      const texts = event.records.map((record) => record.kinesis.dataAsText);

      expect(texts).toEqual(['Hello, this is a test.', 'This is only a test.']);
    });
  });

  describe('dataAsJson', () => {
    it('returns the parsed JSON, cached', () => {
      const event = new KinesisStreamEvent<{ sensor: string }>(
        load('kinesis-stream-event.json-data')
      );
      const payload = event.records[0]?.kinesis;

      const json = payload?.dataAsJson;

      expect(json).toEqual({
        sensor: 'thermostat-12',
        temperature: 21.5,
        unit: 'C',
      });
      expect(payload?.dataAsJson).toBe(json);
    });

    it('uses the jsonDeserializer option', () => {
      const event = new KinesisStreamEvent(
        load('kinesis-stream-event.json-data'),
        {
          jsonDeserializer: (text) => ({ length: text.length }),
        }
      );

      const json = event.records[1]?.kinesis.dataAsJson;

      expect(json).toEqual({ length: 37 });
    });
  });

  describe('dataZlibCompressedAsJson', () => {
    it('returns the inflated and parsed CloudWatch Logs payload, cached', () => {
      const payload = firstRecord(
        'kinesis-stream-event.cloudwatch-logs'
      ).kinesis;

      const json = payload.dataZlibCompressedAsJson;

      expect(json).toEqual(loadEvent('cloudwatch-logs-subscription-data'));
      expect(payload.dataZlibCompressedAsJson).toBe(json);
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
    const event = rawWith((raw) => {
      delete raw.Records;
    });

    expect(() => event.records).toThrow(MissingFieldError);
    expect(() => event.records).toThrow(
      'KinesisStreamEvent: Records is missing'
    );
  });

  it('throws FieldTypeError when Records is not an array', () => {
    const event = rawWith((raw) => {
      raw.Records = 'none';
    });

    expect(() => event.records).toThrow(FieldTypeError);
    expect(() => event.records).toThrow(
      'KinesisStreamEvent: Records must be array, got string'
    );
  });

  it('throws FieldTypeError when a record is not an object', () => {
    const event = rawWith((raw) => {
      raw.Records = [42];
    });

    expect(() => event.records).toThrow(FieldTypeError);
    expect(() => event.records).toThrow(
      'KinesisStreamEvent: Records[0] must be object, got number'
    );
  });

  it('throws MissingFieldError when kinesis is missing', () => {
    const event = rawWith((raw) => {
      raw.Records = [{ eventID: 'x' }];
    });

    expect(() => event.records[0]?.kinesis).toThrow(MissingFieldError);
    expect(() => event.records[0]?.kinesis).toThrow(
      'KinesisStreamEvent: Records[0].kinesis is missing'
    );
  });

  it('throws MissingFieldError when eventID is missing', () => {
    const event = rawWith((raw) => {
      raw.Records = [{}];
    });

    expect(() => event.records[0]?.eventId).toThrow(MissingFieldError);
    expect(() => event.records[0]?.eventId).toThrow(
      'KinesisStreamEvent: Records[0].eventID is missing'
    );
  });

  it('throws FieldTypeError when approximateArrivalTimestamp is a string', () => {
    const event = withPayload({ approximateArrivalTimestamp: '1545084650' });

    expect(() => event.records[0]?.kinesis.approximateArrivalTimestamp).toThrow(
      FieldTypeError
    );
    expect(() => event.records[0]?.kinesis.approximateArrivalTimestamp).toThrow(
      'KinesisStreamEvent: Records[0].kinesis.approximateArrivalTimestamp must be number, got string'
    );
  });

  it('throws MissingFieldError when data is missing', () => {
    const event = withPayload({ data: undefined });

    expect(() => event.records[0]?.kinesis.dataAsText).toThrow(
      MissingFieldError
    );
    expect(() => event.records[0]?.kinesis.dataAsText).toThrow(
      'KinesisStreamEvent: Records[0].kinesis.data is missing'
    );
  });

  it('throws FieldTypeError when encryptionType is a number', () => {
    const event = withPayload({ encryptionType: 1 });

    expect(() => event.records[0]?.kinesis.encryptionType).toThrow(
      'KinesisStreamEvent: Records[0].kinesis.encryptionType must be string, got number'
    );
  });

  it('throws DecodeError when data is not base64', () => {
    const event = withPayload({ data: 'not base64!' });

    expect(() => event.records[0]?.kinesis.dataAsBytes).toThrow(DecodeError);
    expect(() => event.records[0]?.kinesis.dataAsBytes).toThrow(
      'KinesisStreamEvent: Records[0].kinesis.data is not valid base64: unexpected character, padding or length'
    );
  });

  it('throws DecodeError when data is not UTF-8', () => {
    const event = withPayload({ data: '//79' });

    expect(() => event.records[0]?.kinesis.dataAsText).toThrow(
      'KinesisStreamEvent: Records[0].kinesis.data is not valid UTF-8: invalid byte sequence'
    );
  });

  it('throws DecodeError when data is not JSON', () => {
    const event = new KinesisStreamEvent(load('kinesis-stream-event'));

    expect(() => event.records[0]?.kinesis.dataAsJson).toThrow(DecodeError);
    expect(() => event.records[0]?.kinesis.dataAsJson).toThrow(
      /^KinesisStreamEvent: Records\[0\]\.kinesis\.data is not valid JSON: /
    );
  });

  it('throws DecodeError when data is not gzip', () => {
    const event = new KinesisStreamEvent(load('kinesis-stream-event'));

    expect(() => event.records[0]?.kinesis.dataZlibCompressedAsJson).toThrow(
      DecodeError
    );
    expect(() => event.records[0]?.kinesis.dataZlibCompressedAsJson).toThrow(
      'KinesisStreamEvent: Records[0].kinesis.data is not valid gzip/zlib data: incorrect header check'
    );
  });

  it('throws PayloadTooLargeError when the inflated data passes the cap', () => {
    const event = new KinesisStreamEvent(
      load('kinesis-stream-event.cloudwatch-logs'),
      { maxInflatedBytes: 16 }
    );

    expect(() => event.records[0]?.kinesis.dataZlibCompressedAsJson).toThrow(
      PayloadTooLargeError
    );
    expect(() => event.records[0]?.kinesis.dataZlibCompressedAsJson).toThrow(
      'KinesisStreamEvent: Records[0].kinesis.data inflates to more than 16 bytes (maxInflatedBytes)'
    );
  });

  it('throws FieldTypeError when window is a string', () => {
    const event = rawWith((raw) => {
      raw.window = '2020-12-09';
    });

    expect(() => event.window).toThrow(FieldTypeError);
    expect(() => event.window).toThrow(
      'KinesisStreamEvent: window must be object, got string'
    );
  });

  it('throws MissingFieldError when window.start is missing', () => {
    const event = rawWith((raw) => {
      raw.window = { end: '2020-12-09T07:06:00Z' };
    });

    expect(() => event.window?.start).toThrow(MissingFieldError);
    expect(() => event.window?.start).toThrow(
      'KinesisStreamEvent: window.start is missing'
    );
  });

  it('throws FieldTypeError when state is an array', () => {
    const event = rawWith((raw) => {
      raw.state = [1];
    });

    expect(() => event.state).toThrow(
      'KinesisStreamEvent: state must be object, got array'
    );
  });

  it('throws FieldTypeError when the window flags are strings', () => {
    const event = rawWith((raw) => {
      raw.isFinalInvokeForWindow = 'true';
      raw.isWindowTerminatedEarly = 'false';
      raw.shardId = 6;
    });

    expect(() => event.isFinalInvokeForWindow).toThrow(
      'KinesisStreamEvent: isFinalInvokeForWindow must be boolean, got string'
    );
    expect(() => event.isWindowTerminatedEarly).toThrow(
      'KinesisStreamEvent: isWindowTerminatedEarly must be boolean, got string'
    );
    expect(() => event.shardId).toThrow(
      'KinesisStreamEvent: shardId must be string, got number'
    );
  });

  it('throws FieldTypeError when the constructor gets a non-object', () => {
    expect(() => new KinesisStreamEvent('event' as never)).toThrow(
      'KinesisStreamEvent must be object, got string'
    );
  });
});
