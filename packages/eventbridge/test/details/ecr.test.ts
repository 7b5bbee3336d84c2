import { describe, expect, it } from 'vitest';
import type {
  ECRImageActionDetail,
  ECRImageActionDetailType,
  ECRImageScanDetail,
  ECRImageScanDetailType,
} from '../../src/index';
import { serviceEvent } from './helpers';

const DIGEST =
  'sha256:7f5b2640fe6fb4f46592dfd3410c4a79dac4f89e4782432e0378abcd1234';

describe('ECRImageActionDetail', () => {
  it('reads a completed image push', () => {
    const event = serviceEvent<ECRImageActionDetail, ECRImageActionDetailType>(
      'ecr-image-push'
    );

    expect(event.source).toBe('aws.ecr');
    expect(event.detailType).toBe('ECR Image Action');
    expect(event.detail).toEqual({
      result: 'SUCCESS',
      'repository-name': 'checkout-service',
      'image-digest': DIGEST,
      'action-type': 'PUSH',
      'image-tag': '1.42.0',
      'manifest-media-type':
        'application/vnd.docker.distribution.manifest.v2+json',
    });
    expect(event.detail['artifact-media-type']).toBeUndefined();
  });
});

describe('ECRImageScanDetail', () => {
  it('reads a completed scan and its findings by severity', () => {
    const event = serviceEvent<ECRImageScanDetail, ECRImageScanDetailType>(
      'ecr-image-scan'
    );
    const { detail } = event;

    expect(event.detailType).toBe('ECR Image Scan');
    expect(event.resources).toEqual([
      'arn:aws:ecr:us-west-2:123456789012:repository/checkout-service',
    ]);
    expect(detail['scan-status']).toBe('COMPLETE');
    expect(detail['repository-name']).toBe('checkout-service');
    expect(detail['image-digest']).toBe(DIGEST);
    expect(detail['image-tags']).toEqual(['1.42.0', 'latest']);
    expect(detail['finding-severity-counts']).toEqual({
      CRITICAL: 1,
      HIGH: 3,
      MEDIUM: 9,
    });
    expect(detail['finding-severity-counts']?.LOW).toBeUndefined();
  });
});
