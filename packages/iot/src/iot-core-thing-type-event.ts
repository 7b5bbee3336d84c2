import {
  arrayOrEmpty,
  fieldError,
  optionalString,
  requireBoolean,
  requireString,
  stringArrayOrEmpty,
  UNSET,
} from '@evt/core';
import {
  CRUD_OPERATIONS,
  type IoTCoreCrudOperation,
  IoTCoreRegistryEventsBase,
  type RawIoTCoreRegistryEventsBase,
} from './iot-core-registry-events-base';
import { dateFromEpoch, dateFromText } from './readers';

/**
 * One attribute a thing type propagates into the MQTT 5 user properties of its things'
 * messages: the property's key, and the thing attribute or connection attribute it takes its
 * value from.
 */
export interface IoTCorePropagatingAttribute {
  /** The key of the MQTT 5 user property. */
  readonly userPropertyKey: string;
  /** The thing attribute whose value is sent, e.g. `model`; absent for a connection attribute. */
  readonly thingAttribute?: string | undefined;
  /** The connection attribute whose value is sent, e.g. `iot:ClientId`; absent for a thing attribute. */
  readonly connectionAttribute?: string | undefined;
}

/**
 * The message the AWS IoT registry publishes on `$aws/events/thingType/<thingTypeName>/created`,
 * `/updated` and `/deleted`, as AWS documents it.
 */
export interface RawIoTCoreThingTypeEvent extends RawIoTCoreRegistryEventsBase {
  /** Always `THING_TYPE_EVENT`. */
  eventType: 'THING_TYPE_EVENT';
  /** What happened to the thing type (a deprecation is an update). */
  operation: IoTCoreCrudOperation;
  /** The ID of the AWS account that owns the thing type. */
  accountId: string;
  /** The ID of the thing type. */
  thingTypeId: string;
  /** The name of the thing type. */
  thingTypeName: string;
  /** Whether the thing type is deprecated. */
  isDeprecated: boolean;
  /** When the thing type was deprecated; `null` when it is not. */
  deprecationDate?: number | string | null | undefined;
  /** The names of the attributes things of the type can be searched by. */
  searchableAttributes?: string[] | undefined;
  /** The attributes propagated into MQTT 5 user properties; absent from older messages. */
  propagatingAttributes?: IoTCorePropagatingAttribute[] | undefined;
  /** The description of the thing type; absent when it has none. */
  description?: string | null | undefined;
}

/**
 * Wrapper for the message that the AWS IoT registry publishes when a thing type is created,
 * updated, deprecated, undeprecated or deleted (a deprecation is an `UPDATED` operation with
 * `isDeprecated` set).
 *
 * @example
 * ```ts
 * import { IoTCoreThingTypeEvent, type RawIoTCoreThingTypeEvent } from '@evt/iot';
 *
 * export const handler = async (raw: RawIoTCoreThingTypeEvent) => {
 *   const event = new IoTCoreThingTypeEvent(raw);
 *   if (event.isDeprecated) {
 *     return `${event.thingTypeName} deprecated on ${event.deprecationDate?.toISOString()}`;
 *   }
 *   return `${event.thingTypeName} ${event.operation.toLowerCase()}`;
 * };
 * ```
 * @see https://docs.aws.amazon.com/iot/latest/developerguide/registry-events.html#registry-events-thingtype
 */
export class IoTCoreThingTypeEvent extends IoTCoreRegistryEventsBase<
  RawIoTCoreThingTypeEvent,
  'THING_TYPE_EVENT',
  IoTCoreCrudOperation
> {
  static override readonly typeName: string = 'IoTCoreThingTypeEvent';
  static override readonly eventTypes: readonly string[] = ['THING_TYPE_EVENT'];
  static override readonly operations: readonly string[] = CRUD_OPERATIONS;
  #deprecationDate: Date | undefined | typeof UNSET = UNSET;

  /** The ID of the AWS account that owns the thing type (`accountId`). */
  get accountId(): string {
    return requireString(this, this.raw.accountId, 'accountId');
  }

  /** The ID of the thing type (`thingTypeId`). */
  get thingTypeId(): string {
    return requireString(this, this.raw.thingTypeId, 'thingTypeId');
  }

  /** The name of the thing type (`thingTypeName`). */
  get thingTypeName(): string {
    return requireString(this, this.raw.thingTypeName, 'thingTypeName');
  }

  /** Whether the thing type is deprecated (`isDeprecated`). */
  get isDeprecated(): boolean {
    return requireBoolean(this, this.raw.isDeprecated, 'isDeprecated');
  }

  /**
   * When the thing type was deprecated (`deprecationDate`). AWS documents a UNIX time, read
   * as seconds or milliseconds as `timestamp` is; an ISO 8601 text (what Powertools parses) is
   * read too. Built once; undefined when the thing type is not deprecated (AWS sends `null`).
   *
   * @throws {@link FieldTypeError} when the value is neither a number nor a text, or is no time
   * a `Date` can hold.
   */
  get deprecationDate(): Date | undefined {
    if (this.#deprecationDate === UNSET) {
      const value = this.raw.deprecationDate;
      let date: Date | undefined;
      if (typeof value === 'number') {
        date = dateFromEpoch(this, value, 'deprecationDate');
      } else if (typeof value === 'string') {
        date = dateFromText(this, value, 'deprecationDate');
      } else if (value !== undefined && value !== null) {
        throw fieldError(this, 'deprecationDate', 'number or string', value);
      }
      this.#deprecationDate = date;
    }
    return this.#deprecationDate;
  }

  /**
   * The names of the attributes that things of this type can be searched by
   * (`searchableAttributes`). Empty array when the message has none.
   */
  get searchableAttributes(): readonly string[] {
    return stringArrayOrEmpty(
      this,
      this.raw.searchableAttributes,
      'searchableAttributes'
    );
  }

  /**
   * The attributes the thing type propagates into the MQTT 5 user properties of its things'
   * messages, each a user property key with the thing attribute or connection attribute that
   * gives its value (`propagatingAttributes`). Empty array when the message has none.
   */
  get propagatingAttributes(): readonly IoTCorePropagatingAttribute[] {
    return arrayOrEmpty(
      this,
      this.raw.propagatingAttributes,
      'propagatingAttributes'
    );
  }

  /** The description of the thing type (`description`). Undefined when it has none. */
  get description(): string | undefined {
    return optionalString(this, this.raw.description, 'description');
  }
}
