import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';

describe('@evt/kinesis', () => {
  it('is named after its folder', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

    expect(manifest.name).toBe('@evt/kinesis');
  });

  it('exports exactly its wrappers, helpers and the error classes', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'DecodeError',
        'isKinesisStreamEvent',
        'EvtError',
        'FieldTypeError',
        'MissingFieldError',
        'PayloadTooLargeError',
        'ValidationError',
        'TumblingWindow',
        'buildBatchResponse',
        'KinesisStreamEvent',
        'KinesisStreamRecord',
        'KinesisStreamRecordPayload',
        'extractCloudWatchLogsFromEvent',
        'extractCloudWatchLogsFromRecord',
      ].sort()
    );
  });
});
