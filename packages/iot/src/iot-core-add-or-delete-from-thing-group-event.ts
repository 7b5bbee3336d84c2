import { requireString } from '@evt/core';
import {
  ADD_REMOVE_OPERATIONS,
  type IoTCoreAddRemoveOperation,
  IoTCoreRegistryEventsBase,
  type RawIoTCoreRegistryEventsBase,
} from './iot-core-registry-events-base';

/**
 * The message the AWS IoT registry publishes on
 * `$aws/events/thingGroupHierarchy/thingGroup/<parentThingGroupName>/childThingGroup/<childThingGroupName>/added`
 * and `/removed`, as AWS documents it.
 */
export interface RawIoTCoreAddOrDeleteFromThingGroupEvent
  extends RawIoTCoreRegistryEventsBase {
  /** Always `THING_GROUP_HIERARCHY_EVENT`. */
  eventType: 'THING_GROUP_HIERARCHY_EVENT';
  /** Whether the child group was added to the parent group or removed from it. */
  operation: IoTCoreAddRemoveOperation;
  /** The ID of the AWS account that owns the thing groups. */
  accountId: string;
  /** The ID of the parent thing group. */
  thingGroupId: string;
  /** The name of the parent thing group. */
  thingGroupName: string;
  /** The ID of the child thing group. */
  childGroupId: string;
  /** The name of the child thing group. */
  childGroupName: string;
}

/**
 * Wrapper for the message that the AWS IoT registry publishes when a thing group is added to
 * another thing group (becoming its child) or removed from it.
 *
 * @example
 * ```ts
 * import {
 *   IoTCoreAddOrDeleteFromThingGroupEvent,
 *   type RawIoTCoreAddOrDeleteFromThingGroupEvent,
 * } from '@evt/iot';
 *
 * export const handler = async (raw: RawIoTCoreAddOrDeleteFromThingGroupEvent) => {
 *   const event = new IoTCoreAddOrDeleteFromThingGroupEvent(raw);
 *   return `${event.childGroupName} ${event.operation} under ${event.thingGroupName}`;
 * };
 * ```
 * @see https://docs.aws.amazon.com/iot/latest/developerguide/registry-events.html#registry-events-thinggroup-adddelete
 */
export class IoTCoreAddOrDeleteFromThingGroupEvent extends IoTCoreRegistryEventsBase<
  RawIoTCoreAddOrDeleteFromThingGroupEvent,
  'THING_GROUP_HIERARCHY_EVENT',
  IoTCoreAddRemoveOperation
> {
  static override readonly typeName: string =
    'IoTCoreAddOrDeleteFromThingGroupEvent';
  static override readonly eventTypes: readonly string[] = [
    'THING_GROUP_HIERARCHY_EVENT',
  ];
  static override readonly operations: readonly string[] =
    ADD_REMOVE_OPERATIONS;

  /** The ID of the AWS account that owns the thing groups (`accountId`). */
  get accountId(): string {
    return requireString(this, this.raw.accountId, 'accountId');
  }

  /** The ID of the parent thing group (`thingGroupId`). */
  get thingGroupId(): string {
    return requireString(this, this.raw.thingGroupId, 'thingGroupId');
  }

  /** The name of the parent thing group (`thingGroupName`). */
  get thingGroupName(): string {
    return requireString(this, this.raw.thingGroupName, 'thingGroupName');
  }

  /** The ID of the child thing group added or removed (`childGroupId`). */
  get childGroupId(): string {
    return requireString(this, this.raw.childGroupId, 'childGroupId');
  }

  /** The name of the child thing group added or removed (`childGroupName`). */
  get childGroupName(): string {
    return requireString(this, this.raw.childGroupName, 'childGroupName');
  }
}
