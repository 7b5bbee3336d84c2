import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';

describe('@evt/cloudformation', () => {
  it('is named after its folder', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

    expect(manifest.name).toBe('@evt/cloudformation');
  });

  it('exports exactly its wrapper, its response builders and the error classes', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'DecodeError',
        'isCloudFormationCustomResourceEvent',
        'EvtError',
        'FieldTypeError',
        'MissingFieldError',
        'PayloadTooLargeError',
        'ValidationError',
        'CloudFormationCustomResourceEvent',
        'CloudFormationResponseError',
        'buildResponse',
        'sendResponse',
      ].sort()
    );
  });
});
