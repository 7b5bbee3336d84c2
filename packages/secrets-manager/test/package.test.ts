import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';

describe('@evt/secrets-manager', () => {
  it('is named after its folder', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

    expect(manifest.name).toBe('@evt/secrets-manager');
  });

  it('exports exactly its wrapper and the error classes', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'DecodeError',
        'EvtError',
        'FieldTypeError',
        'MissingFieldError',
        'PayloadTooLargeError',
        'ValidationError',
        'SecretsManagerEvent',
        'isSecretsManagerEvent',
      ].sort()
    );
  });
});
