import type { RawEventBridgeEvent } from './event-bridge-event';

/** Any value's named fields, read without throwing on primitives, `null` or `undefined`. */
type Fields = { readonly [name: string]: unknown } | null | undefined;

/**
 * Whether a value is an event Amazon EventBridge delivers (from a rule or a schedule): it has a
 * `detail-type` and a `source`. This is the generic reading: events of a service that has its
 * own class (an S3 notification through EventBridge, say) are EventBridge events too.
 */
export function isEventBridgeEvent(raw: unknown): raw is RawEventBridgeEvent {
  const event = raw as Fields;
  return (
    typeof event?.['detail-type'] === 'string' &&
    typeof event.source === 'string'
  );
}
