import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';

describe('@evt/cloudfront', () => {
  it('is named after its folder', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

    expect(manifest.name).toBe('@evt/cloudfront');
  });

  it('exports exactly its wrappers, builders, guards and the error classes', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'DecodeError',
        'EvtError',
        'FieldTypeError',
        'MissingFieldError',
        'PayloadTooLargeError',
        'ValidationError',
        'CloudFrontConfig',
        'CloudFrontCustomOrigin',
        'CloudFrontMessage',
        'CloudFrontOriginBase',
        'CloudFrontRecord',
        'CloudFrontOrigin',
        'CloudFrontRequest',
        'CloudFrontRequestBody',
        'CloudFrontRequestEvent',
        'CloudFrontRequestEventRecord',
        'CloudFrontResponse',
        'CloudFrontResponseEvent',
        'CloudFrontResponseEventRecord',
        'CloudFrontS3Origin',
        'generatedResponse',
        'headerRestriction',
        'isCloudFrontRequestEvent',
        'isCloudFrontResponseEvent',
        'modifiedRequest',
        'modifiedResponse',
        'toCloudFrontHeaders',
      ].sort()
    );
  });
});
