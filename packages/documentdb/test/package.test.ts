import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';

describe('@evt/documentdb', () => {
  it('is named after its folder', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

    expect(manifest.name).toBe('@evt/documentdb');
  });

  it('exports exactly its wrappers and the error classes', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'DecodeError',
        'EvtError',
        'FieldTypeError',
        'MissingFieldError',
        'PayloadTooLargeError',
        'ValidationError',
        'DocumentDBChangeEvent',
        'DocumentDBEvent',
        'DocumentDBEventRecord',
        'DocumentDBUpdateDescription',
        'isDocumentDBEvent',
      ].sort()
    );
  });
});
