import sample from '../test/events/ses-event.json';
import type {
  RawSESEvent,
  RawSESEventRecord,
  RawSESReceiptAction,
  SESReceiptStatusValue,
} from './ses-event';

/** The fields of the sample SES event that {@link createSESEvent} can replace. */
export interface SESEventOverrides {
  /** The envelope `MAIL FROM` address (`mail.source`). */
  readonly source?: string;
  /** The addresses of the `From` header (`mail.commonHeaders.from`). */
  readonly from?: string[];
  /** The addresses of the `To` header (`mail.commonHeaders.to`) and of `mail.destination`. */
  readonly to?: string[];
  /** The subject (`mail.commonHeaders.subject`). */
  readonly subject?: string;
  /** The ID Amazon SES gave the email (`mail.messageId`). */
  readonly messageId?: string;
  /** The recipients the receipt rule matched (`receipt.recipients`). */
  readonly recipients?: string[];
  /** The outcome written into all five verdicts (`receipt.*Verdict.status`). */
  readonly verdict?: SESReceiptStatusValue;
  /** The action that ran, replacing the sample's Lambda action (`receipt.action`). */
  readonly action?: RawSESReceiptAction;
}

/**
 * Builds a sample SES receipt event (the Lambda action sample from the AWS documentation),
 * as a fresh copy you may change.
 *
 * @param overrides The fields to replace in the sample.
 * @returns The raw event.
 * @example
 * ```ts
 * import { SESEvent } from '@evt/ses';
 * import { createSESEvent } from '@evt/ses/testing';
 *
 * const event = new SESEvent(
 *   createSESEvent({ subject: 'Invoice 42', verdict: 'FAIL' })
 * );
 * event.receipt.spamVerdict.status; // 'FAIL'
 * ```
 */
export function createSESEvent(overrides: SESEventOverrides = {}): RawSESEvent {
  const event = structuredClone(sample) as RawSESEvent;
  const { mail, receipt } = (event.Records[0] as RawSESEventRecord).ses;
  if (overrides.source !== undefined) mail.source = overrides.source;
  if (overrides.from !== undefined) mail.commonHeaders.from = overrides.from;
  if (overrides.to !== undefined) {
    mail.commonHeaders.to = [...overrides.to];
    mail.destination = [...overrides.to];
  }
  if (overrides.subject !== undefined) {
    mail.commonHeaders.subject = overrides.subject;
  }
  if (overrides.messageId !== undefined) mail.messageId = overrides.messageId;
  if (overrides.recipients !== undefined) {
    receipt.recipients = overrides.recipients;
  }
  if (overrides.verdict !== undefined) {
    const status = overrides.verdict;
    receipt.spamVerdict = { status };
    receipt.virusVerdict = { status };
    receipt.spfVerdict = { status };
    receipt.dkimVerdict = { status };
    receipt.dmarcVerdict = { status };
  }
  if (overrides.action !== undefined) receipt.action = { ...overrides.action };
  return event;
}
