import { describe, expectTypeOf, it } from 'vitest';
import {
  type CodeDeployDeploymentStateChangeDetail,
  type CodeDeployDeploymentStateChangeDetailType,
  type CodeDeployInstanceStateChangeDetail,
  type CodeDeployInstanceStateChangeDetailType,
  type CodeDeployState,
  EventBridgeEvent,
  type RawEventBridgeEvent,
} from '../../src/index';
import deployment from '../events/event-bridge-event.codedeploy-deployment.json';
import instance from '../events/event-bridge-event.codedeploy-instance.json';
import type { Undeclared, Widened } from './detail-types';

describe('CodeDeploy detail types', () => {
  it('fit the documented samples', () => {
    expectTypeOf(deployment.detail).toExtend<
      Widened<CodeDeployDeploymentStateChangeDetail>
    >();
    expectTypeOf<
      Undeclared<
        typeof deployment.detail,
        CodeDeployDeploymentStateChangeDetail
      >
    >().toEqualTypeOf<never>();
    expectTypeOf(instance.detail).toExtend<
      Widened<CodeDeployInstanceStateChangeDetail>
    >();
    expectTypeOf<
      Undeclared<typeof instance.detail, CodeDeployInstanceStateChangeDetail>
    >().toEqualTypeOf<never>();
  });

  it('type the detail and detail type of the wrapped events', () => {
    const deploymentEvent = new EventBridgeEvent(
      {} as RawEventBridgeEvent<
        CodeDeployDeploymentStateChangeDetail,
        CodeDeployDeploymentStateChangeDetailType
      >
    );
    const instanceEvent = new EventBridgeEvent(
      {} as RawEventBridgeEvent<
        CodeDeployInstanceStateChangeDetail,
        CodeDeployInstanceStateChangeDetailType
      >
    );

    expectTypeOf(deploymentEvent.detail.state).toEqualTypeOf<CodeDeployState>();
    expectTypeOf(
      deploymentEvent.detailType
    ).toEqualTypeOf<'CodeDeploy Deployment State-change Notification'>();
    expectTypeOf(instanceEvent.detail.instanceId).toEqualTypeOf<string>();
    expectTypeOf(
      instanceEvent.detailType
    ).toEqualTypeOf<'CodeDeploy Instance State-change Notification'>();
    // @ts-expect-error a deployment's detail names no instance
    expectTypeOf(deploymentEvent.detail.instanceId);
  });
});
