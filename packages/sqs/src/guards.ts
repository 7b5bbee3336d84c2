import type { RawSQSEvent } from './sqs-event';

/**
 * Whether a value is an event Amazon SQS sends to a Lambda function: its first record's
 * `eventSource` is `aws:sqs`. Only the field that names the source is checked, not every field
 * {@link SQSEvent} reads; an event with no records cannot be told apart and is not one.
 *
 * @example
 * ```ts
 * import { isSQSEvent, SQSEvent } from '@evt/sqs';
 *
 * export const handler = async (raw: unknown) => {
 *   if (!isSQSEvent(raw)) throw new TypeError('not an SQS event');
 *   return new SQSEvent(raw).records.map((record) => record.messageId);
 * };
 * ```
 */
export function isSQSEvent(raw: unknown): raw is RawSQSEvent {
  const records = (raw as { Records?: unknown } | null | undefined)?.Records;
  return Array.isArray(records) && records[0]?.eventSource === 'aws:sqs';
}
