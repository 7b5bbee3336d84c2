import { describe, expectTypeOf, it } from 'vitest';
import {
  IoT1ClickEvent,
  type IoT1ClickPlacementInfo,
  type IoTButtonClickType,
} from '../src/index';
import { createIoT1ClickEvent } from '../src/testing';

describe('IoT1ClickEvent types', () => {
  it('types the members', () => {
    const event = new IoT1ClickEvent(createIoT1ClickEvent());

    expectTypeOf(
      event.deviceEvent.buttonClicked.clickType
    ).toEqualTypeOf<IoTButtonClickType>();
    expectTypeOf(
      event.deviceEvent.buttonClicked.reportedDate
    ).toEqualTypeOf<Date>();
    expectTypeOf(event.deviceInfo.remainingLife).toEqualTypeOf<number>();
    expectTypeOf(event.placementInfo).toEqualTypeOf<
      IoT1ClickPlacementInfo | undefined
    >();
  });
});
