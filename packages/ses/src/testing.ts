import {
  type BatchOverrides,
  type Filled,
  numbered,
  type Sample,
  sampleRecords,
} from '@evt/core/testing';
import sample from '../test/events/ses-event.json';
import type {
  RawSESEventRecord,
  RawSESMail,
  RawSESMailCommonHeaders,
  RawSESMessage,
  RawSESReceipt,
  RawSESReceiptAction,
  SESReceiptStatusValue,
} from './ses-event';

/**
 * One action type of {@link SampleSESReceiptAction}: its `type`, the fields that type always
 * has, and its optional SNS topic.
 *
 * @typeParam TType The action type.
 * @typeParam TRequired The fields the action type always has.
 */
export type SampleSESReceiptActionOf<
  TType extends string,
  TRequired extends keyof RawSESReceiptAction,
> = Required<Sample<Pick<RawSESReceiptAction, TRequired>>> &
  Sample<Pick<RawSESReceiptAction, Exclude<'topicArn', TRequired>>> & {
    /** The type of the action. */
    type: TType;
  };

/**
 * The action of a receipt as {@link createSESEvent} builds it: one of the action types whose
 * fields `@types/aws-lambda` knows, with the fields that type always has.
 */
export type SampleSESReceiptAction =
  | (SampleSESReceiptActionOf<'S3', 'bucketName' | 'objectKey'> &
      Sample<Pick<RawSESReceiptAction, 'objectKeyPrefix' | 'kmsKeyArn'>>)
  | (SampleSESReceiptActionOf<'SNS', 'topicArn'> &
      Sample<Pick<RawSESReceiptAction, 'encoding'>>)
  | SampleSESReceiptActionOf<
      'Bounce',
      'smtpReplyCode' | 'statusCode' | 'message' | 'sender'
    >
  | SampleSESReceiptActionOf<'Lambda', 'functionArn' | 'invocationType'>
  | (SampleSESReceiptActionOf<'Stop', never> &
      Sample<Pick<RawSESReceiptAction, 'scope'>>)
  | SampleSESReceiptActionOf<'WorkMail', 'organizationArn'>;

/** The receipt of a record as {@link createSESEvent} builds it. */
export interface SampleSESReceipt
  extends Sample<Omit<RawSESReceipt, 'action' | 'dmarcVerdict'>>,
    Filled<Pick<RawSESReceipt, 'dmarcVerdict'>> {
  /** The action that ran: `Lambda` in the sample. */
  action: SampleSESReceiptAction;
}

/** The email of a record as {@link createSESEvent} builds it. */
export interface SampleSESMail
  extends Sample<Omit<RawSESMail, 'commonHeaders'>> {
  /** The headers Amazon SES parses out of the email. */
  commonHeaders: Sample<
    Omit<RawSESMailCommonHeaders, 'returnPath' | 'messageId'>
  > &
    Filled<Pick<RawSESMailCommonHeaders, 'returnPath' | 'messageId'>>;
}

/** The SES part of a record as {@link createSESEvent} builds it. */
export interface SampleSESMessage
  extends Sample<Omit<RawSESMessage, 'receipt' | 'mail'>> {
  /** The email. */
  mail: SampleSESMail;
  /** How Amazon SES handled the email. */
  receipt: SampleSESReceipt;
}

/** One record as {@link createSESEvent} builds it. */
export interface SampleSESEventRecord
  extends Sample<Omit<RawSESEventRecord, 'ses'>> {
  /** The email and how Amazon SES handled it. */
  ses: SampleSESMessage;
}

/**
 * The SES event {@link createSESEvent} returns: a fresh copy that fits both `SESEvent`'s
 * constructor and the `SESEvent` of `@types/aws-lambda` (and so an `SESHandler`).
 */
export interface SampleSESEvent {
  /** The records of the event, one email each. */
  Records: SampleSESEventRecord[];
}

/**
 * The fields of the sample SES event that {@link createSESEvent} can replace, in every
 * record. SES events carry the headers of an email, not its content: `records` gives each
 * email its own headers and verdicts. The count and `records` each set the number of records;
 * records are copies of the sample record with numbered message IDs.
 */
export interface SESEventOverrides
  extends BatchOverrides<SampleSESEventRecord> {
  /** The envelope `MAIL FROM` address (`mail.source`). */
  readonly source?: string | undefined;
  /** The addresses of the `From` header (`mail.commonHeaders.from`). */
  readonly from?: readonly string[] | undefined;
  /** The addresses of the `To` header (`mail.commonHeaders.to`) and of `mail.destination`. */
  readonly to?: readonly string[] | undefined;
  /** The subject (`mail.commonHeaders.subject`). */
  readonly subject?: string | undefined;
  /** The ID Amazon SES gave the email (`mail.messageId`). */
  readonly messageId?: string | undefined;
  /** The recipients the receipt rule matched (`receipt.recipients`). */
  readonly recipients?: readonly string[] | undefined;
  /** The outcome written into all five verdicts (`receipt.*Verdict.status`). */
  readonly verdict?: SESReceiptStatusValue | undefined;
  /** The action that ran, replacing the sample's Lambda action (`receipt.action`). */
  readonly action?: SampleSESReceiptAction | undefined;
}

/**
 * Builds a sample SES receipt event (the Lambda action sample from the AWS documentation),
 * as a fresh copy you may change.
 *
 * @param overrides The number of records and the fields to replace in them.
 * @returns The raw event; it fits the `SESEvent` of `@types/aws-lambda` as it is.
 * @throws {TypeError} when `count` and `records` ask for different numbers of records.
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
export function createSESEvent(
  overrides: SESEventOverrides = {}
): SampleSESEvent {
  const event = structuredClone(sample) as SampleSESEvent;
  const template = event.Records[0] as SampleSESEventRecord;
  event.Records = sampleRecords(event.Records, overrides, {
    factory: 'createSESEvent',
    copy: (index) => {
      const record = structuredClone(template);
      record.ses.mail.messageId = numbered(record.ses.mail.messageId, index);
      return record;
    },
    each: (record) => {
      const { mail, receipt } = record.ses;
      if (overrides.source !== undefined) mail.source = overrides.source;
      if (overrides.from !== undefined) {
        mail.commonHeaders.from = [...overrides.from];
      }
      if (overrides.to !== undefined) {
        mail.commonHeaders.to = [...overrides.to];
        mail.destination = [...overrides.to];
      }
      if (overrides.subject !== undefined) {
        mail.commonHeaders.subject = overrides.subject;
      }
      if (overrides.messageId !== undefined) {
        mail.messageId = overrides.messageId;
      }
      if (overrides.recipients !== undefined) {
        receipt.recipients = [...overrides.recipients];
      }
      if (overrides.verdict !== undefined) {
        const status = overrides.verdict;
        receipt.spamVerdict = { status };
        receipt.virusVerdict = { status };
        receipt.spfVerdict = { status };
        receipt.dkimVerdict = { status };
        receipt.dmarcVerdict = { status };
      }
      if (overrides.action !== undefined) {
        receipt.action = structuredClone(overrides.action);
      }
    },
  });
  return event;
}
