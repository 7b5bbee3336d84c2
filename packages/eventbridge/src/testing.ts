import sample from '../test/events/event-bridge-event.json';
import scheduledSample from '../test/events/event-bridge-event.scheduled.json';
import type { RawEventBridgeEvent } from './event-bridge-event';

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
  readonly id?: string;
  /** The sender (`source`). */
  readonly source?: string;
  /** The kind of event (`detail-type`). */
  readonly detailType?: TDetailType;
  /** The event's content (`detail`). */
  readonly detail?: TDetail;
  /** The timestamp (`time`). */
  readonly time?: string;
  /** The account ID (`account`). */
  readonly account?: string;
  /** The Region (`region`). */
  readonly region?: string;
  /** The ARNs of the resources (`resources`). */
  readonly resources?: string[];
  /** The replay name (`replay-name`); set it to build a replayed event. */
  readonly replayName?: string;
}

/**
 * Builds a sample EventBridge event (the EC2 instance state-change sample from the AWS
 * documentation, or the scheduled event sample with `scheduled: true`), as a fresh copy you
 * may change.
 *
 * @param overrides The fields to replace in the sample.
 * @returns The raw event.
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
): RawEventBridgeEvent<TDetail, TDetailType> {
  const event = structuredClone(
    overrides.scheduled ? scheduledSample : sample
  ) as RawEventBridgeEvent as RawEventBridgeEvent<TDetail, TDetailType>;
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
  return event;
}
