import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';

describe('@evt/ses', () => {
  it('is named after its folder', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

    expect(manifest.name).toBe('@evt/ses');
  });

  it('exports exactly its wrappers, helpers and the error classes', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'DecodeError',
        'isSESEvent',
        'EvtError',
        'FieldTypeError',
        'MissingFieldError',
        'PayloadTooLargeError',
        'ValidationError',
        'SESEvent',
        'SESEventRecord',
        'SESMail',
        'SESMailCommonHeaders',
        'SESMailHeader',
        'SESMessage',
        'SESReceipt',
        'SESReceiptAction',
        'SESReceiptStatus',
      ].sort()
    );
  });
});
