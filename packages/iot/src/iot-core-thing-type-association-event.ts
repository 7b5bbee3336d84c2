import { requireString } from '@evt/core';
import {
  IoTCoreRegistryEventsBase,
  type RawIoTCoreRegistryEventsBase,
} from './iot-core-registry-events-base';

/**
 * The operation of a thing type association message: `ADDED` or `REMOVED` as its topics and
 * Powertools' sample say, `CREATED` or `DELETED` as AWS's payload sample says; other strings are
 * allowed, since AWS's documentation does not settle it.
 */
export type IoTCoreThingTypeAssociationOperation =
  | 'ADDED'
  | 'REMOVED'
  | 'CREATED'
  | 'DELETED'
  | (string & {});

/**
 * The message the AWS IoT registry publishes on
 * `$aws/events/thingTypeAssociation/thing/<thingName>/<thingTypeName>` when a thing is
 * associated with a thing type or disassociated from it, as AWS documents it.
 */
export interface RawIoTCoreThingTypeAssociationEvent
  extends RawIoTCoreRegistryEventsBase {
  /** Always `THING_TYPE_ASSOCIATION_EVENT`. */
  eventType: 'THING_TYPE_ASSOCIATION_EVENT';
  /** Whether the association was made or removed. */
  operation: IoTCoreThingTypeAssociationOperation;
  /** The ID of the thing. */
  thingId: string;
  /** The name of the thing. */
  thingName: string;
  /** The thing type the thing was associated with or disassociated from. */
  thingTypeName: string;
}

/**
 * Wrapper for the message that the AWS IoT registry publishes when a thing is associated with a
 * thing type or disassociated from it.
 *
 * @example
 * ```ts
 * import {
 *   IoTCoreThingTypeAssociationEvent,
 *   type RawIoTCoreThingTypeAssociationEvent,
 * } from '@evt/iot';
 *
 * export const handler = async (raw: RawIoTCoreThingTypeAssociationEvent) => {
 *   const event = new IoTCoreThingTypeAssociationEvent(raw);
 *   return `${event.thingName} ${event.operation} ${event.thingTypeName}`;
 * };
 * ```
 * @see https://docs.aws.amazon.com/iot/latest/developerguide/registry-events.html#registry-events-thingtype-assoc
 */
export class IoTCoreThingTypeAssociationEvent extends IoTCoreRegistryEventsBase<
  RawIoTCoreThingTypeAssociationEvent,
  'THING_TYPE_ASSOCIATION_EVENT',
  IoTCoreThingTypeAssociationOperation
> {
  static override readonly typeName: string =
    'IoTCoreThingTypeAssociationEvent';
  static override readonly eventTypes: readonly string[] = [
    'THING_TYPE_ASSOCIATION_EVENT',
  ];

  /** The ID of the thing whose thing type association changed (`thingId`). */
  get thingId(): string {
    return requireString(this, this.raw.thingId, 'thingId');
  }

  /** The name of the thing whose thing type association changed (`thingName`). */
  get thingName(): string {
    return requireString(this, this.raw.thingName, 'thingName');
  }

  /**
   * The thing type the thing was associated with, or is no longer associated with
   * (`thingTypeName`).
   */
  get thingTypeName(): string {
    return requireString(this, this.raw.thingTypeName, 'thingTypeName');
  }
}
