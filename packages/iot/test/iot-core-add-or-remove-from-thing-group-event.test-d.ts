import { describe, expectTypeOf, it } from 'vitest';
import {
  IoTCoreAddOrRemoveFromThingGroupEvent,
  type IoTCoreAddRemoveOperation,
} from '../src/index';
import { createIoTCoreAddOrRemoveFromThingGroupEvent } from '../src/testing';

describe('IoTCoreAddOrRemoveFromThingGroupEvent types', () => {
  it('types the members', () => {
    const event = new IoTCoreAddOrRemoveFromThingGroupEvent(
      createIoTCoreAddOrRemoveFromThingGroupEvent()
    );

    expectTypeOf(
      event.eventType
    ).toEqualTypeOf<'THING_GROUP_MEMBERSHIP_EVENT'>();
    expectTypeOf(event.operation).toEqualTypeOf<IoTCoreAddRemoveOperation>();
    expectTypeOf(event.membershipId).toEqualTypeOf<string>();
  });
});
