import { describe, expect, it } from 'vitest';
import type {
  AWSAPICallViaCloudTrailDetail,
  AWSAPICallViaCloudTrailDetailType,
} from '../../src/index';
import { serviceEvent } from './helpers';

type CreateBucketCall = AWSAPICallViaCloudTrailDetail<{
  bucketName: string;
  Host: string;
}>;

describe('AWSAPICallViaCloudTrailDetail', () => {
  it('reads the call, who made it and its parameters', () => {
    const event = serviceEvent<
      CreateBucketCall,
      AWSAPICallViaCloudTrailDetailType
    >('cloudtrail-api-call');
    const { detail } = event;

    expect(event.source).toBe('aws.s3');
    expect(event.detailType).toBe('AWS API Call via CloudTrail');
    expect(detail.eventVersion).toBe('1.09');
    expect(detail.eventSource).toBe('s3.amazonaws.com');
    expect(detail.eventName).toBe('CreateBucket');
    expect(detail.eventTime).toBe('2024-05-14T01:09:13Z');
    expect(detail.awsRegion).toBe('us-east-1');
    expect(detail.sourceIPAddress).toBe('198.51.100.24');
    expect(detail.userAgent).toBe('[S3Console/0.4]');
    expect(detail.requestParameters?.bucketName).toBe(
      'example-release-artifacts'
    );
    expect(detail.responseElements).toBeNull();
    expect(detail.eventType).toBe('AwsApiCall');
    expect(detail.eventID).toBe('24ba271e-d595-4e66-a7fd-9c16cbf8abae');
    expect(detail.requestID).toBe('9D767BCC3B4E7487');
    expect([detail.readOnly, detail.managementEvent]).toEqual([false, true]);
    expect(detail.eventCategory).toBe('Management');
    expect(detail.recipientAccountId).toBe('123456789012');
    expect(detail.tlsDetails?.tlsVersion).toBe('TLSv1.3');
    expect(detail.errorCode).toBeUndefined();
    expect(detail.userIdentity).toMatchObject({
      type: 'AssumedRole',
      arn: 'arn:aws:sts::123456789012:assumed-role/Admin/release-manager',
      accountId: '123456789012',
    });
    expect(detail.userIdentity.sessionContext?.sessionIssuer?.userName).toBe(
      'Admin'
    );
    expect(
      detail.userIdentity.sessionContext?.attributes?.mfaAuthenticated
    ).toBe('true');
  });
});
