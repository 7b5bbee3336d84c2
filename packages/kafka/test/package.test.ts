import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';
import * as testing from '../src/testing';

describe('@evt/kafka', () => {
  it('is named after its folder', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

    expect(manifest.name).toBe('@evt/kafka');
  });

  it('exports exactly its wrappers and the error classes', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'DecodeError',
        'isKafkaEvent',
        'EvtError',
        'FieldTypeError',
        'KafkaEvent',
        'KafkaEventRecord',
        'KafkaEventRecordSchemaMetadata',
        'KafkaHeaderMap',
        'MissingFieldError',
        'PayloadTooLargeError',
        'ValidationError',
      ].sort()
    );
  });

  it('exports exactly its sample-event factories from /testing', () => {
    expect(Object.keys(testing).sort()).toEqual(['createKafkaEvent']);
  });
});
