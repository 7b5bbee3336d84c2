import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';

describe('@evt/transfer-family', () => {
  it('is named after its folder', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

    expect(manifest.name).toBe('@evt/transfer-family');
  });

  it('exports exactly its wrapper, its response builder and the error classes', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'DecodeError',
        'isTransferFamilyAuthorizer',
        'EvtError',
        'FieldTypeError',
        'MissingFieldError',
        'PayloadTooLargeError',
        'ValidationError',
        'TransferFamilyAuthorizer',
        'TransferFamilyAuthorizerResponse',
      ].sort()
    );
  });
});
