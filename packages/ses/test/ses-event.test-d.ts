import type {
  SESEvent as AwsSESEvent,
  SESEventRecord as AwsSESEventRecord,
  SESMail as AwsSESMail,
  SESMailCommonHeaders as AwsSESMailCommonHeaders,
  SESMailHeader as AwsSESMailHeader,
  SESMessage as AwsSESMessage,
  SESReceipt as AwsSESReceipt,
  SESReceiptStatus as AwsSESReceiptStatus,
} from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type RawSESEvent,
  type RawSESEventRecord,
  type RawSESMail,
  type RawSESMailCommonHeaders,
  type RawSESMailHeader,
  type RawSESMessage,
  type RawSESReceipt,
  type RawSESReceiptAction,
  type RawSESReceiptStatus,
  type SESDmarcPolicy,
  SESEvent,
  type SESEventRecord,
  type SESMail,
  type SESMailCommonHeaders,
  type SESMailHeader,
  type SESMessage,
  type SESReceipt,
  type SESReceiptAction,
  type SESReceiptActionType,
  type SESReceiptStatus,
  type SESReceiptStatusValue,
} from '../src/index';
import { createSESEvent } from '../src/testing';

describe('SESEvent types', () => {
  it('accepts the @types/aws-lambda event', () => {
    expectTypeOf<AwsSESEvent>().toExtend<RawSESEvent>();
    expectTypeOf<AwsSESEventRecord>().toExtend<RawSESEventRecord>();
    expectTypeOf<AwsSESMessage>().toExtend<RawSESMessage>();
    expectTypeOf<AwsSESMail>().toExtend<RawSESMail>();
    expectTypeOf<AwsSESMailHeader>().toExtend<RawSESMailHeader>();
    expectTypeOf<AwsSESMailCommonHeaders>().toExtend<RawSESMailCommonHeaders>();
    expectTypeOf<AwsSESReceipt>().toExtend<RawSESReceipt>();
    expectTypeOf<AwsSESReceiptStatus>().toExtend<RawSESReceiptStatus>();
    expectTypeOf<AwsSESReceipt['action']>().toExtend<RawSESReceiptAction>();
    expectTypeOf<typeof SESEvent>().toBeConstructibleWith({} as AwsSESEvent);
  });

  it('types the records and their parts', () => {
    const event = new SESEvent(createSESEvent());

    expectTypeOf(event.records).toEqualTypeOf<readonly SESEventRecord[]>();
    expectTypeOf(event.record).toEqualTypeOf<SESEventRecord>();
    expectTypeOf(event.mail).toEqualTypeOf<SESMail>();
    expectTypeOf(event.receipt).toEqualTypeOf<SESReceipt>();
    expectTypeOf(event.rawEvent).toEqualTypeOf<RawSESEvent>();
    expectTypeOf(event.record.eventSource).toEqualTypeOf<string>();
    expectTypeOf(event.record.eventVersion).toEqualTypeOf<string>();
    expectTypeOf(event.record.ses).toEqualTypeOf<SESMessage>();
  });

  it('types the mail', () => {
    const mail = new SESEvent(createSESEvent()).mail;

    expectTypeOf(mail.timestamp).toEqualTypeOf<string>();
    expectTypeOf(mail.source).toEqualTypeOf<string>();
    expectTypeOf(mail.messageId).toEqualTypeOf<string>();
    expectTypeOf(mail.destination).toEqualTypeOf<readonly string[]>();
    expectTypeOf(mail.headersTruncated).toEqualTypeOf<boolean>();
    expectTypeOf(mail.headers).toEqualTypeOf<readonly SESMailHeader[]>();
    expectTypeOf(mail.commonHeaders).toEqualTypeOf<SESMailCommonHeaders>();
    expectTypeOf(mail.commonHeaders.from).toEqualTypeOf<readonly string[]>();
    expectTypeOf(mail.commonHeaders.cc).toEqualTypeOf<readonly string[]>();
    expectTypeOf(mail.commonHeaders.to).toEqualTypeOf<readonly string[]>();
    expectTypeOf(mail.commonHeaders.subject).toEqualTypeOf<
      string | undefined
    >();
    expectTypeOf(mail.commonHeaders.messageId).toEqualTypeOf<
      string | undefined
    >();
    expectTypeOf(mail.commonHeaders.returnPath).toEqualTypeOf<
      string | undefined
    >();
    expectTypeOf(mail.headers[0]?.name).toEqualTypeOf<string | undefined>();
  });

  it('types the receipt', () => {
    const receipt = new SESEvent(createSESEvent()).receipt;

    expectTypeOf(receipt.processingTimeMillis).toEqualTypeOf<number>();
    expectTypeOf(receipt.recipients).toEqualTypeOf<readonly string[]>();
    expectTypeOf(receipt.spamVerdict).toEqualTypeOf<SESReceiptStatus>();
    expectTypeOf(
      receipt.spamVerdict.status
    ).toEqualTypeOf<SESReceiptStatusValue>();
    expectTypeOf(receipt.dmarcVerdict).toEqualTypeOf<
      SESReceiptStatus | undefined
    >();
    expectTypeOf(receipt.dmarcPolicy).toEqualTypeOf<
      SESDmarcPolicy | undefined
    >();
    expectTypeOf(receipt.action).toEqualTypeOf<SESReceiptAction>();
    expectTypeOf(receipt.action.type).toEqualTypeOf<SESReceiptActionType>();
    expectTypeOf(receipt.action.functionArn).toEqualTypeOf<
      string | undefined
    >();
  });
});
