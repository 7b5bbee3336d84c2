import {
  argumentError,
  arrayOrEmpty,
  child,
  type EventOptions,
  EventWrapper,
  FieldTypeError,
  kindOf,
  locate,
  mapOrEmpty,
  optionalBoolean,
  optionalNumber,
  optionalObject,
  optionalString,
  parseJson,
  requireString,
  stringArrayOrEmpty,
  stringMapOrEmpty,
} from '@evt/core';

// The event AWS Config sends to the Lambda function of a custom rule. Its `invokingEvent` is
// JSON text whose shape depends on `messageType`: a configuration item (change), a summary of
// one (oversized change), or the account and time of a periodic run (scheduled). Each shape has
// its wrapper class; `getInvokeEvent` picks it, and any other message type reads through the
// base class, so that a new kind of notification never breaks the envelope.

/** The message types AWS Config documents for the events of custom Lambda rules. */
export type AWSConfigMessageType =
  | 'ConfigurationItemChangeNotification'
  | 'OversizedConfigurationItemChangeNotification'
  | 'ScheduledNotification'
  | 'ConfigurationSnapshotDeliveryCompleted';

/** The kinds of change AWS Config reports for a resource or one of its properties. */
export type AWSConfigChangeType = 'CREATE' | 'UPDATE' | 'DELETE';

/**
 * The states AWS Config documents for a configuration item; typed open, so that a state added
 * later still reads.
 */
export type AWSConfigItemStatus =
  | 'OK'
  | 'ResourceDiscovered'
  | 'ResourceNotRecorded'
  | 'ResourceDeleted'
  | 'ResourceDeletedNotRecorded'
  | (string & {});

/** One relationship of a resource to another, as a configuration item lists it. */
export interface RawAWSConfigRelationship {
  /** The ID of the related resource, e.g. `vpc-2d96be57`. */
  resourceId?: string | null | undefined;
  /** The name of the related resource; `null` when it has none. */
  resourceName?: string | null | undefined;
  /** The type of the related resource, e.g. `AWS::EC2::VPC`. */
  resourceType?: string | undefined;
  /** How the resources are related, e.g. `Is contained in Vpc`. */
  name?: string | undefined;
}

/** How one property of a resource changed, as a configuration item diff describes it. */
export interface RawAWSConfigChangedProperty {
  /** The value before the change; `null` for a property that was created. */
  previousValue?: unknown;
  /** The value after the change; `null` for a property that was deleted. */
  updatedValue?: unknown;
  /** Whether the property was created, updated or deleted. */
  changeType: AWSConfigChangeType;
}

/** What changed between the previous configuration item of a resource and this one. */
export interface RawAWSConfigConfigurationItemDiff {
  /** The changed properties, by path, e.g. `Configuration.InstanceType`. */
  changedProperties: Record<string, RawAWSConfigChangedProperty>;
  /** Whether the resource was created, updated or deleted. */
  changeType: AWSConfigChangeType;
}

/** The fields a configuration item and the summary of an oversized one share. */
export interface RawAWSConfigResourceItem {
  /** The version of the configuration item's format, e.g. `1.3`. */
  configurationItemVersion?: string | null | undefined;
  /** When AWS Config recorded the configuration item, in ISO 8601 format. */
  configurationItemCaptureTime: string;
  /** The ID of the recorded state of the resource, a number that grows with each change. */
  configurationStateId?: number | null | undefined;
  /** The 12-digit ID of the AWS account that owns the resource. */
  awsAccountId: string;
  /** The state of the configuration item, e.g. `OK` or `ResourceDeleted`. */
  configurationItemStatus: AWSConfigItemStatus;
  /** The type of the resource, e.g. `AWS::EC2::Instance`. */
  resourceType: string;
  /** The ID of the resource, e.g. `i-042dd005362091826`. */
  resourceId: string;
  /** The name of the resource; `null` when it has none. */
  resourceName?: string | null | undefined;
  /** The ARN of the resource; absent for types without one. */
  ARN?: string | null | undefined;
  /** The AWS Region of the resource, e.g. `us-east-1`. */
  awsRegion?: string | null | undefined;
  /** The Availability Zone of the resource, or a note such as `Regional` or `Not Applicable`. */
  availabilityZone?: string | null | undefined;
  /** The MD5 hash of the recorded state; often empty. */
  configurationStateMd5Hash?: string | null | undefined;
  /** When the resource was created, in ISO 8601 format; `null` when not known. */
  resourceCreationTime?: string | null | undefined;
}

/**
 * A configuration item: the state of a resource when AWS Config recorded a change.
 * `TConfiguration` is the type of the resource's configuration.
 */
export interface RawAWSConfigConfigurationItem<
  TConfiguration = Record<string, unknown>,
> extends RawAWSConfigResourceItem {
  /** The IDs of the AWS CloudTrail events that caused the change. */
  relatedEvents?: string[] | null | undefined;
  /** The resource's relationships to other resources. */
  relationships?: RawAWSConfigRelationship[] | null | undefined;
  /** The resource's configuration, as its service describes it; `null` for a deleted resource. */
  configuration?: TConfiguration | null | undefined;
  /** Configuration the resource type adds beyond `configuration` (bucket policies, ...). */
  supplementaryConfiguration?: Record<string, unknown> | null | undefined;
  /** The resource's tags, by key. */
  tags?: Record<string, string> | null | undefined;
}

/** The summary AWS Config sends instead of a configuration item too large for the event. */
export interface RawAWSConfigConfigurationItemSummary
  extends RawAWSConfigResourceItem {
  /** Whether the resource was created, updated or deleted. */
  changeType?: AWSConfigChangeType | null | undefined;
}

/** The fields every invoking event has, whatever its message type. */
export interface RawAWSConfigInvokingEventBase {
  /** The kind of notification that triggered the evaluation. */
  messageType: string;
  /** When AWS Config created the notification, in ISO 8601 format. */
  notificationCreationTime?: string | null | undefined;
  /** The version of the notification's format, e.g. `1.3`. */
  recordVersion?: string | null | undefined;
}

/** The invoking event of an evaluation triggered by a configuration change. */
export interface RawAWSConfigConfigurationItemChangeNotification<
  TConfiguration = Record<string, unknown>,
> extends RawAWSConfigInvokingEventBase {
  /** The kind of notification. */
  messageType: 'ConfigurationItemChangeNotification';
  /** The configuration item of the changed resource. */
  configurationItem: RawAWSConfigConfigurationItem<TConfiguration>;
  /** What changed since the previous configuration item; absent from some events. */
  configurationItemDiff?: RawAWSConfigConfigurationItemDiff | null | undefined;
}

/** The invoking event of an evaluation triggered by an oversized configuration change. */
export interface RawAWSConfigOversizedConfigurationItemChangeNotification
  extends RawAWSConfigInvokingEventBase {
  /** The kind of notification. */
  messageType: 'OversizedConfigurationItemChangeNotification';
  /** The summary of the configuration item that was too large to send. */
  configurationItemSummary: RawAWSConfigConfigurationItemSummary;
}

/** The invoking event of a periodic evaluation. */
export interface RawAWSConfigScheduledNotification
  extends RawAWSConfigInvokingEventBase {
  /** The kind of notification. */
  messageType: 'ScheduledNotification';
  /** The 12-digit ID of the AWS account the rule evaluates. */
  awsAccountId: string;
  /** When AWS Config triggered the evaluation, in ISO 8601 format. */
  notificationCreationTime: string;
}

/**
 * The invoking events AWS Config documents for custom Lambda rules, discriminated by
 * `messageType`. `TConfiguration` is the type of a configuration item's configuration.
 */
export type RawAWSConfigInvokingEvent<
  TConfiguration = Record<string, unknown>,
> =
  | RawAWSConfigConfigurationItemChangeNotification<TConfiguration>
  | RawAWSConfigOversizedConfigurationItemChangeNotification
  | RawAWSConfigScheduledNotification;

/** The event AWS Config sends to the Lambda function of a custom rule, as AWS documents it. */
export interface RawAWSConfigRuleEvent {
  /** The notification that triggered the evaluation, as JSON text. */
  invokingEvent: string;
  /** The rule's parameters, as the JSON text of an object; absent from rules without any. */
  ruleParameters?: string | null | undefined;
  /** The token to pass back with the evaluations (`PutEvaluations`). */
  resultToken: string;
  /** Whether the resource to evaluate has left the rule's scope. */
  eventLeftScope?: boolean | null | undefined;
  /** The ARN of the IAM role AWS Config uses. */
  executionRoleArn?: string | null | undefined;
  /** The ARN of the rule. */
  configRuleArn: string;
  /** The name of the rule. */
  configRuleName: string;
  /** The ID of the rule. */
  configRuleId: string;
  /** The 12-digit ID of the AWS account that owns the rule. */
  accountId: string;
  /** The version of the event's format, `1.0`; absent from some events. */
  version?: string | null | undefined;
  /** Whether the rule evaluates deployed resources (`DETECTIVE`) or planned ones (`PROACTIVE`). */
  evaluationMode?: string | null | undefined;
}

// Reads through the shared raw types: the subclasses' raw types are type parameters here, and
// a path is only checked against a known type.
function invoking(
  wrapper: EventWrapper
): EventWrapper<RawAWSConfigInvokingEventBase> {
  return wrapper as EventWrapper<RawAWSConfigInvokingEventBase>;
}

function resource(
  wrapper: EventWrapper
): EventWrapper<RawAWSConfigResourceItem> {
  return wrapper as EventWrapper<RawAWSConfigResourceItem>;
}

/**
 * The fields that a configuration item ({@link AWSConfigConfigurationItemChanged}) and the
 * summary of an oversized one ({@link AWSConfigOversizedConfigurationItemSummary}) share.
 * Names follow Powertools for AWS Lambda (Python): `accountId` reads `awsAccountId`,
 * `resourceArn` reads `ARN` and `region` reads `awsRegion`.
 */
export class AWSConfigResourceItem<
  TRaw extends RawAWSConfigResourceItem = RawAWSConfigResourceItem,
> extends EventWrapper<TRaw> {
  static override readonly typeName: string = 'AWSConfigResourceItem';

  /** The version of the configuration item's format, e.g. `1.3` (`configurationItemVersion`). Undefined when absent. */
  get configurationItemVersion(): string | undefined {
    return optionalString(
      resource(this),
      this.raw.configurationItemVersion,
      'configurationItemVersion'
    );
  }

  /**
   * When AWS Config recorded the configuration item, in ISO 8601 format, e.g.
   * `2023-04-27T15:03:11.636Z` (`configurationItemCaptureTime`).
   */
  get configurationItemCaptureTime(): string {
    return requireString(
      resource(this),
      this.raw.configurationItemCaptureTime,
      'configurationItemCaptureTime'
    );
  }

  /**
   * The ID of the recorded state of the resource, a number that grows with each change
   * (`configurationStateId`). Undefined when absent.
   */
  get configurationStateId(): number | undefined {
    return optionalNumber(
      resource(this),
      this.raw.configurationStateId,
      'configurationStateId'
    );
  }

  /** The 12-digit ID of the AWS account that owns the resource (`awsAccountId`). */
  get accountId(): string {
    return requireString(resource(this), this.raw.awsAccountId, 'awsAccountId');
  }

  /**
   * The state of the configuration item: `OK`, `ResourceDiscovered`, `ResourceNotRecorded`,
   * `ResourceDeleted` or `ResourceDeletedNotRecorded` (`configurationItemStatus`).
   */
  get configurationItemStatus(): AWSConfigItemStatus {
    return requireString(
      resource(this),
      this.raw.configurationItemStatus,
      'configurationItemStatus'
    );
  }

  /** The type of the resource, e.g. `AWS::EC2::Instance` (`resourceType`). */
  get resourceType(): string {
    return requireString(resource(this), this.raw.resourceType, 'resourceType');
  }

  /** The ID of the resource, e.g. `i-042dd005362091826` (`resourceId`). */
  get resourceId(): string {
    return requireString(resource(this), this.raw.resourceId, 'resourceId');
  }

  /** The name of the resource (`resourceName`). Undefined when it has none. */
  get resourceName(): string | undefined {
    return optionalString(
      resource(this),
      this.raw.resourceName,
      'resourceName'
    );
  }

  /** The ARN of the resource (`ARN`). Undefined for resource types without one. */
  get resourceArn(): string | undefined {
    return optionalString(resource(this), this.raw.ARN, 'ARN');
  }

  /** The AWS Region of the resource, e.g. `us-east-1` (`awsRegion`). Undefined when absent. */
  get region(): string | undefined {
    return optionalString(resource(this), this.raw.awsRegion, 'awsRegion');
  }

  /**
   * The Availability Zone of the resource, e.g. `us-east-1e`, or a note such as `Regional`
   * (`availabilityZone`). Undefined when absent.
   */
  get availabilityZone(): string | undefined {
    return optionalString(
      resource(this),
      this.raw.availabilityZone,
      'availabilityZone'
    );
  }

  /** The MD5 hash of the recorded state, often empty (`configurationStateMd5Hash`). Undefined when absent. */
  get configurationStateMd5Hash(): string | undefined {
    return optionalString(
      resource(this),
      this.raw.configurationStateMd5Hash,
      'configurationStateMd5Hash'
    );
  }

  /** When the resource was created, in ISO 8601 format (`resourceCreationTime`). Undefined when not known. */
  get resourceCreationTime(): string | undefined {
    return optionalString(
      resource(this),
      this.raw.resourceCreationTime,
      'resourceCreationTime'
    );
  }
}

/**
 * Wrapper for the configuration item of a configuration change notification: the state of the
 * resource when AWS Config recorded the change. `TConfiguration` types
 * {@link AWSConfigConfigurationItemChanged.configuration}; it is not checked at runtime.
 */
export class AWSConfigConfigurationItemChanged<
  TConfiguration = Record<string, unknown>,
> extends AWSConfigResourceItem<RawAWSConfigConfigurationItem<TConfiguration>> {
  static override readonly typeName: string =
    'AWSConfigConfigurationItemChanged';

  /** The IDs of the AWS CloudTrail events that caused the change (`relatedEvents`). Empty array when there are none. */
  get relatedEvents(): readonly string[] {
    return stringArrayOrEmpty(this, this.raw.relatedEvents, 'relatedEvents');
  }

  /**
   * The resource's relationships to other resources, each with the related resource's
   * `resourceId`, `resourceName` and `resourceType` and the relationship's `name`
   * (`relationships`). Empty array when there are none.
   */
  get relationships(): readonly RawAWSConfigRelationship[] {
    return arrayOrEmpty(this, this.raw.relationships, 'relationships');
  }

  /**
   * The resource's configuration, as its service describes it, typed as `TConfiguration`
   * (`configuration`). Undefined when it is `null`, as it is for a deleted resource.
   */
  get configuration(): TConfiguration | undefined {
    return optionalObject(
      this,
      this.raw.configuration as (TConfiguration & object) | null | undefined,
      'configuration'
    );
  }

  /**
   * Configuration the resource type records beyond `configuration`, such as a bucket's policy
   * (`supplementaryConfiguration`). Empty object when there is none.
   */
  get supplementaryConfiguration(): Readonly<Record<string, unknown>> {
    return mapOrEmpty(
      this,
      this.raw.supplementaryConfiguration,
      'supplementaryConfiguration'
    );
  }

  /** The resource's tags, by key (`tags`). Empty object when it has none. */
  get tags(): Readonly<Record<string, string>> {
    return stringMapOrEmpty(this, this.raw.tags, 'tags');
  }
}

/**
 * Wrapper for the summary of a configuration item that was too large to send in the event:
 * the resource and its change, without the configuration (read it with the AWS Config API,
 * `GetResourceConfigHistory`).
 */
export class AWSConfigOversizedConfigurationItemSummary extends AWSConfigResourceItem<RawAWSConfigConfigurationItemSummary> {
  static override readonly typeName: string =
    'AWSConfigOversizedConfigurationItemSummary';

  /** Whether the resource was created, updated or deleted: `CREATE`, `UPDATE` or `DELETE` (`changeType`). Undefined when absent. */
  get changeType(): AWSConfigChangeType | undefined {
    return optionalString(this, this.raw.changeType, 'changeType');
  }
}

/**
 * The base of the invoking event wrappers of an AWS Config rule, parsed from the event's
 * `invokingEvent`: the fields every message type has. {@link getInvokeEvent} gives one of its
 * subclasses, chosen by `messageType`; narrow with `instanceof`.
 */
export class AWSConfigInvokingEvent<
  TRaw extends RawAWSConfigInvokingEventBase = RawAWSConfigInvokingEventBase,
> extends EventWrapper<TRaw> {
  static override readonly typeName: string = 'AWSConfigInvokingEvent';

  /**
   * The kind of notification that triggered the evaluation, e.g.
   * `ConfigurationItemChangeNotification` or `ScheduledNotification` (`messageType`).
   */
  get messageType(): string {
    return requireString(invoking(this), this.raw.messageType, 'messageType');
  }

  /**
   * When AWS Config created the notification, in ISO 8601 format
   * (`notificationCreationTime`). Undefined when absent, as from AWS's documented examples of
   * change notifications.
   */
  get notificationCreationTime(): string | undefined {
    return optionalString(
      invoking(this),
      this.raw.notificationCreationTime,
      'notificationCreationTime'
    );
  }

  /** The version of the notification's format, e.g. `1.3` (`recordVersion`). Undefined when absent. */
  get recordVersion(): string | undefined {
    return optionalString(
      invoking(this),
      this.raw.recordVersion,
      'recordVersion'
    );
  }
}

/**
 * Wrapper for the invoking event of an evaluation triggered by a configuration change
 * (`ConfigurationItemChangeNotification`). `TConfiguration` types the configuration item's
 * configuration.
 */
export class AWSConfigConfigurationChanged<
  TConfiguration = Record<string, unknown>,
> extends AWSConfigInvokingEvent<
  RawAWSConfigConfigurationItemChangeNotification<TConfiguration>
> {
  static override readonly typeName: string = 'AWSConfigConfigurationChanged';
  #configurationItem?: AWSConfigConfigurationItemChanged<TConfiguration>;

  /**
   * The configuration item of the changed resource (`configurationItem`).
   *
   * @throws {@link MissingFieldError} when the notification has none.
   */
  get configurationItem(): AWSConfigConfigurationItemChanged<TConfiguration> {
    return (this.#configurationItem ??= child(
      this,
      'configurationItem',
      AWSConfigConfigurationItemChanged<TConfiguration>
    ));
  }

  /** The configuration item as AWS sent it, unwrapped (`configurationItem`). */
  get rawConfigurationItem(): RawAWSConfigConfigurationItem<TConfiguration> {
    return this.configurationItem.rawEvent;
  }

  /**
   * What changed since the previous configuration item: `changedProperties` (by property
   * path, each with `previousValue`, `updatedValue` and `changeType`) and the resource's
   * `changeType` (`configurationItemDiff`). Undefined when absent or `null`, as in AWS's
   * documented example.
   */
  get configurationItemDiff(): RawAWSConfigConfigurationItemDiff | undefined {
    return optionalObject(
      this,
      this.raw.configurationItemDiff,
      'configurationItemDiff'
    );
  }
}

/**
 * Wrapper for the invoking event of an evaluation triggered by a configuration change too
 * large for the event (`OversizedConfigurationItemChangeNotification`).
 */
export class AWSConfigOversizedConfiguration extends AWSConfigInvokingEvent<RawAWSConfigOversizedConfigurationItemChangeNotification> {
  static override readonly typeName: string = 'AWSConfigOversizedConfiguration';
  #configurationItemSummary?: AWSConfigOversizedConfigurationItemSummary;

  /**
   * The summary of the configuration item that was too large to send
   * (`configurationItemSummary`).
   *
   * @throws {@link MissingFieldError} when the notification has none.
   */
  get configurationItemSummary(): AWSConfigOversizedConfigurationItemSummary {
    return (this.#configurationItemSummary ??= child(
      this,
      'configurationItemSummary',
      AWSConfigOversizedConfigurationItemSummary
    ));
  }

  /** The summary as AWS sent it, unwrapped (`configurationItemSummary`). */
  get rawConfigurationItemSummary(): RawAWSConfigConfigurationItemSummary {
    return this.configurationItemSummary.rawEvent;
  }
}

/**
 * Wrapper for the invoking event of a periodic evaluation (`ScheduledNotification`), sent at
 * the frequency the rule sets.
 */
export class AWSConfigScheduledNotification extends AWSConfigInvokingEvent<RawAWSConfigScheduledNotification> {
  static override readonly typeName: string = 'AWSConfigScheduledNotification';

  /** The 12-digit ID of the AWS account the rule evaluates (`awsAccountId`). */
  get accountId(): string {
    return requireString(this, this.raw.awsAccountId, 'awsAccountId');
  }

  /**
   * When AWS Config triggered the evaluation, in ISO 8601 format
   * (`notificationCreationTime`).
   *
   * @throws {@link MissingFieldError} when the notification has none.
   */
  override get notificationCreationTime(): string {
    return requireString(
      this,
      this.raw.notificationCreationTime,
      'notificationCreationTime'
    );
  }
}

/**
 * Wrapper for an invoking event whose message type has no class of its own, such as
 * `ConfigurationSnapshotDeliveryCompleted` or a type AWS Config adds later: its `messageType`,
 * `notificationCreationTime` and `recordVersion` read as usual, and `get(key)` reads any other
 * top-level field. A missing `messageType` also reads through this class, and throws when read.
 */
export class AWSConfigOtherNotification extends AWSConfigInvokingEvent {
  static override readonly typeName: string = 'AWSConfigOtherNotification';
  // Type-only: keeps the documented classes from narrowing to this one under `instanceof`.
  declare private readonly otherNotification: never;
}

/**
 * The invoking event wrappers {@link getInvokeEvent} gives: one per documented message type,
 * and {@link AWSConfigOtherNotification} for any other. `TConfiguration` types a configuration item's
 * configuration.
 */
export type AWSConfigAnyInvokingEvent<
  TConfiguration = Record<string, unknown>,
> =
  | AWSConfigConfigurationChanged<TConfiguration>
  | AWSConfigOversizedConfiguration
  | AWSConfigScheduledNotification
  | AWSConfigOtherNotification;

/**
 * Wraps a parsed invoking event in the class for its `messageType`:
 * {@link AWSConfigConfigurationChanged}, {@link AWSConfigOversizedConfiguration},
 * {@link AWSConfigScheduledNotification}, or {@link AWSConfigOtherNotification} for any other
 * message type or none (Powertools for AWS Lambda (Python) reads those as a configuration
 * change). Reads
 * only `messageType`; nothing is checked until a getter is read.
 *
 * @param invokingEvent The invoking event, parsed from the event's JSON text.
 * @param options The JSON deserializer, the decoding budgets, and where the value sits.
 * @returns The wrapped invoking event; narrow it with `instanceof`.
 * @throws {TypeError} when `invokingEvent` is not an object.
 * @example
 * ```ts
 * import { AWSConfigScheduledNotification, getInvokeEvent } from '@evt/config';
 *
 * const invoking = getInvokeEvent({
 *   awsAccountId: '123456789012',
 *   notificationCreationTime: '2023-04-27T13:26:17.741Z',
 *   messageType: 'ScheduledNotification',
 *   recordVersion: '1.0',
 * });
 * if (invoking instanceof AWSConfigScheduledNotification) {
 *   console.log(invoking.accountId);
 * }
 * ```
 */
export function getInvokeEvent<TConfiguration = Record<string, unknown>>(
  invokingEvent:
    | RawAWSConfigInvokingEvent<TConfiguration>
    | RawAWSConfigInvokingEventBase,
  options?: EventOptions
): AWSConfigAnyInvokingEvent<TConfiguration> {
  if (
    typeof invokingEvent !== 'object' ||
    invokingEvent === null ||
    Array.isArray(invokingEvent)
  ) {
    throw argumentError(
      'getInvokeEvent',
      'invokingEvent',
      'an object',
      invokingEvent
    );
  }
  switch (invokingEvent.messageType) {
    case 'ConfigurationItemChangeNotification':
      return new AWSConfigConfigurationChanged<TConfiguration>(
        invokingEvent as RawAWSConfigConfigurationItemChangeNotification<TConfiguration>,
        options
      );
    case 'OversizedConfigurationItemChangeNotification':
      return new AWSConfigOversizedConfiguration(
        invokingEvent as RawAWSConfigOversizedConfigurationItemChangeNotification,
        options
      );
    case 'ScheduledNotification':
      return new AWSConfigScheduledNotification(
        invokingEvent as RawAWSConfigScheduledNotification,
        options
      );
    default:
      return new AWSConfigOtherNotification(invokingEvent, options);
  }
}

/**
 * Wrapper for the event that AWS Config sends to the Lambda function of a custom rule when a
 * resource in the rule's scope changes or the rule's period comes round.
 *
 * `TRuleParameters` types {@link AWSConfigRuleEvent.ruleParameters} and `TConfiguration` the
 * configuration of a changed resource; neither is checked at runtime.
 *
 * @example
 * ```ts
 * import {
 *   AWSConfigConfigurationChanged,
 *   AWSConfigRuleEvent,
 *   type RawAWSConfigRuleEvent,
 * } from '@evt/config';
 *
 * export const handler = async (raw: RawAWSConfigRuleEvent) => {
 *   const event = new AWSConfigRuleEvent(raw);
 *   const invoking = event.invokingEvent;
 *   if (invoking instanceof AWSConfigConfigurationChanged) {
 *     console.log(event.configRuleName, invoking.configurationItem.resourceId);
 *   }
 * };
 * ```
 * @see https://docs.aws.amazon.com/config/latest/developerguide/evaluate-config_develop-rules_example-events.html
 */
export class AWSConfigRuleEvent<
  TRuleParameters extends object = Record<string, unknown>,
  TConfiguration = Record<string, unknown>,
> extends EventWrapper<RawAWSConfigRuleEvent> {
  static override readonly typeName: string = 'AWSConfigRuleEvent';
  #invokingEvent?: AWSConfigAnyInvokingEvent<TConfiguration>;
  #ruleParameters?: TRuleParameters;

  /**
   * The version of the event's format, `1.0` today (`version`). Undefined when absent, as from
   * some events of periodic rules.
   */
  get version(): string | undefined {
    return optionalString(this, this.raw.version, 'version');
  }

  /**
   * The notification that triggered the evaluation, parsed once and wrapped in the class for
   * its message type: {@link AWSConfigConfigurationChanged},
   * {@link AWSConfigOversizedConfiguration} or {@link AWSConfigScheduledNotification}; any
   * other message type (such as `ConfigurationSnapshotDeliveryCompleted`) reads as
   * {@link AWSConfigOtherNotification}, with its `messageType` (`invokingEvent`).
   *
   * @throws {@link DecodeError} when `invokingEvent` is not JSON.
   * @throws {@link FieldTypeError} when it is not the JSON text of an object.
   * @example
   * ```ts
   * import {
   *   AWSConfigOversizedConfiguration,
   *   AWSConfigRuleEvent,
   *   type RawAWSConfigRuleEvent,
   * } from '@evt/config';
   *
   * export const handler = async (raw: RawAWSConfigRuleEvent) => {
   *   const invoking = new AWSConfigRuleEvent(raw).invokingEvent;
   *   if (invoking instanceof AWSConfigOversizedConfiguration) {
   *     const { resourceType, resourceId } = invoking.configurationItemSummary;
   *     console.log(`fetch ${resourceType} ${resourceId} from the AWS Config API`);
   *   }
   * };
   * ```
   */
  get invokingEvent(): AWSConfigAnyInvokingEvent<TConfiguration> {
    if (this.#invokingEvent === undefined) {
      const parsed = parseJson<RawAWSConfigInvokingEvent<TConfiguration>>(
        this.rawInvokingEvent,
        { owner: this, path: 'invokingEvent' }
      );
      const options = { parent: this, path: 'invokingEvent' };
      // A value that is not an object is left to the wrapper's constructor, which names it.
      this.#invokingEvent =
        typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
          ? getInvokeEvent<TConfiguration>(parsed, options)
          : new AWSConfigOtherNotification(parsed, options);
    }
    return this.#invokingEvent;
  }

  /** The notification that triggered the evaluation, as the JSON text AWS sent (`invokingEvent`). */
  get rawInvokingEvent(): string {
    return requireString(this, this.raw.invokingEvent, 'invokingEvent');
  }

  /**
   * The rule's parameters, parsed once from their JSON text and typed as `TRuleParameters`
   * (`ruleParameters`). Empty object when the rule has none.
   *
   * @throws {@link DecodeError} when `ruleParameters` is not JSON.
   * @throws {@link FieldTypeError} when it is not the JSON text of an object.
   * @example
   * ```ts
   * import { AWSConfigRuleEvent, type RawAWSConfigRuleEvent } from '@evt/config';
   *
   * export const handler = async (raw: RawAWSConfigRuleEvent) => {
   *   const event = new AWSConfigRuleEvent<{ desiredInstanceType?: string }>(raw);
   *   return event.ruleParameters.desiredInstanceType ?? 't3.micro';
   * };
   * ```
   */
  get ruleParameters(): TRuleParameters {
    if (this.#ruleParameters === undefined) {
      const text = optionalString(
        this,
        this.raw.ruleParameters,
        'ruleParameters'
      );
      const parsed =
        text === undefined
          ? {}
          : parseJson<unknown>(text, { owner: this, path: 'ruleParameters' });
      if (
        typeof parsed !== 'object' ||
        parsed === null ||
        Array.isArray(parsed)
      ) {
        throw new FieldTypeError(
          'object',
          kindOf(parsed),
          locate(this, 'ruleParameters')
        );
      }
      this.#ruleParameters = parsed as TRuleParameters;
    }
    return this.#ruleParameters;
  }

  /**
   * The token to pass back to AWS Config with the evaluations, as `ResultToken` of
   * `PutEvaluations` (`resultToken`). Hidden in the debug view.
   */
  get resultToken(): string {
    return requireString(this, this.raw.resultToken, 'resultToken');
  }

  /**
   * Whether the resource to evaluate has left the rule's scope, in which case the evaluation
   * can be reported as `NOT_APPLICABLE` (`eventLeftScope`). False when absent.
   */
  get eventLeftScope(): boolean {
    return (
      optionalBoolean(this, this.raw.eventLeftScope, 'eventLeftScope') ?? false
    );
  }

  /** The ARN of the IAM role AWS Config uses (`executionRoleArn`). Undefined when absent. */
  get executionRoleArn(): string | undefined {
    return optionalString(this, this.raw.executionRoleArn, 'executionRoleArn');
  }

  /** The ARN AWS Config gave the rule (`configRuleArn`). */
  get configRuleArn(): string {
    return requireString(this, this.raw.configRuleArn, 'configRuleArn');
  }

  /** The name of the rule that triggered the evaluation (`configRuleName`). */
  get configRuleName(): string {
    return requireString(this, this.raw.configRuleName, 'configRuleName');
  }

  /** The ID AWS Config gave the rule, e.g. `config-rule-i9y8j9` (`configRuleId`). */
  get configRuleId(): string {
    return requireString(this, this.raw.configRuleId, 'configRuleId');
  }

  /** The 12-digit ID of the AWS account that owns the rule (`accountId`). */
  get accountId(): string {
    return requireString(this, this.raw.accountId, 'accountId');
  }

  /**
   * Whether the rule evaluates deployed resources (`DETECTIVE`) or resources before they are
   * deployed (`PROACTIVE`) (`evaluationMode`). Undefined when absent, as from AWS's documented
   * examples.
   */
  get evaluationMode(): 'DETECTIVE' | 'PROACTIVE' | (string & {}) | undefined {
    return optionalString(this, this.raw.evaluationMode, 'evaluationMode');
  }
}
