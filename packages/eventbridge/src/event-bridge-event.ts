import {
  EventWrapper,
  optionalString,
  requireArray,
  requireObject,
  requireString,
  stringArrayOrEmpty,
} from '@evt/core';

/**
 * An event that Amazon EventBridge delivers to a Lambda target, as AWS documents it.
 * `TDetail` is the shape of `detail`, `TDetailType` the value of `detail-type`.
 */
export interface RawEventBridgeEvent<
  TDetail = Record<string, unknown>,
  TDetailType extends string = string,
> {
  /** The unique ID EventBridge gave the event. */
  id: string;
  /** The version of the event envelope; `0` in every event. */
  version: string;
  /** The 12-digit ID of the AWS account the event comes from. */
  account: string;
  /** The event's timestamp, in ISO 8601 format. */
  time: string;
  /** The AWS Region the event comes from. */
  region: string;
  /** The ARNs of the resources the event concerns. */
  resources: string[];
  /** The service or application that sent the event, e.g. `aws.ec2`. */
  source: string;
  /** The kind of event, which with `source` fixes the shape of `detail`. */
  'detail-type': TDetailType;
  /** The event's content, as the sender defines it. */
  detail: TDetail;
  /** The name of the replay, when the event is replayed from an archive. */
  'replay-name'?: string | undefined;
}

/**
 * Wrapper for the event that Amazon EventBridge sends when a rule or a schedule matches and
 * targets a Lambda function. Scheduled events (`detail-type` `Scheduled Event`, `source`
 * `aws.events`, empty `detail`) have the same shape.
 *
 * `TDetail` types {@link EventBridgeEvent.detail} and `TDetailType` types
 * {@link EventBridgeEvent.detailType}; neither is checked at runtime.
 *
 * @example
 * ```ts
 * import { EventBridgeEvent, type RawEventBridgeEvent } from '@evt/eventbridge';
 *
 * interface InstanceStateChange {
 *   'instance-id': string;
 *   state: 'pending' | 'running' | 'stopping' | 'stopped' | 'terminated';
 * }
 *
 * type Raw = RawEventBridgeEvent<
 *   InstanceStateChange,
 *   'EC2 Instance State-change Notification'
 * >;
 *
 * export const handler = async (raw: Raw) => {
 *   const event = new EventBridgeEvent(raw);
 *   return { instance: event.detail['instance-id'], state: event.detail.state };
 * };
 * ```
 * @example
 * A scheduled event, from an EventBridge rule with a schedule expression:
 * ```ts
 * import { EventBridgeEvent, type RawEventBridgeEvent } from '@evt/eventbridge';
 *
 * type RawScheduled = RawEventBridgeEvent<
 *   Record<string, never>,
 *   'Scheduled Event'
 * >;
 *
 * export const handler = async (raw: RawScheduled) => {
 *   const event = new EventBridgeEvent(raw);
 *   return { rule: event.resources[0], firedAt: event.time };
 * };
 * ```
 * @see https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-events-structure.html
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-scheduled-events.html
 */
export class EventBridgeEvent<
  TDetail = Record<string, unknown>,
  TDetailType extends string = string,
> extends EventWrapper<RawEventBridgeEvent<TDetail, TDetailType>> {
  static override readonly typeName: string = 'EventBridgeEvent';

  /** The unique ID EventBridge gave the event, useful to trace it across rules and targets (`id`). */
  get id(): string {
    return requireString(this, this.raw.id, 'id');
  }

  /** The version of the event envelope, `0` in every event (`version`). */
  get version(): string {
    return requireString(this, this.raw.version, 'version');
  }

  /** The 12-digit ID of the AWS account the event comes from (`account`). */
  get account(): string {
    return requireString(this, this.raw.account, 'account');
  }

  /**
   * The event's timestamp in ISO 8601 format, set by the sender; for an event that spans an
   * interval it may be the start of it (`time`).
   */
  get time(): string {
    return requireString(this, this.raw.time, 'time');
  }

  /** The AWS Region the event comes from, e.g. `us-east-1` (`region`). */
  get region(): string {
    return requireString(this, this.raw.region, 'region');
  }

  /** The ARNs of the resources the event concerns, at the sender's discretion (`resources`). */
  get resources(): readonly string[] {
    return stringArrayOrEmpty(
      this,
      requireArray(this, this.raw.resources, 'resources'),
      'resources'
    );
  }

  /**
   * The service or application that sent the event; AWS services use names starting with
   * `aws.`, e.g. `aws.ec2` (`source`).
   */
  get source(): string {
    return requireString(this, this.raw.source, 'source');
  }

  /**
   * The kind of event, e.g. `EC2 Instance State-change Notification` or `Scheduled Event`;
   * with `source` it fixes the shape of `detail` (`detail-type`).
   */
  get detailType(): TDetailType {
    return requireString(this, this.raw['detail-type'], 'detail-type');
  }

  /**
   * The event's content, as the sender defines it: the raw object from the event, typed as
   * `TDetail` and not copied (`detail`).
   */
  get detail(): TDetail {
    return requireObject<object>(
      this,
      this.raw.detail as object | null | undefined,
      'detail'
    ) as TDetail;
  }

  /**
   * The name of the replay that sent the event again from an archive (`replay-name`).
   * `undefined` when the event is not a replay.
   */
  get replayName(): string | undefined {
    return optionalString(this, this.raw['replay-name'], 'replay-name');
  }
}
