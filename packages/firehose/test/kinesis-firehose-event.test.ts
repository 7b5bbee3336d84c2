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
  KinesisFirehoseDataTransformationRecord,
  KinesisFirehoseDataTransformationRecordMetadata,
  KinesisFirehoseEvent,
  KinesisFirehoseMSKRecord,
  KinesisFirehoseMSKRecordMetadata,
  KinesisFirehoseRecord,
  KinesisFirehoseRecordMetadata,
  MissingFieldError,
  type RawKinesisFirehoseEvent,
} from '../src/index';

const DIRECT_PUT = 'kinesis-firehose-event';
const KINESIS_SOURCE = 'kinesis-firehose-event.kinesis-source';
const MSK_SOURCE = 'kinesis-firehose-event.msk-source';

function mskRecord(index: number): KinesisFirehoseRecord {
  return record(index, MSK_SOURCE);
}

/** The first record of the MSK-sourced sample, with fields changed. */
function firstMskRecordWith(
  changes: Record<string, unknown>
): KinesisFirehoseRecord {
  return new KinesisFirehoseEvent(
    patchEvent<RawKinesisFirehoseEvent>(MSK_SOURCE, (event) => {
      Object.assign(event.records[0] as object, changes);
    })
  ).records[0] as KinesisFirehoseRecord;
}

const load = (name = DIRECT_PUT): RawKinesisFirehoseEvent =>
  loadEvent<RawKinesisFirehoseEvent>(name);

function record(index: number, name = DIRECT_PUT): KinesisFirehoseRecord {
  return new KinesisFirehoseEvent(load(name)).records[
    index
  ] as KinesisFirehoseRecord;
}

/** The Kinesis-sourced sample with top-level fields changed. */
function withEvent(changes: Record<string, unknown>): KinesisFirehoseEvent {
  return new KinesisFirehoseEvent(
    patchEvent<RawKinesisFirehoseEvent>(KINESIS_SOURCE, (event) => {
      Object.assign(event, changes);
    })
  );
}

/** The first record of the Kinesis-sourced sample, with fields changed. */
function firstRecordWith(
  changes: Record<string, unknown>
): KinesisFirehoseRecord {
  return new KinesisFirehoseEvent(
    patchEvent<RawKinesisFirehoseEvent>(KINESIS_SOURCE, (event) => {
      Object.assign(event.records[0] as object, changes);
    })
  ).records[0] as KinesisFirehoseRecord;
}

/** The metadata of the first Kinesis-sourced record, with fields changed. */
function firstMetadataWith(
  changes: Record<string, unknown>
): KinesisFirehoseRecordMetadata | undefined {
  return new KinesisFirehoseEvent(
    patchEvent<RawKinesisFirehoseEvent>(KINESIS_SOURCE, (event) => {
      Object.assign(event.records[0]?.kinesisRecordMetadata as object, changes);
    })
  ).records[0]?.metadata;
}

describe('KinesisFirehoseEvent', () => {
  it('returns each field of a direct PUT event', () => {
    expectGetters(new KinesisFirehoseEvent(load()), {
      invocationId: 'invocationIdExample',
      deliveryStreamArn:
        'arn:aws:firehose:us-east-1:123456789012:deliverystream/lambda-transform-stream',
      sourceKinesisStreamArn: undefined,
      sourceMskArn: undefined,
      region: 'us-east-1',
    });
  });

  it('returns each field of an MSK-sourced event', () => {
    expectGetters(new KinesisFirehoseEvent(load(MSK_SOURCE)), {
      invocationId: '8c1d5e2f-4a3b-4f60-9d7e-2b1c0a9f8e7d',
      deliveryStreamArn:
        'arn:aws:firehose:us-east-1:123456789012:deliverystream/orders-to-s3',
      sourceKinesisStreamArn: undefined,
      sourceMskArn:
        'arn:aws:kafka:us-east-1:123456789012:cluster/orders-cluster/5f3e2d1c-0b9a-4c8d-8e7f-6a5b4c3d2e1f-3',
      region: 'us-east-1',
    });
  });

  it('returns each field of a Kinesis-sourced event', () => {
    expectGetters(new KinesisFirehoseEvent(load(KINESIS_SOURCE)), {
      invocationId: '2b4d1ad9-2f48-94bd-a088-767c317e994a',
      deliveryStreamArn:
        'arn:aws:firehose:us-east-2:123456789012:deliverystream/delivery-stream-name',
      sourceKinesisStreamArn:
        'arn:aws:kinesis:us-east-1:123456789012:stream/kinesis-source',
      region: 'us-east-2',
    });
  });

  describe('records', () => {
    it('wraps each raw record, in order', () => {
      const raw = load(KINESIS_SOURCE);

      const records = new KinesisFirehoseEvent(raw).records;

      expect(records.map((item) => item.recordId)).toEqual([
        'record1',
        'record2',
      ]);
      expect(records[0]?.rawEvent).toBe(raw.records[0]);
      expect(records[1]?.rawEvent).toBe(raw.records[1]);
    });

    it('wraps the records of an MSK-sourced event, reading their Kafka values', () => {
      const raw = load(MSK_SOURCE);

      const records = new KinesisFirehoseEvent(raw).records;

      expect(records).toHaveLength(2);
      expect(records[0]).toBeInstanceOf(KinesisFirehoseMSKRecord);
      expect(records[1]?.rawEvent).toBe(raw.records[1]);
      expect(records.map((item) => item.dataAsText)).toEqual([
        '{"orderId":"A-1042","status":"PACKED","total":42.5}',
        'heartbeat from warehouse-eu-2',
      ]);
    });

    it('wraps the records of other sources as plain Firehose records', () => {
      const records = new KinesisFirehoseEvent(load(KINESIS_SOURCE)).records;

      expect(records[0]).toBeInstanceOf(KinesisFirehoseRecord);
      expect(records[0]).not.toBeInstanceOf(KinesisFirehoseMSKRecord);
    });

    it('returns the same array on every access', () => {
      const event = new KinesisFirehoseEvent(load());

      const records = event.records;

      expect(event.records).toBe(records);
    });
  });

  describe('rawEvent', () => {
    it('returns the event passed in', () => {
      const raw = load();

      expect(new KinesisFirehoseEvent(raw).rawEvent).toBe(raw);
    });
  });
});

describe('KinesisFirehoseRecord', () => {
  it('returns each field of the record', () => {
    expectGetters(record(0), {
      approximateArrivalTimestamp: 1495072949453,
      recordId: '49546986683135544286507457936321625675700192471156785154',
      data: 'SGVsbG8sIHRoaXMgaXMgYSB0ZXN0IDEyMy4=',
      metadata: undefined,
    });
  });

  describe('metadata', () => {
    it('wraps the Kinesis metadata, once', () => {
      const raw = load(KINESIS_SOURCE);
      const found = new KinesisFirehoseEvent(raw).records[0];

      const metadata = found?.metadata;

      expect(metadata).toBeInstanceOf(KinesisFirehoseRecordMetadata);
      expect(metadata?.rawEvent).toBe(raw.records[0]?.kinesisRecordMetadata);
      expect(found?.metadata).toBe(metadata);
    });

    it('returns undefined for a direct PUT record', () => {
      expect(record(0).metadata).toBeUndefined();
    });
  });

  describe('dataAsBytes', () => {
    it('returns the decoded bytes, the same array on every access', () => {
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

    it('returns the same text after the bytes were read', () => {
      const found = record(1, KINESIS_SOURCE);

      found.dataAsBytes;

      expect(found.dataAsText).toBe('{"Hello": "World"}');
    });
  });

  describe('dataAsJson', () => {
    it('returns the parsed JSON', () => {
      const found = new KinesisFirehoseEvent<{ ticker_symbol: string }>(load())
        .records[1];

      expect(found?.dataAsJson).toEqual({
        ticker_symbol: 'QXZ',
        sector: 'HEALTHCARE',
        change: -0.05,
        price: 84.51,
      });
    });

    it('parses once and returns the same object on every access', () => {
      const deserializer = counted(JSON.parse);
      const found = new KinesisFirehoseEvent(load(), {
        jsonDeserializer: deserializer,
      }).records[1];

      const json = found?.dataAsJson;

      expect(found?.dataAsJson).toBe(json);
      expect(deserializer.calls).toBe(1);
    });

    it('uses the jsonDeserializer option', () => {
      const event = new KinesisFirehoseEvent(load(KINESIS_SOURCE), {
        jsonDeserializer: (text) => text.toUpperCase(),
      });

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

      const built = record(1, KINESIS_SOURCE).buildDataTransformationResponse(
        'e30=',
        'ProcessingFailed',
        metadata
      );

      expect(built.metadata).toBe(metadata);
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
  it('returns each field of the metadata', () => {
    expectGetters(record(0, KINESIS_SOURCE).metadata as object, {
      shardId: 'shardId-000000000000',
      partitionKey: '4d1ad2b9-24f8-4b9d-a088-76e9947c317a',
      approximateArrivalTimestamp: 1664028820148,
      sequenceNumber:
        '49546986683135544286507457936321625675700192471156785154',
      subsequenceNumber: 0,
    });
  });

  describe('subsequenceNumber', () => {
    it('returns the string of an older event', () => {
      expect(record(1, KINESIS_SOURCE).metadata?.subsequenceNumber).toBe('');
    });

    it('returns undefined when absent', () => {
      expect(
        firstMetadataWith({ subsequenceNumber: undefined })?.subsequenceNumber
      ).toBeUndefined();
    });
  });
});

describe('KinesisFirehoseRecord of an MSK source', () => {
  it('returns each field of the record, the Kafka value as data', () => {
    expectGetters(mskRecord(0), {
      recordId:
        '49652397837592186361437158744458932542452417216316932098000000000000000000000001',
      approximateArrivalTimestamp: 1716369573887,
      data: 'eyJvcmRlcklkIjoiQS0xMDQyIiwic3RhdHVzIjoiUEFDS0VEIiwidG90YWwiOjQyLjV9',
      metadata: undefined,
    });
  });

  describe('mskRecordMetadata', () => {
    it('wraps the partition and offset, once', () => {
      const raw = load(MSK_SOURCE);
      const found = new KinesisFirehoseEvent(raw).records[1];

      const metadata = found?.mskRecordMetadata;

      expect(metadata).toBeInstanceOf(KinesisFirehoseMSKRecordMetadata);
      expect(metadata?.rawEvent).toBe(raw.records[1]?.mskRecordMetadata);
      expect(found?.mskRecordMetadata).toBe(metadata);
      expectGetters(metadata as object, {
        offset: '1843',
        partitionId: '1',
        approximateArrivalTimestamp: 1716369574012,
      });
    });

    it('returns undefined for records of other sources', () => {
      expect(record(0, KINESIS_SOURCE).mskRecordMetadata).toBeUndefined();
      expect(record(0).mskRecordMetadata).toBeUndefined();
    });
  });

  describe('dataAsBytes', () => {
    it('returns the Kafka record value decoded from base64', () => {
      expect(Buffer.from(mskRecord(1).dataAsBytes).toString()).toBe(
        'heartbeat from warehouse-eu-2'
      );
    });
  });

  describe('dataAsJson', () => {
    it('returns the Kafka record value parsed once', () => {
      const deserializer = counted(JSON.parse);
      const found = new KinesisFirehoseEvent<{ orderId: string }>(
        load(MSK_SOURCE),
        { jsonDeserializer: deserializer }
      ).records[0] as KinesisFirehoseRecord<{ orderId: string }>;

      expect(found.dataAsJson.orderId).toBe('A-1042');
      expect(found.dataAsJson).toBe(found.dataAsJson);
      expect(deserializer.calls).toBe(1);
    });
  });

  describe('buildDataTransformationResponse', () => {
    it('answers with kafkaRecordValue, as Firehose reads it for MSK', () => {
      const built = mskRecord(0).buildDataTransformationResponse(
        'eyJvayI6dHJ1ZX0=',
        'Ok',
        new KinesisFirehoseDataTransformationRecordMetadata({
          partitionKeys: { partition: '1' },
        })
      );

      expect(built.kafkaRecordValue).toBe('eyJvayI6dHJ1ZX0=');
      expect(built.dataAsJson).toEqual({ ok: true });
      expect(built.asDict()).toEqual({
        recordId:
          '49652397837592186361437158744458932542452417216316932098000000000000000000000001',
        result: 'Ok',
        kafkaRecordValue: 'eyJvayI6dHJ1ZX0=',
        metadata: { partitionKeys: { partition: '1' } },
      });
    });

    it('answers with an empty value by default', () => {
      expect(mskRecord(1).buildDataTransformationResponse().asDict()).toEqual({
        recordId:
          '49652397837592186361437158744458932542452417216316932098000000000000000000000002',
        result: 'Ok',
        kafkaRecordValue: '',
      });
    });
  });
});

describe('malformed input', () => {
  it('throws MissingFieldError naming kafkaRecordValue when an MSK record lacks it', () => {
    expectEvtError(
      () => firstMskRecordWith({ kafkaRecordValue: undefined }).dataAsText,
      MissingFieldError,
      'KinesisFirehoseEvent: records[0].kafkaRecordValue is missing'
    );
  });

  it('reads the Kafka value of an MSK record in an event without sourceMSKArn', () => {
    const found = new KinesisFirehoseEvent(
      patchEvent<RawKinesisFirehoseEvent>(MSK_SOURCE, (event) => {
        event.sourceMSKArn = undefined;
      })
    ).records[1];

    expect(found).not.toBeInstanceOf(KinesisFirehoseMSKRecord);
    expect(found?.dataAsText).toBe('heartbeat from warehouse-eu-2');
  });

  it('throws MissingFieldError naming the field of the source when a record is empty', () => {
    const empty = (name: string) =>
      new KinesisFirehoseEvent(
        patchEvent<RawKinesisFirehoseEvent>(name, (event) => {
          event.records = [{} as never];
        })
      ).records[0];

    expectEvtError(
      () => empty(MSK_SOURCE)?.data,
      MissingFieldError,
      'KinesisFirehoseEvent: records[0].kafkaRecordValue is missing'
    );
    expectEvtError(
      () => empty(KINESIS_SOURCE)?.data,
      MissingFieldError,
      'KinesisFirehoseEvent: records[0].data is missing'
    );
  });

  it('throws DecodeError naming kafkaRecordValue when it is not base64', () => {
    expectEvtError(
      () => firstMskRecordWith({ kafkaRecordValue: 'not base64!' }).dataAsBytes,
      DecodeError,
      'KinesisFirehoseEvent: records[0].kafkaRecordValue is not valid base64: unexpected character, padding or length'
    );
  });

  it('throws MissingFieldError when an MSK record has no partition', () => {
    expectEvtError(
      () =>
        firstMskRecordWith({
          mskRecordMetadata: { offset: '1842', approximateArrivalTimestamp: 1 },
        }).mskRecordMetadata?.partitionId,
      MissingFieldError,
      'KinesisFirehoseEvent: records[0].mskRecordMetadata.partitionId is missing'
    );
  });

  it('throws FieldTypeError when sourceMSKArn is a number', () => {
    expectEvtError(
      () => withEvent({ sourceMSKArn: 7 }).sourceMskArn,
      FieldTypeError,
      'KinesisFirehoseEvent: sourceMSKArn must be string, got number'
    );
  });

  it('throws MissingFieldError when records is missing', () => {
    expectEvtError(
      () => new KinesisFirehoseEvent({} as RawKinesisFirehoseEvent).records,
      MissingFieldError,
      'KinesisFirehoseEvent: records is missing'
    );
  });

  it('throws FieldTypeError when a record is not an object', () => {
    expectEvtError(
      () => withEvent({ records: ['record1'] }).records,
      FieldTypeError,
      'KinesisFirehoseEvent: records[0] must be object, got string'
    );
  });

  it('throws MissingFieldError when invocationId is missing', () => {
    expectEvtError(
      () => withEvent({ invocationId: undefined }).invocationId,
      MissingFieldError,
      'KinesisFirehoseEvent: invocationId is missing'
    );
  });

  it('throws FieldTypeError when sourceKinesisStreamArn is a number', () => {
    expectEvtError(
      () => withEvent({ sourceKinesisStreamArn: 1 }).sourceKinesisStreamArn,
      FieldTypeError,
      'KinesisFirehoseEvent: sourceKinesisStreamArn must be string, got number'
    );
  });

  it('throws FieldTypeError when approximateArrivalTimestamp is a string', () => {
    expectEvtError(
      () =>
        firstRecordWith({ approximateArrivalTimestamp: 'now' })
          .approximateArrivalTimestamp,
      FieldTypeError,
      'KinesisFirehoseEvent: records[0].approximateArrivalTimestamp must be number, got string'
    );
  });

  it('throws FieldTypeError when kinesisRecordMetadata is a string', () => {
    expectEvtError(
      () => firstRecordWith({ kinesisRecordMetadata: 'shard' }).metadata,
      FieldTypeError,
      'KinesisFirehoseEvent: records[0].kinesisRecordMetadata must be object, got string'
    );
  });

  it('throws MissingFieldError when the metadata has no shardId', () => {
    expectEvtError(
      () => firstMetadataWith({ shardId: null })?.shardId,
      MissingFieldError,
      'KinesisFirehoseEvent: records[0].kinesisRecordMetadata.shardId is missing'
    );
  });

  it('throws FieldTypeError when subsequenceNumber is a boolean', () => {
    expectEvtError(
      () => firstMetadataWith({ subsequenceNumber: true })?.subsequenceNumber,
      FieldTypeError,
      'KinesisFirehoseEvent: records[0].kinesisRecordMetadata.subsequenceNumber must be number, got boolean'
    );
  });

  it('throws MissingFieldError when data is missing', () => {
    expectEvtError(
      () => firstRecordWith({ data: undefined }).dataAsText,
      MissingFieldError,
      'KinesisFirehoseEvent: records[0].data is missing'
    );
  });

  it('throws DecodeError when data is not base64', () => {
    expectEvtError(
      () => firstRecordWith({ data: '%%%' }).dataAsBytes,
      DecodeError,
      'KinesisFirehoseEvent: records[0].data is not valid base64: unexpected character, padding or length'
    );
  });

  it('throws DecodeError when data is not UTF-8', () => {
    expectEvtError(
      () => firstRecordWith({ data: '//79' }).dataAsText,
      DecodeError,
      'KinesisFirehoseEvent: records[0].data is not valid UTF-8: invalid byte sequence'
    );
  });

  it('throws DecodeError when data is not JSON', () => {
    const error = expectEvtError(
      () => record(0).dataAsJson,
      DecodeError,
      `KinesisFirehoseEvent: records[0].data is not valid JSON: ${jsonErrorOf('Hello, this is a test 123.')}`
    );

    expect(error.cause).toBeUndefined();
  });

  it('throws MissingFieldError when building a response without recordId', () => {
    expectEvtError(
      () =>
        firstRecordWith({
          recordId: undefined,
        }).buildDataTransformationResponse(),
      MissingFieldError,
      'KinesisFirehoseEvent: records[0].recordId is missing'
    );
  });
});
