import type { RawSESEvent } from './ses-event';

/**
 * Whether a value is an event an Amazon SES receipt rule's Lambda action sends: its first
 * record's `eventSource` is `aws:ses`. Only the field that names the source is checked, not
 * every field {@link SESEvent} reads.
 *
 * @example
 * ```ts
 * import { isSESEvent, SESEvent } from '@evt/ses';
 *
 * export const handler = async (raw: unknown) =>
 *   isSESEvent(raw) ? new SESEvent(raw).records[0]?.ses.mail.messageId : undefined;
 * ```
 */
export function isSESEvent(raw: unknown): raw is RawSESEvent {
  const records = (raw as { Records?: unknown } | null | undefined)?.Records;
  return Array.isArray(records) && records[0]?.eventSource === 'aws:ses';
}
