import { loadEvent } from '@evt/tooling-config/events';
import { expectEvtError, patchEvent } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  base64FromJson,
  FieldTypeError,
  KinesisAnalyticsFirehoseInputPreprocessingEvent,
  KinesisAnalyticsFirehoseRecordMetadata,
  MissingFieldError,
  type RawKinesisAnalyticsFirehoseInputPreprocessingEvent,
} from '../src/index';
import { createKinesisAnalyticsFirehoseInputPreprocessingEvent } from '../src/testing';

const FIXTURE = 'kinesis-analytics-firehose-input-preprocessing-event';

const load = (): RawKinesisAnalyticsFirehoseInputPreprocessingEvent =>
  loadEvent<RawKinesisAnalyticsFirehoseInputPreprocessingEvent>(FIXTURE);

interface Trade {
  ticker_symbol: string;
  sector: string;
  change: number;
  price: number;
}

describe('KinesisAnalyticsFirehoseInputPreprocessingEvent', () => {
  describe('invocationId and applicationArn', () => {
    it('return the invocation ID and the application ARN', () => {
      const event = new KinesisAnalyticsFirehoseInputPreprocessingEvent(load());

      expect(event.invocationId).toBe('00540a87-5050-496a-84e4-e7d92bbaf5e2');
      expect(event.applicationArn).toBe(
        'arn:aws:kinesisanalytics:us-east-1:123456789012:application/lambda-test'
      );
    });
  });

  describe('streamArn', () => {
    it('returns the ARN of the delivery stream', () => {
      expect(
        new KinesisAnalyticsFirehoseInputPreprocessingEvent(load()).streamArn
      ).toBe(
        'arn:aws:firehose:us-east-1:123456789012:deliverystream/lambda-test'
      );
    });
  });

  describe('records', () => {
    it('wraps each record, in order, once', () => {
      const raw = load();
      const event = new KinesisAnalyticsFirehoseInputPreprocessingEvent(raw);

      const records = event.records;

      expect(records.map((record) => record.rawEvent)).toEqual(raw.records);
      expect(records[0]?.rawEvent).toBe(raw.records[0]);
      expect(event.records).toBe(records);
    });
  });
});

describe('KinesisAnalyticsFirehoseInputPreprocessingRecord', () => {
  const records = () =>
    new KinesisAnalyticsFirehoseInputPreprocessingEvent<Trade>(load()).records;

  it('returns the record ID and the payload as sent and decoded', () => {
    const [first, second] = records();

    expect(first?.recordId).toBe(
      '49572672223665514422805246926656954630972486059535892482'
    );
    expect(first?.data).toBe('aGVsbG8gd29ybGQ=');
    expect(first?.dataAsText).toBe('hello world');
    expect(second?.dataAsJson).toEqual({
      ticker_symbol: 'ASD',
      sector: 'FINANCIAL',
      change: -0.19,
      price: 28.53,
    });
  });

  describe('kinesisFirehoseRecordMetadata', () => {
    it('returns the arrival time, as sent', () => {
      const [first, second] = records();

      expect(first?.kinesisFirehoseRecordMetadata).toBeInstanceOf(
        KinesisAnalyticsFirehoseRecordMetadata
      );
      expect(
        first?.kinesisFirehoseRecordMetadata.approximateArrivalTimestamp
      ).toBe(1520280173);
      expect(
        second?.kinesisFirehoseRecordMetadata.approximateArrivalTimestamp
      ).toBe(1520280174);
    });

    it('returns the same wrapper on every read', () => {
      const [first] = records();

      expect(first?.kinesisFirehoseRecordMetadata).toBe(
        first?.kinesisFirehoseRecordMetadata
      );
    });
  });

  describe('buildPreprocessingResponse', () => {
    it('passes the record on unchanged by default', () => {
      const [first] = records();

      expect(first?.buildPreprocessingResponse().asDict()).toEqual({
        recordId: '49572672223665514422805246926656954630972486059535892482',
        result: 'Ok',
        data: 'aGVsbG8gd29ybGQ=',
      });
    });

    it('carries the new data given', () => {
      const [, second] = records();
      const data = base64FromJson({ symbol: second?.dataAsJson.ticker_symbol });

      expect(second?.buildPreprocessingResponse(data).asDict()).toEqual({
        recordId: '49572672223665514422805246926656954630972486059535892483',
        result: 'Ok',
        data: 'eyJzeW1ib2wiOiJBU0QifQ==',
      });
    });
  });
});

describe('testing factory', () => {
  it('builds a fresh copy of the sample', () => {
    const raw = createKinesisAnalyticsFirehoseInputPreprocessingEvent();

    expect(raw).toEqual(load());
    expect(raw).not.toBe(
      createKinesisAnalyticsFirehoseInputPreprocessingEvent()
    );
  });

  it('builds the records asked for, from another stream', () => {
    const event = new KinesisAnalyticsFirehoseInputPreprocessingEvent(
      createKinesisAnalyticsFirehoseInputPreprocessingEvent({
        count: 3,
        streamArn:
          'arn:aws:firehose:us-east-1:123456789012:deliverystream/clicks',
      })
    );

    expect(event.records.map((record) => record.recordId)).toEqual([
      '49572672223665514422805246926656954630972486059535890000',
      '49572672223665514422805246926656954630972486059535890001',
      '49572672223665514422805246926656954630972486059535890002',
    ]);
    expect(event.records[2]?.dataAsText).toBe('hello world');
    expect(event.streamArn).toBe(
      'arn:aws:firehose:us-east-1:123456789012:deliverystream/clicks'
    );
  });
});

describe('malformed input', () => {
  it('throws MissingFieldError naming the metadata of a record without it', () => {
    const raw = patchEvent<RawKinesisAnalyticsFirehoseInputPreprocessingEvent>(
      FIXTURE,
      (event) => {
        delete (event.records[1] as { kinesisFirehoseRecordMetadata?: unknown })
          .kinesisFirehoseRecordMetadata;
      }
    );

    expectEvtError(
      () =>
        new KinesisAnalyticsFirehoseInputPreprocessingEvent(raw).records[1]
          ?.kinesisFirehoseRecordMetadata,
      MissingFieldError,
      'KinesisAnalyticsFirehoseInputPreprocessingEvent: records[1].kinesisFirehoseRecordMetadata is missing'
    );
  });

  it('throws FieldTypeError naming a mistyped stream ARN', () => {
    const raw = patchEvent<RawKinesisAnalyticsFirehoseInputPreprocessingEvent>(
      FIXTURE,
      (event) => {
        (event as unknown as { streamArn: null[] }).streamArn = [null];
      }
    );

    expectEvtError(
      () => new KinesisAnalyticsFirehoseInputPreprocessingEvent(raw).streamArn,
      FieldTypeError,
      'KinesisAnalyticsFirehoseInputPreprocessingEvent: streamArn must be string, got array'
    );
  });

  it('throws FieldTypeError naming a mistyped arrival time', () => {
    const raw = patchEvent<RawKinesisAnalyticsFirehoseInputPreprocessingEvent>(
      FIXTURE,
      (event) => {
        (
          event.records[0] as unknown as {
            kinesisFirehoseRecordMetadata: {
              approximateArrivalTimestamp: string;
            };
          }
        ).kinesisFirehoseRecordMetadata.approximateArrivalTimestamp =
          '2018-03-05T19:22:53Z';
      }
    );

    expectEvtError(
      () =>
        new KinesisAnalyticsFirehoseInputPreprocessingEvent(raw).records[0]
          ?.kinesisFirehoseRecordMetadata.approximateArrivalTimestamp,
      FieldTypeError,
      'KinesisAnalyticsFirehoseInputPreprocessingEvent: records[0].kinesisFirehoseRecordMetadata.approximateArrivalTimestamp must be number, got string'
    );
  });
});
