import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';
import * as testing from '../src/testing';

describe('@evt/kinesis-analytics', () => {
  it('is named after its folder', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

    expect(manifest.name).toBe('@evt/kinesis-analytics');
  });

  it('exports exactly its wrappers, responses, guards, encoders and the error classes', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'DecodeError',
        'EvtError',
        'FieldTypeError',
        'MissingFieldError',
        'PayloadTooLargeError',
        'ValidationError',
        'base64FromJson',
        'base64FromString',
        'isKinesisAnalyticsFirehoseInputPreprocessingEvent',
        'isKinesisAnalyticsOutputDeliveryEvent',
        'isKinesisAnalyticsStreamsInputPreprocessingEvent',
        'KinesisAnalyticsEventBase',
        'KinesisAnalyticsFirehoseInputPreprocessingEvent',
        'KinesisAnalyticsFirehoseInputPreprocessingRecord',
        'KinesisAnalyticsFirehoseRecordMetadata',
        'KinesisAnalyticsInputPreprocessingEventBase',
        'KinesisAnalyticsInputPreprocessingRecordBase',
        'KinesisAnalyticsInputPreprocessingResponse',
        'KinesisAnalyticsInputPreprocessingResponseRecord',
        'KinesisAnalyticsLambdaDeliveryRecordMetadata',
        'KinesisAnalyticsOutputDeliveryEvent',
        'KinesisAnalyticsOutputDeliveryRecord',
        'KinesisAnalyticsOutputDeliveryResponse',
        'KinesisAnalyticsOutputDeliveryResponseRecord',
        'KinesisAnalyticsRecordBase',
        'KinesisAnalyticsStreamRecordMetadata',
        'KinesisAnalyticsStreamsInputPreprocessingEvent',
        'KinesisAnalyticsStreamsInputPreprocessingRecord',
      ].sort()
    );
  });

  it('exports one factory per event from ./testing', () => {
    expect(Object.keys(testing).sort()).toEqual([
      'createKinesisAnalyticsFirehoseInputPreprocessingEvent',
      'createKinesisAnalyticsOutputDeliveryEvent',
      'createKinesisAnalyticsStreamsInputPreprocessingEvent',
    ]);
  });
});
