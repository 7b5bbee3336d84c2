import type { EventBridgeEnvelope, RawEventBridgeEnvelope } from '@evt/core';
import type {
  EventBridgeEvent as AwsEventBridgeEvent,
  ScheduledEvent as AwsScheduledEvent,
} from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import { EventBridgeEvent, type RawEventBridgeEvent } from '../src/index';
import {
  createEventBridgeEvent,
  type SampleEventBridgeEvent,
} from '../src/testing';

interface InstanceStateChange {
  'instance-id': string;
  state: 'pending' | 'running' | 'terminated';
}

type Ec2DetailType = 'EC2 Instance State-change Notification';

describe('EventBridgeEvent types', () => {
  it('accepts the @types/aws-lambda events', () => {
    expectTypeOf<
      AwsEventBridgeEvent<Ec2DetailType, InstanceStateChange>
    >().toExtend<RawEventBridgeEvent<InstanceStateChange, Ec2DetailType>>();
    expectTypeOf<AwsScheduledEvent<Record<string, never>>>().toExtend<
      RawEventBridgeEvent<Record<string, never>, 'Scheduled Event'>
    >();
    expectTypeOf<
      AwsEventBridgeEvent<string, Record<string, unknown>>
    >().toExtend<RawEventBridgeEvent>();
  });

  it('builds on the EventBridge envelope', () => {
    expectTypeOf<
      RawEventBridgeEvent<InstanceStateChange, Ec2DetailType>
    >().toExtend<RawEventBridgeEnvelope<Ec2DetailType>>();
    expectTypeOf<
      EventBridgeEvent<InstanceStateChange, Ec2DetailType>
    >().toExtend<
      EventBridgeEnvelope<
        RawEventBridgeEvent<InstanceStateChange, Ec2DetailType>,
        Ec2DetailType
      >
    >();
  });

  it('types the envelope', () => {
    const event = new EventBridgeEvent(createEventBridgeEvent());

    expectTypeOf(event.id).toEqualTypeOf<string>();
    expectTypeOf(event.version).toEqualTypeOf<string | undefined>();
    expectTypeOf(event.account).toEqualTypeOf<string>();
    expectTypeOf(event.time).toEqualTypeOf<string>();
    expectTypeOf(event.region).toEqualTypeOf<string>();
    expectTypeOf(event.resources).toEqualTypeOf<readonly string[]>();
    expectTypeOf(event.source).toEqualTypeOf<string>();
    expectTypeOf(event.detailType).toEqualTypeOf<string>();
    expectTypeOf(event.detail).toEqualTypeOf<Record<string, unknown>>();
    expectTypeOf(event.replayName).toEqualTypeOf<string | undefined>();
  });

  it('carries the detail and detail-type generics', () => {
    const raw = {} as RawEventBridgeEvent<InstanceStateChange, Ec2DetailType>;

    const event = new EventBridgeEvent(raw);

    expectTypeOf(event).toEqualTypeOf<
      EventBridgeEvent<InstanceStateChange, Ec2DetailType>
    >();
    expectTypeOf(event.detail).toEqualTypeOf<InstanceStateChange>();
    expectTypeOf(event.detail.state).toEqualTypeOf<
      'pending' | 'running' | 'terminated'
    >();
    expectTypeOf(event.detailType).toEqualTypeOf<Ec2DetailType>();
    expectTypeOf(event.rawEvent).toEqualTypeOf<
      RawEventBridgeEvent<InstanceStateChange, Ec2DetailType>
    >();
  });

  it('builds typed events from the testing factory', () => {
    const raw = createEventBridgeEvent({
      detailType: 'Order Placed',
      detail: { orderId: 'o-1' },
    });

    expectTypeOf(raw).toEqualTypeOf<
      SampleEventBridgeEvent<{ orderId: string }, 'Order Placed'>
    >();
    expectTypeOf(raw).toExtend<
      RawEventBridgeEvent<{ orderId: string }, 'Order Placed'>
    >();
  });
});
