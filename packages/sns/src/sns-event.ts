import {
  checkWrapper,
  child,
  decodeNestedJson,
  type EventOptions,
  EventWrapper,
  extendEventWrapper,
  firstOf,
  locate,
  optionalString,
  parseJson,
  requireString,
  UNSET,
  type WrapperClass,
  wrapEach,
  wrapEntries,
} from '@evt/core';

/** One message attribute of an SNS notification. */
export interface RawSNSMessageAttribute {
  /** The data type: `String`, `String.Array`, `Number` or `Binary`. */
  Type: string;
  /** The value; base64-encoded for `Binary`, a JSON array for `String.Array`. */
  Value: string;
}

/** The SNS notification inside a record, as Lambda delivers it. */
export interface RawSNSMessage {
  /** The version of the SNS signature scheme, `1` or `2`; absent from unsigned FIFO topic messages. */
  SignatureVersion?: string | undefined;
  /** When the notification was published, in ISO 8601 (UTC). */
  Timestamp: string;
  /** The base64-encoded signature of the notification; absent from unsigned FIFO topic messages. */
  Signature?: string | undefined;
  /** The URL of the certificate used to sign the notification (Lambda spelling). */
  SigningCertUrl?: string | undefined;
  /** The URL of the signing certificate, as spelled in HTTP and SQS deliveries. */
  SigningCertURL?: string | undefined;
  /** The unique identifier of the published message. */
  MessageId: string;
  /** The message body, as published. */
  Message: string;
  /** The message attributes, by name. */
  MessageAttributes?: Record<string, RawSNSMessageAttribute> | null | undefined;
  /** The type of message, `Notification` for Lambda deliveries. */
  Type: string;
  /** The URL that unsubscribes the endpoint from the topic (Lambda spelling). */
  UnsubscribeUrl?: string | undefined;
  /** The unsubscribe URL, as spelled in HTTP and SQS deliveries. */
  UnsubscribeURL?: string | undefined;
  /** The ARN of the topic the message was published to. */
  TopicArn: string;
  /** The subject given at publish time; `null` when there was none. */
  Subject?: string | null | undefined;
  /** The confirmation token of a subscription confirmation message. */
  Token?: string | undefined;
}

/** One record of an SNS event. */
export interface RawSNSEventRecord {
  /** The version of the event format, `1.0`. */
  EventVersion: string;
  /** The ARN of the subscription that delivered the notification. */
  EventSubscriptionArn: string;
  /** The event source, `aws:sns`. */
  EventSource: string;
  /** The notification. */
  Sns: RawSNSMessage;
}

/** The event SNS sends to a subscribed Lambda function. */
export interface RawSNSEvent {
  /** The records; SNS sends one per invocation. */
  Records: RawSNSEventRecord[];
}

/**
 * One message attribute of an SNS notification: a data type and a string value.
 *
 * @see https://docs.aws.amazon.com/sns/latest/dg/sns-message-attributes.html
 */
export class SNSMessageAttribute extends EventWrapper<RawSNSMessageAttribute> {
  static override readonly typeName: string = 'SNSMessageAttribute';

  /**
   * The data type of the attribute: `String`, `String.Array`, `Number` or `Binary` (`Type`).
   */
  get type(): string {
    return requireString(this, this.raw.Type, 'Type');
  }

  /**
   * The value of the attribute as text: base64 for `Binary`, a JSON array for
   * `String.Array` (`Value`).
   */
  get value(): string {
    return requireString(this, this.raw.Value, 'Value');
  }
}

// biome-ignore lint/correctness/noUnusedVariables: a merged interface repeats the class's type parameters
export interface SNSMessage<TMessage = unknown>
  extends EventWrapper<RawSNSMessage> {}
/**
 * The notification SNS delivers: the published message with its topic, subject, attributes
 * and signature. Also works on the SNS envelope an SQS queue receives from a topic (pass it
 * to `SQSRecord.decodeNested`).
 *
 * `TMessage` is the type of the parsed JSON message (`jsonMessage`); it defaults to `unknown`.
 *
 * @see https://docs.aws.amazon.com/sns/latest/dg/sns-message-and-json-formats.html
 */
export class SNSMessage<TMessage = unknown> {
  /** The class name used in error messages and the debug view. */
  static readonly typeName: string = /* @__PURE__ */ extendEventWrapper(
    SNSMessage,
    'SNSMessage'
  );
  declare protected readonly raw: RawSNSMessage;
  declare protected readonly options: EventOptions | undefined;

  /**
   * @param raw The raw value this class describes.
   * @param options The decoding options; evt passes them on, with the value's place in the
   * event, to the parts it wraps.
   */
  constructor(raw: RawSNSMessage, options?: EventOptions) {
    this.raw = raw;
    this.options = options;
    checkWrapper(this, raw, options);
  }
  #jsonMessage: TMessage | typeof UNSET = UNSET;
  #messageAttributes?: Readonly<Record<string, SNSMessageAttribute>>;

  /**
   * Whether the message spells its URL fields as Lambda delivers them (`UnsubscribeUrl`,
   * `SigningCertUrl`) rather than as SQS and HTTP deliveries do (`…URL`), so that an error
   * names the field the message has. With neither spelling present, a message under a
   * record's `Sns` is Lambda's.
   */
  get #lambdaSpelling(): boolean {
    const raw = this.raw;
    if (raw.UnsubscribeUrl !== undefined || raw.SigningCertUrl !== undefined) {
      return true;
    }
    if (raw.UnsubscribeURL !== undefined || raw.SigningCertURL !== undefined) {
      return false;
    }
    const path = locate(this, '').path;
    return path === 'Sns' || path.endsWith('.Sns');
  }

  /**
   * The version of the SNS signature scheme, `1` (SHA1) or `2` (SHA256) (`SignatureVersion`).
   * Undefined when the message is not signed, as FIFO topics deliver it.
   */
  get signatureVersion(): string | undefined {
    return optionalString(this, this.raw.SignatureVersion, 'SignatureVersion');
  }

  /** The time the notification was published, in ISO 8601 UTC (`Timestamp`). */
  get timestamp(): string {
    return requireString(this, this.raw.Timestamp, 'Timestamp');
  }

  /**
   * The base64-encoded signature over the message, message ID, subject, type, timestamp and
   * topic ARN (`Signature`). Undefined when the message is not signed, as FIFO topics deliver
   * it.
   */
  get signature(): string | undefined {
    return optionalString(this, this.raw.Signature, 'Signature');
  }

  /**
   * The URL of the certificate that signed the notification (`SigningCertUrl`, or
   * `SigningCertURL` as SQS and HTTP deliveries spell it). Undefined when the message is not
   * signed, as FIFO topics deliver it.
   */
  get signingCertUrl(): string | undefined {
    return this.#lambdaSpelling
      ? optionalString(this, this.raw.SigningCertUrl, 'SigningCertUrl')
      : optionalString(this, this.raw.SigningCertURL, 'SigningCertURL');
  }

  /**
   * The unique identifier of the published message; retries keep the original ID
   * (`MessageId`).
   */
  get messageId(): string {
    return requireString(this, this.raw.MessageId, 'MessageId');
  }

  /** The message body, as published (`Message`). */
  get message(): string {
    return requireString(this, this.raw.Message, 'Message');
  }

  /**
   * The message body parsed as JSON with the event's `jsonDeserializer` (`Message`).
   *
   * @throws {@link DecodeError} when the message is not valid JSON.
   * @example
   * ```ts
   * import { type RawSNSEvent, SNSEvent } from '@evt/sns';
   *
   * interface Alert { level: string }
   *
   * export const handler = async (raw: RawSNSEvent) => {
   *   const event = new SNSEvent<Alert>(raw);
   *   return event.record.sns.jsonMessage.level;
   * };
   * ```
   */
  get jsonMessage(): TMessage {
    if (this.#jsonMessage === UNSET) {
      this.#jsonMessage = parseJson<TMessage>(this.message, {
        owner: this,
        path: 'Message',
      });
    }
    return this.#jsonMessage;
  }

  /**
   * The message attributes, by name (`MessageAttributes`). Empty object when the message has
   * none; reading a name it does not carry gives `undefined`.
   */
  get messageAttributes(): Readonly<Record<string, SNSMessageAttribute>> {
    return (this.#messageAttributes ??= wrapEntries(
      this,
      'MessageAttributes',
      SNSMessageAttribute
    ));
  }

  /** The type of message; `Notification` for deliveries to Lambda (`Type`). */
  get type(): string {
    return requireString(this, this.raw.Type, 'Type');
  }

  /**
   * The URL that unsubscribes the endpoint from the topic (`UnsubscribeUrl`, or
   * `UnsubscribeURL` as SQS and HTTP deliveries spell it).
   */
  get unsubscribeUrl(): string {
    return this.#lambdaSpelling
      ? requireString(this, this.raw.UnsubscribeUrl, 'UnsubscribeUrl')
      : requireString(this, this.raw.UnsubscribeURL, 'UnsubscribeURL');
  }

  /** The ARN of the topic the message was published to (`TopicArn`). */
  get topicArn(): string {
    return requireString(this, this.raw.TopicArn, 'TopicArn');
  }

  /**
   * The subject given when the message was published (`Subject`). Undefined when it was
   * published without one (SNS sends `null`).
   */
  get subject(): string | undefined {
    return optionalString(this, this.raw.Subject, 'Subject');
  }

  /**
   * Parses the message as JSON and wraps it with another source's class, for notifications
   * that carry another service's event (an S3 notification, a CloudFormation stack event).
   *
   * @param DataClass The class to wrap the parsed message with, e.g. `S3Event` from `@evt/s3`.
   * @returns The nested event; errors inside it name the full path, e.g.
   * `SNSEvent: Records[0].Sns.Message.Records[0].s3`.
   * @throws {@link DecodeError} when the message is not valid JSON.
   * @throws {@link FieldTypeError} when the message is JSON but not an object.
   * @example
   * ```ts
   * import { S3Event } from '@evt/s3';
   * import { type RawSNSEvent, SNSEvent } from '@evt/sns';
   *
   * export const handler = async (raw: RawSNSEvent) => {
   *   const s3 = new SNSEvent(raw).record.sns.decodeNested(S3Event);
   *   return s3.records[0]?.s3.bucket.name;
   * };
   * ```
   */
  decodeNested<TRaw extends object, TNested>(
    DataClass: WrapperClass<TRaw, TNested>
  ): TNested {
    return decodeNestedJson(this, this.message, 'Message', DataClass);
  }
}

// biome-ignore lint/correctness/noUnusedVariables: a merged interface repeats the class's type parameters
export interface SNSEventRecord<TMessage = unknown>
  extends EventWrapper<RawSNSEventRecord> {}
/**
 * One record of an SNS event: the subscription that delivered it and the notification.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-sns.html
 */
export class SNSEventRecord<TMessage = unknown> {
  /** The class name used in error messages and the debug view. */
  static readonly typeName: string = /* @__PURE__ */ extendEventWrapper(
    SNSEventRecord,
    'SNSEventRecord'
  );
  declare protected readonly raw: RawSNSEventRecord;
  declare protected readonly options: EventOptions | undefined;

  /**
   * @param raw The raw value this class describes.
   * @param options The decoding options; evt passes them on, with the value's place in the
   * event, to the parts it wraps.
   */
  constructor(raw: RawSNSEventRecord, options?: EventOptions) {
    this.raw = raw;
    this.options = options;
    checkWrapper(this, raw, options);
  }
  #sns?: SNSMessage<TMessage>;

  /** The version of the event format, e.g. `1.0` (`EventVersion`). */
  get eventVersion(): string {
    return requireString(this, this.raw.EventVersion, 'EventVersion');
  }

  /** The ARN of the subscription that delivered the notification (`EventSubscriptionArn`). */
  get eventSubscriptionArn(): string {
    return requireString(
      this,
      this.raw.EventSubscriptionArn,
      'EventSubscriptionArn'
    );
  }

  /** The service the record comes from, `aws:sns` (`EventSource`). */
  get eventSource(): string {
    return requireString(this, this.raw.EventSource, 'EventSource');
  }

  /** The notification the record carries (`Sns`). */
  get sns(): SNSMessage<TMessage> {
    return (this.#sns ??= child(this, 'Sns', SNSMessage<TMessage>));
  }
}

// biome-ignore lint/correctness/noUnusedVariables: a merged interface repeats the class's type parameters
export interface SNSEvent<TMessage = unknown>
  extends EventWrapper<RawSNSEvent> {}
/**
 * Wrapper for the event that Amazon SNS sends when a message is published to a topic the
 * function subscribes to.
 *
 * `TMessage` is the type of the parsed JSON message (`jsonMessage`).
 *
 * @example
 * ```ts
 * import { type RawSNSEvent, SNSEvent } from '@evt/sns';
 *
 * export const handler = async (raw: RawSNSEvent) => {
 *   const event = new SNSEvent(raw);
 *   const { topicArn, subject } = event.record.sns;
 *   return { topicArn, subject, message: event.snsMessage };
 * };
 * ```
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-sns.html
 */
export class SNSEvent<TMessage = unknown> {
  /** The class name used in error messages and the debug view. */
  static readonly typeName: string = /* @__PURE__ */ extendEventWrapper(
    SNSEvent,
    'SNSEvent'
  );
  declare protected readonly raw: RawSNSEvent;
  declare protected readonly options: EventOptions | undefined;

  /**
   * @param raw The raw value this class describes.
   * @param options The decoding options; evt passes them on, with the value's place in the
   * event, to the parts it wraps.
   */
  constructor(raw: RawSNSEvent, options?: EventOptions) {
    this.raw = raw;
    this.options = options;
    checkWrapper(this, raw, options);
  }
  #records?: SNSEventRecord<TMessage>[];

  /** The records of the event; SNS delivers one per invocation (`Records`). */
  get records(): readonly SNSEventRecord<TMessage>[] {
    return (this.#records ??= wrapEach(
      this,
      'Records',
      SNSEventRecord<TMessage>
    ));
  }

  /**
   * The first record (`Records[0]`).
   *
   * @throws {@link MissingFieldError} when the event has no records.
   */
  get record(): SNSEventRecord<TMessage> {
    return firstOf(this, this.records, 'Records');
  }

  /** The message body of the first record (`Records[0].Sns.Message`). */
  get snsMessage(): string {
    return this.record.sns.message;
  }
}
