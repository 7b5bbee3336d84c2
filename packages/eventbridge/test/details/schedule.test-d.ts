import type { ScheduledEvent as AwsScheduledEvent } from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  EventBridgeEvent,
  type RawEventBridgeEvent,
  type ScheduledEventDetail,
  type ScheduledEventDetailType,
} from '../../src/index';
import scheduled from '../events/event-bridge-event.scheduled.json';

describe('ScheduledEventDetail', () => {
  it('fits the documented sample', () => {
    expectTypeOf(scheduled.detail).toExtend<ScheduledEventDetail>();
  });

  it('accepts the @types/aws-lambda scheduled event with an empty detail', () => {
    expectTypeOf<AwsScheduledEvent<ScheduledEventDetail>>().toExtend<
      RawEventBridgeEvent<ScheduledEventDetail, ScheduledEventDetailType>
    >();
  });

  it('types the empty detail and the detail type of the wrapped event', () => {
    const event = new EventBridgeEvent(
      {} as RawEventBridgeEvent<ScheduledEventDetail, ScheduledEventDetailType>
    );

    expectTypeOf(event.detailType).toEqualTypeOf<'Scheduled Event'>();
    expectTypeOf(event.detail).toEqualTypeOf<Record<string, never>>();
    // @ts-expect-error a scheduled event's detail holds nothing
    event.detail.anything.toString();
  });
});
