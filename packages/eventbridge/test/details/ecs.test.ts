import { describe, expect, it } from 'vitest';
import type {
  ECSContainerInstanceStateChangeDetail,
  ECSContainerInstanceStateChangeDetailType,
  ECSTaskStateChangeDetail,
  ECSTaskStateChangeDetailType,
} from '../../src/index';
import { serviceEvent } from './helpers';

const TASK =
  'arn:aws:ecs:us-west-2:123456789012:task/FargateCluster/c13b4cb40f1f4fe4a2971f76ae5a47ad';

describe('ECSTaskStateChangeDetail', () => {
  it('reads a stopped task, why it stopped, and its containers', () => {
    const event = serviceEvent<
      ECSTaskStateChangeDetail,
      ECSTaskStateChangeDetailType
    >('ecs-task-state-change');
    const { detail } = event;

    expect(event.source).toBe('aws.ecs');
    expect(event.detailType).toBe('ECS Task State Change');
    expect(detail.taskArn).toBe(TASK);
    expect(detail.clusterArn).toBe(
      'arn:aws:ecs:us-west-2:123456789012:cluster/FargateCluster'
    );
    expect(detail.taskDefinitionArn).toBe(
      'arn:aws:ecs:us-west-2:123456789012:task-definition/sample-fargate:1'
    );
    expect([detail.lastStatus, detail.desiredStatus]).toEqual([
      'STOPPED',
      'STOPPED',
    ]);
    expect(detail.stopCode).toBe('EssentialContainerExited');
    expect(detail.stoppedReason).toBe('Essential container in task exited');
    expect(detail.stoppedAt).toBe('2024-05-14T10:05:41.217Z');
    expect(detail.launchType).toBe('FARGATE');
    expect(detail.platformVersion).toBe('1.4.0');
    expect([detail.cpu, detail.memory]).toEqual(['256', '512']);
    expect(detail.version).toBe(6);
    expect(detail.group).toBe('family:sample-fargate');
    expect(detail.overrides?.containerOverrides).toEqual([
      { name: 'FargateApp' },
    ]);
    expect(detail.attachments?.[0]?.details).toContainEqual({
      name: 'privateIPv4Address',
      value: '10.0.0.139',
    });
    expect(detail.containers).toHaveLength(1);
    expect(detail.containers[0]).toMatchObject({
      name: 'FargateApp',
      lastStatus: 'STOPPED',
      exitCode: 137,
      taskArn: TASK,
      imageDigest:
        'sha256:74b2c688c700ec95a93e478cdb959737c148df3fbf5ea706abe0318726e885e6',
      networkInterfaces: [
        {
          attachmentId: '1789bcae-ddfb-4d10-8ebe-8ac87ddba5b8',
          privateIpv4Address: '10.0.0.139',
        },
      ],
    });
  });
});

describe('ECSContainerInstanceStateChangeDetail', () => {
  it('reads the instance, its agent and its resources', () => {
    const event = serviceEvent<
      ECSContainerInstanceStateChangeDetail,
      ECSContainerInstanceStateChangeDetailType
    >('ecs-container-instance-state-change');
    const { detail } = event;

    expect(event.detailType).toBe('ECS Container Instance State Change');
    expect(detail.agentConnected).toBe(true);
    expect(detail.status).toBe('ACTIVE');
    expect(detail.ec2InstanceId).toBe('i-0f3a8506b2c4d6e8a');
    expect(detail.containerInstanceArn).toBe(
      'arn:aws:ecs:us-east-1:111122223333:container-instance/b54a2a04-046f-4331-9d74-3f6d7f6ca315'
    );
    expect(detail.clusterArn).toBe(
      'arn:aws:ecs:us-east-1:111122223333:cluster/default'
    );
    expect(detail.version).toBe(14801);
    expect(detail.updatedAt).toBe('2024-05-14T16:41:06.991Z');
    expect(detail.versionInfo?.agentVersion).toBe('1.82.1');
    expect(detail.attributes).toContainEqual({
      name: 'ecs.instance-type',
      value: 'm5.large',
    });
    expect(
      detail.remainingResources?.find((resource) => resource.name === 'MEMORY')
    ).toEqual({ name: 'MEMORY', type: 'INTEGER', integerValue: 5633 });
    expect(detail.registeredResources?.[2]?.stringSetValue).toEqual([
      '22',
      '2376',
      '2375',
      '51678',
      '51679',
    ]);
  });
});
