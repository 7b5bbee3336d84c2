import {
  arrayOrEmpty,
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

/** One ancestor of a thing group, as the registry lists it from the root down. */
export interface IoTCoreThingGroupAncestor {
  /** The ARN of the ancestor thing group. */
  readonly groupArn: string;
  /** The ID of the ancestor thing group. */
  readonly groupId: string;
}

/**
 * The message the AWS IoT registry publishes on `$aws/events/thingGroup/<groupName>/created`,
 * `/updated` and `/deleted`, as AWS documents it.
 */
export interface RawIoTCoreThingGroupEvent
  extends RawIoTCoreRegistryEventsBase {
  /** Always `THING_GROUP_EVENT`. */
  eventType: 'THING_GROUP_EVENT';
  /** What happened to the thing group. */
  operation: IoTCoreCrudOperation;
  /** The ID of the AWS account that owns the thing group. */
  accountId: string;
  /** The ID of the thing group. */
  thingGroupId: string;
  /** The name of the thing group. */
  thingGroupName: string;
  /** The version of the thing group: 1 when created, one more on each update. */
  versionNumber: number;
  /** The name of the parent thing group; absent for a root group. */
  parentGroupName?: string | null | undefined;
  /** The ID of the parent thing group; absent for a root group. */
  parentGroupId?: string | null | undefined;
  /** The description of the thing group; absent when it has none. */
  description?: string | null | undefined;
  /** The ancestors of the thing group, from the root to the parent. */
  rootToParentThingGroups?: IoTCoreThingGroupAncestor[] | undefined;
  /** The thing group's attributes, as name-value pairs. */
  attributes?: Record<string, string> | undefined;
  /** The ID of the dynamic group mapping, for a dynamic thing group; `null` otherwise. */
  dynamicGroupMappingId?: string | null | undefined;
}

/**
 * Wrapper for the message that the AWS IoT registry publishes when a thing group is created,
 * updated or deleted.
 *
 * @example
 * ```ts
 * import { IoTCoreThingGroupEvent, type RawIoTCoreThingGroupEvent } from '@evt/iot';
 *
 * export const handler = async (raw: RawIoTCoreThingGroupEvent) => {
 *   const event = new IoTCoreThingGroupEvent(raw);
 *   const path = event.rootToParentThingGroups.map((group) => group.groupId);
 *   return { group: event.thingGroupName, parent: event.parentGroupName, path };
 * };
 * ```
 * @see https://docs.aws.amazon.com/iot/latest/developerguide/registry-events.html#registry-events-thinggroup-crud
 */
export class IoTCoreThingGroupEvent extends IoTCoreRegistryEventsBase<
  RawIoTCoreThingGroupEvent,
  'THING_GROUP_EVENT',
  IoTCoreCrudOperation
> {
  static override readonly typeName: string = 'IoTCoreThingGroupEvent';
  static override readonly eventTypes: readonly string[] = [
    'THING_GROUP_EVENT',
  ];
  static override readonly operations: readonly string[] = CRUD_OPERATIONS;

  /** The ID of the AWS account that owns the thing group (`accountId`). */
  get accountId(): string {
    return requireString(this, this.raw.accountId, 'accountId');
  }

  /** The ID of the thing group (`thingGroupId`). */
  get thingGroupId(): string {
    return requireString(this, this.raw.thingGroupId, 'thingGroupId');
  }

  /** The name of the thing group (`thingGroupName`). */
  get thingGroupName(): string {
    return requireString(this, this.raw.thingGroupName, 'thingGroupName');
  }

  /**
   * The version of the thing group: 1 when it is created, one more each time it is updated
   * (`versionNumber`).
   */
  get versionNumber(): number {
    return requireNumber(this, this.raw.versionNumber, 'versionNumber');
  }

  /** The name of the parent thing group (`parentGroupName`). Undefined for a root group. */
  get parentGroupName(): string | undefined {
    return optionalString(this, this.raw.parentGroupName, 'parentGroupName');
  }

  /** The ID of the parent thing group (`parentGroupId`). Undefined for a root group. */
  get parentGroupId(): string | undefined {
    return optionalString(this, this.raw.parentGroupId, 'parentGroupId');
  }

  /** The description of the thing group (`description`). Undefined when it has none. */
  get description(): string | undefined {
    return optionalString(this, this.raw.description, 'description');
  }

  /**
   * The ancestors of the thing group, one per level from the root group down to the parent,
   * each with its `groupArn` and `groupId` (`rootToParentThingGroups`). Empty array for a root
   * group, or when the message has none.
   */
  get rootToParentThingGroups(): readonly IoTCoreThingGroupAncestor[] {
    return arrayOrEmpty(
      this,
      this.raw.rootToParentThingGroups,
      'rootToParentThingGroups'
    );
  }

  /**
   * The thing group's attributes, as name-value pairs (`attributes`). Empty object when the
   * message has none.
   */
  get attributes(): Readonly<Record<string, string>> {
    return stringMapOrEmpty(this, this.raw.attributes, 'attributes');
  }

  /**
   * The ID of the mapping that fills a dynamic thing group (`dynamicGroupMappingId`).
   * Undefined for a static group (AWS sends `null`).
   */
  get dynamicGroupMappingId(): string | undefined {
    return optionalString(
      this,
      this.raw.dynamicGroupMappingId,
      'dynamicGroupMappingId'
    );
  }
}
