import type { RawKinesisStreamEvent } from './kinesis-stream-event';

/**
 * Whether a value is an event a Kinesis data stream sends to a Lambda function (plain or with
 * a tumbling window): its first record's `eventSource` is `aws:kinesis`. Only the field that
 * names the source is checked, not every field {@link KinesisStreamEvent} reads.
 *
 * @example
 * ```ts
 * import { isKinesisStreamEvent, KinesisStreamEvent } from '@evt/kinesis';
 *
 * export const handler = async (raw: unknown) =>
 *   isKinesisStreamEvent(raw)
 *     ? new KinesisStreamEvent(raw).records.map((record) => record.kinesis.sequenceNumber)
 *     : [];
 * ```
 */
export function isKinesisStreamEvent(
  raw: unknown
): raw is RawKinesisStreamEvent {
  const records = (raw as { Records?: unknown } | null | undefined)?.Records;
  return Array.isArray(records) && records[0]?.eventSource === 'aws:kinesis';
}
