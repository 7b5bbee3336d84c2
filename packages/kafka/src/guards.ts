import type { RawKafkaEvent } from './kafka-event';

/** Any value's named fields, read without throwing on primitives, `null` or `undefined`. */
type Fields = { readonly [name: string]: unknown } | null | undefined;

/**
 * Whether a value is a Kafka event, from Amazon MSK (`eventSource` `aws:kafka`) or a
 * self-managed cluster (`SelfManagedKafka`), with its `records` by topic and partition.
 */
export function isKafkaEvent(raw: unknown): raw is RawKafkaEvent {
  const event = raw as Fields;
  const source = event?.eventSource;
  return (
    (source === 'aws:kafka' || source === 'SelfManagedKafka') &&
    typeof event?.records === 'object' &&
    event.records !== null
  );
}
