import { EventWrapper, requireNumber, requireString } from '@evt/core';
import { dateFromEpoch, requireOneOf } from './readers';

// The part every AWS IoT registry event shares: the event ID, the kind, the operation and the
// time. Each kind's class names its one `eventType` and its documented operations in statics,
// which the shared getters check.

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
  /** The kind of registry event, e.g. `THING_EVENT`. */
  eventType: string;
  /** What happened, e.g. `CREATED` or `ADDED`. */
  operation: string;
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
 * The part every AWS IoT Core registry event shares: its unique ID, its kind, what happened and
 * when. Each registry event class extends it, naming its kind and its operations.
 *
 * @typeParam TEventType The kind of registry event the class reads, e.g. `THING_EVENT`.
 * @typeParam TOperation The operations AWS documents for that kind.
 * @see https://docs.aws.amazon.com/iot/latest/developerguide/registry-events.html
 */
export class IoTCoreRegistryEventsBase<
  TRaw extends RawIoTCoreRegistryEventsBase = RawIoTCoreRegistryEventsBase,
  TEventType extends string = string,
  TOperation extends string = string,
> extends EventWrapper<TRaw> {
  static override readonly typeName: string = 'IoTCoreRegistryEventsBase';
  /** The `eventType` of the class's kind; empty when any value is read as it is. */
  static readonly eventTypes: readonly string[] = [];
  /** The operations AWS documents for the class's kind; empty when any value is read as it is. */
  static readonly operations: readonly string[] = [];
  #timestamp?: Date;

  /** The unique ID of the event (`eventId`). */
  get eventId(): string {
    return requireString(base(this), this.raw.eventId, 'eventId');
  }

  /**
   * The kind of registry event (`eventType`): `THING_EVENT`, `THING_TYPE_EVENT`,
   * `THING_TYPE_ASSOCIATION_EVENT`, `THING_GROUP_EVENT`, `THING_GROUP_MEMBERSHIP_EVENT` or
   * `THING_GROUP_HIERARCHY_EVENT`, the one its class reads.
   *
   * @throws {@link FieldTypeError} when the message is another kind of registry event.
   */
  get eventType(): TEventType {
    return this.#oneOf(
      this.raw.eventType,
      'eventType',
      this.#statics().eventTypes
    ) as TEventType;
  }

  /**
   * What happened (`operation`): `CREATED`, `UPDATED` or `DELETED` for a thing, a thing type
   * or a thing group; `ADDED` or `REMOVED` for a membership.
   *
   * @throws {@link FieldTypeError} when the value is not one AWS documents for the kind.
   */
  get operation(): TOperation {
    return this.#oneOf(
      this.raw.operation,
      'operation',
      this.#statics().operations
    ) as TOperation;
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

  #statics(): typeof IoTCoreRegistryEventsBase {
    return this.constructor as typeof IoTCoreRegistryEventsBase;
  }

  // A kind whose values AWS does not settle (a thing type association's operation) lists none.
  #oneOf(
    value: string,
    path: 'eventType' | 'operation',
    allowed: readonly string[]
  ): string {
    return allowed.length === 0
      ? requireString(base(this), value, path)
      : requireOneOf(base(this), value, path, allowed);
  }
}
