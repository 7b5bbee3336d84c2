import { describe, expectTypeOf, it } from 'vitest';
import { IoTCoreThingEvent, type IoTCoreThingEventRecord } from '../src/index';
import { createIoTCoreThingEvent } from '../src/testing';

describe('IoTCoreThingEvent types', () => {
  it('carries the body type to each record', () => {
    const event = new IoTCoreThingEvent<{ id: string }>(
      createIoTCoreThingEvent()
    );

    expectTypeOf(event.records).toEqualTypeOf<
      IoTCoreThingEventRecord<{ id: string }>[]
    >();
    expectTypeOf(event.record.jsonBody).toEqualTypeOf<
      { id: string } | undefined
    >();
    expectTypeOf(event.record.awsRegion).toEqualTypeOf<string | undefined>();
  });
});
