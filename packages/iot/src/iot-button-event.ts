import { EventWrapper, requireString } from '@evt/core';
import { requireOneOf } from './readers';

/** How the button was pressed: once, twice, or held for more than 1.5 seconds. */
export type IoTButtonClickType = 'SINGLE' | 'DOUBLE' | 'LONG';

/** The documented click types, built once for the getters that check them. */
export const CLICK_TYPES: readonly IoTButtonClickType[] = [
  'SINGLE',
  'DOUBLE',
  'LONG',
];

// The digits on either side of the point in "2000mV" or "2000.5 mV", as the AWS IoT button's
// samples write the voltage.
const DIGITS = /^\d+$/;

/** The message an AWS IoT button (the first-generation Dash-style button) sends when pressed, as AWS documents it. */
export interface RawIoTButtonEvent {
  /** The serial number of the button. */
  serialNumber: string;
  /** How the button was pressed. */
  clickType: IoTButtonClickType;
  /** The battery voltage, as text with its unit, e.g. `1705mV`. */
  batteryVoltage: string;
}

/**
 * Wrapper for the message an AWS IoT button sends when it is pressed (the event of the
 * `iot-button` Lambda blueprints).
 *
 * @example
 * ```ts
 * import { IoTButtonEvent, type RawIoTButtonEvent } from '@evt/iot';
 *
 * export const handler = async (raw: RawIoTButtonEvent) => {
 *   const event = new IoTButtonEvent(raw);
 *   const low = (event.batteryVoltageMillivolts ?? Infinity) < 1500;
 *   return `${event.serialNumber}: ${event.clickType}${low ? ' (battery low)' : ''}`;
 * };
 * ```
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-iot.html
 */
export class IoTButtonEvent extends EventWrapper<RawIoTButtonEvent> {
  static override readonly typeName: string = 'IoTButtonEvent';

  /** The serial number of the button, e.g. `G030JF055364XVRB` (`serialNumber`). */
  get serialNumber(): string {
    return requireString(this, this.raw.serialNumber, 'serialNumber');
  }

  /**
   * How the button was pressed: `SINGLE`, `DOUBLE`, or `LONG` when the first press lasted
   * more than 1.5 seconds (`clickType`).
   *
   * @throws {@link FieldTypeError} when the value is none of these.
   */
  get clickType(): IoTButtonClickType {
    return requireOneOf(this, this.raw.clickType, 'clickType', CLICK_TYPES);
  }

  /** The battery voltage as the button sends it, with its unit, e.g. `1705mV` (`batteryVoltage`). */
  get batteryVoltage(): string {
    return requireString(this, this.raw.batteryVoltage, 'batteryVoltage');
  }

  /**
   * The battery voltage in millivolts, read from `batteryVoltage` (`1705mV` gives `1705`).
   * Undefined when the text is not a number of millivolts.
   */
  get batteryVoltageMillivolts(): number | undefined {
    const text = this.batteryVoltage.trim();
    if (!text.endsWith('mV')) return undefined;
    const number = text.slice(0, -'mV'.length).trimEnd();
    const [whole = '', fraction, ...more] = number.split('.');
    const valid =
      more.length === 0 &&
      DIGITS.test(whole) &&
      (fraction === undefined || DIGITS.test(fraction));
    return valid ? Number(number) : undefined;
  }
}
