import { describe, expectTypeOf, it } from 'vitest';
import { type IoTButtonClickType, IoTButtonEvent } from '../src/index';
import { createIoTButtonEvent } from '../src/testing';

describe('IoTButtonEvent types', () => {
  it('types the members', () => {
    const event = new IoTButtonEvent(createIoTButtonEvent());

    expectTypeOf(event.clickType).toEqualTypeOf<IoTButtonClickType>();
    expectTypeOf(event.batteryVoltage).toEqualTypeOf<string>();
    expectTypeOf(event.batteryVoltageMillivolts).toEqualTypeOf<
      number | undefined
    >();
  });

  it('keeps the click types closed', () => {
    expectTypeOf<IoTButtonClickType>().toEqualTypeOf<
      'SINGLE' | 'DOUBLE' | 'LONG'
    >();
  });
});
