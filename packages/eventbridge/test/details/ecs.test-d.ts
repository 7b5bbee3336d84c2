import { describe, expectTypeOf, it } from 'vitest';
import {
  type ECSContainer,
  type ECSContainerInstanceStateChangeDetail,
  type ECSContainerInstanceStateChangeDetailType,
  type ECSTaskStateChangeDetail,
  type ECSTaskStateChangeDetailType,
  type ECSTaskStatus,
  EventBridgeEvent,
  type RawEventBridgeEvent,
} from '../../src/index';
import instance from '../events/event-bridge-event.ecs-container-instance-state-change.json';
import task from '../events/event-bridge-event.ecs-task-state-change.json';
import type { Undeclared, Widened } from './detail-types';

describe('ECS detail types', () => {
  it('fit the documented samples', () => {
    expectTypeOf(task.detail).toExtend<Widened<ECSTaskStateChangeDetail>>();
    expectTypeOf<
      Undeclared<typeof task.detail, ECSTaskStateChangeDetail>
    >().toEqualTypeOf<never>();
    expectTypeOf(instance.detail).toExtend<
      Widened<ECSContainerInstanceStateChangeDetail>
    >();
    expectTypeOf<
      Undeclared<typeof instance.detail, ECSContainerInstanceStateChangeDetail>
    >().toEqualTypeOf<never>();
  });

  it('type the detail and detail type of the wrapped events', () => {
    const taskEvent = new EventBridgeEvent(
      {} as RawEventBridgeEvent<
        ECSTaskStateChangeDetail,
        ECSTaskStateChangeDetailType
      >
    );
    const instanceEvent = new EventBridgeEvent(
      {} as RawEventBridgeEvent<
        ECSContainerInstanceStateChangeDetail,
        ECSContainerInstanceStateChangeDetailType
      >
    );

    expectTypeOf(taskEvent.detailType).toEqualTypeOf<'ECS Task State Change'>();
    expectTypeOf(taskEvent.detail.lastStatus).toEqualTypeOf<ECSTaskStatus>();
    expectTypeOf(taskEvent.detail.containers).toEqualTypeOf<ECSContainer[]>();
    expectTypeOf(taskEvent.detail.stoppedReason).toEqualTypeOf<
      string | undefined
    >();
    expectTypeOf(
      instanceEvent.detailType
    ).toEqualTypeOf<'ECS Container Instance State Change'>();
    expectTypeOf(instanceEvent.detail.agentConnected).toEqualTypeOf<boolean>();
  });
});
