import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';
import * as testing from '../src/testing';

describe('@evt/dynamodb', () => {
  it('is named after its folder', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

    expect(manifest.name).toBe('@evt/dynamodb');
  });

  it('exports exactly its wrappers, helpers, constants and the error classes', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'DecodeError',
        'isDynamoDBStreamEvent',
        'buildBatchResponse',
        'DynamoDBNumber',
        'DynamoDBRecord',
        'DynamoDBRecordEventName',
        'DynamoDBStreamEvent',
        'EvtError',
        'FieldTypeError',
        'MissingFieldError',
        'PayloadTooLargeError',
        'ValidationError',
        'StreamRecord',
        'StreamViewType',
        'TumblingWindow',
        'unmarshall',
        'unmarshallValue',
      ].sort()
    );
  });

  it('exports exactly its sample-event factories from /testing', () => {
    expect(Object.keys(testing).sort()).toEqual(['createDynamoDBStreamEvent']);
  });
});
