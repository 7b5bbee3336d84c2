import { EventWrapper, requireNumber, requireString } from '@evt/core';
import { dateFromEpoch } from './readers';

// The part every AWS IoT registry event shares (the event ID and the time), and the closed sets
// of operations the registry events use.

/**
 * The operation of a registry event about a thing, a thing type or a thing group: it was
 * created, updated or deleted.
 */
export type IoTCoreCrudOperation = 'CREATED' | 'UPDATED' | 'DELETED';

/**
 * The operation of a registry event about a membership: a thing added to or removed from a
 * thing group, or a thing group added to or removed from another.
 */
export type IoTCoreAddRemoveOperation = 'ADDED' | 'REMOVED';

/** The documented CRUD operations, built once for the getters that check them. */
export const CRUD_OPERATIONS: readonly IoTCoreCrudOperation[] = [
  'CREATED',
  'UPDATED',
  'DELETED',
];

/** The documented membership operations, built once for the getters that check them. */
export const ADD_REMOVE_OPERATIONS: readonly IoTCoreAddRemoveOperation[] = [
  'ADDED',
  'REMOVED',
];

/** The fields every registry event carries, as AWS documents them. */
export interface RawIoTCoreRegistryEventsBase {
  /** The unique ID of the event. */
  eventId: string;
  /** When the event happened, as a UNIX time (in milliseconds in AWS's samples). */
  timestamp: number;
}

// Reads through the base's own type: a subclass's raw type is a type parameter here, and a
// path is only checked against a known type.
function base(
  wrapper: EventWrapper
): EventWrapper<RawIoTCoreRegistryEventsBase> {
  return wrapper as EventWrapper<RawIoTCoreRegistryEventsBase>;
}

/**
 * The part every AWS IoT Core registry event shares: its unique ID and when it happened. Each
 * registry event class extends it.
 *
 * @see https://docs.aws.amazon.com/iot/latest/developerguide/registry-events.html
 */
export class IoTCoreRegistryEventsBase<
  TRaw extends RawIoTCoreRegistryEventsBase = RawIoTCoreRegistryEventsBase,
> extends EventWrapper<TRaw> {
  static override readonly typeName: string = 'IoTCoreRegistryEventsBase';
  #timestamp?: Date;

  /** The unique ID of the event (`eventId`). */
  get eventId(): string {
    return requireString(base(this), this.raw.eventId, 'eventId');
  }

  /**
   * When the event happened (`timestamp`). The raw UNIX time is read as milliseconds when it
   * is above 10^10 (13 digits, as in AWS's samples) and as seconds otherwise, as Powertools
   * does. Built once.
   *
   * @throws {@link FieldTypeError} when the value is not a number, or no time a `Date` can hold.
   */
  get timestamp(): Date {
    return (this.#timestamp ??= dateFromEpoch(
      base(this),
      requireNumber(base(this), this.raw.timestamp, 'timestamp'),
      'timestamp'
    ));
  }
}
