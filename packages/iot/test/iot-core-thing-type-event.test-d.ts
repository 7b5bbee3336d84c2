import { describe, expectTypeOf, it } from 'vitest';
import {
  type IoTCorePropagatingAttribute,
  IoTCoreThingTypeEvent,
} from '../src/index';
import { createIoTCoreThingTypeEvent } from '../src/testing';

describe('IoTCoreThingTypeEvent types', () => {
  it('types the members', () => {
    const event = new IoTCoreThingTypeEvent(createIoTCoreThingTypeEvent());

    expectTypeOf(event.eventType).toEqualTypeOf<'THING_TYPE_EVENT'>();
    expectTypeOf(event.isDeprecated).toEqualTypeOf<boolean>();
    expectTypeOf(event.deprecationDate).toEqualTypeOf<Date | undefined>();
    expectTypeOf(event.searchableAttributes).toEqualTypeOf<readonly string[]>();
    expectTypeOf(event.propagatingAttributes).toEqualTypeOf<
      readonly IoTCorePropagatingAttribute[]
    >();
    expectTypeOf(event.description).toEqualTypeOf<string | undefined>();
  });
});
