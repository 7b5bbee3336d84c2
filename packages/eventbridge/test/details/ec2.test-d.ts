import type { EventBridgeEvent as AwsEventBridgeEvent } from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type EC2InstanceState,
  type EC2InstanceStateChangeDetail,
  type EC2InstanceStateChangeDetailType,
  EventBridgeEvent,
  type RawEventBridgeEvent,
} from '../../src/index';
import sample from '../events/event-bridge-event.json';
import type { Undeclared, Widened } from './detail-types';

describe('EC2InstanceStateChangeDetail', () => {
  it('fits the documented sample', () => {
    expectTypeOf(sample.detail).toExtend<
      Widened<EC2InstanceStateChangeDetail>
    >();
    expectTypeOf<
      Undeclared<typeof sample.detail, EC2InstanceStateChangeDetail>
    >().toEqualTypeOf<never>();
  });

  it('types the detail and detail type of the wrapped event', () => {
    const event = new EventBridgeEvent<
      EC2InstanceStateChangeDetail,
      EC2InstanceStateChangeDetailType
    >(
      {} as RawEventBridgeEvent<
        EC2InstanceStateChangeDetail,
        EC2InstanceStateChangeDetailType
      >
    );

    expectTypeOf(
      event.detailType
    ).toEqualTypeOf<'EC2 Instance State-change Notification'>();
    expectTypeOf(event.detail['instance-id']).toEqualTypeOf<string>();
    expectTypeOf(event.detail.state).toEqualTypeOf<EC2InstanceState>();
    expectTypeOf<EC2InstanceState>().toEqualTypeOf<
      | 'pending'
      | 'running'
      | 'stopping'
      | 'stopped'
      | 'shutting-down'
      | 'terminated'
    >();
  });

  it('accepts the @types/aws-lambda event with this detail', () => {
    expectTypeOf<
      AwsEventBridgeEvent<
        EC2InstanceStateChangeDetailType,
        EC2InstanceStateChangeDetail
      >
    >().toExtend<
      RawEventBridgeEvent<
        EC2InstanceStateChangeDetail,
        EC2InstanceStateChangeDetailType
      >
    >();
  });

  it('refuses a state AWS does not document', () => {
    const detail: EC2InstanceStateChangeDetail = {
      'instance-id': 'i-1',
      // @ts-expect-error `rebooting` is no EC2 instance state
      state: 'rebooting',
    };
    expectTypeOf(detail).toEqualTypeOf<EC2InstanceStateChangeDetail>();
  });
});
