import { describe, expect, it } from 'vitest';
import type {
  BatchJobStateChangeDetail,
  BatchJobStateChangeDetailType,
} from '../../src/index';
import { serviceEvent } from './helpers';

describe('BatchJobStateChangeDetail', () => {
  it('reads a failed job, its attempts and its container', () => {
    const event = serviceEvent<
      BatchJobStateChangeDetail,
      BatchJobStateChangeDetailType
    >('batch-job');
    const { detail } = event;

    expect(event.source).toBe('aws.batch');
    expect(event.detailType).toBe('Batch Job State Change');
    expect(detail.jobName).toBe('nightly-report');
    expect(detail.jobId).toBe('4c7599ae-0a82-49aa-ba5a-4727fcce14a8');
    expect(detail.jobArn).toBe(
      'arn:aws:batch:us-east-1:123456789012:job/4c7599ae-0a82-49aa-ba5a-4727fcce14a8'
    );
    expect(detail.jobQueue).toBe(
      'arn:aws:batch:us-east-1:123456789012:job-queue/reports'
    );
    expect(detail.jobDefinition).toBe(
      'arn:aws:batch:us-east-1:123456789012:job-definition/nightly-report:3'
    );
    expect(detail.status).toBe('FAILED');
    expect(detail.statusReason).toBe('Essential container in task exited');
    expect([detail.createdAt, detail.startedAt, detail.stoppedAt]).toEqual([
      1715729600058, 1715729745120, 1715729799456,
    ]);
    expect(detail.retryStrategy).toEqual({ attempts: 1, evaluateOnExit: [] });
    expect(detail.attempts).toHaveLength(1);
    expect(detail.attempts?.[0]?.container?.exitCode).toBe(1);
    expect(detail.container?.command).toEqual([
      'python',
      'report.py',
      '--date',
      '2024-05-14',
    ]);
    expect(detail.container?.resourceRequirements).toEqual([
      { value: '2', type: 'VCPU' },
      { value: '4096', type: 'MEMORY' },
    ]);
    expect(detail.container?.environment).toEqual([
      { name: 'REPORT_BUCKET', value: 'example-reports' },
    ]);
    expect(detail.parameters).toEqual({});
    expect(detail.propagateTags).toBe(false);
    expect(detail.tags).toEqual({
      resourceArn:
        'arn:aws:batch:us-east-1:123456789012:job/4c7599ae-0a82-49aa-ba5a-4727fcce14a8',
    });
  });
});
