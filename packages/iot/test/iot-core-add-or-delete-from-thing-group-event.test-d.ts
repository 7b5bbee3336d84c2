import { describe, expectTypeOf, it } from 'vitest';
import {
  IoTCoreAddOrDeleteFromThingGroupEvent,
  type IoTCoreAddRemoveOperation,
} from '../src/index';
import { createIoTCoreAddOrDeleteFromThingGroupEvent } from '../src/testing';

describe('IoTCoreAddOrDeleteFromThingGroupEvent types', () => {
  it('types the members', () => {
    const event = new IoTCoreAddOrDeleteFromThingGroupEvent(
      createIoTCoreAddOrDeleteFromThingGroupEvent()
    );

    expectTypeOf(
      event.eventType
    ).toEqualTypeOf<'THING_GROUP_HIERARCHY_EVENT'>();
    expectTypeOf(event.operation).toEqualTypeOf<IoTCoreAddRemoveOperation>();
    expectTypeOf(event.childGroupName).toEqualTypeOf<string>();
  });
});
