import {
  checkPlainWrapper,
  EventBridgeEnvelope,
  type EventOptions,
  extendEventWrapper,
  type RawEventBridgeEnvelope,
  requireObject,
} from '@evt/core';

/**
 * An event that Amazon EventBridge delivers to a Lambda target, as AWS documents it: the
 * EventBridge envelope around the sender's `detail`. `TDetail` is the shape of `detail`,
 * `TDetailType` the value of `detail-type`.
 */
export interface RawEventBridgeEvent<
  TDetail = Record<string, unknown>,
  TDetailType extends string = string,
> extends RawEventBridgeEnvelope<TDetailType> {
  /** The event's content, as the sender defines it. */
  detail: TDetail;
}

export interface EventBridgeEvent<
  TDetail = Record<string, unknown>,
  TDetailType extends string = string,
> extends EventBridgeEnvelope<
    RawEventBridgeEvent<TDetail, TDetailType>,
    TDetailType
  > {}
/**
 * Wrapper for the event that Amazon EventBridge sends when a rule or a schedule matches and
 * targets a Lambda function. Scheduled events (`detail-type` `Scheduled Event`, `source`
 * `aws.events`, empty `detail`) have the same shape.
 *
 * The envelope getters (`id`, `account`, `time`, `region`, `resources`, `source`,
 * `detailType`, `version`, `replayName`) are those every EventBridge event shares. `TDetail`
 * types {@link EventBridgeEvent.detail} and `TDetailType` types
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
> {
  /** The class name used in error messages and the debug view. */
  static readonly typeName: string = /* @__PURE__ */ extendEventWrapper(
    EventBridgeEvent,
    'EventBridgeEvent',
    EventBridgeEnvelope
  );
  declare protected readonly raw: RawEventBridgeEvent<TDetail, TDetailType>;
  declare protected readonly options: EventOptions | undefined;

  /**
   * @param raw The raw value this class describes.
   * @param options The decoding options; evt passes them on, with the value's place in the
   * event, to the parts it wraps.
   */
  constructor(
    raw: RawEventBridgeEvent<TDetail, TDetailType>,
    options?: EventOptions
  ) {
    this.raw = raw;
    this.options = options;
    checkPlainWrapper(this, raw, options);
  }

  /**
   * The event's content, as the sender defines it: the raw object from the event, typed as
   * `TDetail` and not copied (`detail`).
   */
  get detail(): TDetail {
    return requireObject(
      this,
      this.raw.detail as object | null | undefined,
      'detail'
    ) as TDetail;
  }
}
