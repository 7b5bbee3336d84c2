import { describe, expectTypeOf, it } from 'vitest';
import {
  EventBridgeEvent,
  type GuardDutyFindingDetail,
  type GuardDutyFindingDetailType,
  type GuardDutyResource,
  type RawEventBridgeEvent,
} from '../../src/index';
import finding from '../events/event-bridge-event.guardduty-finding.json';
import type { Undeclared, Widened } from './detail-types';

describe('GuardDutyFindingDetail', () => {
  it('fits the finding sample', () => {
    expectTypeOf(finding.detail).toExtend<Widened<GuardDutyFindingDetail>>();
    expectTypeOf<
      Undeclared<typeof finding.detail, GuardDutyFindingDetail>
    >().toEqualTypeOf<never>();
  });

  it('types the detail and detail type of the wrapped event', () => {
    const event = new EventBridgeEvent(
      {} as RawEventBridgeEvent<
        GuardDutyFindingDetail,
        GuardDutyFindingDetailType
      >
    );

    expectTypeOf(event.detailType).toEqualTypeOf<'GuardDuty Finding'>();
    expectTypeOf(event.detail.severity).toEqualTypeOf<number>();
    expectTypeOf(event.detail.resource).toEqualTypeOf<GuardDutyResource>();
    expectTypeOf(event.detail.resource.resourceType).toEqualTypeOf<string>();
    expectTypeOf(
      event.detail.resource.instanceDetails
    ).toEqualTypeOf<unknown>();
    expectTypeOf(event.detail.service?.count).toEqualTypeOf<
      number | undefined
    >();
  });
});
