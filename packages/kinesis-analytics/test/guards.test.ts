import { loadEvent } from '@evt/tooling-config/events';
import { describeGuards } from '@evt/tooling-config/guards';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';

describeGuards(api);

describe('isKinesisAnalyticsOutputDeliveryEvent', () => {
  it('rejects a Firehose data-transformation event', () => {
    const transformation = {
      invocationId: 'invoked123',
      deliveryStreamArn:
        'arn:aws:firehose:us-east-1:123456789012:deliverystream/lambda-test',
      region: 'us-east-1',
      records: [
        {
          recordId: 'record1',
          approximateArrivalTimestamp: 1510772160000,
          data: 'aGVsbG8gd29ybGQ=',
        },
      ],
    };

    expect(api.isKinesisAnalyticsOutputDeliveryEvent(transformation)).toBe(
      false
    );
  });

  it('accepts an output delivery of no records', () => {
    const raw = loadEvent('kinesis-analytics-output-delivery-event', {
      frozen: false,
    }) as { records: unknown[] };
    raw.records = [];

    expect(api.isKinesisAnalyticsOutputDeliveryEvent(raw)).toBe(true);
  });
});

describe('preprocessing guards', () => {
  it('reject an event whose first record carries no metadata object', () => {
    const raw = loadEvent(
      'kinesis-analytics-streams-input-preprocessing-event',
      { frozen: false }
    ) as { records: { kinesisStreamRecordMetadata: unknown }[] };
    (
      raw.records[0] as { kinesisStreamRecordMetadata: unknown }
    ).kinesisStreamRecordMetadata = null;

    expect(api.isKinesisAnalyticsStreamsInputPreprocessingEvent(raw)).toBe(
      false
    );
    expect(api.isKinesisAnalyticsFirehoseInputPreprocessingEvent(raw)).toBe(
      false
    );
    expect(api.isKinesisAnalyticsOutputDeliveryEvent(raw)).toBe(false);
  });
});
