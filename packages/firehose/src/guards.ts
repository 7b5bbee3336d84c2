import type { RawKinesisFirehoseEvent } from './kinesis-firehose-event';

/** Any value's named fields, read without throwing on primitives, `null` or `undefined`. */
type Fields = { readonly [name: string]: unknown } | null | undefined;

/**
 * Whether a value is an Amazon Data Firehose data-transformation event (from a direct PUT, a
 * Kinesis stream or an MSK cluster): it has a `deliveryStreamArn`, an `invocationId` and a
 * list of `records`.
 */
export function isKinesisFirehoseEvent(
  raw: unknown
): raw is RawKinesisFirehoseEvent {
  const event = raw as Fields;
  return (
    typeof event?.deliveryStreamArn === 'string' &&
    typeof event.invocationId === 'string' &&
    Array.isArray(event.records)
  );
}
