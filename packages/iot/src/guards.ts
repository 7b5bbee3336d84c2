import type { RawIoT1ClickEvent } from './iot-1-click-event';
import type { RawIoTButtonEvent } from './iot-button-event';
import type { RawIoTCoreAddOrDeleteFromThingGroupEvent } from './iot-core-add-or-delete-from-thing-group-event';
import type { RawIoTCoreAddOrRemoveFromThingGroupEvent } from './iot-core-add-or-remove-from-thing-group-event';
import type { RawIoTCoreThingEvent } from './iot-core-thing-event';
import type { RawIoTCoreThingGroupEvent } from './iot-core-thing-group-event';
import type { RawIoTCoreThingTypeAssociationEvent } from './iot-core-thing-type-association-event';
import type { RawIoTCoreThingTypeEvent } from './iot-core-thing-type-event';
import type { RawIoTCustomAuthorizerEvent } from './iot-custom-authorizer-event';
import type { RawIoTPreProvisioningHookEvent } from './iot-pre-provisioning-hook-event';

/** Any value's named fields, read without throwing on primitives, `null` or `undefined`. */
type Fields = { readonly [name: string]: unknown } | null | undefined;

// A registry event names its kind in `eventType` and says what happened in `operation`.
function isRegistryEvent(raw: unknown, eventType: string): boolean {
  const event = raw as Fields;
  return event?.eventType === eventType && typeof event.operation === 'string';
}

/**
 * Whether a value is the registry event AWS IoT publishes when a thing was created, updated or deleted: its `eventType` is
 * `THING_EVENT` and it has an `operation`.
 *
 * @example
 * ```ts
 * import { IoTCoreThingEvent, isIoTCoreThingEvent } from '@evt/iot';
 *
 * export const handler = async (raw: unknown) => {
 *   if (!isIoTCoreThingEvent(raw)) throw new TypeError('not a thing registry event');
 *   return new IoTCoreThingEvent(raw).thingName;
 * };
 * ```
 */
export function isIoTCoreThingEvent(raw: unknown): raw is RawIoTCoreThingEvent {
  return isRegistryEvent(raw, 'THING_EVENT');
}

/**
 * Whether a value is the registry event AWS IoT publishes when a thing type was created, updated, deprecated or deleted: its `eventType` is
 * `THING_TYPE_EVENT` and it has an `operation`.
 */
export function isIoTCoreThingTypeEvent(
  raw: unknown
): raw is RawIoTCoreThingTypeEvent {
  return isRegistryEvent(raw, 'THING_TYPE_EVENT');
}

/**
 * Whether a value is the registry event AWS IoT publishes when a thing was associated with a thing type or dissociated from it: its `eventType` is
 * `THING_TYPE_ASSOCIATION_EVENT` and it has an `operation`.
 */
export function isIoTCoreThingTypeAssociationEvent(
  raw: unknown
): raw is RawIoTCoreThingTypeAssociationEvent {
  return isRegistryEvent(raw, 'THING_TYPE_ASSOCIATION_EVENT');
}

/**
 * Whether a value is the registry event AWS IoT publishes when a thing group was created, updated or deleted: its `eventType` is
 * `THING_GROUP_EVENT` and it has an `operation`.
 */
export function isIoTCoreThingGroupEvent(
  raw: unknown
): raw is RawIoTCoreThingGroupEvent {
  return isRegistryEvent(raw, 'THING_GROUP_EVENT');
}

/**
 * Whether a value is the registry event AWS IoT publishes when a thing was added to a thing group or removed from it: its `eventType` is
 * `THING_GROUP_MEMBERSHIP_EVENT` and it has an `operation`.
 */
export function isIoTCoreAddOrRemoveFromThingGroupEvent(
  raw: unknown
): raw is RawIoTCoreAddOrRemoveFromThingGroupEvent {
  return isRegistryEvent(raw, 'THING_GROUP_MEMBERSHIP_EVENT');
}

/**
 * Whether a value is the registry event AWS IoT publishes when a thing group was added to another or removed from it: its `eventType` is
 * `THING_GROUP_HIERARCHY_EVENT` and it has an `operation`.
 */
export function isIoTCoreAddOrDeleteFromThingGroupEvent(
  raw: unknown
): raw is RawIoTCoreAddOrDeleteFromThingGroupEvent {
  return isRegistryEvent(raw, 'THING_GROUP_HIERARCHY_EVENT');
}

/**
 * Whether a value is the request AWS IoT Core sends to a custom authorizer: it has the
 * `protocols` list, the `protocolData` and the `connectionMetadata` with its `id`.
 */
export function isIoTCustomAuthorizerEvent(
  raw: unknown
): raw is RawIoTCustomAuthorizerEvent {
  const event = raw as Fields;
  const metadata = event?.connectionMetadata as Fields;
  return (
    Array.isArray(event?.protocols) &&
    typeof event?.protocolData === 'object' &&
    typeof metadata?.id === 'string'
  );
}

/**
 * Whether a value is the request fleet provisioning sends to a pre-provisioning hook: it has
 * the `claimCertificateId`, the `certificateId` and the `templateArn`.
 */
export function isIoTPreProvisioningHookEvent(
  raw: unknown
): raw is RawIoTPreProvisioningHookEvent {
  const event = raw as Fields;
  return (
    typeof event?.claimCertificateId === 'string' &&
    typeof event.certificateId === 'string' &&
    typeof event.templateArn === 'string'
  );
}

/**
 * Whether a value is the event an AWS IoT button sends: it has the button's `serialNumber`, a
 * `clickType` and the `batteryVoltage`.
 */
export function isIoTButtonEvent(raw: unknown): raw is RawIoTButtonEvent {
  const event = raw as Fields;
  return (
    typeof event?.serialNumber === 'string' &&
    typeof event.clickType === 'string' &&
    typeof event.batteryVoltage === 'string'
  );
}

/**
 * Whether a value is the event an AWS IoT 1-Click device sends: it has a `deviceEvent` and
 * the `deviceInfo` with the device's `deviceId`.
 */
export function isIoT1ClickEvent(raw: unknown): raw is RawIoT1ClickEvent {
  const event = raw as Fields;
  const info = event?.deviceInfo as Fields;
  return (
    typeof event?.deviceEvent === 'object' &&
    event.deviceEvent !== null &&
    typeof info?.deviceId === 'string'
  );
}
