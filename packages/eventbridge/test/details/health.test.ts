import { describe, expect, it } from 'vitest';
import type {
  AWSHealthEventDetail,
  AWSHealthEventDetailType,
} from '../../src/index';
import { serviceEvent } from './helpers';

describe('AWSHealthEventDetail', () => {
  it('reads a scheduled change, its description and the resource it affects', () => {
    const event = serviceEvent<AWSHealthEventDetail, AWSHealthEventDetailType>(
      'health'
    );
    const { detail } = event;

    expect(event.source).toBe('aws.health');
    expect(event.detailType).toBe('AWS Health Event');
    expect(detail.eventArn).toBe(
      'arn:aws:health:us-east-1::event/EC2/AWS_EC2_INSTANCE_RETIREMENT_SCHEDULED/AWS_EC2_INSTANCE_RETIREMENT_SCHEDULED_90353408594353983'
    );
    expect(detail.service).toBe('EC2');
    expect(detail.eventTypeCode).toBe('AWS_EC2_INSTANCE_RETIREMENT_SCHEDULED');
    expect(detail.eventTypeCategory).toBe('scheduledChange');
    expect(detail.eventScopeCode).toBe('ACCOUNT_SPECIFIC');
    expect(detail.communicationId).toBe('1234abc01232a4012345678-1');
    expect(detail.startTime).toBe('Tue, 28 May 2024 13:19:03 GMT');
    expect(detail.endTime).toBeUndefined();
    expect(detail.lastUpdatedTime).toBe('Tue, 14 May 2024 01:43:13 GMT');
    expect(detail.statusCode).toBe('upcoming');
    expect(detail.eventRegion).toBe('us-east-1');
    expect(detail.eventDescription[0]?.language).toBe('en_US');
    expect(detail.eventDescription[0]?.latestDescription).toContain(
      'scheduled for retirement'
    );
    expect(detail.eventMetadata).toEqual({ 'instance-type': 'm5.large' });
    expect(detail.affectedEntities).toEqual([
      {
        entityValue:
          'arn:aws:ec2:us-east-1:123456789012:instance/i-1234567890abcdef0',
        lastUpdatedTime: 'Tue, 14 May 2024 01:40:55 GMT',
        status: 'PENDING',
      },
    ]);
    expect([detail.page, detail.totalPages, detail.backupEvent]).toEqual([
      '1',
      '1',
      'false',
    ]);
    expect(detail.affectedAccount).toBe('123456789012');
    expect(detail.personas).toEqual(['OPERATIONS']);
    expect(detail.actionability).toBe('ACTION_REQUIRED');
  });
});
