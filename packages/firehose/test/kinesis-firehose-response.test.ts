import { loadEvent } from '@evt/tooling-config/events';
import {
  counted,
  expectEvtError,
  jsonErrorOf,
} from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  base64FromJson,
  base64FromString,
  DecodeError,
  EvtError,
  FieldTypeError,
  KinesisFirehoseDataTransformationRecord,
  KinesisFirehoseDataTransformationRecordMetadata,
  KinesisFirehoseDataTransformationResponse,
  type KinesisFirehoseDataTransformationResponseDict,
  KinesisFirehoseEvent,
  MissingFieldError,
  type RawKinesisFirehoseDataTransformationRecordMetadata,
  type RawKinesisFirehoseEvent,
} from '../src/index';

const expected = loadEvent<KinesisFirehoseDataTransformationResponseDict>(
  'kinesis-firehose-response'
);

function sampleRecord(): KinesisFirehoseDataTransformationRecord<{
  Hello: string;
}> {
  return new KinesisFirehoseDataTransformationRecord({
    recordId: 'record2',
    data: 'eyJIZWxsbyI6ICJXb3JsZCJ9',
  });
}

describe('KinesisFirehoseDataTransformationResponse', () => {
  describe('asDict', () => {
    it('returns the response Firehose expects', () => {
      const event = new KinesisFirehoseEvent(
        loadEvent<RawKinesisFirehoseEvent>(
          'kinesis-firehose-event.kinesis-source'
        )
      );
      const response = new KinesisFirehoseDataTransformationResponse();
      const [first, second] = event.records;

      response.addRecord(
        first?.buildDataTransformationResponse(
          base64FromString('HELLO WORLD'),
          'Ok',
          new KinesisFirehoseDataTransformationRecordMetadata({
            partitionKeys: {
              shardId: first.metadata?.shardId ?? '',
              year: '2022',
              month: '09',
            },
          })
        ) as KinesisFirehoseDataTransformationRecord
      );
      response.addRecord(
        second?.buildDataTransformationResponse(
          '',
          'Dropped'
        ) as KinesisFirehoseDataTransformationRecord
      );

      expect(response.asDict()).toEqual(expected);
    });
  });

  describe('toJSON', () => {
    it('serialises to the response Firehose expects', () => {
      const response = new KinesisFirehoseDataTransformationResponse({
        records: [
          new KinesisFirehoseDataTransformationRecord({
            recordId: 'record1',
            data: 'SEVMTE8gV09STEQ=',
            metadata: {
              partitionKeys: {
                shardId: 'shardId-000000000000',
                year: '2022',
                month: '09',
              },
            },
          }),
          new KinesisFirehoseDataTransformationRecord({
            recordId: 'record2',
            result: 'Dropped',
          }),
        ],
      });

      const json = JSON.parse(JSON.stringify(response));

      expect(json).toEqual(expected);
    });
  });

  describe('records', () => {
    it('returns the records added, in order', () => {
      const response = new KinesisFirehoseDataTransformationResponse();
      const record = sampleRecord();

      response.addRecord(record);

      expect(response.records).toEqual([record]);
      expect(response.records[0]?.recordId).toBe('record2');
    });
  });

  describe('addRecord', () => {
    it('appends to the records given at construction', () => {
      const first = sampleRecord();
      const response = new KinesisFirehoseDataTransformationResponse({
        records: [first],
      });

      response.addRecord(
        new KinesisFirehoseDataTransformationRecord({ recordId: 'record3' })
      );

      expect(response.records.map((record) => record.recordId)).toEqual([
        'record2',
        'record3',
      ]);
    });
  });
});

describe('KinesisFirehoseDataTransformationRecord', () => {
  describe('recordId', () => {
    it('returns the record ID', () => {
      expect(sampleRecord().recordId).toBe('record2');
    });
  });

  describe('result', () => {
    it('returns Ok by default', () => {
      expect(sampleRecord().result).toBe('Ok');
    });

    it('returns the result given', () => {
      const record = new KinesisFirehoseDataTransformationRecord({
        recordId: 'record1',
        result: 'ProcessingFailed',
      });

      expect(record.result).toBe('ProcessingFailed');
    });
  });

  describe('data', () => {
    it('returns the base64 data given', () => {
      expect(sampleRecord().data).toBe('eyJIZWxsbyI6ICJXb3JsZCJ9');
    });

    it('returns an empty string by default', () => {
      const record = new KinesisFirehoseDataTransformationRecord({
        recordId: 'record1',
      });

      expect(record.data).toBe('');
    });
  });

  describe('kafkaRecordValue', () => {
    it('returns the transformed value of an MSK record, which the decoded getters read', () => {
      const record = new KinesisFirehoseDataTransformationRecord<{
        ok: boolean;
      }>({
        recordId: 'msk-1',
        kafkaRecordValue: base64FromJson({ ok: true }),
      });

      expect(record.kafkaRecordValue).toBe('eyJvayI6dHJ1ZX0=');
      expect(record.data).toBe('');
      expect(record.dataAsText).toBe('{"ok":true}');
      expect(record.dataAsJson).toEqual({ ok: true });
      expect(JSON.stringify(record)).toBe(
        '{"recordId":"msk-1","result":"Ok","kafkaRecordValue":"eyJvayI6dHJ1ZX0="}'
      );
    });

    it('returns undefined when not set, and an empty value reads as {}', () => {
      const empty = new KinesisFirehoseDataTransformationRecord({
        recordId: 'msk-2',
        kafkaRecordValue: '',
        result: 'Dropped',
      });

      expect(sampleRecord().kafkaRecordValue).toBeUndefined();
      expect(empty.dataAsJson).toEqual({});
      expect(empty.asDict()).toEqual({
        recordId: 'msk-2',
        result: 'Dropped',
        kafkaRecordValue: '',
      });
    });

    it('throws DecodeError naming kafkaRecordValue when it is not base64', () => {
      expectEvtError(
        () =>
          new KinesisFirehoseDataTransformationRecord({
            recordId: 'msk-3',
            kafkaRecordValue: 'not base64!',
          }).dataAsBytes,
        DecodeError,
        'KinesisFirehoseDataTransformationRecord: kafkaRecordValue is not valid base64: unexpected character, padding or length'
      );
    });
  });

  describe('metadata', () => {
    it('returns the metadata instance given', () => {
      const metadata = new KinesisFirehoseDataTransformationRecordMetadata({
        partitionKeys: { year: '2023' },
      });

      const record = new KinesisFirehoseDataTransformationRecord({
        recordId: 'record1',
        metadata,
      });

      expect(record.metadata).toBe(metadata);
      expect(record.metadata).toBe(metadata);
    });

    it('wraps plain metadata, once', () => {
      const raw: RawKinesisFirehoseDataTransformationRecordMetadata = {
        partitionKeys: { year: '2023' },
      };
      const record = new KinesisFirehoseDataTransformationRecord({
        recordId: 'record1',
        metadata: raw,
      });

      const metadata = record.metadata;

      expect(metadata).toBeInstanceOf(
        KinesisFirehoseDataTransformationRecordMetadata
      );
      expect(metadata?.rawEvent).toBe(raw);
      expect(metadata?.partitionKeys).toEqual({ year: '2023' });
      expect(record.metadata).toBe(metadata);
    });

    it('returns undefined by default', () => {
      expect(sampleRecord().metadata).toBeUndefined();
    });
  });

  describe('dataAsBytes', () => {
    it('returns the decoded bytes, cached', () => {
      const record = sampleRecord();

      const bytes = record.dataAsBytes;

      expect(Buffer.from(bytes).toString('latin1')).toBe('{"Hello": "World"}');
      expect(record.dataAsBytes).toBe(bytes);
    });

    it('returns no bytes when data is empty', () => {
      const record = new KinesisFirehoseDataTransformationRecord({
        recordId: 'record1',
      });

      expect(record.dataAsBytes.byteLength).toBe(0);
    });
  });

  describe('dataAsText', () => {
    it('returns the decoded text', () => {
      expect(sampleRecord().dataAsText).toBe('{"Hello": "World"}');
    });

    it('returns an empty string when data is empty', () => {
      const record = new KinesisFirehoseDataTransformationRecord({
        recordId: 'record1',
      });

      expect(record.dataAsText).toBe('');
    });
  });

  describe('dataAsJson', () => {
    it('returns the parsed JSON', () => {
      expect(sampleRecord().dataAsJson).toEqual({ Hello: 'World' });
    });

    it('parses once and returns the same object on every access', () => {
      const deserializer = counted(JSON.parse);
      const record = new KinesisFirehoseDataTransformationRecord(
        { recordId: 'record2', data: 'eyJIZWxsbyI6ICJXb3JsZCJ9' },
        { jsonDeserializer: deserializer }
      );

      const json = record.dataAsJson;

      expect(record.dataAsJson).toBe(json);
      expect(deserializer.calls).toBe(1);
    });

    it('returns the same empty object, parsing nothing, when data is empty', () => {
      const deserializer = counted(JSON.parse);
      const record = new KinesisFirehoseDataTransformationRecord(
        { recordId: 'record1' },
        { jsonDeserializer: deserializer }
      );

      const json = record.dataAsJson;

      expect(json).toEqual({});
      expect(record.dataAsJson).toBe(json);
      expect(deserializer.calls).toBe(0);
    });

    it('uses the jsonDeserializer option', () => {
      const record = new KinesisFirehoseDataTransformationRecord(
        { recordId: 'record1', data: 'e30=' },
        { jsonDeserializer: (text) => text.length }
      );

      expect(record.dataAsJson).toBe(2);
    });
  });

  describe('asDict', () => {
    it('leaves out metadata when none is set', () => {
      expect(sampleRecord().asDict()).toEqual({
        recordId: 'record2',
        result: 'Ok',
        data: 'eyJIZWxsbyI6ICJXb3JsZCJ9',
      });
    });
  });

  describe('toJSON', () => {
    it('serialises as asDict does', () => {
      const record = new KinesisFirehoseDataTransformationRecord({
        recordId: 'record1',
        result: 'Dropped',
        metadata: new KinesisFirehoseDataTransformationRecordMetadata(),
      });

      expect(JSON.parse(JSON.stringify(record))).toEqual({
        recordId: 'record1',
        result: 'Dropped',
        data: '',
        metadata: { partitionKeys: {} },
      });
    });
  });
});

describe('KinesisFirehoseDataTransformationRecordMetadata', () => {
  describe('partitionKeys', () => {
    it('returns the partition keys given', () => {
      const metadata = new KinesisFirehoseDataTransformationRecordMetadata({
        partitionKeys: { year: '2023', month: '09' },
      });

      expect(metadata.partitionKeys).toEqual({ year: '2023', month: '09' });
    });

    it('returns an empty object by default', () => {
      expect(
        new KinesisFirehoseDataTransformationRecordMetadata().partitionKeys
      ).toEqual({});
    });
  });

  describe('asDict', () => {
    it('returns the partition keys as Firehose reads them', () => {
      const metadata = new KinesisFirehoseDataTransformationRecordMetadata({
        partitionKeys: { year: '2023' },
      });

      expect(metadata.asDict()).toEqual({ partitionKeys: { year: '2023' } });
    });
  });

  describe('toJSON', () => {
    it('serialises as asDict does', () => {
      const metadata = new KinesisFirehoseDataTransformationRecordMetadata({
        partitionKeys: { year: '2023' },
      });

      expect(JSON.stringify(metadata)).toBe(
        '{"partitionKeys":{"year":"2023"}}'
      );
    });
  });
});

describe('base64FromString', () => {
  it('returns the base64 of the UTF-8 text', () => {
    expect(base64FromString('Hello World')).toBe('SGVsbG8gV29ybGQ=');
  });
});

describe('base64FromJson', () => {
  it('returns the base64 of the JSON text', () => {
    expect(base64FromJson({ Hello: 'World' })).toBe('eyJIZWxsbyI6IldvcmxkIn0=');
  });

  it('uses the serializer given', () => {
    expect(
      base64FromJson({ a: 1 }, (value) => JSON.stringify(value, null, 1))
    ).toBe(base64FromString('{\n "a": 1\n}'));
  });

  it('encodes undefined as null', () => {
    expect(base64FromJson(undefined)).toBe(base64FromString('null'));
  });
});

describe('malformed input', () => {
  it('throws EvtError when the response has no records', () => {
    const response = new KinesisFirehoseDataTransformationResponse();

    expectEvtError(
      () => response.asDict(),
      EvtError,
      'KinesisFirehoseDataTransformationResponse: records is empty, and Firehose does not accept an empty response'
    );
  });

  it('throws FieldTypeError when result is not a known value', () => {
    const record = new KinesisFirehoseDataTransformationRecord({
      recordId: 'record1',
      result: 'Done' as never,
    });

    expectEvtError(
      () => record.asDict(),
      FieldTypeError,
      'KinesisFirehoseDataTransformationRecord: result must be Ok | Dropped | ProcessingFailed, got "Done"'
    );
  });

  it('throws MissingFieldError when recordId is missing', () => {
    const record = new KinesisFirehoseDataTransformationRecord(
      {} as { recordId: string }
    );

    expectEvtError(
      () => record.asDict(),
      MissingFieldError,
      'KinesisFirehoseDataTransformationRecord: recordId is missing'
    );
  });

  it('throws FieldTypeError when a partition key is not a string', () => {
    const record = new KinesisFirehoseDataTransformationRecord({
      recordId: 'record1',
      metadata: { partitionKeys: { year: 2023 as never } },
    });

    expectEvtError(
      () => record.asDict(),
      FieldTypeError,
      'KinesisFirehoseDataTransformationRecord: metadata.partitionKeys.year must be string, got number'
    );
  });

  it('throws FieldTypeError when metadata is not an object', () => {
    const record = new KinesisFirehoseDataTransformationRecord({
      recordId: 'record1',
      metadata: 'year=2023' as never,
    });

    expectEvtError(
      () => record.metadata,
      FieldTypeError,
      'KinesisFirehoseDataTransformationRecord: metadata must be object, got string'
    );
  });

  it('throws DecodeError when data is not base64', () => {
    const record = new KinesisFirehoseDataTransformationRecord({
      recordId: 'record1',
      data: 'not base64!',
    });

    expectEvtError(
      () => record.dataAsJson,
      DecodeError,
      'KinesisFirehoseDataTransformationRecord: data is not valid base64: unexpected character, padding or length'
    );
  });

  it('throws DecodeError when data is not JSON', () => {
    const record = new KinesisFirehoseDataTransformationRecord({
      recordId: 'record1',
      data: base64FromString('{"Hello"'),
    });

    const error = expectEvtError(
      () => record.dataAsJson,
      DecodeError,
      `KinesisFirehoseDataTransformationRecord: data is not valid JSON: ${jsonErrorOf('{"Hello"')}`
    );

    expect(error.cause).toBeUndefined();
  });
});
