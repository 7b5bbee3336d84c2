import { describe, expect, it } from 'vitest';
import type {
  AutoScalingInstanceActivityDetail,
  AutoScalingInstanceActivityDetailType,
  AutoScalingLifecycleActionDetail,
  AutoScalingLifecycleActionDetailType,
} from '../../src/index';
import { serviceEvent } from './helpers';

const lifecycleAction = (variant: string) =>
  serviceEvent<
    AutoScalingLifecycleActionDetail,
    AutoScalingLifecycleActionDetailType
  >(variant);

const activity = (variant: string) =>
  serviceEvent<
    AutoScalingInstanceActivityDetail,
    AutoScalingInstanceActivityDetailType
  >(variant);

describe('AutoScalingLifecycleActionDetail', () => {
  it('reads a launch lifecycle action', () => {
    const event = lifecycleAction('autoscaling-launch-lifecycle-action');

    expect(event.source).toBe('aws.autoscaling');
    expect(event.detailType).toBe('EC2 Instance-launch Lifecycle Action');
    expect(event.detail).toEqual({
      LifecycleActionToken: '87654321-4321-4321-4321-210987654321',
      AutoScalingGroupName: 'web-asg',
      LifecycleHookName: 'bootstrap-hook',
      EC2InstanceId: 'i-0a1b2c3d4e5f60718',
      LifecycleTransition: 'autoscaling:EC2_INSTANCE_LAUNCHING',
      NotificationMetadata: '{"role":"web"}',
      Origin: 'EC2',
      Destination: 'AutoScalingGroup',
    });
  });

  it('reads a terminate lifecycle action without notification metadata', () => {
    const { detail, detailType } = lifecycleAction(
      'autoscaling-terminate-lifecycle-action'
    );

    expect(detailType).toBe('EC2 Instance-terminate Lifecycle Action');
    expect(detail.LifecycleTransition).toBe(
      'autoscaling:EC2_INSTANCE_TERMINATING'
    );
    expect(detail.LifecycleHookName).toBe('drain-hook');
    expect(detail.LifecycleActionToken).toBe(
      '0f1e2d3c-4b5a-4968-8776-5a4b3c2d1e0f'
    );
    expect(detail.NotificationMetadata).toBeUndefined();
    expect([detail.Origin, detail.Destination]).toEqual([
      'AutoScalingGroup',
      'EC2',
    ]);
  });
});

describe('AutoScalingInstanceActivityDetail', () => {
  it('reads a successful launch', () => {
    const event = activity('autoscaling-launch-successful');

    expect(event.detailType).toBe('EC2 Instance Launch Successful');
    expect(event.resources).toEqual([
      'arn:aws:autoscaling:us-west-2:123456789012:autoScalingGroup:4f2d9a5e-1c3b-4e8f-9a7d-6b5c4d3e2f10:autoScalingGroupName/web-asg',
      'arn:aws:ec2:us-west-2:123456789012:instance/i-0a1b2c3d4e5f60718',
    ]);
    expect(event.detail.StatusCode).toBe('InProgress');
    expect(event.detail.Description).toBe(
      'Launching a new EC2 instance: i-0a1b2c3d4e5f60718'
    );
    expect(event.detail.Details).toEqual({
      'Availability Zone': 'us-west-2b',
      'Subnet ID': 'subnet-0c1d2e3f4a5b6c7d8',
    });
    expect(event.detail.ActivityId).toBe(
      'c4e6a8b0-2d4f-4a6c-8e0a-1b3d5f7a9c2e'
    );
    expect(event.detail.RequestId).toBe('9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d');
    expect(event.detail.StatusMessage).toBe('');
    expect(event.detail.StartTime).toBe('2024-05-14T09:11:58.513Z');
    expect(event.detail.EndTime).toBe('2024-05-14T09:13:31.174Z');
    expect(event.detail.Cause).toMatch(
      /^At 2024-05-14T09:11:52Z a user request/
    );
  });

  it('reads an unsuccessful launch with its error', () => {
    const { detail, detailType } = activity('autoscaling-launch-unsuccessful');

    expect(detailType).toBe('EC2 Instance Launch Unsuccessful');
    expect(detail.StatusCode).toBe('Failed');
    expect(detail.Description).toBeUndefined();
    expect(detail.StatusMessage).toBe(
      'We currently do not have sufficient m5.large capacity in the Availability Zone you requested (us-west-2b).'
    );
  });

  it('reads a successful and an unsuccessful termination', () => {
    const succeeded = activity('autoscaling-terminate-successful');
    const failed = activity('autoscaling-terminate-unsuccessful');

    expect(succeeded.detailType).toBe('EC2 Instance Terminate Successful');
    expect(succeeded.detail.Description).toBe(
      'Terminating EC2 instance: i-0a1b2c3d4e5f60718'
    );
    expect(succeeded.detail.Origin).toBe('AutoScalingGroup');
    expect(succeeded.detail.Destination).toBe('EC2');
    expect(failed.detailType).toBe('EC2 Instance Terminate Unsuccessful');
    expect(failed.detail.StatusCode).toBe('Failed');
    expect(failed.detail.StatusMessage).toBe(
      'The instance is protected from scale in.'
    );
    expect(failed.detail.EC2InstanceId).toBe('i-0a1b2c3d4e5f60718');
    expect(failed.detail.AutoScalingGroupName).toBe('web-asg');
  });
});
