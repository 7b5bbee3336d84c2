import { EventWrapper } from './event-wrapper';
import { optionalString, requireString, stringArrayOrEmpty } from './fields';

/**
 * The envelope every event that Amazon EventBridge delivers has around its `detail`, as AWS
 * documents it. `TDetailType` is the value of `detail-type`.
 *
 * @category Authoring kit
 */
export interface RawEventBridgeEnvelope<TDetailType extends string = string> {
  /** The unique ID EventBridge gave the event. */
  id: string;
  /** The version of the event envelope, `0`; absent from some events sent by other integrations. */
  version?: string | undefined;
  /** The 12-digit ID of the AWS account the event comes from. */
  account: string;
  /** The event's timestamp, in ISO 8601 format. */
  time: string;
  /** The AWS Region the event comes from. */
  region: string;
  /** The ARNs of the resources the event concerns; may be empty or absent. */
  resources?: string[] | undefined;
  /** The service or application that sent the event, e.g. `aws.ec2`. */
  source: string;
  /** The kind of event, which with `source` fixes the shape of `detail`. */
  'detail-type': TDetailType;
  /** The name of the replay, when the event is replayed from an archive. */
  'replay-name'?: string | undefined;
}

// Reads through the envelope's own type: a subclass's raw type is a type parameter here, and a
// path is only checked against a known type.
function envelope(wrapper: EventWrapper): EventWrapper<RawEventBridgeEnvelope> {
  return wrapper as EventWrapper<RawEventBridgeEnvelope>;
}

/**
 * The envelope getters every EventBridge event shares (`id`, `account`, `time`, `region`,
 * `resources`, `source`, `detailType`, `version`, `replayName`). Each source whose events come
 * through EventBridge (`@evt/eventbridge`'s generic event, S3 notifications through
 * EventBridge, ...) extends it and adds its own typed `detail`.
 *
 * Part of the authoring kit.
 *
 * @see https://docs.aws.amazon.com/eventbridge/latest/ref/overiew-event-structure.html
 *
 * @category Authoring kit
 */
export class EventBridgeEnvelope<
  TRaw extends RawEventBridgeEnvelope<TDetailType>,
  TDetailType extends string = string,
> extends EventWrapper<TRaw> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'EventBridgeEnvelope';

  /** The unique ID EventBridge gave the event, useful to trace it across rules and targets (`id`). */
  get id(): string {
    return requireString(envelope(this), this.raw.id, 'id');
  }

  /**
   * The version of the event envelope, `0` in AWS's events (`version`). Undefined when the
   * event has none.
   */
  get version(): string | undefined {
    return optionalString(envelope(this), this.raw.version, 'version');
  }

  /** The 12-digit ID of the AWS account the event comes from (`account`). */
  get account(): string {
    return requireString(envelope(this), this.raw.account, 'account');
  }

  /**
   * The event's timestamp in ISO 8601 format, set by the sender; for an event that spans an
   * interval it may be the start of it (`time`).
   */
  get time(): string {
    return requireString(envelope(this), this.raw.time, 'time');
  }

  /** The AWS Region the event comes from, e.g. `us-east-1` (`region`). */
  get region(): string {
    return requireString(envelope(this), this.raw.region, 'region');
  }

  /**
   * The ARNs of the resources the event concerns, at the sender's discretion (`resources`).
   * Empty array when the event has none.
   */
  get resources(): readonly string[] {
    return stringArrayOrEmpty(envelope(this), this.raw.resources, 'resources');
  }

  /**
   * The service or application that sent the event; AWS services use names starting with
   * `aws.`, e.g. `aws.ec2` (`source`).
   */
  get source(): string {
    return requireString(envelope(this), this.raw.source, 'source');
  }

  /**
   * The kind of event, e.g. `EC2 Instance State-change Notification` or `Object Created`; with
   * `source` it fixes the shape of `detail` (`detail-type`).
   */
  get detailType(): TDetailType {
    return requireString(
      envelope(this),
      this.raw['detail-type'] as TDetailType,
      'detail-type'
    );
  }

  /**
   * The name of the replay that sent the event again from an archive (`replay-name`).
   * Undefined when the event is not a replay.
   */
  get replayName(): string | undefined {
    return optionalString(
      envelope(this),
      this.raw['replay-name'],
      'replay-name'
    );
  }
}
