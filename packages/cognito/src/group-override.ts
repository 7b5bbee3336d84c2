import {
  EventWrapper,
  optionalChild,
  optionalString,
  stringArrayOrEmpty,
  UNSET,
} from '@evt/core';
import {
  shapeArgument,
  stringArgument,
  stringArrayArgument,
} from './arguments';
import { BaseTriggerEventResponse } from './trigger';

// The user's groups in a pre token generation event: the configuration Amazon Cognito sends
// (`request.groupConfiguration`), and the part of both versions of the response that
// overrides it (`groupOverrideDetails`).

/** A group configuration of a pre token generation event, as AWS documents it. */
export interface RawGroupOverrideDetails {
  /** The names of the user's groups. */
  groupsToOverride?: readonly string[] | null | undefined;
  /** The IAM roles of those groups. */
  iamRolesToOverride?: readonly string[] | null | undefined;
  /** The IAM role to prefer. */
  preferredRole?: string | null | undefined;
}

/** A group configuration as a function sets it in the response. */
export interface GroupOverrideDetailsInput {
  /** The names of the groups to put in the token's `cognito:groups` claim. */
  readonly groupsToOverride?: readonly string[] | undefined;
  /** The IAM roles to put in the token's `cognito:roles` claim. */
  readonly iamRolesToOverride?: readonly string[] | undefined;
  /** The IAM role to put in the token's `cognito:preferred_role` claim. */
  readonly preferredRole?: string | undefined;
}

/** The part of a pre token generation response that holds the group override. */
export interface RawGroupOverrideHolder {
  /** The groups to put in the token instead of the user's. */
  groupOverrideDetails?: RawGroupOverrideDetails | null | undefined;
}

/**
 * Wrapper for a group configuration of a pre token generation event: the user's groups and
 * IAM roles as Amazon Cognito sends them (`request.groupConfiguration`), or the override a
 * response holds (`groupOverrideDetails`).
 */
export class GroupOverrideDetails extends EventWrapper<RawGroupOverrideDetails> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'GroupOverrideDetails';

  /**
   * The names of the groups, as in the token's `cognito:groups` claim (`groupsToOverride`).
   * Empty when there are none.
   *
   * @throws {@link FieldTypeError} when it is not a list of strings.
   */
  get groupsToOverride(): readonly string[] {
    return stringArrayOrEmpty(
      this,
      this.raw.groupsToOverride,
      'groupsToOverride'
    );
  }

  /**
   * The IAM roles of those groups, as in the token's `cognito:roles` claim
   * (`iamRolesToOverride`). Empty when there are none.
   *
   * @throws {@link FieldTypeError} when it is not a list of strings.
   */
  get iamRolesToOverride(): readonly string[] {
    return stringArrayOrEmpty(
      this,
      this.raw.iamRolesToOverride,
      'iamRolesToOverride'
    );
  }

  /**
   * The IAM role to prefer, as in the token's `cognito:preferred_role` claim
   * (`preferredRole`). Undefined when there is none.
   */
  get preferredRole(): string | undefined {
    return optionalString(this, this.raw.preferredRole, 'preferredRole');
  }
}

const GROUP_OVERRIDE_FIELDS = {
  groupsToOverride: stringArrayArgument,
  iamRolesToOverride: stringArrayArgument,
  preferredRole: stringArgument,
};

/**
 * What both versions of the pre token generation response share: the override of the user's
 * groups (`groupOverrideDetails`), read and written as a whole or field by field.
 *
 * @typeParam TRaw The raw type of the response part that holds the override.
 */
export abstract class GroupConfigurationOverride<
  TRaw extends RawGroupOverrideHolder,
> extends BaseTriggerEventResponse<TRaw> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'GroupConfigurationOverride';

  #groupConfiguration: GroupOverrideDetails | undefined | typeof UNSET = UNSET;

  /**
   * The groups to put in the tokens instead of the user's (`groupOverrideDetails`). Undefined
   * until set, which keeps the user's groups. Setting it replaces the whole override in the
   * raw event: an empty object, or `null`, removes the user's groups from the tokens; to keep
   * them and change one field, use the `setGroupConfiguration…` methods.
   *
   * @throws {@link FieldTypeError} when the event holds something other than an object.
   * @throws {TypeError} when set to something other than `null` or an object holding only
   * `groupsToOverride` and `iamRolesToOverride` (lists of strings) and `preferredRole` (a
   * string).
   * @example
   * ```ts
   * import { PreTokenGenerationTriggerEvent, type RawPreTokenGenerationTriggerEvent } from '@evt/cognito';
   *
   * export const handler = async (raw: RawPreTokenGenerationTriggerEvent) => {
   *   const event = new PreTokenGenerationTriggerEvent(raw);
   *   event.response.claimsOverrideDetails.groupConfiguration = {
   *     groupsToOverride: ['readers'],
   *     iamRolesToOverride: [],
   *   };
   *   return event.rawEvent;
   * };
   * ```
   */
  get groupConfiguration(): GroupOverrideDetails | undefined {
    if (this.#groupConfiguration === UNSET) {
      this.#groupConfiguration = optionalChild(
        holder(this),
        'groupOverrideDetails',
        GroupOverrideDetails
      );
    }
    return this.#groupConfiguration;
  }

  /** Checks `value` and writes it into the raw event as `groupOverrideDetails`; see the getter. */
  set groupConfiguration(value: GroupOverrideDetailsInput | null) {
    this.#writeGroups(
      value === null
        ? null
        : shapeArgument<RawGroupOverrideDetails>(
            value,
            `${typeNameOf(this)}.groupConfiguration`,
            'value',
            GROUP_OVERRIDE_FIELDS
          )
    );
  }

  /**
   * Sets the names of the groups to put in the tokens' `cognito:groups` claim
   * (`groupOverrideDetails.groupsToOverride`), adding the override to the raw event when it
   * has none.
   *
   * @param value The group names.
   * @throws {TypeError} when `value` is not a list of strings.
   */
  setGroupConfigurationGroupsToOverride(value: readonly string[]): void {
    this.#writeGroup(
      'groupsToOverride',
      stringArrayArgument(value, this.#method('GroupsToOverride'))
    );
  }

  /**
   * Sets the IAM roles to put in the tokens' `cognito:roles` claim
   * (`groupOverrideDetails.iamRolesToOverride`), adding the override to the raw event when it
   * has none.
   *
   * @param value The role ARNs.
   * @throws {TypeError} when `value` is not a list of strings.
   */
  setGroupConfigurationIamRolesToOverride(value: readonly string[]): void {
    this.#writeGroup(
      'iamRolesToOverride',
      stringArrayArgument(value, this.#method('IamRolesToOverride'))
    );
  }

  /**
   * Sets the IAM role to put in the tokens' `cognito:preferred_role` claim
   * (`groupOverrideDetails.preferredRole`), adding the override to the raw event when it has
   * none.
   *
   * @param value The role ARN.
   * @throws {TypeError} when `value` is not a string.
   */
  setGroupConfigurationPreferredRole(value: string): void {
    this.#writeGroup(
      'preferredRole',
      stringArgument(value, this.#method('PreferredRole'))
    );
  }

  #method(field: string): string {
    return `${typeNameOf(this)}.setGroupConfiguration${field}`;
  }

  #writeGroups(value: RawGroupOverrideDetails | null): void {
    this.write('groupOverrideDetails', value as TRaw['groupOverrideDetails']);
    this.#groupConfiguration = UNSET;
  }

  #writeGroup<TKey extends keyof RawGroupOverrideDetails>(
    key: TKey,
    value: RawGroupOverrideDetails[TKey]
  ): void {
    const current = this.raw.groupOverrideDetails;
    if (typeof current === 'object' && current !== null) {
      (current as RawGroupOverrideDetails)[key] = value;
    } else {
      this.#writeGroups({ [key]: value });
    }
  }
}

// Reads through the holder's own raw type: the subclass's raw type is a type parameter here.
function holder(wrapper: EventWrapper): EventWrapper<RawGroupOverrideHolder> {
  return wrapper as EventWrapper<RawGroupOverrideHolder>;
}

function typeNameOf(wrapper: EventWrapper): string {
  return (wrapper.constructor as typeof EventWrapper).typeName;
}
