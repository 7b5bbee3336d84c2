import type { RawActiveMQEvent } from './active-mq-event';
import type { RawRabbitMQEvent } from './rabbit-mq-event';

/** Any value's named fields, read without throwing on primitives, `null` or `undefined`. */
type Fields = { readonly [name: string]: unknown } | null | undefined;

/**
 * Whether a value is an event from an Amazon MQ for ActiveMQ broker: `eventSource` is
 * `aws:mq` (or `aws:amq`, as older events say) and it has a list of `messages`.
 */
export function isActiveMQEvent(raw: unknown): raw is RawActiveMQEvent {
  const event = raw as Fields;
  const source = event?.eventSource;
  return (
    (source === 'aws:mq' || source === 'aws:amq') &&
    Array.isArray(event?.messages)
  );
}

/**
 * Whether a value is an event from an Amazon MQ for RabbitMQ broker: `eventSource` is
 * `aws:rmq`.
 */
export function isRabbitMQEvent(raw: unknown): raw is RawRabbitMQEvent {
  return (raw as Fields)?.eventSource === 'aws:rmq';
}
