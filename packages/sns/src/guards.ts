import type { RawSNSEvent } from './sns-event';

/**
 * Whether a value is an event Amazon SNS sends to a Lambda function: its first record's
 * `EventSource` is `aws:sns`. An SES notification published through SNS is still this: the
 * SES message is the record's `Sns.Message` text. Only the field that names the source is
 * checked, not every field {@link SNSEvent} reads.
 *
 * @example
 * ```ts
 * import { isSNSEvent, SNSEvent } from '@evt/sns';
 *
 * export const handler = async (raw: unknown) =>
 *   isSNSEvent(raw) ? new SNSEvent(raw).records.map((record) => record.sns.messageId) : [];
 * ```
 */
export function isSNSEvent(raw: unknown): raw is RawSNSEvent {
  const records = (raw as { Records?: unknown } | null | undefined)?.Records;
  return Array.isArray(records) && records[0]?.EventSource === 'aws:sns';
}
