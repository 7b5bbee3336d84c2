import { describe, expectTypeOf, it } from 'vitest';
import {
  type IoTCoreCrudOperation,
  type IoTCoreRegistryEventsBase,
  IoTCoreThingEvent,
} from '../src/index';
import { createIoTCoreThingEvent } from '../src/testing';

describe('IoTCoreThingEvent types', () => {
  it('types the members', () => {
    const event = new IoTCoreThingEvent(createIoTCoreThingEvent());

    expectTypeOf(event).toExtend<IoTCoreRegistryEventsBase>();
    expectTypeOf(event.eventType).toEqualTypeOf<'THING_EVENT'>();
    expectTypeOf(event.operation).toEqualTypeOf<IoTCoreCrudOperation>();
    expectTypeOf(event.timestamp).toEqualTypeOf<Date>();
    expectTypeOf(event.versionNumber).toEqualTypeOf<number>();
    expectTypeOf(event.thingTypeName).toEqualTypeOf<string | undefined>();
    expectTypeOf(event.attributes).toEqualTypeOf<
      Readonly<Record<string, string>>
    >();
  });

  it('takes only the documented operations in the factory', () => {
    // @ts-expect-error ADDED is not an operation of a thing event
    createIoTCoreThingEvent({ operation: 'ADDED' });
  });
});
