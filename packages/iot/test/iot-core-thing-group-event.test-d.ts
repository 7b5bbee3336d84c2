import { describe, expectTypeOf, it } from 'vitest';
import {
  type IoTCoreThingGroupAncestor,
  IoTCoreThingGroupEvent,
} from '../src/index';
import { createIoTCoreThingGroupEvent } from '../src/testing';

describe('IoTCoreThingGroupEvent types', () => {
  it('types the members', () => {
    const event = new IoTCoreThingGroupEvent(createIoTCoreThingGroupEvent());

    expectTypeOf(event.eventType).toEqualTypeOf<'THING_GROUP_EVENT'>();
    expectTypeOf(event.parentGroupName).toEqualTypeOf<string | undefined>();
    expectTypeOf(event.rootToParentThingGroups).toEqualTypeOf<
      readonly IoTCoreThingGroupAncestor[]
    >();
    expectTypeOf(event.dynamicGroupMappingId).toEqualTypeOf<
      string | undefined
    >();
  });
});
