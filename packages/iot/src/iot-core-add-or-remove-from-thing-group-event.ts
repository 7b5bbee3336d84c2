import { requireString } from '@evt/core';
import {
  ADD_REMOVE_OPERATIONS,
  type IoTCoreAddRemoveOperation,
  IoTCoreRegistryEventsBase,
  type RawIoTCoreRegistryEventsBase,
} from './iot-core-registry-events-base';

/**
 * The message the AWS IoT registry publishes on
 * `$aws/events/thingGroupMembership/thingGroup/<thingGroupName>/thing/<thingName>/added` and
 * `/removed`, as AWS documents it.
 */
export interface RawIoTCoreAddOrRemoveFromThingGroupEvent
  extends RawIoTCoreRegistryEventsBase {
  /** Always `THING_GROUP_MEMBERSHIP_EVENT`. */
  eventType: 'THING_GROUP_MEMBERSHIP_EVENT';
  /** Whether the thing was added to the group or removed from it. */
  operation: IoTCoreAddRemoveOperation;
  /** The ID of the AWS account that owns the thing group. */
  accountId: string;
  /** The ARN of the thing group. */
  groupArn: string;
  /** The ID of the thing group. */
  groupId: string;
  /** The ARN of the thing. */
  thingArn: string;
  /** The ID of the thing. */
  thingId: string;
  /** The ID of the membership of the thing in the group. */
  membershipId: string;
}

/**
 * Wrapper for the message that the AWS IoT registry publishes when a thing is added to a thing
 * group or removed from it.
 *
 * @example
 * ```ts
 * import {
 *   IoTCoreAddOrRemoveFromThingGroupEvent,
 *   type RawIoTCoreAddOrRemoveFromThingGroupEvent,
 * } from '@evt/iot';
 *
 * export const handler = async (raw: RawIoTCoreAddOrRemoveFromThingGroupEvent) => {
 *   const event = new IoTCoreAddOrRemoveFromThingGroupEvent(raw);
 *   return `${event.thingArn} ${event.operation} ${event.groupArn}`;
 * };
 * ```
 * @see https://docs.aws.amazon.com/iot/latest/developerguide/registry-events.html#registry-events-thinggroup-addremove
 */
export class IoTCoreAddOrRemoveFromThingGroupEvent extends IoTCoreRegistryEventsBase<
  RawIoTCoreAddOrRemoveFromThingGroupEvent,
  'THING_GROUP_MEMBERSHIP_EVENT',
  IoTCoreAddRemoveOperation
> {
  static override readonly typeName: string =
    'IoTCoreAddOrRemoveFromThingGroupEvent';
  static override readonly eventTypes: readonly string[] = [
    'THING_GROUP_MEMBERSHIP_EVENT',
  ];
  static override readonly operations: readonly string[] =
    ADD_REMOVE_OPERATIONS;

  /** The ID of the AWS account that owns the thing group (`accountId`). */
  get accountId(): string {
    return requireString(this, this.raw.accountId, 'accountId');
  }

  /** The ARN of the thing group (`groupArn`). */
  get groupArn(): string {
    return requireString(this, this.raw.groupArn, 'groupArn');
  }

  /** The ID of the thing group (`groupId`). */
  get groupId(): string {
    return requireString(this, this.raw.groupId, 'groupId');
  }

  /** The ARN of the thing added to or removed from the group (`thingArn`). */
  get thingArn(): string {
    return requireString(this, this.raw.thingArn, 'thingArn');
  }

  /** The ID of the thing added to or removed from the group (`thingId`). */
  get thingId(): string {
    return requireString(this, this.raw.thingId, 'thingId');
  }

  /**
   * The ID of the relationship between the thing and the thing group, made when the thing is
   * added (`membershipId`).
   */
  get membershipId(): string {
    return requireString(this, this.raw.membershipId, 'membershipId');
  }
}
