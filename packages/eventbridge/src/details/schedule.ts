// The `detail` of the event a schedule sends through EventBridge (`source` `aws.events`). Types
// only.

/**
 * The `detail` of the event EventBridge sends when a schedule fires (a rule with a
 * `rate(...)` or `cron(...)` schedule expression): always empty. The rule's ARN is in the
 * event's `resources`.
 *
 * EventBridge Scheduler, the separate scheduling service, sends no EventBridge event to a
 * Lambda target: the function receives the schedule's input as it was set, with any context
 * attribute placeholders (`<aws.scheduler.scheduled-time>` and the like) filled in. Read such an
 * input as your own type, not with {@link EventBridgeEvent}. A schedule that targets an event
 * bus (`PutEvents`) delivers an event with the `source`, `detail-type` and `detail` the
 * schedule sets.
 *
 * @example
 * ```ts
 * import {
 *   EventBridgeEvent,
 *   type RawEventBridgeEvent,
 *   type ScheduledEventDetail,
 *   type ScheduledEventDetailType,
 * } from '@evt/eventbridge';
 *
 * export const handler = async (
 *   raw: RawEventBridgeEvent<ScheduledEventDetail, ScheduledEventDetailType>
 * ) => {
 *   const event = new EventBridgeEvent(raw);
 *   return { rule: event.resources[0], firedAt: event.time };
 * };
 * ```
 * @see https://docs.aws.amazon.com/eventbridge/latest/userguide/event-reference.html
 * @see https://docs.aws.amazon.com/scheduler/latest/UserGuide/managing-schedule-context-attributes.html
 */
export type ScheduledEventDetail = Record<string, never>;

/** The `detail-type` of the event a schedule sends through EventBridge. */
export type ScheduledEventDetailType = 'Scheduled Event';
