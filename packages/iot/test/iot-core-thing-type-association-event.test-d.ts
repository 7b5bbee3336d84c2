import { describe, expectTypeOf, it } from 'vitest';
import {
  IoTCoreThingTypeAssociationEvent,
  type IoTCoreThingTypeAssociationOperation,
} from '../src/index';
import { createIoTCoreThingTypeAssociationEvent } from '../src/testing';

describe('IoTCoreThingTypeAssociationEvent types', () => {
  it('types the members', () => {
    const event = new IoTCoreThingTypeAssociationEvent(
      createIoTCoreThingTypeAssociationEvent()
    );

    expectTypeOf(
      event.eventType
    ).toEqualTypeOf<'THING_TYPE_ASSOCIATION_EVENT'>();
    expectTypeOf(
      event.operation
    ).toEqualTypeOf<IoTCoreThingTypeAssociationOperation>();
    expectTypeOf(event.thingTypeName).toEqualTypeOf<string>();
  });

  it('keeps the documented operations for narrowing', () => {
    expectTypeOf<'ADDED'>().toExtend<IoTCoreThingTypeAssociationOperation>();
    expectTypeOf<'DELETED'>().toExtend<IoTCoreThingTypeAssociationOperation>();
  });
});
