import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';
import * as testing from '../src/testing';

describe('@evt/alb', () => {
  it('is named after its folder', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

    expect(manifest.name).toBe('@evt/alb');
  });

  it('exports exactly its wrappers, the proxy base, its response builder and the error classes', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'ALBEvent',
        'ALBEventRequestContext',
        'BaseProxyEvent',
        'DecodeError',
        'isALBEvent',
        'EvtError',
        'FieldTypeError',
        'MissingFieldError',
        'PayloadTooLargeError',
        'ValidationError',
        'albResponse',
      ].sort()
    );
  });

  it('exports exactly its factory from the testing entry', () => {
    expect(Object.keys(testing)).toEqual(['createALBEvent']);
  });
});
