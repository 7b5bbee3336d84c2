import {
  child,
  EventWrapper,
  optionalChild,
  requireNumber,
  requireString,
  stringMapOrEmpty,
  UNSET,
} from '@evt/core';
import { CLICK_TYPES, type IoTButtonClickType } from './iot-button-event';
import { dateFromText, requireOneOf } from './readers';

/** The click an AWS IoT 1-Click button reports, as AWS documents it. */
export interface RawIoT1ClickButtonClicked {
  /** How the button was pressed. */
  clickType: IoTButtonClickType;
  /** When the click happened, in ISO 8601 format. */
  reportedTime: string;
}

/** What happened on an AWS IoT 1-Click device, as AWS documents it. */
export interface RawIoT1ClickDeviceEvent {
  /** The click of a button device. */
  buttonClicked: RawIoT1ClickButtonClicked;
}

/** The AWS IoT 1-Click device that sent an event, as AWS documents it. */
export interface RawIoT1ClickDeviceInfo {
  /** The device's attributes, by name. */
  attributes?: Record<string, string> | undefined;
  /** The device type, e.g. `button`. */
  type: string;
  /** The ID of the device. */
  deviceId: string;
  /** The share of the device's life left, in percent. */
  remainingLife: number;
}

/** The placement of an AWS IoT 1-Click device in a project, as AWS documents it. */
export interface RawIoT1ClickPlacementInfo {
  /** The name of the project. */
  projectName: string;
  /** The name of the placement. */
  placementName: string;
  /** The placement's attributes, by name. */
  attributes?: Record<string, string> | undefined;
  /** The IDs of the placement's devices, by their template names. */
  devices?: Record<string, string> | undefined;
}

/** The event AWS IoT 1-Click sends to a Lambda function when a device is used, as AWS documents it. */
export interface RawIoT1ClickEvent {
  /** What happened on the device. */
  deviceEvent: RawIoT1ClickDeviceEvent;
  /** The device. */
  deviceInfo: RawIoT1ClickDeviceInfo;
  /** The device's placement; absent when the device has none. */
  placementInfo?: RawIoT1ClickPlacementInfo | undefined;
}

/** The click an AWS IoT 1-Click button reports. */
export class IoT1ClickButtonClicked extends EventWrapper<RawIoT1ClickButtonClicked> {
  static override readonly typeName: string = 'IoT1ClickButtonClicked';
  #reportedDate?: Date;

  /**
   * How the button was pressed: `SINGLE`, `DOUBLE` or `LONG` (`clickType`).
   *
   * @throws {@link FieldTypeError} when the value is none of these.
   */
  get clickType(): IoTButtonClickType {
    return requireOneOf(this, this.raw.clickType, 'clickType', CLICK_TYPES);
  }

  /** When the click happened, in ISO 8601 format, e.g. `2018-05-04T23:26:33.747Z` (`reportedTime`). */
  get reportedTime(): string {
    return requireString(this, this.raw.reportedTime, 'reportedTime');
  }

  /**
   * When the click happened, as a `Date` (`reportedTime`). Built once.
   *
   * @throws {@link FieldTypeError} when the text is not a time.
   */
  get reportedDate(): Date {
    return (this.#reportedDate ??= dateFromText(
      this,
      this.reportedTime,
      'reportedTime'
    ));
  }
}

/** What happened on an AWS IoT 1-Click device. */
export class IoT1ClickDeviceEvent extends EventWrapper<RawIoT1ClickDeviceEvent> {
  static override readonly typeName: string = 'IoT1ClickDeviceEvent';
  #buttonClicked?: IoT1ClickButtonClicked;

  /** The click of the button (`buttonClicked`). */
  get buttonClicked(): IoT1ClickButtonClicked {
    return (this.#buttonClicked ??= child(
      this,
      'buttonClicked',
      IoT1ClickButtonClicked
    ));
  }
}

/** The AWS IoT 1-Click device that sent an event. */
export class IoT1ClickDeviceInfo extends EventWrapper<RawIoT1ClickDeviceInfo> {
  static override readonly typeName: string = 'IoT1ClickDeviceInfo';

  /** The device's attributes, by name (`attributes`). Empty object when it has none. */
  get attributes(): Readonly<Record<string, string>> {
    return stringMapOrEmpty(this, this.raw.attributes, 'attributes');
  }

  /** The device type, e.g. `button` (`type`). */
  get type(): string {
    return requireString(this, this.raw.type, 'type');
  }

  /** The ID of the device, its serial number, e.g. `G030PM0123456789` (`deviceId`). */
  get deviceId(): string {
    return requireString(this, this.raw.deviceId, 'deviceId');
  }

  /** The share of the device's life left, in percent, e.g. `5` (`remainingLife`). */
  get remainingLife(): number {
    return requireNumber(this, this.raw.remainingLife, 'remainingLife');
  }
}

/** The placement of an AWS IoT 1-Click device in a project. */
export class IoT1ClickPlacementInfo extends EventWrapper<RawIoT1ClickPlacementInfo> {
  static override readonly typeName: string = 'IoT1ClickPlacementInfo';

  /** The name of the project the placement belongs to (`projectName`). */
  get projectName(): string {
    return requireString(this, this.raw.projectName, 'projectName');
  }

  /** The name of the placement (`placementName`). */
  get placementName(): string {
    return requireString(this, this.raw.placementName, 'placementName');
  }

  /** The placement's attributes, by name (`attributes`). Empty object when it has none. */
  get attributes(): Readonly<Record<string, string>> {
    return stringMapOrEmpty(this, this.raw.attributes, 'attributes');
  }

  /**
   * The IDs of the placement's devices, by the names the project's template gives them
   * (`devices`). Empty object when it has none.
   */
  get devices(): Readonly<Record<string, string>> {
    return stringMapOrEmpty(this, this.raw.devices, 'devices');
  }
}

/**
 * Wrapper for the event that AWS IoT 1-Click sends to a Lambda function when a device (a
 * button) is clicked.
 *
 * @example
 * ```ts
 * import { IoT1ClickEvent, type RawIoT1ClickEvent } from '@evt/iot';
 *
 * export const handler = async (raw: RawIoT1ClickEvent) => {
 *   const event = new IoT1ClickEvent(raw);
 *   const click = event.deviceEvent.buttonClicked.clickType;
 *   return `${event.placementInfo?.placementName ?? event.deviceInfo.deviceId}: ${click}`;
 * };
 * ```
 * @see https://docs.aws.amazon.com/iot-1-click/latest/developerguide/1click-events.html
 */
export class IoT1ClickEvent extends EventWrapper<RawIoT1ClickEvent> {
  static override readonly typeName: string = 'IoT1ClickEvent';
  #deviceEvent?: IoT1ClickDeviceEvent;
  #deviceInfo?: IoT1ClickDeviceInfo;
  #placementInfo: IoT1ClickPlacementInfo | undefined | typeof UNSET = UNSET;

  /** What happened on the device (`deviceEvent`). */
  get deviceEvent(): IoT1ClickDeviceEvent {
    return (this.#deviceEvent ??= child(
      this,
      'deviceEvent',
      IoT1ClickDeviceEvent
    ));
  }

  /** The device that sent the event (`deviceInfo`). */
  get deviceInfo(): IoT1ClickDeviceInfo {
    return (this.#deviceInfo ??= child(
      this,
      'deviceInfo',
      IoT1ClickDeviceInfo
    ));
  }

  /**
   * The device's placement in an AWS IoT 1-Click project (`placementInfo`). Undefined when
   * the device has no placement.
   */
  get placementInfo(): IoT1ClickPlacementInfo | undefined {
    if (this.#placementInfo === UNSET) {
      this.#placementInfo = optionalChild(
        this,
        'placementInfo',
        IoT1ClickPlacementInfo
      );
    }
    return this.#placementInfo;
  }
}
