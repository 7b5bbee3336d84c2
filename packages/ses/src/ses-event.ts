import {
  child,
  EventWrapper,
  firstOf,
  optionalChild,
  optionalString,
  requireBoolean,
  requireNumber,
  requireString,
  requireStringArray,
  stringArrayOrEmpty,
  UNSET,
  wrapEach,
} from '@evt/core';

/** The outcome of one of the checks Amazon SES runs on a received email. */
export type SESReceiptStatusValue =
  | 'PASS'
  | 'FAIL'
  | 'GRAY'
  | 'PROCESSING_FAILED'
  | 'DISABLED';

/** The kind of receipt rule action that Amazon SES ran on a received email. */
export type SESReceiptActionType =
  | 'S3'
  | 'SNS'
  | 'Bounce'
  | 'Lambda'
  | 'Stop'
  | 'WorkMail'
  | 'AddHeader';

/** The DMARC policy the sending domain publishes for mail that fails DMARC. */
export type SESDmarcPolicy = 'none' | 'quarantine' | 'reject';

/** One header of the received email, as AWS documents it. */
export interface RawSESMailHeader {
  /** The header name, e.g. `Subject`. */
  name: string;
  /** The header value, e.g. `Test Subject`. */
  value: string;
}

/** The headers that every email carries, as AWS documents them. */
export interface RawSESMailCommonHeaders {
  /** The address in the `Return-Path` header; absent when the email has none. */
  returnPath?: string | undefined;
  /** The addresses in the `From` header. */
  from?: string[] | undefined;
  /** The value of the `Date` header. */
  date: string;
  /** The addresses in the `To` header; absent when the email has none (only `Cc` or `Bcc`). */
  to?: string[] | undefined;
  /** The addresses in the `CC` header, when the email has one. */
  cc?: string[] | undefined;
  /** The addresses in the `BCC` header, when the email has one. */
  bcc?: string[] | undefined;
  /** The addresses in the `Sender` header, when the email has one. */
  sender?: string[] | undefined;
  /** The addresses in the `Reply-To` header, when the email has one. */
  replyTo?: string[] | undefined;
  /** The value of the `Message-ID` header; absent when the email has none. */
  messageId?: string | undefined;
  /** The value of the `Subject` header; absent when the email has none. */
  subject?: string | undefined;
}

/** The description of the received email, as AWS documents it. */
export interface RawSESMail {
  /** The time Amazon SES received the email, in ISO 8601 format. */
  timestamp: string;
  /** The envelope `MAIL FROM` address the email was sent from. */
  source: string;
  /** The ID Amazon SES gave the email (also the S3 object key for the S3 action). */
  messageId: string;
  /** The recipient addresses from the `To` and `CC` headers. */
  destination: string[];
  /** The flag set when Amazon SES cut the headers short for exceeding 10 KB. */
  headersTruncated: boolean;
  /** The email's headers, in order. */
  headers: RawSESMailHeader[];
  /** The headers that every email carries. */
  commonHeaders: RawSESMailCommonHeaders;
}

/** The result of one check Amazon SES ran, as AWS documents it. */
export interface RawSESReceiptStatus {
  /** The outcome, e.g. `PASS`. */
  status: SESReceiptStatusValue;
}

/**
 * The receipt rule action that Amazon SES ran, as AWS documents it. Which fields are present
 * depends on `type`.
 */
export interface RawSESReceiptAction {
  /** The kind of action, e.g. `Lambda`. */
  type: SESReceiptActionType;
  /** The ARN of the Amazon SNS topic the action notified. */
  topicArn?: string | undefined;
  /** The bucket the S3 action wrote the email to. */
  bucketName?: string | undefined;
  /** The key of the object the S3 action wrote the email to. */
  objectKey?: string | undefined;
  /** The key prefix the S3 action is configured with. */
  objectKeyPrefix?: string | undefined;
  /** The ARN of the AWS KMS key the S3 action encrypts the email with. */
  kmsKeyArn?: string | undefined;
  /** The ARN of the IAM role the S3 action writes to the bucket with. */
  iamRoleArn?: string | undefined;
  /** The encoding the SNS action publishes the email in: `UTF-8` or `Base64`. */
  encoding?: string | undefined;
  /** The ARN of the Lambda function the Lambda action invoked. */
  functionArn?: string | undefined;
  /** The way the Lambda action invoked the function: `Event` or `RequestResponse`. */
  invocationType?: string | undefined;
  /** The ARN of the Amazon WorkMail organization the WorkMail action delivered to. */
  organizationArn?: string | undefined;
  /** The SMTP reply code the Bounce action returned, e.g. `550`. */
  smtpReplyCode?: string | undefined;
  /** The SMTP enhanced status code the Bounce action returned, e.g. `5.1.1`. */
  statusCode?: string | undefined;
  /** The text the Bounce action put in the bounce message. */
  message?: string | undefined;
  /** The address the Bounce action sent the bounce message from. */
  sender?: string | undefined;
  /** The scope the Stop action ends processing for: `RuleSet`. */
  scope?: string | undefined;
  /** The name of the header the AddHeader action added. */
  headerName?: string | undefined;
  /** The value of the header the AddHeader action added. */
  headerValue?: string | undefined;
}

/** The description of how Amazon SES handled the email, as AWS documents it. */
export interface RawSESReceipt {
  /** The time the action ran, in ISO 8601 format. */
  timestamp: string;
  /** The milliseconds between receiving the email and running the action. */
  processingTimeMillis: number;
  /** The envelope `RCPT TO` addresses the active receipt rule matched. */
  recipients: string[];
  /** The result of the spam check. */
  spamVerdict: RawSESReceiptStatus;
  /** The result of the virus check. */
  virusVerdict: RawSESReceiptStatus;
  /** The result of the SPF check. */
  spfVerdict: RawSESReceiptStatus;
  /** The result of the DKIM check. */
  dkimVerdict: RawSESReceiptStatus;
  /** The result of the DMARC check; absent from events of receipt rules that predate it. */
  dmarcVerdict?: RawSESReceiptStatus | undefined;
  /** The sending domain's DMARC policy; present only when DMARC failed. */
  dmarcPolicy?: SESDmarcPolicy | undefined;
  /** The action that ran. */
  action: RawSESReceiptAction;
}

/** The SES part of a record, as AWS documents it. */
export interface RawSESMessage {
  /** The received email. */
  mail: RawSESMail;
  /** The description of how Amazon SES handled it. */
  receipt: RawSESReceipt;
}

/** One record of the event, as AWS documents it. */
export interface RawSESEventRecord {
  /** The service the record comes from: `aws:ses`. */
  eventSource: string;
  /** The version of the record format, e.g. `1.0`. */
  eventVersion: string;
  /** The email and its receipt. */
  ses: RawSESMessage;
}

/** The event Amazon SES sends to a Lambda receipt rule action, as AWS documents it. */
export interface RawSESEvent {
  /** The records; Amazon SES sends one per received email. */
  Records: RawSESEventRecord[];
}

/**
 * Wrapper for one header of the email that Amazon SES received.
 *
 * @see https://docs.aws.amazon.com/ses/latest/dg/receiving-email-notifications-contents.html#receiving-email-notifications-contents-mail-object
 */
export class SESMailHeader extends EventWrapper<RawSESMailHeader> {
  static override readonly typeName: string = 'SESMailHeader';

  /** The header name, e.g. `Subject` (`name`). */
  get name(): string {
    return requireString(this, this.raw.name, 'name');
  }

  /** The header value, e.g. `Test Subject` (`value`). */
  get value(): string {
    return requireString(this, this.raw.value, 'value');
  }
}

/**
 * Wrapper for the headers that every email Amazon SES receives carries.
 *
 * @see https://docs.aws.amazon.com/ses/latest/dg/receiving-email-notifications-contents.html#receiving-email-notifications-contents-mail-object
 */
export class SESMailCommonHeaders extends EventWrapper<RawSESMailCommonHeaders> {
  static override readonly typeName: string = 'SESMailCommonHeaders';

  /** The address in the `Return-Path` header (`returnPath`). Undefined when the email has none. */
  get returnPath(): string | undefined {
    return optionalString(this, this.raw.returnPath, 'returnPath');
  }

  /** The addresses in the `From` header (`from`). */
  get from(): readonly string[] {
    return requireStringArray(this, this.raw.from, 'from');
  }

  /** The value of the `Date` header, e.g. `Wed, 7 Oct 2015 12:34:56 -0700` (`date`). */
  get date(): string {
    return requireString(this, this.raw.date, 'date');
  }

  /**
   * The addresses in the `To` header (`to`). Empty array when the email has none, as when it
   * is addressed only by `Cc` or `Bcc`.
   */
  get to(): readonly string[] {
    return stringArrayOrEmpty(this, this.raw.to, 'to');
  }

  /** The value of the `Message-ID` header (`messageId`). Undefined when the email has none. */
  get messageId(): string | undefined {
    return optionalString(this, this.raw.messageId, 'messageId');
  }

  /** The value of the `Subject` header (`subject`). Undefined when the email has none. */
  get subject(): string | undefined {
    return optionalString(this, this.raw.subject, 'subject');
  }

  /** The addresses in the `CC` header (`cc`). Empty array when the email has none. */
  get cc(): readonly string[] {
    return stringArrayOrEmpty(this, this.raw.cc, 'cc');
  }

  /** The addresses in the `BCC` header (`bcc`). Empty array when the email has none. */
  get bcc(): readonly string[] {
    return stringArrayOrEmpty(this, this.raw.bcc, 'bcc');
  }

  /** The addresses in the `Sender` header (`sender`). Empty array when the email has none. */
  get sender(): readonly string[] {
    return stringArrayOrEmpty(this, this.raw.sender, 'sender');
  }

  /** The addresses in the `Reply-To` header (`replyTo`). Empty array when the email has none. */
  get replyTo(): readonly string[] {
    return stringArrayOrEmpty(this, this.raw.replyTo, 'replyTo');
  }
}

/**
 * Wrapper for the description of the email that Amazon SES received.
 *
 * @see https://docs.aws.amazon.com/ses/latest/dg/receiving-email-notifications-contents.html#receiving-email-notifications-contents-mail-object
 */
export class SESMail extends EventWrapper<RawSESMail> {
  static override readonly typeName: string = 'SESMail';
  #headers?: SESMailHeader[];
  #commonHeaders?: SESMailCommonHeaders;

  /** The time Amazon SES received the email, in ISO 8601 format (`timestamp`). */
  get timestamp(): string {
    return requireString(this, this.raw.timestamp, 'timestamp');
  }

  /** The envelope `MAIL FROM` address the email was sent from (`source`). */
  get source(): string {
    return requireString(this, this.raw.source, 'source');
  }

  /**
   * The unique ID Amazon SES gave the email; with the S3 action it is also the key of the
   * object that holds the email (`messageId`).
   */
  get messageId(): string {
    return requireString(this, this.raw.messageId, 'messageId');
  }

  /** The recipient addresses from the email's `To` and `CC` headers (`destination`). */
  get destination(): readonly string[] {
    return requireStringArray(this, this.raw.destination, 'destination');
  }

  /** The flag that says whether the headers were cut short for exceeding 10 KB (`headersTruncated`). */
  get headersTruncated(): boolean {
    return requireBoolean(this, this.raw.headersTruncated, 'headersTruncated');
  }

  /** The email's headers, in the order they appear (`headers`). */
  get headers(): readonly SESMailHeader[] {
    return (this.#headers ??= wrapEach(this, 'headers', SESMailHeader));
  }

  /** The headers that every email carries, already picked out (`commonHeaders`). */
  get commonHeaders(): SESMailCommonHeaders {
    return (this.#commonHeaders ??= child(
      this,
      'commonHeaders',
      SESMailCommonHeaders
    ));
  }
}

/**
 * Wrapper for the result of one check (spam, virus, SPF, DKIM or DMARC) that Amazon SES ran
 * on a received email.
 *
 * @see https://docs.aws.amazon.com/ses/latest/dg/receiving-email-notifications-contents.html#receiving-email-notifications-contents-receipt-object
 */
export class SESReceiptStatus extends EventWrapper<RawSESReceiptStatus> {
  static override readonly typeName: string = 'SESReceiptStatus';

  /**
   * The outcome of the check: `PASS`, `FAIL`, `GRAY`, `PROCESSING_FAILED` or `DISABLED`
   * (`status`).
   */
  get status(): SESReceiptStatusValue {
    return requireString(this, this.raw.status, 'status');
  }
}

/**
 * Wrapper for the receipt rule action that Amazon SES ran on a received email. Which members
 * are set depends on {@link SESReceiptAction.type}; the others are `undefined`.
 *
 * @see https://docs.aws.amazon.com/ses/latest/dg/receiving-email-notifications-contents.html#receiving-email-notifications-contents-action-object
 * @see https://docs.aws.amazon.com/ses/latest/APIReference/API_ReceiptAction.html
 */
export class SESReceiptAction extends EventWrapper<RawSESReceiptAction> {
  static override readonly typeName: string = 'SESReceiptAction';

  /**
   * The kind of action: `S3`, `SNS`, `Bounce`, `Lambda`, `Stop`, `WorkMail` or `AddHeader`
   * (`type`).
   */
  get type(): SESReceiptActionType {
    return requireString(this, this.raw.type, 'type');
  }

  /** The ARN of the Amazon SNS topic the action notified (`topicArn`). */
  get topicArn(): string | undefined {
    return optionalString(this, this.raw.topicArn, 'topicArn');
  }

  /** The bucket the S3 action wrote the email to (`bucketName`). */
  get bucketName(): string | undefined {
    return optionalString(this, this.raw.bucketName, 'bucketName');
  }

  /** The key of the object the S3 action wrote the email to (`objectKey`). */
  get objectKey(): string | undefined {
    return optionalString(this, this.raw.objectKey, 'objectKey');
  }

  /** The key prefix the S3 action is configured with (`objectKeyPrefix`). */
  get objectKeyPrefix(): string | undefined {
    return optionalString(this, this.raw.objectKeyPrefix, 'objectKeyPrefix');
  }

  /** The ARN of the AWS KMS key the S3 action encrypts the email with (`kmsKeyArn`). */
  get kmsKeyArn(): string | undefined {
    return optionalString(this, this.raw.kmsKeyArn, 'kmsKeyArn');
  }

  /** The ARN of the IAM role the S3 action writes to the bucket with (`iamRoleArn`). */
  get iamRoleArn(): string | undefined {
    return optionalString(this, this.raw.iamRoleArn, 'iamRoleArn');
  }

  /** The encoding the SNS action publishes the email in, `UTF-8` or `Base64` (`encoding`). */
  get encoding(): string | undefined {
    return optionalString(this, this.raw.encoding, 'encoding');
  }

  /** The ARN of the Lambda function the Lambda action invoked (`functionArn`). */
  get functionArn(): string | undefined {
    return optionalString(this, this.raw.functionArn, 'functionArn');
  }

  /**
   * The way the Lambda action invoked the function, `Event` or `RequestResponse`
   * (`invocationType`).
   */
  get invocationType(): string | undefined {
    return optionalString(this, this.raw.invocationType, 'invocationType');
  }

  /** The ARN of the Amazon WorkMail organization the WorkMail action delivered to (`organizationArn`). */
  get organizationArn(): string | undefined {
    return optionalString(this, this.raw.organizationArn, 'organizationArn');
  }

  /** The SMTP reply code the Bounce action returned, e.g. `550` (`smtpReplyCode`). */
  get smtpReplyCode(): string | undefined {
    return optionalString(this, this.raw.smtpReplyCode, 'smtpReplyCode');
  }

  /** The SMTP enhanced status code the Bounce action returned, e.g. `5.1.1` (`statusCode`). */
  get statusCode(): string | undefined {
    return optionalString(this, this.raw.statusCode, 'statusCode');
  }

  /** The text the Bounce action put in the bounce message (`message`). */
  get message(): string | undefined {
    return optionalString(this, this.raw.message, 'message');
  }

  /** The address the Bounce action sent the bounce message from (`sender`). */
  get sender(): string | undefined {
    return optionalString(this, this.raw.sender, 'sender');
  }

  /** The scope the Stop action ends processing for, `RuleSet` (`scope`). */
  get scope(): string | undefined {
    return optionalString(this, this.raw.scope, 'scope');
  }

  /** The name of the header the AddHeader action added (`headerName`). */
  get headerName(): string | undefined {
    return optionalString(this, this.raw.headerName, 'headerName');
  }

  /** The value of the header the AddHeader action added (`headerValue`). */
  get headerValue(): string | undefined {
    return optionalString(this, this.raw.headerValue, 'headerValue');
  }
}

/**
 * Wrapper for the description of how Amazon SES handled a received email: the checks it ran
 * and the action it took.
 *
 * @see https://docs.aws.amazon.com/ses/latest/dg/receiving-email-notifications-contents.html#receiving-email-notifications-contents-receipt-object
 */
export class SESReceipt extends EventWrapper<RawSESReceipt> {
  static override readonly typeName: string = 'SESReceipt';
  #spamVerdict?: SESReceiptStatus;
  #virusVerdict?: SESReceiptStatus;
  #spfVerdict?: SESReceiptStatus;
  #dkimVerdict?: SESReceiptStatus;
  #dmarcVerdict: SESReceiptStatus | undefined | typeof UNSET = UNSET;
  #action?: SESReceiptAction;

  /** The time the action ran, in ISO 8601 format (`timestamp`). */
  get timestamp(): string {
    return requireString(this, this.raw.timestamp, 'timestamp');
  }

  /**
   * The milliseconds between Amazon SES receiving the email and running the action
   * (`processingTimeMillis`).
   */
  get processingTimeMillis(): number {
    return requireNumber(
      this,
      this.raw.processingTimeMillis,
      'processingTimeMillis'
    );
  }

  /**
   * The envelope `RCPT TO` addresses the active receipt rule matched; they may differ from
   * the mail's `destination` (`recipients`).
   */
  get recipients(): readonly string[] {
    return requireStringArray(this, this.raw.recipients, 'recipients');
  }

  /** The result of the spam check (`spamVerdict`). */
  get spamVerdict(): SESReceiptStatus {
    return (this.#spamVerdict ??= child(this, 'spamVerdict', SESReceiptStatus));
  }

  /** The result of the virus check (`virusVerdict`). */
  get virusVerdict(): SESReceiptStatus {
    return (this.#virusVerdict ??= child(
      this,
      'virusVerdict',
      SESReceiptStatus
    ));
  }

  /** The result of the Sender Policy Framework (SPF) check (`spfVerdict`). */
  get spfVerdict(): SESReceiptStatus {
    return (this.#spfVerdict ??= child(this, 'spfVerdict', SESReceiptStatus));
  }

  /** The result of the DomainKeys Identified Mail (DKIM) check (`dkimVerdict`). */
  get dkimVerdict(): SESReceiptStatus {
    return (this.#dkimVerdict ??= child(this, 'dkimVerdict', SESReceiptStatus));
  }

  /**
   * The result of the DMARC check (`dmarcVerdict`). Undefined when the event has none, as in
   * events written before SES reported DMARC.
   */
  get dmarcVerdict(): SESReceiptStatus | undefined {
    if (this.#dmarcVerdict === UNSET) {
      this.#dmarcVerdict = optionalChild(
        this,
        'dmarcVerdict',
        SESReceiptStatus
      );
    }
    return this.#dmarcVerdict;
  }

  /**
   * The sending domain's DMARC policy, `none`, `quarantine` or `reject`; AWS sends it only
   * when the email fails DMARC (`dmarcPolicy`). `undefined` when the event has none.
   */
  get dmarcPolicy(): SESDmarcPolicy | undefined {
    return optionalString(this, this.raw.dmarcPolicy, 'dmarcPolicy');
  }

  /** The receipt rule action that ran (`action`). */
  get action(): SESReceiptAction {
    return (this.#action ??= child(this, 'action', SESReceiptAction));
  }
}

/**
 * Wrapper for the SES part of a record: the received email and its receipt.
 *
 * @see https://docs.aws.amazon.com/ses/latest/dg/receiving-email-action-lambda-event.html
 */
export class SESMessage extends EventWrapper<RawSESMessage> {
  static override readonly typeName: string = 'SESMessage';
  #mail?: SESMail;
  #receipt?: SESReceipt;

  /** The description of the received email (`mail`). */
  get mail(): SESMail {
    return (this.#mail ??= child(this, 'mail', SESMail));
  }

  /** The description of how Amazon SES handled the email (`receipt`). */
  get receipt(): SESReceipt {
    return (this.#receipt ??= child(this, 'receipt', SESReceipt));
  }
}

/**
 * Wrapper for one record of the event that Amazon SES sends when a receipt rule runs a Lambda
 * action.
 *
 * @see https://docs.aws.amazon.com/ses/latest/dg/receiving-email-action-lambda-event.html
 */
export class SESEventRecord extends EventWrapper<RawSESEventRecord> {
  static override readonly typeName: string = 'SESEventRecord';
  #ses?: SESMessage;

  /** The service the record comes from, `aws:ses` (`eventSource`). */
  get eventSource(): string {
    return requireString(this, this.raw.eventSource, 'eventSource');
  }

  /** The version of the record format, `<major>.<minor>` such as `1.0` (`eventVersion`). */
  get eventVersion(): string {
    return requireString(this, this.raw.eventVersion, 'eventVersion');
  }

  /** The received email and its receipt (`ses`). */
  get ses(): SESMessage {
    return (this.#ses ??= child(this, 'ses', SESMessage));
  }
}

/**
 * Wrapper for the event that Amazon SES sends when a receipt rule runs a Lambda action on a
 * received email.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-ses.html
 * @see https://docs.aws.amazon.com/ses/latest/dg/receiving-email-action-lambda.html
 * @example
 * ```ts
 * import { SESEvent, type RawSESEvent } from '@evt/ses';
 *
 * export const handler = async (raw: RawSESEvent) => {
 *   const event = new SESEvent(raw);
 *   return {
 *     subject: event.mail.commonHeaders.subject,
 *     from: event.mail.commonHeaders.from,
 *     spam: event.receipt.spamVerdict.status,
 *   };
 * };
 * ```
 */
export class SESEvent extends EventWrapper<RawSESEvent> {
  static override readonly typeName: string = 'SESEvent';
  #records?: SESEventRecord[];

  /** The records of the event, one per received email (`Records`). */
  get records(): readonly SESEventRecord[] {
    return (this.#records ??= wrapEach(this, 'Records', SESEventRecord));
  }

  /**
   * The first record of the event; Amazon SES sends one per invocation (`Records[0]`).
   *
   * @throws {@link MissingFieldError} when the event has no records.
   */
  get record(): SESEventRecord {
    return firstOf(this, this.records, 'Records');
  }

  /** The description of the email in the first record (`Records[0].ses.mail`). */
  get mail(): SESMail {
    return this.record.ses.mail;
  }

  /** The description of how Amazon SES handled the email in the first record (`Records[0].ses.receipt`). */
  get receipt(): SESReceipt {
    return this.record.ses.receipt;
  }
}
