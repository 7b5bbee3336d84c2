import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';

describe('@evt/s3', () => {
  it('is named after its folder', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

    expect(manifest.name).toBe('@evt/s3');
  });

  it('exports exactly its wrappers, its response builders and the error classes', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'DecodeError',
        'isS3BatchOperationEvent',
        'isS3Event',
        'isS3EventBridgeNotificationEvent',
        'isS3ObjectLambdaEvent',
        'EvtError',
        'FieldTypeError',
        'MissingFieldError',
        'PayloadTooLargeError',
        'ValidationError',
        'S3BatchOperationEvent',
        'S3BatchOperationJob',
        'S3BatchOperationResponse',
        'S3BatchOperationResponseRecord',
        'S3BatchOperationTask',
        'S3Bucket',
        'S3Event',
        'S3EventBridgeNotificationDetail',
        'S3EventBridgeNotificationEvent',
        'S3EventBridgeNotificationObject',
        'S3EventNotificationEventBridgeBucket',
        'S3EventRecord',
        'S3EventRecordGlacierEventData',
        'S3EventRecordGlacierRestoreEventData',
        'S3Identity',
        'S3Message',
        'S3Object',
        'S3ObjectConfiguration',
        'S3ObjectContext',
        'S3ObjectInputContext',
        'S3ObjectLambdaEvent',
        'S3ObjectSessionAttributes',
        'S3ObjectSessionContext',
        'S3ObjectSessionIssuer',
        'S3ObjectUserIdentity',
        'S3ObjectUserRequest',
        'S3RequestParameters',
        'VALID_RESULT_CODES',
      ].sort()
    );
  });
});
