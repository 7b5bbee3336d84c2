import { loadEvent } from '@evt/tooling-config/events';
import { expectEvtError } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  base64FromString,
  EvtError,
  FieldTypeError,
  KinesisAnalyticsInputPreprocessingResponse,
  KinesisAnalyticsInputPreprocessingResponseRecord,
  KinesisAnalyticsStreamsInputPreprocessingEvent,
  MissingFieldError,
  type RawKinesisAnalyticsStreamsInputPreprocessingEvent,
} from '../src/index';

const RECORD_ID = '49572672223665514422805246926656954630972486059535892482';

describe('KinesisAnalyticsInputPreprocessingResponse', () => {
  describe('asDict', () => {
    it('returns the response AWS documents for the example input (and drops the added record)', () => {
      const event = new KinesisAnalyticsStreamsInputPreprocessingEvent(
        loadEvent<RawKinesisAnalyticsStreamsInputPreprocessingEvent>(
          'kinesis-analytics-streams-input-preprocessing-event'
        )
      );
      const response = new KinesisAnalyticsInputPreprocessingResponse();

      for (const record of event.records) {
        const text = record.dataAsText;
        response.addRecord(
          text.startsWith('{')
            ? record.buildPreprocessingResponse(undefined, 'Dropped')
            : record.buildPreprocessingResponse(
                base64FromString(text.toUpperCase())
              )
        );
      }

      expect(response.asDict()).toEqual({
        records: [
          {
            recordId: RECORD_ID,
            result: 'Ok',
            data: 'SEVMTE8gV09STEQ=',
          },
          {
            recordId:
              '49572672223665514422805246926656954630972486059535892498',
            result: 'Dropped',
          },
        ],
      });
    });

    it('throws EvtError when the response has no records', () => {
      expectEvtError(
        () => new KinesisAnalyticsInputPreprocessingResponse().asDict(),
        EvtError,
        'KinesisAnalyticsInputPreprocessingResponse: records is empty, and Kinesis Data Analytics does not accept an empty response'
      );
    });
  });

  describe('toJSON', () => {
    it('serialises to the response Kinesis Data Analytics reads', () => {
      const response = new KinesisAnalyticsInputPreprocessingResponse({
        records: [
          new KinesisAnalyticsInputPreprocessingResponseRecord({
            recordId: RECORD_ID,
            data: 'SEVMTE8gV09STEQ=',
          }),
        ],
      });

      expect(JSON.stringify(response)).toBe(
        `{"records":[{"recordId":"${RECORD_ID}","result":"Ok","data":"SEVMTE8gV09STEQ="}]}`
      );
    });
  });

  describe('records and addRecord', () => {
    it('return the records given and added, in order', () => {
      const first = new KinesisAnalyticsInputPreprocessingResponseRecord({
        recordId: 'a',
        result: 'Dropped',
      });
      const second = new KinesisAnalyticsInputPreprocessingResponseRecord({
        recordId: 'b',
        result: 'ProcessingFailed',
      });
      const response = new KinesisAnalyticsInputPreprocessingResponse({
        records: [first],
      });

      response.addRecord(second);

      expect(response.records).toEqual([first, second]);
    });
  });
});

describe('KinesisAnalyticsInputPreprocessingResponseRecord', () => {
  it('returns the fields given, with Ok as the default result', () => {
    const record = new KinesisAnalyticsInputPreprocessingResponseRecord({
      recordId: RECORD_ID,
      data: 'SEVMTE8gV09STEQ=',
    });

    expect(record.recordId).toBe(RECORD_ID);
    expect(record.result).toBe('Ok');
    expect(record.data).toBe('SEVMTE8gV09STEQ=');
  });

  it('returns undefined data when none is given', () => {
    const record = new KinesisAnalyticsInputPreprocessingResponseRecord({
      recordId: RECORD_ID,
      result: 'ProcessingFailed',
    });

    expect(record.data).toBeUndefined();
    expect(record.toJSON()).toEqual({
      recordId: RECORD_ID,
      result: 'ProcessingFailed',
    });
  });

  describe('malformed input', () => {
    it('throws MissingFieldError naming data when an Ok record has none', () => {
      const record = new KinesisAnalyticsInputPreprocessingResponseRecord({
        recordId: RECORD_ID,
      });

      expectEvtError(
        () => record.asDict(),
        MissingFieldError,
        'KinesisAnalyticsInputPreprocessingResponseRecord: data is missing'
      );
    });

    it('throws FieldTypeError naming the accepted results', () => {
      const record = new KinesisAnalyticsInputPreprocessingResponseRecord({
        recordId: RECORD_ID,
        result: 'DeliveryFailed' as never,
      });

      expectEvtError(
        () => record.asDict(),
        FieldTypeError,
        'KinesisAnalyticsInputPreprocessingResponseRecord: result must be Ok | Dropped | ProcessingFailed, got "DeliveryFailed"'
      );
    });

    it('throws MissingFieldError naming recordId when it is absent', () => {
      const record = new KinesisAnalyticsInputPreprocessingResponseRecord(
        {} as { recordId: string }
      );

      expectEvtError(
        () => record.asDict(),
        MissingFieldError,
        'KinesisAnalyticsInputPreprocessingResponseRecord: recordId is missing'
      );
    });
  });
});
