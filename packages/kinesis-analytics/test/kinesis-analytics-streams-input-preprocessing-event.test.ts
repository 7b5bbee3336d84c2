import { loadEvent } from '@evt/tooling-config/events';
import { expectEvtError, patchEvent } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  base64FromString,
  KinesisAnalyticsInputPreprocessingResponseRecord,
  KinesisAnalyticsStreamRecordMetadata,
  KinesisAnalyticsStreamsInputPreprocessingEvent,
  MissingFieldError,
  type RawKinesisAnalyticsStreamsInputPreprocessingEvent,
} from '../src/index';
import { createKinesisAnalyticsStreamsInputPreprocessingEvent } from '../src/testing';

const FIXTURE = 'kinesis-analytics-streams-input-preprocessing-event';
const FIRST_ID = '49572672223665514422805246926656954630972486059535892482';
const SECOND_ID = '49572672223665514422805246926656954630972486059535892498';

const load = (): RawKinesisAnalyticsStreamsInputPreprocessingEvent =>
  loadEvent<RawKinesisAnalyticsStreamsInputPreprocessingEvent>(FIXTURE);

const records = () =>
  new KinesisAnalyticsStreamsInputPreprocessingEvent<{ price: number }>(load())
    .records;

describe('KinesisAnalyticsStreamsInputPreprocessingEvent', () => {
  it('returns the invocation, the application and the data stream', () => {
    const event = new KinesisAnalyticsStreamsInputPreprocessingEvent(load());

    expect(event.invocationId).toBe('00540a87-5050-496a-84e4-e7d92bbaf5e2');
    expect(event.applicationArn).toBe(
      'arn:aws:kinesisanalytics:us-east-1:123456789012:application/lambda-test'
    );
    expect(event.streamArn).toBe(
      'arn:aws:kinesis:us-east-1:123456789012:stream/lambda-test'
    );
  });

  describe('records', () => {
    it('wraps each record, in order, once', () => {
      const event = new KinesisAnalyticsStreamsInputPreprocessingEvent(load());

      const all = event.records;

      expect(all.map((record) => record.recordId)).toEqual([
        FIRST_ID,
        SECOND_ID,
      ]);
      expect(event.records).toBe(all);
    });
  });
});

describe('KinesisAnalyticsStreamsInputPreprocessingRecord', () => {
  it('returns the payload as sent and decoded', () => {
    const [first, second] = records();

    expect(first?.data).toBe('aGVsbG8gd29ybGQ=');
    expect(Buffer.from(first?.dataAsBytes ?? []).toString('latin1')).toBe(
      'hello world'
    );
    expect(second?.dataAsJson.price).toBe(47.98);
  });

  describe('kinesisStreamRecordMetadata', () => {
    it('returns where the record sits in the stream', () => {
      const [first, second] = records();
      const metadata = first?.kinesisStreamRecordMetadata;

      expect(metadata).toBeInstanceOf(KinesisAnalyticsStreamRecordMetadata);
      expect(metadata?.shardId).toBe('shardId-000000000003');
      expect(metadata?.partitionKey).toBe('7400791606');
      expect(metadata?.sequenceNumber).toBe(FIRST_ID);
      expect(metadata?.approximateArrivalTimestamp).toBe(1520280173);
      expect(second?.kinesisStreamRecordMetadata.partitionKey).toBe(
        '1830458215'
      );
    });

    it('returns the same wrapper on every read', () => {
      const [first] = records();

      expect(first?.kinesisStreamRecordMetadata).toBe(
        first?.kinesisStreamRecordMetadata
      );
    });
  });

  describe('buildPreprocessingResponse', () => {
    it('builds an Ok record with the new data', () => {
      const [first] = records();

      const response = first?.buildPreprocessingResponse(
        base64FromString('HELLO WORLD')
      );

      expect(response).toBeInstanceOf(
        KinesisAnalyticsInputPreprocessingResponseRecord
      );
      expect(response?.asDict()).toEqual({
        recordId: FIRST_ID,
        result: 'Ok',
        data: 'SEVMTE8gV09STEQ=',
      });
    });

    it('builds a Dropped or failed record without data by default', () => {
      const [, second] = records();

      expect(
        second?.buildPreprocessingResponse(undefined, 'Dropped').asDict()
      ).toEqual({ recordId: SECOND_ID, result: 'Dropped' });
      expect(
        second?.buildPreprocessingResponse(undefined, 'ProcessingFailed').data
      ).toBeUndefined();
    });

    it('keeps data given with a Dropped result', () => {
      const [, second] = records();

      expect(
        second?.buildPreprocessingResponse('e30=', 'ProcessingFailed').asDict()
      ).toEqual({
        recordId: SECOND_ID,
        result: 'ProcessingFailed',
        data: 'e30=',
      });
    });

    it('throws TypeError naming the method for an unknown result', () => {
      const [first] = records();

      expect(() =>
        first?.buildPreprocessingResponse(undefined, 'DeliveryFailed' as never)
      ).toThrow(
        new TypeError(
          'buildPreprocessingResponse: result must be Ok | Dropped | ProcessingFailed, got string'
        )
      );
    });

    it('throws TypeError naming the method for data that is not a string', () => {
      const [first] = records();

      expect(() =>
        first?.buildPreprocessingResponse(new Uint8Array(2) as never)
      ).toThrow(
        new TypeError(
          'buildPreprocessingResponse: data must be a base64 string, got object'
        )
      );
      expect(() => first?.buildPreprocessingResponse(7 as never)).toThrow(
        new TypeError(
          'buildPreprocessingResponse: data must be a base64 string, got number 7'
        )
      );
    });
  });
});

describe('testing factory', () => {
  it('builds a fresh copy of the sample', () => {
    const raw = createKinesisAnalyticsStreamsInputPreprocessingEvent();

    expect(raw).toEqual(load());
    expect(raw).not.toBe(
      createKinesisAnalyticsStreamsInputPreprocessingEvent()
    );
  });

  it('applies changes to every record and to each one', () => {
    const event = new KinesisAnalyticsStreamsInputPreprocessingEvent(
      createKinesisAnalyticsStreamsInputPreprocessingEvent({
        payloads: ['a', { b: 2 }],
        records: [{}, { kinesisStreamRecordMetadata: { partitionKey: 'p-2' } }],
        record: {
          kinesisStreamRecordMetadata: { shardId: 'shardId-000000000007' },
        },
      })
    );

    expect(event.records.map((record) => record.dataAsText)).toEqual([
      'a',
      '{"b":2}',
    ]);
    expect(
      event.records.map(
        (record) => record.kinesisStreamRecordMetadata.partitionKey
      )
    ).toEqual(['7400791606', 'p-2']);
    expect(event.records[1]?.kinesisStreamRecordMetadata.shardId).toBe(
      'shardId-000000000007'
    );
  });
});

describe('malformed input', () => {
  it('throws MissingFieldError naming the metadata field a record lacks', () => {
    const raw = patchEvent<RawKinesisAnalyticsStreamsInputPreprocessingEvent>(
      FIXTURE,
      (event) => {
        const record = event.records[0] as {
          kinesisStreamRecordMetadata: { shardId?: string };
        };
        delete record.kinesisStreamRecordMetadata.shardId;
      }
    );

    expectEvtError(
      () =>
        new KinesisAnalyticsStreamsInputPreprocessingEvent(raw).records[0]
          ?.kinesisStreamRecordMetadata.shardId,
      MissingFieldError,
      'KinesisAnalyticsStreamsInputPreprocessingEvent: records[0].kinesisStreamRecordMetadata.shardId is missing'
    );
  });

  it('throws MissingFieldError naming the record ID a record lacks, before building', () => {
    const raw = patchEvent<RawKinesisAnalyticsStreamsInputPreprocessingEvent>(
      FIXTURE,
      (event) => {
        delete (event.records[1] as { recordId?: string }).recordId;
      }
    );

    expectEvtError(
      () =>
        new KinesisAnalyticsStreamsInputPreprocessingEvent(
          raw
        ).records[1]?.buildPreprocessingResponse(),
      MissingFieldError,
      'KinesisAnalyticsStreamsInputPreprocessingEvent: records[1].recordId is missing'
    );
  });
});
