import { loadEvent } from '@evt/tooling-config/events';
import { expectEvtError } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  EvtError,
  FieldTypeError,
  KinesisAnalyticsOutputDeliveryEvent,
  KinesisAnalyticsOutputDeliveryResponse,
  KinesisAnalyticsOutputDeliveryResponseRecord,
  MissingFieldError,
  type RawKinesisAnalyticsOutputDeliveryEvent,
} from '../src/index';

const RECORD_ID = '49572672223665514422805246926656954630972486059535892482';

describe('KinesisAnalyticsOutputDeliveryResponse', () => {
  describe('asDict', () => {
    it('acknowledges each output record as Kinesis Data Analytics reads it', () => {
      const event = new KinesisAnalyticsOutputDeliveryEvent(
        loadEvent<RawKinesisAnalyticsOutputDeliveryEvent>(
          'kinesis-analytics-output-delivery-event'
        )
      );
      const response = new KinesisAnalyticsOutputDeliveryResponse();

      for (const record of event.records) {
        response.addRecord(
          record.buildDeliveryResponse(
            record.dataAsText.startsWith('{') ? 'Ok' : 'DeliveryFailed'
          )
        );
      }

      expect(response.asDict()).toEqual({
        records: [
          { recordId: RECORD_ID, result: 'Ok' },
          {
            recordId:
              '49572672223665514422805246926656954630972486059535892483',
            result: 'DeliveryFailed',
          },
        ],
      });
      expect(JSON.parse(JSON.stringify(response))).toEqual(response.asDict());
    });

    it('throws EvtError when the response has no records', () => {
      expectEvtError(
        () => new KinesisAnalyticsOutputDeliveryResponse().toJSON(),
        EvtError,
        'KinesisAnalyticsOutputDeliveryResponse: records is empty, and Kinesis Data Analytics does not accept an empty response'
      );
    });
  });

  describe('records', () => {
    it('returns the records given at construction', () => {
      const record = new KinesisAnalyticsOutputDeliveryResponseRecord({
        recordId: RECORD_ID,
      });

      expect(
        new KinesisAnalyticsOutputDeliveryResponse({ records: [record] })
          .records
      ).toEqual([record]);
    });
  });
});

describe('KinesisAnalyticsOutputDeliveryResponseRecord', () => {
  it('returns the record ID and the result, Ok by default', () => {
    const record = new KinesisAnalyticsOutputDeliveryResponseRecord({
      recordId: RECORD_ID,
    });

    expect(record.recordId).toBe(RECORD_ID);
    expect(record.result).toBe('Ok');
    expect(JSON.stringify(record)).toBe(
      `{"recordId":"${RECORD_ID}","result":"Ok"}`
    );
  });

  it('returns DeliveryFailed when given', () => {
    expect(
      new KinesisAnalyticsOutputDeliveryResponseRecord({
        recordId: RECORD_ID,
        result: 'DeliveryFailed',
      }).result
    ).toBe('DeliveryFailed');
  });

  describe('malformed input', () => {
    it('throws FieldTypeError naming the accepted results', () => {
      const record = new KinesisAnalyticsOutputDeliveryResponseRecord({
        recordId: RECORD_ID,
        result: 'Dropped' as never,
      });

      expectEvtError(
        () => record.asDict(),
        FieldTypeError,
        'KinesisAnalyticsOutputDeliveryResponseRecord: result must be Ok | DeliveryFailed, got "Dropped"'
      );
    });

    it('throws MissingFieldError naming recordId when it is absent', () => {
      expectEvtError(
        () =>
          new KinesisAnalyticsOutputDeliveryResponseRecord(
            {} as { recordId: string }
          ).asDict(),
        MissingFieldError,
        'KinesisAnalyticsOutputDeliveryResponseRecord: recordId is missing'
      );
    });
  });
});
