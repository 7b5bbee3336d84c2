import { describe, expect, it } from 'vitest';
import type {
  CodeDeployDeploymentStateChangeDetail,
  CodeDeployDeploymentStateChangeDetailType,
  CodeDeployInstanceStateChangeDetail,
  CodeDeployInstanceStateChangeDetailType,
} from '../../src/index';
import { serviceEvent } from './helpers';

describe('CodeDeployDeploymentStateChangeDetail', () => {
  it('reads the deployment and its state', () => {
    const event = serviceEvent<
      CodeDeployDeploymentStateChangeDetail,
      CodeDeployDeploymentStateChangeDetailType
    >('codedeploy-deployment');

    expect(event.source).toBe('aws.codedeploy');
    expect(event.detailType).toBe(
      'CodeDeploy Deployment State-change Notification'
    );
    expect(event.detail).toEqual({
      instanceGroupId: '9fd2fbef-2157-40d8-91e7-6845af69e2d2',
      region: 'us-east-1',
      application: 'checkout',
      deploymentId: 'd-AB12CD34E',
      state: 'SUCCESS',
      deploymentGroup: 'production',
    });
  });
});

describe('CodeDeployInstanceStateChangeDetail', () => {
  it('reads the instance and its state in the deployment', () => {
    const event = serviceEvent<
      CodeDeployInstanceStateChangeDetail,
      CodeDeployInstanceStateChangeDetailType
    >('codedeploy-instance');

    expect(event.detailType).toBe(
      'CodeDeploy Instance State-change Notification'
    );
    expect(event.detail.instanceId).toBe('i-0123456789abcdef0');
    expect(event.detail.state).toBe('FAILURE');
    expect(event.detail.deploymentId).toBe('d-AB12CD34E');
    expect(event.detail.deploymentGroup).toBe('production');
    expect(event.resources[0]).toBe(
      'arn:aws:ec2:us-east-1:123456789012:instance/i-0123456789abcdef0'
    );
  });
});
