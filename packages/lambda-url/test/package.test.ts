import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';
import * as testing from '../src/testing';

describe('@evt/lambda-url', () => {
  it('is named after its folder', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

    expect(manifest.name).toBe('@evt/lambda-url');
  });

  it('exports exactly its wrappers, the shared HTTP classes and the error classes', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'BaseProxyEvent',
        'BaseProxyEventV2',
        'BaseProxyRequestContextV2',
        'DecodeError',
        'isLambdaFunctionUrlEvent',
        'EvtError',
        'FieldTypeError',
        'LambdaFunctionUrlEvent',
        'LambdaFunctionUrlRequestContext',
        'LambdaFunctionUrlRequestContextAuthorizer',
        'MissingFieldError',
        'PayloadTooLargeError',
        'RequestContextV2AuthorizerIam',
        'RequestContextV2Http',
        'ValidationError',
      ].sort()
    );
  });

  it('exports the testing factory from @evt/lambda-url/testing', () => {
    expect(Object.keys(testing)).toEqual(['createLambdaFunctionUrlEvent']);
  });
});
