import { loadEvent } from '@evt/config/events';
import { DecodeError, FieldTypeError, MissingFieldError } from '@evt/core';
import { describe, expect, it } from 'vitest';
import {
  KinesisFirehoseEvent,
  type RawKinesisFirehoseEvent,
} from '../src/kinesis-firehose-event';
import {
  KinesisFirehoseDataTransformationRecord,
  KinesisFirehoseDataTransformationRecordMetadata,
} from '../src/kinesis-firehose-response';

function load(name = 'kinesis-firehose-event'): RawKinesisFirehoseEvent {
  return loadEvent<RawKinesisFirehoseEvent>(name);
}

function record(index: number, name = 'kinesis-firehose-event') {
  const found = new KinesisFirehoseEvent(load(name)).records[index];
  if (!found) throw new Error(`${name} has no record ${index}`);
  return found;
}

function rawWith(
  change: (raw: Record<string, unknown>) => void,
  name = 'kinesis-firehose-event.kinesis-source'
): KinesisFirehoseEvent {
  const raw = loadEvent<Record<string, unknown>>(name, { frozen: false });
  change(raw);
  return new KinesisFirehoseEvent(raw as unknown as RawKinesisFirehoseEvent);
}

function firstRecordWith(changes: Record<string, unknown>) {
  return rawWith((raw) => {
    const records = raw.records as Record<string, unknown>[];
    records[0] = { ...records[0], ...changes };
  }).records[0];
}

function firstMetadataWith(changes: Record<string, unknown>) {
  return rawWith((raw) => {
    const records = raw.records as Record<string, Record<string, unknown>>[];
    const first = records[0] as Record<string, Record<string, unknown>>;
    first.kinesisRecordMetadata = {
      ...first.kinesisRecordMetadata,
      ...changes,
    };
  }).records[0]?.metadata;
}

describe('KinesisFirehoseEvent', () => {
  describe('invocationId', () => {
    it('returns the invocation ID', () => {
      expect(new KinesisFirehoseEvent(load()).invocationId).toBe(
        'invocationIdExample'
      );
    });
  });

  describe('deliveryStreamArn', () => {
    it('returns the Firehose stream ARN', () => {
      expect(new KinesisFirehoseEvent(load()).deliveryStreamArn).toBe(
        'arn:aws:firehose:us-east-1:123456789012:deliverystream/lambda-transform-stream'
      );
    });
  });

  describe('sourceKinesisStreamArn', () => {
    it('returns the Kinesis stream ARN of a Kinesis-sourced event', () => {
      const event = new KinesisFirehoseEvent(
        load('kinesis-firehose-event.kinesis-source')
      );

      expect(event.sourceKinesisStreamArn).toBe(
        'arn:aws:kinesis:us-east-1:123456789012:stream/kinesis-source'
      );
    });

    it('returns undefined for a direct PUT event', () => {
      expect(
        new KinesisFirehoseEvent(load()).sourceKinesisStreamArn
      ).toBeUndefined();
    });
  });

  describe('region', () => {
    it('returns the Region', () => {
      expect(new KinesisFirehoseEvent(load()).region).toBe('us-east-1');
    });
  });

  describe('records', () => {
    it('returns one record per raw record, in order, cached', () => {
      const event = new KinesisFirehoseEvent(
        load('kinesis-firehose-event.kinesis-source')
      );

      const records = event.records;

      expect(records.map((item) => item.recordId)).toEqual([
        'record1',
        'record2',
      ]);
      expect(event.records).toBe(records);
    });
  });
});

describe('KinesisFirehoseRecord', () => {
  describe('approximateArrivalTimestamp', () => {
    it('returns the arrival time in milliseconds', () => {
      expect(record(0).approximateArrivalTimestamp).toBe(1495072949453);
    });
  });

  describe('recordId', () => {
    it('returns the record ID', () => {
      expect(record(0).recordId).toBe(
        '49546986683135544286507457936321625675700192471156785154'
      );
    });
  });

  describe('data', () => {
    it('returns the base64 data as sent', () => {
      expect(record(0).data).toBe('SGVsbG8sIHRoaXMgaXMgYSB0ZXN0IDEyMy4=');
    });
  });

  describe('metadata', () => {
    it('returns the Kinesis metadata, cached', () => {
      const found = record(0, 'kinesis-firehose-event.kinesis-source');

      const metadata = found.metadata;

      expect(metadata?.shardId).toBe('shardId-000000000000');
      expect(found.metadata).toBe(metadata);
    });

    it('returns undefined for a direct PUT record', () => {
      expect(record(0).metadata).toBeUndefined();
    });
  });

  describe('dataAsBytes', () => {
    it('returns the decoded bytes, cached', () => {
      const found = record(0);

      const bytes = found.dataAsBytes;

      expect(Buffer.from(bytes).toString('latin1')).toBe(
        'Hello, this is a test 123.'
      );
      expect(found.dataAsBytes).toBe(bytes);
    });
  });

  describe('dataAsText', () => {
    it('returns the decoded text', () => {
      expect(record(0).dataAsText).toBe('Hello, this is a test 123.');
    });
  });

  describe('dataAsJson', () => {
    it('returns the parsed JSON, cached', () => {
      const event = new KinesisFirehoseEvent<{ ticker_symbol: string }>(load());
      const found = event.records[1];

      const json = found?.dataAsJson;

      expect(json).toEqual({
        ticker_symbol: 'QXZ',
        sector: 'HEALTHCARE',
        change: -0.05,
        price: 84.51,
      });
      expect(found?.dataAsJson).toBe(json);
    });

    it('uses the jsonDeserializer option', () => {
      const event = new KinesisFirehoseEvent(
        load('kinesis-firehose-event.kinesis-source'),
        { jsonDeserializer: (text) => text.toUpperCase() }
      );

      expect(event.records[1]?.dataAsJson).toBe('{"HELLO": "WORLD"}');
    });
  });

  describe('buildDataTransformationResponse', () => {
    it('returns an Ok record with empty data by default', () => {
      const built = record(0).buildDataTransformationResponse();

      expect(built).toBeInstanceOf(KinesisFirehoseDataTransformationRecord);
      expect(built.asDict()).toEqual({
        recordId: '49546986683135544286507457936321625675700192471156785154',
        result: 'Ok',
        data: '',
      });
    });

    it('returns a record with the given data, result and metadata', () => {
      const metadata = new KinesisFirehoseDataTransformationRecordMetadata({
        partitionKeys: { year: '2023' },
      });

      const built = record(
        1,
        'kinesis-firehose-event.kinesis-source'
      ).buildDataTransformationResponse('e30=', 'ProcessingFailed', metadata);

      expect(built.asDict()).toEqual({
        recordId: 'record2',
        result: 'ProcessingFailed',
        data: 'e30=',
        metadata: { partitionKeys: { year: '2023' } },
      });
    });
  });
});

describe('KinesisFirehoseRecordMetadata', () => {
  const metadata = () =>
    record(0, 'kinesis-firehose-event.kinesis-source').metadata;

  describe('shardId', () => {
    it('returns the shard ID', () => {
      expect(metadata()?.shardId).toBe('shardId-000000000000');
    });
  });

  describe('partitionKey', () => {
    it('returns the partition key', () => {
      expect(metadata()?.partitionKey).toBe(
        '4d1ad2b9-24f8-4b9d-a088-76e9947c317a'
      );
    });
  });

  describe('approximateArrivalTimestamp', () => {
    it('returns the arrival time in the Kinesis stream', () => {
      expect(metadata()?.approximateArrivalTimestamp).toBe(1664028820148);
    });
  });

  describe('sequenceNumber', () => {
    it('returns the sequence number', () => {
      expect(metadata()?.sequenceNumber).toBe(
        '49546986683135544286507457936321625675700192471156785154'
      );
    });
  });

  describe('subsequenceNumber', () => {
    it('returns the number', () => {
      expect(metadata()?.subsequenceNumber).toBe(0);
    });

    it('returns the string of an older event', () => {
      expect(
        record(1, 'kinesis-firehose-event.kinesis-source').metadata
          ?.subsequenceNumber
      ).toBe('');
    });

    it('returns undefined when absent', () => {
      expect(
        firstMetadataWith({ subsequenceNumber: undefined })?.subsequenceNumber
      ).toBeUndefined();
    });
  });
});

describe('malformed input', () => {
  it('throws MissingFieldError when records is missing', () => {
    const event = rawWith((raw) => {
      delete raw.records;
    });

    expect(() => event.records).toThrow(MissingFieldError);
    expect(() => event.records).toThrow(
      'KinesisFirehoseEvent: records is missing'
    );
  });

  it('throws FieldTypeError when a record is not an object', () => {
    const event = rawWith((raw) => {
      raw.records = ['record1'];
    });

    expect(() => event.records).toThrow(FieldTypeError);
    expect(() => event.records).toThrow(
      'KinesisFirehoseEvent: records[0] must be object, got string'
    );
  });

  it('throws MissingFieldError when invocationId is missing', () => {
    const event = rawWith((raw) => {
      delete raw.invocationId;
    });

    expect(() => event.invocationId).toThrow(MissingFieldError);
    expect(() => event.invocationId).toThrow(
      'KinesisFirehoseEvent: invocationId is missing'
    );
  });

  it('throws FieldTypeError when sourceKinesisStreamArn is a number', () => {
    const event = rawWith((raw) => {
      raw.sourceKinesisStreamArn = 1;
    });

    expect(() => event.sourceKinesisStreamArn).toThrow(
      'KinesisFirehoseEvent: sourceKinesisStreamArn must be string, got number'
    );
  });

  it('throws FieldTypeError when approximateArrivalTimestamp is a string', () => {
    const found = firstRecordWith({ approximateArrivalTimestamp: 'now' });

    expect(() => found?.approximateArrivalTimestamp).toThrow(FieldTypeError);
    expect(() => found?.approximateArrivalTimestamp).toThrow(
      'KinesisFirehoseEvent: records[0].approximateArrivalTimestamp must be number, got string'
    );
  });

  it('throws FieldTypeError when kinesisRecordMetadata is a string', () => {
    const found = firstRecordWith({ kinesisRecordMetadata: 'shard' });

    expect(() => found?.metadata).toThrow(
      'KinesisFirehoseEvent: records[0].kinesisRecordMetadata must be object, got string'
    );
  });

  it('throws MissingFieldError when the metadata has no shardId', () => {
    const metadata = firstMetadataWith({ shardId: null });

    expect(() => metadata?.shardId).toThrow(MissingFieldError);
    expect(() => metadata?.shardId).toThrow(
      'KinesisFirehoseEvent: records[0].kinesisRecordMetadata.shardId is missing'
    );
  });

  it('throws FieldTypeError when subsequenceNumber is a boolean', () => {
    const metadata = firstMetadataWith({ subsequenceNumber: true });

    expect(() => metadata?.subsequenceNumber).toThrow(
      'KinesisFirehoseEvent: records[0].kinesisRecordMetadata.subsequenceNumber must be number, got boolean'
    );
  });

  it('throws MissingFieldError when data is missing', () => {
    const found = firstRecordWith({ data: undefined });

    expect(() => found?.dataAsText).toThrow(
      'KinesisFirehoseEvent: records[0].data is missing'
    );
  });

  it('throws DecodeError when data is not base64', () => {
    const found = firstRecordWith({ data: '%%%' });

    expect(() => found?.dataAsBytes).toThrow(DecodeError);
    expect(() => found?.dataAsBytes).toThrow(
      'KinesisFirehoseEvent: records[0].data is not valid base64: unexpected character, padding or length'
    );
  });

  it('throws DecodeError when data is not JSON', () => {
    const found = record(0);

    expect(() => found.dataAsJson).toThrow(DecodeError);
    expect(() => found.dataAsJson).toThrow(
      /^KinesisFirehoseEvent: records\[0\]\.data is not valid JSON: /
    );
  });

  it('throws MissingFieldError when building a response without recordId', () => {
    const found = firstRecordWith({ recordId: undefined });

    expect(() => found?.buildDataTransformationResponse()).toThrow(
      'KinesisFirehoseEvent: records[0].recordId is missing'
    );
  });
});
