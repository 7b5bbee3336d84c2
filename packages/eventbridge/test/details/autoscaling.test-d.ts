import { describe, expectTypeOf, it } from 'vitest';
import {
  type AutoScalingInstanceActivityDetail,
  type AutoScalingInstanceActivityDetailType,
  type AutoScalingInstanceLocation,
  type AutoScalingLifecycleActionDetail,
  type AutoScalingLifecycleActionDetailType,
  type AutoScalingLifecycleTransition,
  EventBridgeEvent,
  type RawEventBridgeEvent,
} from '../../src/index';
import launchLifecycle from '../events/event-bridge-event.autoscaling-launch-lifecycle-action.json';
import type launchSuccessful from '../events/event-bridge-event.autoscaling-launch-successful.json';
import type launchUnsuccessful from '../events/event-bridge-event.autoscaling-launch-unsuccessful.json';
import terminateLifecycle from '../events/event-bridge-event.autoscaling-terminate-lifecycle-action.json';
import type terminateSuccessful from '../events/event-bridge-event.autoscaling-terminate-successful.json';
import type terminateUnsuccessful from '../events/event-bridge-event.autoscaling-terminate-unsuccessful.json';
import type { Undeclared, Widened } from './detail-types';

describe('Auto Scaling detail types', () => {
  it('fit the documented lifecycle action samples', () => {
    expectTypeOf(launchLifecycle.detail).toExtend<
      Widened<AutoScalingLifecycleActionDetail>
    >();
    expectTypeOf(terminateLifecycle.detail).toExtend<
      Widened<AutoScalingLifecycleActionDetail>
    >();
    expectTypeOf<
      Undeclared<
        typeof launchLifecycle.detail | typeof terminateLifecycle.detail,
        AutoScalingLifecycleActionDetail
      >
    >().toEqualTypeOf<never>();
  });

  it('fit the documented launch and terminate samples', () => {
    type Samples =
      | typeof launchSuccessful.detail
      | typeof launchUnsuccessful.detail
      | typeof terminateSuccessful.detail
      | typeof terminateUnsuccessful.detail;

    expectTypeOf<Samples>().toExtend<
      Widened<AutoScalingInstanceActivityDetail>
    >();
    expectTypeOf<
      Undeclared<Samples, AutoScalingInstanceActivityDetail>
    >().toEqualTypeOf<never>();
  });

  it('type the detail and detail type of the wrapped events', () => {
    const lifecycle = new EventBridgeEvent(
      {} as RawEventBridgeEvent<
        AutoScalingLifecycleActionDetail,
        AutoScalingLifecycleActionDetailType
      >
    );
    const activity = new EventBridgeEvent(
      {} as RawEventBridgeEvent<
        AutoScalingInstanceActivityDetail,
        AutoScalingInstanceActivityDetailType
      >
    );

    expectTypeOf(lifecycle.detailType).toEqualTypeOf<
      | 'EC2 Instance-launch Lifecycle Action'
      | 'EC2 Instance-terminate Lifecycle Action'
    >();
    expectTypeOf(
      lifecycle.detail.LifecycleTransition
    ).toEqualTypeOf<AutoScalingLifecycleTransition>();
    expectTypeOf(lifecycle.detail.Origin).toEqualTypeOf<
      AutoScalingInstanceLocation | undefined
    >();
    expectTypeOf(activity.detailType).toEqualTypeOf<
      | 'EC2 Instance Launch Successful'
      | 'EC2 Instance Launch Unsuccessful'
      | 'EC2 Instance Terminate Successful'
      | 'EC2 Instance Terminate Unsuccessful'
    >();
    expectTypeOf(activity.detail.Details['Availability Zone']).toEqualTypeOf<
      string | undefined
    >();
    expectTypeOf(activity.detail.Description).toEqualTypeOf<
      string | undefined
    >();
  });
});
