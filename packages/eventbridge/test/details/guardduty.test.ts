import { describe, expect, it } from 'vitest';
import type {
  GuardDutyFindingDetail,
  GuardDutyFindingDetailType,
} from '../../src/index';
import { serviceEvent } from './helpers';

describe('GuardDutyFindingDetail', () => {
  it('reads the finding, its resource and what GuardDuty adds', () => {
    const event = serviceEvent<
      GuardDutyFindingDetail,
      GuardDutyFindingDetailType
    >('guardduty-finding');
    const { detail } = event;

    expect(event.source).toBe('aws.guardduty');
    expect(event.detailType).toBe('GuardDuty Finding');
    expect(detail.schemaVersion).toBe('2.0');
    expect(detail.type).toBe('Recon:EC2/PortProbeUnprotectedPort');
    expect(detail.severity).toBe(2);
    expect(detail.id).toBe('16afba5c5c43e07c9e3e5e2e544e95df');
    expect(detail.arn).toBe(
      'arn:aws:guardduty:us-east-1:123456789012:detector/123456789012abcdef0123456789abcd/finding/16afba5c5c43e07c9e3e5e2e544e95df'
    );
    expect([detail.accountId, detail.region, detail.partition]).toEqual([
      '123456789012',
      'us-east-1',
      'aws',
    ]);
    expect(detail.title).toBe(
      'Unprotected port on EC2 instance i-0a1b2c3d4e5f60718 is being probed.'
    );
    expect(detail.createdAt).toBe('2024-05-14T11:03:29.481Z');
    expect(detail.updatedAt).toBe('2024-05-14T11:20:47.102Z');
    expect(detail.resource.resourceType).toBe('Instance');
    expect(detail.resource.instanceDetails).toMatchObject({
      instanceId: 'i-0a1b2c3d4e5f60718',
      instanceType: 't3.micro',
    });
    expect(detail.service).toMatchObject({
      serviceName: 'guardduty',
      detectorId: '123456789012abcdef0123456789abcd',
      resourceRole: 'TARGET',
      archived: false,
      count: 12,
      featureName: 'FlowLogs',
      eventFirstSeen: '2024-05-14T10:52:11.000Z',
      eventLastSeen: '2024-05-14T11:14:38.000Z',
    });
    expect(detail.service?.action?.actionType).toBe('PORT_PROBE');
    expect(detail.confidence).toBeUndefined();
  });
});
