import { type DeepPartial, mergeDeep, type Sample } from '@evt/core/testing';
import sample from '../test/events/event-bridge-event.json';
import scheduledSample from '../test/events/event-bridge-event.scheduled.json';
import type { RawEventBridgeEvent } from './event-bridge-event';

/**
 * The event {@link createEventBridgeEvent} returns: a fresh copy that fits both
 * `EventBridgeEvent`'s constructor and the `EventBridgeEvent` of `@types/aws-lambda` (and so
 * an `EventBridgeHandler` or a `ScheduledHandler`).
 *
 * @typeParam TDetail The type of `detail`.
 * @typeParam TDetailType The kind of event (`detail-type`).
 */
export interface SampleEventBridgeEvent<
  TDetail = Record<string, unknown>,
  TDetailType extends string = string,
> extends Sample<
    Omit<
      RawEventBridgeEvent,
      'version' | 'resources' | 'detail' | 'detail-type'
    >
  > {
  /** The version of the envelope, `0`. */
  version: string;
  /** The ARNs of the resources the event is about. */
  resources: string[];
  /** The kind of event. */
  'detail-type': TDetailType;
  /** The event's content. */
  detail: TDetail;
}

/** The fields of the sample EventBridge event that {@link createEventBridgeEvent} can replace. */
export interface EventBridgeEventOverrides<
  TDetail = Record<string, unknown>,
  TDetailType extends string = string,
> {
  /**
   * Start from the documented scheduled event (`Scheduled Event` from `aws.events`, empty
   * `detail`) instead of the EC2 instance state-change sample.
   */
  readonly scheduled?: boolean;
  /** The event ID (`id`). */
  readonly id?: string | undefined;
  /** The sender (`source`). */
  readonly source?: string | undefined;
  /** The kind of event (`detail-type`). */
  readonly detailType?: TDetailType | undefined;
  /** The event's content (`detail`), replacing the sample's. */
  readonly detail?: TDetail | undefined;
  /** The timestamp (`time`). */
  readonly time?: string | undefined;
  /** The account ID (`account`). */
  readonly account?: string | undefined;
  /** The Region (`region`). */
  readonly region?: string | undefined;
  /** The ARNs of the resources (`resources`). */
  readonly resources?: readonly string[] | undefined;
  /** The replay name (`replay-name`); set it to build a replayed event. */
  readonly replayName?: string | undefined;
  /** Changes merged into the whole event, at any depth, applied last. */
  readonly event?:
    | DeepPartial<SampleEventBridgeEvent<TDetail, TDetailType>>
    | undefined;
}

/**
 * Builds a sample EventBridge event (the EC2 instance state-change sample from the AWS
 * documentation, or the scheduled event sample with `scheduled: true`), as a fresh copy you
 * may change.
 *
 * @typeParam TDetail The type of `detail`.
 * @typeParam TDetailType The kind of event.
 * @param overrides The fields to replace in the sample.
 * @returns The raw event; it fits the `EventBridgeEvent` of `@types/aws-lambda` as it is.
 * @example
 * ```ts
 * import { EventBridgeEvent } from '@evt/eventbridge';
 * import { createEventBridgeEvent } from '@evt/eventbridge/testing';
 *
 * const event = new EventBridgeEvent(
 *   createEventBridgeEvent({
 *     source: 'com.example.orders',
 *     detailType: 'Order Placed',
 *     detail: { orderId: 'o-1' },
 *   })
 * );
 * event.detail.orderId; // 'o-1'
 * ```
 */
export function createEventBridgeEvent<
  TDetail = Record<string, unknown>,
  TDetailType extends string = string,
>(
  overrides: EventBridgeEventOverrides<TDetail, TDetailType> = {}
): SampleEventBridgeEvent<TDetail, TDetailType> {
  const event = structuredClone(
    overrides.scheduled ? scheduledSample : sample
  ) as SampleEventBridgeEvent as SampleEventBridgeEvent<TDetail, TDetailType>;
  if (overrides.id !== undefined) event.id = overrides.id;
  if (overrides.source !== undefined) event.source = overrides.source;
  if (overrides.detailType !== undefined) {
    event['detail-type'] = overrides.detailType;
  }
  if (overrides.detail !== undefined) {
    event.detail = structuredClone(overrides.detail);
  }
  if (overrides.time !== undefined) event.time = overrides.time;
  if (overrides.account !== undefined) event.account = overrides.account;
  if (overrides.region !== undefined) event.region = overrides.region;
  if (overrides.resources !== undefined) {
    event.resources = [...overrides.resources];
  }
  if (overrides.replayName !== undefined) {
    event['replay-name'] = overrides.replayName;
  }
  return mergeDeep(event, overrides.event);
}
