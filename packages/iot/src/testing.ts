import {
  type DeepPartial,
  type Filled,
  mergeDeep,
  type Sample,
} from '@evt/core/testing';
import oneClickSample from '../test/events/iot-1-click-event.json';
import buttonSample from '../test/events/iot-button-event.json';
import hierarchySample from '../test/events/iot-core-add-or-delete-from-thing-group-event.json';
import membershipSample from '../test/events/iot-core-add-or-remove-from-thing-group-event.json';
import thingSample from '../test/events/iot-core-thing-event.json';
import thingGroupSample from '../test/events/iot-core-thing-group-event.json';
import associationSample from '../test/events/iot-core-thing-type-association-event.json';
import thingTypeSample from '../test/events/iot-core-thing-type-event.json';
import authorizerSample from '../test/events/iot-custom-authorizer-event.json';
import hookSample from '../test/events/iot-pre-provisioning-hook-event.json';
import type { RawIoT1ClickEvent } from './iot-1-click-event';
import type { RawIoTButtonEvent } from './iot-button-event';
import type { RawIoTCoreAddOrDeleteFromThingGroupEvent } from './iot-core-add-or-delete-from-thing-group-event';
import type { RawIoTCoreAddOrRemoveFromThingGroupEvent } from './iot-core-add-or-remove-from-thing-group-event';
import type { RawIoTCoreThingEvent } from './iot-core-thing-event';
import type { RawIoTCoreThingGroupEvent } from './iot-core-thing-group-event';
import type {
  IoTCoreThingTypeAssociationOperation,
  RawIoTCoreThingTypeAssociationEvent,
} from './iot-core-thing-type-association-event';
import type { RawIoTCoreThingTypeEvent } from './iot-core-thing-type-event';
import type {
  RawIoTCustomAuthorizerEvent,
  RawIoTCustomAuthorizerHttpData,
  RawIoTCustomAuthorizerMqttData,
  RawIoTCustomAuthorizerTlsData,
} from './iot-custom-authorizer-event';
import type { RawIoTPreProvisioningHookEvent } from './iot-pre-provisioning-hook-event';

// Every factory here is the same move: a fresh copy of the package's sample for the kind,
// with the caller's changes merged in deeply (objects merge; arrays and other values replace).

/** A fresh copy of `sample` with `overrides` merged in. */
function build<T extends object>(sample: object, overrides: unknown): T {
  return mergeDeep(structuredClone(sample) as T, overrides as DeepPartial<T>);
}

/**
 * Builds a sample thing event (a `CREATED` thing with three attributes, as AWS documents it),
 * as a fresh copy you may change.
 *
 * @param overrides The fields to replace, merged deeply into the sample.
 * @returns The raw event.
 * @example
 * ```ts
 * import { IoTCoreThingEvent } from '@evt/iot';
 * import { createIoTCoreThingEvent } from '@evt/iot/testing';
 *
 * const event = new IoTCoreThingEvent(createIoTCoreThingEvent({ operation: 'DELETED' }));
 * event.operation; // 'DELETED'
 * ```
 */
export function createIoTCoreThingEvent(
  overrides?: DeepPartial<RawIoTCoreThingEvent>
): Sample<RawIoTCoreThingEvent> {
  return build(thingSample, overrides);
}

/**
 * Builds a sample thing type event (a `CREATED` thing type with searchable and propagating
 * attributes), as a fresh copy you may change.
 *
 * @param overrides The fields to replace, merged deeply into the sample.
 * @returns The raw event.
 */
export function createIoTCoreThingTypeEvent(
  overrides?: DeepPartial<RawIoTCoreThingTypeEvent>
): Sample<RawIoTCoreThingTypeEvent> {
  return build(thingTypeSample, overrides);
}

/**
 * The event {@link createIoTCoreThingTypeAssociationEvent} returns: a fresh copy that fits
 * `IoTCoreThingTypeAssociationEvent`'s constructor.
 */
export interface SampleIoTCoreThingTypeAssociationEvent
  extends Sample<Omit<RawIoTCoreThingTypeAssociationEvent, 'operation'>> {
  /** Whether the association was made or removed. */
  operation: IoTCoreThingTypeAssociationOperation;
}

/**
 * Builds a sample thing type association event (a thing `ADDED` to a thing type), as a fresh
 * copy you may change.
 *
 * @param overrides The fields to replace, merged deeply into the sample.
 * @returns The raw event.
 */
export function createIoTCoreThingTypeAssociationEvent(
  overrides?: DeepPartial<RawIoTCoreThingTypeAssociationEvent>
): SampleIoTCoreThingTypeAssociationEvent {
  return build(associationSample, overrides);
}

/**
 * Builds a sample thing group event (the `UPDATED` group five levels deep that AWS documents),
 * as a fresh copy you may change.
 *
 * @param overrides The fields to replace, merged deeply into the sample.
 * @returns The raw event.
 */
export function createIoTCoreThingGroupEvent(
  overrides?: DeepPartial<RawIoTCoreThingGroupEvent>
): Sample<RawIoTCoreThingGroupEvent> {
  return build(thingGroupSample, overrides);
}

/**
 * Builds a sample thing group membership event (a thing `ADDED` to a group), as a fresh copy
 * you may change.
 *
 * @param overrides The fields to replace, merged deeply into the sample.
 * @returns The raw event.
 */
export function createIoTCoreAddOrRemoveFromThingGroupEvent(
  overrides?: DeepPartial<RawIoTCoreAddOrRemoveFromThingGroupEvent>
): Sample<RawIoTCoreAddOrRemoveFromThingGroupEvent> {
  return build(membershipSample, overrides);
}

/**
 * Builds a sample thing group hierarchy event (a child group `ADDED` to a root group), as a
 * fresh copy you may change.
 *
 * @param overrides The fields to replace, merged deeply into the sample.
 * @returns The raw event.
 */
export function createIoTCoreAddOrDeleteFromThingGroupEvent(
  overrides?: DeepPartial<RawIoTCoreAddOrDeleteFromThingGroupEvent>
): Sample<RawIoTCoreAddOrDeleteFromThingGroupEvent> {
  return build(hierarchySample, overrides);
}

/**
 * The event {@link createIoTCustomAuthorizerEvent} returns: a fresh copy that fits both
 * `IoTCustomAuthorizerEvent`'s constructor and the `IoTCustomAuthorizerEvent` of
 * `@types/aws-lambda`.
 */
export interface SampleIoTCustomAuthorizerEvent
  extends Sample<
    Omit<RawIoTCustomAuthorizerEvent, 'protocols' | 'protocolData'>
  > {
  /** The protocols of the request. */
  protocols: ('tls' | 'http' | 'mqtt')[];
  /** The details of each protocol used. */
  protocolData: {
    /** The TLS details. */
    tls?: Sample<RawIoTCustomAuthorizerTlsData>;
    /** The HTTP details, with headers and a query string. */
    http?: Filled<RawIoTCustomAuthorizerHttpData>;
    /** The MQTT CONNECT details, with a client ID. */
    mqtt?: Omit<Sample<RawIoTCustomAuthorizerMqttData>, 'clientId'> &
      Filled<Pick<RawIoTCustomAuthorizerMqttData, 'clientId'>>;
  };
}

/**
 * The fields of the sample {@link createIoTCustomAuthorizerEvent} can replace, merged deeply.
 */
export type IoTCustomAuthorizerEventOverrides =
  DeepPartial<SampleIoTCustomAuthorizerEvent>;

/**
 * Builds a sample custom authorizer event (an MQTT connection with a user name and a
 * base64-encoded password, `testpassword`), as a fresh copy you may change.
 *
 * @param overrides The fields to replace, merged deeply into the sample.
 * @returns The raw event; it fits the `IoTCustomAuthorizerEvent` of `@types/aws-lambda`.
 * @example
 * ```ts
 * import { IoTCustomAuthorizerEvent } from '@evt/iot';
 * import { createIoTCustomAuthorizerEvent } from '@evt/iot/testing';
 *
 * const event = new IoTCustomAuthorizerEvent(
 *   createIoTCustomAuthorizerEvent({
 *     protocolData: { mqtt: { password: Buffer.from('wrong').toString('base64') } },
 *   })
 * );
 * event.protocolData.mqtt?.decodedPassword; // 'wrong'
 * ```
 */
export function createIoTCustomAuthorizerEvent(
  overrides?: IoTCustomAuthorizerEventOverrides
): SampleIoTCustomAuthorizerEvent {
  return build(authorizerSample, overrides);
}

/**
 * The event {@link createIoTPreProvisioningHookEvent} returns: a fresh copy that fits both
 * `IoTPreProvisioningHookEvent`'s constructor and the `IoTPreProvisioningHookEvent` of
 * `@types/aws-lambda`.
 */
export interface SampleIoTPreProvisioningHookEvent
  extends Sample<Omit<RawIoTPreProvisioningHookEvent, 'parameters'>>,
    Filled<Pick<RawIoTPreProvisioningHookEvent, 'parameters'>> {}

/**
 * Builds a sample pre-provisioning hook event (a device with a serial number and a location
 * in its parameters), as a fresh copy you may change.
 *
 * @param overrides The fields to replace, merged deeply into the sample.
 * @returns The raw event; it fits the `IoTPreProvisioningHookEvent` of `@types/aws-lambda`.
 */
export function createIoTPreProvisioningHookEvent(
  overrides?: DeepPartial<RawIoTPreProvisioningHookEvent>
): SampleIoTPreProvisioningHookEvent {
  return build(hookSample, overrides);
}

/**
 * Builds a sample AWS IoT button event (a `SINGLE` click at 1705 mV), as a fresh copy you may
 * change.
 *
 * @param overrides The fields to replace.
 * @returns The raw event.
 */
export function createIoTButtonEvent(
  overrides?: DeepPartial<RawIoTButtonEvent>
): Sample<RawIoTButtonEvent> {
  return build(buttonSample, overrides);
}

/**
 * Builds a sample AWS IoT 1-Click event (a `SINGLE` click of a button with a placement, as AWS
 * documents it), as a fresh copy you may change.
 *
 * @param overrides The fields to replace, merged deeply into the sample.
 * @returns The raw event.
 */
export function createIoT1ClickEvent(
  overrides?: DeepPartial<RawIoT1ClickEvent>
): Sample<RawIoT1ClickEvent> {
  return build(oneClickSample, overrides);
}
