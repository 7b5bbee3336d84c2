import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';

describe('@evt/firehose', () => {
  it('is named after its folder', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

    expect(manifest.name).toBe('@evt/firehose');
  });

  it('exports exactly its wrappers, response builders and the error classes', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'DecodeError',
        'isKinesisFirehoseEvent',
        'EvtError',
        'FieldTypeError',
        'MissingFieldError',
        'PayloadTooLargeError',
        'ValidationError',
        'KinesisFirehoseEvent',
        'KinesisFirehoseRecord',
        'KinesisFirehoseRecordMetadata',
        'KinesisFirehoseMSKRecord',
        'KinesisFirehoseMSKRecordMetadata',
        'KinesisFirehoseDataTransformationRecord',
        'KinesisFirehoseDataTransformationRecordMetadata',
        'KinesisFirehoseDataTransformationResponse',
        'base64FromJson',
        'base64FromString',
      ].sort()
    );
  });
});
