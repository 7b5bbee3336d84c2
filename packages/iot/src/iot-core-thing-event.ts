import {
  optionalString,
  requireNumber,
  requireString,
  stringMapOrEmpty,
} from '@evt/core';
import {
  CRUD_OPERATIONS,
  type IoTCoreCrudOperation,
  IoTCoreRegistryEventsBase,
  type RawIoTCoreRegistryEventsBase,
} from './iot-core-registry-events-base';

/**
 * The message the AWS IoT registry publishes on `$aws/events/thing/<thingName>/created`,
 * `/updated` and `/deleted`, as AWS documents it.
 */
export interface RawIoTCoreThingEvent extends RawIoTCoreRegistryEventsBase {
  /** Always `THING_EVENT`. */
  eventType: 'THING_EVENT';
  /** What happened to the thing. */
  operation: IoTCoreCrudOperation;
  /** The ID of the AWS account that owns the thing. */
  accountId: string;
  /** The ID of the thing. */
  thingId: string;
  /** The name of the thing. */
  thingName: string;
  /** The version of the thing: 1 when created, one more on each update. */
  versionNumber: number;
  /** The thing type of the thing; `null` when it has none. */
  thingTypeName?: string | null | undefined;
  /** The thing's attributes, as name-value pairs. */
  attributes?: Record<string, string> | undefined;
}

/**
 * Wrapper for the message that the AWS IoT registry publishes when a thing is created, updated
 * or deleted (registry events must be turned on; a topic rule sends the message to Lambda).
 *
 * @example
 * ```ts
 * import { IoTCoreThingEvent, type RawIoTCoreThingEvent } from '@evt/iot';
 *
 * export const handler = async (raw: RawIoTCoreThingEvent) => {
 *   const event = new IoTCoreThingEvent(raw);
 *   if (event.operation === 'DELETED') return `${event.thingName} is gone`;
 *   return `${event.thingName} v${event.versionNumber}: ${event.attributes.model ?? '-'}`;
 * };
 * ```
 * @see https://docs.aws.amazon.com/iot/latest/developerguide/registry-events.html#registry-events-thing
 */
export class IoTCoreThingEvent extends IoTCoreRegistryEventsBase<
  RawIoTCoreThingEvent,
  'THING_EVENT',
  IoTCoreCrudOperation
> {
  static override readonly typeName: string = 'IoTCoreThingEvent';
  static override readonly eventTypes: readonly string[] = ['THING_EVENT'];
  static override readonly operations: readonly string[] = CRUD_OPERATIONS;

  /** The ID of the AWS account that owns the thing (`accountId`). */
  get accountId(): string {
    return requireString(this, this.raw.accountId, 'accountId');
  }

  /** The ID of the thing (`thingId`). */
  get thingId(): string {
    return requireString(this, this.raw.thingId, 'thingId');
  }

  /** The name of the thing (`thingName`). */
  get thingName(): string {
    return requireString(this, this.raw.thingName, 'thingName');
  }

  /**
   * The version of the thing: 1 when it is created, one more each time it is updated
   * (`versionNumber`).
   */
  get versionNumber(): number {
    return requireNumber(this, this.raw.versionNumber, 'versionNumber');
  }

  /**
   * The name of the thing type the thing belongs to (`thingTypeName`). Undefined when the
   * thing has none (AWS sends `null`).
   */
  get thingTypeName(): string | undefined {
    return optionalString(this, this.raw.thingTypeName, 'thingTypeName');
  }

  /**
   * The thing's attributes, as name-value pairs (`attributes`). Empty object when the message
   * has none.
   */
  get attributes(): Readonly<Record<string, string>> {
    return stringMapOrEmpty(this, this.raw.attributes, 'attributes');
  }
}
