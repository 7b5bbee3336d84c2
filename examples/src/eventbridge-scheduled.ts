import {
  EventBridgeEvent,
  type RawEventBridgeEvent,
  type ScheduledEventDetail,
  type ScheduledEventDetailType,
} from '@evt/eventbridge';

/** The event an EventBridge rule with a schedule expression sends. */
type RawScheduledEvent = RawEventBridgeEvent<
  ScheduledEventDetail,
  ScheduledEventDetailType
>;

/** A nightly job started by an EventBridge schedule rule. */
export const handler = async (raw: RawScheduledEvent) => {
  const event = new EventBridgeEvent(raw);
  return {
    id: event.id,
    scheduled: event.source === 'aws.events',
    detailType: event.detailType,
    rule: event.resources[0] ?? null,
    firedAt: event.time,
    region: event.region,
    detailKeys: Object.keys(event.detail).length,
    replay: event.replayName ?? null,
  };
};
