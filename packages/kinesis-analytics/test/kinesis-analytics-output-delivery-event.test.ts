import { loadEvent } from '@evt/tooling-config/events';
import {
  counted,
  expectEvtError,
  jsonErrorOf,
  patchEvent,
} from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  DecodeError,
  FieldTypeError,
  KinesisAnalyticsLambdaDeliveryRecordMetadata,
  KinesisAnalyticsOutputDeliveryEvent,
  KinesisAnalyticsOutputDeliveryResponseRecord,
  MissingFieldError,
  type RawKinesisAnalyticsOutputDeliveryEvent,
} from '../src/index';
import { createKinesisAnalyticsOutputDeliveryEvent } from '../src/testing';

const FIXTURE = 'kinesis-analytics-output-delivery-event';
const FIRST_ID = '49572672223665514422805246926656954630972486059535892482';
const SECOND_ID = '49572672223665514422805246926656954630972486059535892483';

const load = (variant = ''): RawKinesisAnalyticsOutputDeliveryEvent =>
  loadEvent<RawKinesisAnalyticsOutputDeliveryEvent>(`${FIXTURE}${variant}`);

interface Row {
  TICKER_SYMBOL: string;
  SECTOR: string;
  AVG_PRICE: number;
  TRADES: number;
}

describe('KinesisAnalyticsOutputDeliveryEvent', () => {
  describe('invocationId', () => {
    it('returns the invocation ID', () => {
      expect(new KinesisAnalyticsOutputDeliveryEvent(load()).invocationId).toBe(
        '00540a87-5050-496a-84e4-e7d92bbaf5e2'
      );
    });
  });

  describe('applicationArn', () => {
    it('returns the ARN of the application', () => {
      expect(
        new KinesisAnalyticsOutputDeliveryEvent(load()).applicationArn
      ).toBe(
        'arn:aws:kinesisanalytics:us-east-1:123456789012:application/lambda-test'
      );
    });
  });

  describe('records', () => {
    it('wraps each output record, in order', () => {
      const raw = load();

      const records = new KinesisAnalyticsOutputDeliveryEvent(raw).records;

      expect(records.map((record) => record.recordId)).toEqual([
        FIRST_ID,
        SECOND_ID,
      ]);
      expect(records[1]?.rawEvent).toBe(raw.records[1]);
    });

    it('returns the same array on every read', () => {
      const event = new KinesisAnalyticsOutputDeliveryEvent(load());

      expect(event.records).toBe(event.records);
    });
  });
});

describe('KinesisAnalyticsOutputDeliveryRecord', () => {
  const first = () =>
    new KinesisAnalyticsOutputDeliveryEvent<Row>(load()).records[0];
  const second = () =>
    new KinesisAnalyticsOutputDeliveryEvent(load()).records[1];

  describe('data', () => {
    it('returns the payload as sent', () => {
      expect(second()?.data).toBe('QU1aTixURUNITk9MT0dZLDE4OTMuMDQK');
    });
  });

  describe('dataAsBytes', () => {
    it('returns the decoded payload, decoded once', () => {
      const record = second();

      const bytes = record?.dataAsBytes;

      expect(Buffer.from(bytes ?? []).toString('latin1')).toBe(
        'AMZN,TECHNOLOGY,1893.04\n'
      );
      expect(record?.dataAsBytes).toBe(bytes);
    });
  });

  describe('dataAsText', () => {
    it('returns a CSV output row as text', () => {
      expect(second()?.dataAsText).toBe('AMZN,TECHNOLOGY,1893.04\n');
    });
  });

  describe('dataAsJson', () => {
    it('returns a JSON output row parsed', () => {
      expect(first()?.dataAsJson).toEqual({
        TICKER_SYMBOL: 'QXZ',
        SECTOR: 'HEALTHCARE',
        AVG_PRICE: 84.51,
        TRADES: 12,
      });
    });

    it('parses once, with the jsonDeserializer option', () => {
      const deserializer = counted(JSON.parse);
      const record = new KinesisAnalyticsOutputDeliveryEvent(load(), {
        jsonDeserializer: deserializer,
      }).records[0];

      const json = record?.dataAsJson;

      expect(record?.dataAsJson).toBe(json);
      expect(deserializer.calls).toBe(1);
    });
  });

  describe('lambdaDeliveryRecordMetadata', () => {
    it('returns the delivery metadata with its retry count', () => {
      const metadata = second()?.lambdaDeliveryRecordMetadata;

      expect(metadata).toBeInstanceOf(
        KinesisAnalyticsLambdaDeliveryRecordMetadata
      );
      expect(metadata?.retryHint).toBe(2);
      expect(first()?.lambdaDeliveryRecordMetadata?.retryHint).toBe(0);
    });

    it('returns the same wrapper on every read', () => {
      const record = first();

      expect(record?.lambdaDeliveryRecordMetadata).toBe(
        record?.lambdaDeliveryRecordMetadata
      );
    });

    it('returns undefined, once, when the record has none', () => {
      const record = new KinesisAnalyticsOutputDeliveryEvent(
        load('.without-metadata')
      ).records[0];

      expect(record?.lambdaDeliveryRecordMetadata).toBeUndefined();
      expect(record?.lambdaDeliveryRecordMetadata).toBeUndefined();
      expect(record?.dataAsText).toBe('hello world');
    });
  });

  describe('buildDeliveryResponse', () => {
    it('acknowledges the record as delivered by default', () => {
      const response = first()?.buildDeliveryResponse();

      expect(response).toBeInstanceOf(
        KinesisAnalyticsOutputDeliveryResponseRecord
      );
      expect(response?.asDict()).toEqual({ recordId: FIRST_ID, result: 'Ok' });
    });

    it('reports a failed delivery', () => {
      expect(
        second()?.buildDeliveryResponse('DeliveryFailed').asDict()
      ).toEqual({ recordId: SECOND_ID, result: 'DeliveryFailed' });
    });

    it('throws TypeError naming the method when the result is unknown', () => {
      expect(() => first()?.buildDeliveryResponse('Dropped' as never)).toThrow(
        new TypeError(
          'buildDeliveryResponse: result must be Ok | DeliveryFailed, got string'
        )
      );
      expect(() => first()?.buildDeliveryResponse(0 as never)).toThrow(
        new TypeError(
          'buildDeliveryResponse: result must be Ok | DeliveryFailed, got number 0'
        )
      );
    });
  });
});

describe('testing factory', () => {
  it('builds a fresh copy of the sample', () => {
    const raw = createKinesisAnalyticsOutputDeliveryEvent();

    expect(raw).toEqual(load());
    expect(raw).not.toBe(createKinesisAnalyticsOutputDeliveryEvent());
  });

  it('builds one record per payload, with numbered record IDs', () => {
    const event = new KinesisAnalyticsOutputDeliveryEvent(
      createKinesisAnalyticsOutputDeliveryEvent({
        payloads: [{ id: 'a-1' }, 'plain'],
        invocationId: 'invocation-2',
        applicationArn:
          'arn:aws:kinesisanalytics:eu-west-1:123456789012:application/orders',
      })
    );

    expect(event.records.map((record) => record.dataAsText)).toEqual([
      '{"id":"a-1"}',
      'plain',
    ]);
    expect(event.records[1]?.recordId).toBe(
      '49572672223665514422805246926656954630972486059535890001'
    );
    expect(event.records[1]?.lambdaDeliveryRecordMetadata?.retryHint).toBe(0);
    expect(event.invocationId).toBe('invocation-2');
    expect(event.applicationArn).toBe(
      'arn:aws:kinesisanalytics:eu-west-1:123456789012:application/orders'
    );
  });

  it('applies record changes', () => {
    const event = new KinesisAnalyticsOutputDeliveryEvent(
      createKinesisAnalyticsOutputDeliveryEvent({
        record: { lambdaDeliveryRecordMetadata: { retryHint: 5 } },
      })
    );

    expect(
      event.records.map(
        (record) => record.lambdaDeliveryRecordMetadata?.retryHint
      )
    ).toEqual([5, 5]);
  });

  it('throws TypeError when the count and the payloads disagree', () => {
    expect(() =>
      createKinesisAnalyticsOutputDeliveryEvent({ count: 1, payloads: [1, 2] })
    ).toThrow(TypeError);
  });
});

describe('malformed input', () => {
  it('throws MissingFieldError naming records when it is absent', () => {
    expectEvtError(
      () =>
        new KinesisAnalyticsOutputDeliveryEvent(
          {} as RawKinesisAnalyticsOutputDeliveryEvent
        ).records,
      MissingFieldError,
      'KinesisAnalyticsOutputDeliveryEvent: records is missing'
    );
  });

  it('throws MissingFieldError naming invocationId when it is absent', () => {
    const raw = patchEvent<RawKinesisAnalyticsOutputDeliveryEvent>(
      FIXTURE,
      (event) => {
        delete (event as Partial<RawKinesisAnalyticsOutputDeliveryEvent>)
          .invocationId;
      }
    );

    expectEvtError(
      () => new KinesisAnalyticsOutputDeliveryEvent(raw).invocationId,
      MissingFieldError,
      'KinesisAnalyticsOutputDeliveryEvent: invocationId is missing'
    );
  });

  it('throws FieldTypeError naming the path of a mistyped retry hint', () => {
    const raw = patchEvent<RawKinesisAnalyticsOutputDeliveryEvent>(
      FIXTURE,
      (event) => {
        (
          event.records[1] as unknown as {
            lambdaDeliveryRecordMetadata: { retryHint: string };
          }
        ).lambdaDeliveryRecordMetadata.retryHint = '2';
      }
    );

    expectEvtError(
      () =>
        new KinesisAnalyticsOutputDeliveryEvent(raw).records[1]
          ?.lambdaDeliveryRecordMetadata?.retryHint,
      FieldTypeError,
      'KinesisAnalyticsOutputDeliveryEvent: records[1].lambdaDeliveryRecordMetadata.retryHint must be number, got string'
    );
  });

  it('throws MissingFieldError naming the data of a record without it', () => {
    const raw = patchEvent<RawKinesisAnalyticsOutputDeliveryEvent>(
      FIXTURE,
      (event) => {
        delete (event.records[0] as { data?: string }).data;
      }
    );

    expectEvtError(
      () => new KinesisAnalyticsOutputDeliveryEvent(raw).records[0]?.dataAsText,
      MissingFieldError,
      'KinesisAnalyticsOutputDeliveryEvent: records[0].data is missing'
    );
  });

  it('throws DecodeError naming the data when it is not base64', () => {
    const raw = patchEvent<RawKinesisAnalyticsOutputDeliveryEvent>(
      FIXTURE,
      (event) => {
        (event.records[0] as { data: string }).data = 'not base64!';
      }
    );

    expectEvtError(
      () =>
        new KinesisAnalyticsOutputDeliveryEvent(raw).records[0]?.dataAsBytes,
      DecodeError,
      'KinesisAnalyticsOutputDeliveryEvent: records[0].data is not valid base64: unexpected character, padding or length'
    );
  });

  it('throws DecodeError naming the data when it is not JSON', () => {
    const error = expectEvtError(
      () =>
        new KinesisAnalyticsOutputDeliveryEvent(load()).records[1]?.dataAsJson,
      DecodeError,
      `KinesisAnalyticsOutputDeliveryEvent: records[1].data is not valid JSON: ${jsonErrorOf('AMZN,TECHNOLOGY,1893.04\n')}`
    );

    expect(error.cause).toBeUndefined();
  });
});
