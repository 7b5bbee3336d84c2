import {
  checkWrapper,
  DecodeError,
  decodeBase64,
  decodeNestedJson,
  dnsSuffixOf,
  type EventOptions,
  type EventWrapper,
  extendEventWrapper,
  locate,
  optionalString,
  parseJson,
  requireString,
  stringArrayOrEmpty,
  UNSET,
  type WrapperClass,
  wrapEach,
  wrapEntries,
} from '@evt/core';

/** The system attributes of an SQS message, as Lambda delivers them. */
export interface RawSQSRecordAttributes {
  /** The X-Ray trace header, when the sender was traced. */
  AWSTraceHeader?: string | undefined;
  /** How many times the message has been received without being deleted. */
  ApproximateReceiveCount: string;
  /** When the message was sent, in epoch milliseconds. */
  SentTimestamp: string;
  /** The IAM user or role ID of the sender. */
  SenderId: string;
  /** When the message was first received, in epoch milliseconds. */
  ApproximateFirstReceiveTimestamp: string;
  /** The sequence number SQS gave the message (FIFO queues only). */
  SequenceNumber?: string | undefined;
  /** The message group the message belongs to (FIFO queues only). */
  MessageGroupId?: string | undefined;
  /** The deduplication token of the message (FIFO queues only). */
  MessageDeduplicationId?: string | undefined;
  /** The ARN of the queue the message was moved from, when read from a dead-letter queue. */
  DeadLetterQueueSourceArn?: string | undefined;
}

/** One user-defined message attribute of an SQS message. */
export interface RawSQSMessageAttribute {
  /** The value of a `String` or `Number` attribute. */
  stringValue?: string | null | undefined;
  /** The base64-encoded value of a `Binary` attribute. */
  binaryValue?: string | null | undefined;
  /** A list of string values (reserved by AWS; sent empty). */
  stringListValues?: string[] | null | undefined;
  /** A list of base64-encoded binary values (reserved by AWS; sent empty). */
  binaryListValues?: string[] | null | undefined;
  /** The data type: `String`, `Number` or `Binary`, optionally with a custom suffix. */
  dataType: string;
}

/** One message of an SQS batch, as Lambda delivers it. */
export interface RawSQSRecord {
  /** The unique identifier of the message. */
  messageId: string;
  /** The handle that identifies this receipt of the message. */
  receiptHandle: string;
  /** The message body. */
  body: string;
  /** The system attributes of the message. */
  attributes: RawSQSRecordAttributes;
  /** The user-defined message attributes, by name. */
  messageAttributes?: Record<string, RawSQSMessageAttribute> | null | undefined;
  /** The MD5 digest of the body. */
  md5OfBody: string;
  /** The MD5 digest of the message attributes, when there are any. */
  md5OfMessageAttributes?: string | null | undefined;
  /** The event source, `aws:sqs`. */
  eventSource: string;
  /** The ARN of the queue. */
  eventSourceARN: string;
  /** The region of the queue. */
  awsRegion: string;
}

/** The event Lambda sends with a batch of SQS messages. */
export interface RawSQSEvent {
  /** The messages of the batch. */
  Records: RawSQSRecord[];
}

export interface SQSRecordAttributes
  extends EventWrapper<RawSQSRecordAttributes> {}
/**
 * The system attributes of an SQS message: receive count, timestamps, sender, and the FIFO
 * and dead-letter fields.
 *
 * @see https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ReceiveMessage.html
 */
export class SQSRecordAttributes {
  /** The class name used in error messages and the debug view. */
  static readonly typeName: string = /* @__PURE__ */ extendEventWrapper(
    SQSRecordAttributes,
    'SQSRecordAttributes'
  );
  declare protected readonly raw: RawSQSRecordAttributes;
  declare protected readonly options: EventOptions | undefined;

  /**
   * @param raw The raw value this class describes.
   * @param options The decoding options; evt passes them on, with the value's place in the
   * event, to the parts it wraps.
   */
  constructor(raw: RawSQSRecordAttributes, options?: EventOptions) {
    this.raw = raw;
    this.options = options;
    checkWrapper(this, raw, options);
  }

  /** The X-Ray trace header string, when the sender was traced (`AWSTraceHeader`). */
  get awsTraceHeader(): string | undefined {
    return optionalString(this, this.raw.AWSTraceHeader, 'AWSTraceHeader');
  }

  /**
   * The number of times the message has been received from any queue without being deleted,
   * as a decimal string (`ApproximateReceiveCount`).
   */
  get approximateReceiveCount(): string {
    return requireString(
      this,
      this.raw.ApproximateReceiveCount,
      'ApproximateReceiveCount'
    );
  }

  /** The time the message was sent, in epoch milliseconds as a string (`SentTimestamp`). */
  get sentTimestamp(): string {
    return requireString(this, this.raw.SentTimestamp, 'SentTimestamp');
  }

  /** The IAM user ID or IAM role ID of the sender (`SenderId`). */
  get senderId(): string {
    return requireString(this, this.raw.SenderId, 'SenderId');
  }

  /**
   * The time the message was first received, in epoch milliseconds as a string
   * (`ApproximateFirstReceiveTimestamp`).
   */
  get approximateFirstReceiveTimestamp(): string {
    return requireString(
      this,
      this.raw.ApproximateFirstReceiveTimestamp,
      'ApproximateFirstReceiveTimestamp'
    );
  }

  /**
   * The large, non-consecutive number SQS gives each message of a FIFO queue
   * (`SequenceNumber`). Undefined for standard queues.
   */
  get sequenceNumber(): string | undefined {
    return optionalString(this, this.raw.SequenceNumber, 'SequenceNumber');
  }

  /**
   * The message group of a FIFO message; messages of one group are processed in order
   * (`MessageGroupId`). Undefined for standard queues.
   */
  get messageGroupId(): string | undefined {
    return optionalString(this, this.raw.MessageGroupId, 'MessageGroupId');
  }

  /**
   * The token SQS uses to drop duplicates of a FIFO message sent within the deduplication
   * interval (`MessageDeduplicationId`). Undefined for standard queues.
   */
  get messageDeduplicationId(): string | undefined {
    return optionalString(
      this,
      this.raw.MessageDeduplicationId,
      'MessageDeduplicationId'
    );
  }

  /**
   * The ARN of the queue that moved the message to this dead-letter queue, present only when
   * the function reads from a dead-letter queue (`DeadLetterQueueSourceArn`).
   */
  get deadLetterQueueSourceArn(): string | undefined {
    return optionalString(
      this,
      this.raw.DeadLetterQueueSourceArn,
      'DeadLetterQueueSourceArn'
    );
  }
}

export interface SQSMessageAttribute
  extends EventWrapper<RawSQSMessageAttribute> {}
/**
 * One user-defined attribute of an SQS message: a data type and a string or binary value.
 *
 * @see https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-message-metadata.html
 */
export class SQSMessageAttribute {
  /** The class name used in error messages and the debug view. */
  static readonly typeName: string = /* @__PURE__ */ extendEventWrapper(
    SQSMessageAttribute,
    'SQSMessageAttribute'
  );
  declare protected readonly raw: RawSQSMessageAttribute;
  declare protected readonly options: EventOptions | undefined;

  /**
   * @param raw The raw value this class describes.
   * @param options The decoding options; evt passes them on, with the value's place in the
   * event, to the parts it wraps.
   */
  constructor(raw: RawSQSMessageAttribute, options?: EventOptions) {
    this.raw = raw;
    this.options = options;
    checkWrapper(this, raw, options);
  }
  #decodedBinaryValue: Uint8Array | undefined | typeof UNSET = UNSET;

  /** The value of a `String` or `Number` attribute, as UTF-8 text (`stringValue`). */
  get stringValue(): string | undefined {
    return optionalString(this, this.raw.stringValue, 'stringValue');
  }

  /** The value of a `Binary` attribute, base64-encoded (`binaryValue`). */
  get binaryValue(): string | undefined {
    return optionalString(this, this.raw.binaryValue, 'binaryValue');
  }

  /**
   * The bytes of a `Binary` attribute, decoded from base64 (`binaryValue`). Undefined when
   * the attribute has no binary value.
   *
   * @throws {@link DecodeError} when `binaryValue` is not valid base64.
   */
  get decodedBinaryValue(): Uint8Array | undefined {
    if (this.#decodedBinaryValue === UNSET) {
      const text = this.binaryValue;
      this.#decodedBinaryValue =
        text === undefined
          ? undefined
          : decodeBase64(text, { owner: this, path: 'binaryValue' });
    }
    return this.#decodedBinaryValue;
  }

  /**
   * The data type of the attribute: `String`, `Number` or `Binary`, optionally followed by a
   * custom label such as `Number.float` (`dataType`).
   */
  get dataType(): string {
    return requireString(this, this.raw.dataType, 'dataType');
  }

  /**
   * The list of string values, which AWS reserves and sends empty (`stringListValues`).
   * Empty array when the attribute has none.
   */
  get stringListValues(): readonly string[] {
    return stringArrayOrEmpty(
      this,
      this.raw.stringListValues,
      'stringListValues'
    );
  }

  /**
   * The list of base64-encoded binary values, which AWS reserves and sends empty
   * (`binaryListValues`). Empty array when the attribute has none.
   */
  get binaryListValues(): readonly string[] {
    return stringArrayOrEmpty(
      this,
      this.raw.binaryListValues,
      'binaryListValues'
    );
  }
}

/**
 * The user-defined attributes of an SQS message, by name. Reading a name the message does not
 * carry gives `undefined`; the object has no prototype, so `attributes.constructor` is
 * `undefined` too.
 */
export type SQSMessageAttributes = Readonly<
  Record<string, SQSMessageAttribute>
>;

/**
 * Builds the queue URL from a queue ARN (`arn:<partition>:sqs:<region>:<account>:<queue>`),
 * with the endpoint domain of the ARN's partition (`amazonaws.com.cn` in China).
 */
function queueUrlOf(record: EventWrapper, arn: string): string {
  const [, partition, , region, account, queue] = arn.split(':');
  if (queue === undefined) {
    throw new DecodeError(
      'SQS queue ARN',
      'expected arn:<partition>:sqs:<region>:<account>:<queue>',
      locate(record, 'eventSourceARN')
    );
  }
  const domain = dnsSuffixOf(partition as string, region as string);
  return `https://sqs.${region}.${domain}/${account}/${queue}`;
}

// biome-ignore lint/correctness/noUnusedVariables: a merged interface repeats the class's type parameters
export interface SQSRecord<TBody = unknown>
  extends EventWrapper<RawSQSRecord> {}
/**
 * One message of the batch that Amazon SQS sends to a Lambda function.
 *
 * `TBody` is the type of the parsed JSON body (`jsonBody`); it defaults to `unknown`.
 *
 * @example
 * ```ts
 * import { type RawSQSEvent, SQSEvent, type SQSRecord } from '@evt/sqs';
 *
 * interface Order { orderId: string }
 *
 * export const handler = async (raw: RawSQSEvent) => {
 *   const event = new SQSEvent<Order>(raw);
 *   const record: SQSRecord<Order> = event.records[0]!;
 *   return { id: record.messageId, order: record.jsonBody.orderId };
 * };
 * ```
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html
 */
export class SQSRecord<TBody = unknown> {
  /** The class name used in error messages and the debug view. */
  static readonly typeName: string = /* @__PURE__ */ extendEventWrapper(
    SQSRecord,
    'SQSRecord'
  );
  declare protected readonly raw: RawSQSRecord;
  declare protected readonly options: EventOptions | undefined;

  /**
   * @param raw The raw value this class describes.
   * @param options The decoding options; evt passes them on, with the value's place in the
   * event, to the parts it wraps.
   */
  constructor(raw: RawSQSRecord, options?: EventOptions) {
    this.raw = raw;
    this.options = options;
    checkWrapper(this, raw, options);
  }
  #jsonBody: TBody | typeof UNSET = UNSET;
  #attributes?: SQSRecordAttributes;
  #messageAttributes?: SQSMessageAttributes;
  #queueUrl?: string;

  /** The unique identifier of the message (`messageId`). */
  get messageId(): string {
    return requireString(this, this.raw.messageId, 'messageId');
  }

  /**
   * The handle that identifies this receipt of the message, needed to delete it or change
   * its visibility (`receiptHandle`).
   */
  get receiptHandle(): string {
    return requireString(this, this.raw.receiptHandle, 'receiptHandle');
  }

  /** The message body as sent, not URL-encoded (`body`). */
  get body(): string {
    return requireString(this, this.raw.body, 'body');
  }

  /**
   * The message body parsed as JSON with the event's `jsonDeserializer` (`body`).
   *
   * @throws {@link DecodeError} when the body is not valid JSON.
   * @example
   * ```ts
   * import { type RawSQSEvent, SQSEvent } from '@evt/sqs';
   *
   * interface Order { orderId: string; quantity: number }
   *
   * export const handler = async (raw: RawSQSEvent) => {
   *   const event = new SQSEvent<Order>(raw);
   *   return event.records.map((record) => record.jsonBody.orderId);
   * };
   * ```
   */
  get jsonBody(): TBody {
    if (this.#jsonBody === UNSET) {
      this.#jsonBody = parseJson<TBody>(this.body, {
        owner: this,
        path: 'body',
      });
    }
    return this.#jsonBody;
  }

  /** The system attributes of the message: receive count, timestamps, FIFO fields (`attributes`). */
  get attributes(): SQSRecordAttributes {
    // Read for every record (the receive count), so built here rather than through `child`:
    // see "Children built at their getter" in CONTRIBUTING.md.
    return (this.#attributes ??= new SQSRecordAttributes(this.raw.attributes, {
      parent: this,
      path: 'attributes' satisfies keyof RawSQSRecord,
    }));
  }

  /**
   * The user-defined attributes of the message, by name (`messageAttributes`). Empty object
   * when the message has none.
   */
  get messageAttributes(): SQSMessageAttributes {
    return (this.#messageAttributes ??= wrapEntries(
      this,
      'messageAttributes',
      SQSMessageAttribute
    ));
  }

  /** The MD5 digest of the non-URL-encoded body (`md5OfBody`). */
  get md5OfBody(): string {
    return requireString(this, this.raw.md5OfBody, 'md5OfBody');
  }

  /**
   * The MD5 digest of the message attributes (`md5OfMessageAttributes`). Undefined when the
   * message has no attributes.
   */
  get md5OfMessageAttributes(): string | undefined {
    return optionalString(
      this,
      this.raw.md5OfMessageAttributes,
      'md5OfMessageAttributes'
    );
  }

  /** The service the record comes from, `aws:sqs` (`eventSource`). */
  get eventSource(): string {
    return requireString(this, this.raw.eventSource, 'eventSource');
  }

  /** The ARN of the queue the message was read from (`eventSourceARN`). */
  get eventSourceArn(): string {
    return requireString(this, this.raw.eventSourceARN, 'eventSourceARN');
  }

  /** The AWS Region of the queue, e.g. `us-east-2` (`awsRegion`). */
  get awsRegion(): string {
    return requireString(this, this.raw.awsRegion, 'awsRegion');
  }

  /**
   * The URL of the queue, built from the partition, region, account and queue name in the
   * queue's ARN: `https://sqs.<region>.<domain>/<account>/<queue>` (`eventSourceARN`), where
   * the domain is the partition's: `amazonaws.com` (also in `aws-us-gov`), `amazonaws.com.cn`
   * in `aws-cn`, `c2s.ic.gov` in `aws-iso`, `sc2s.sgov.gov` in `aws-iso-b`, and so on.
   *
   * @throws {@link DecodeError} when the ARN has fewer than six colon-separated parts.
   */
  get queueUrl(): string {
    return (this.#queueUrl ??= queueUrlOf(this, this.eventSourceArn));
  }

  /**
   * Parses the body as JSON and wraps it with another source's class, for events that reach
   * the queue from another service (an S3 notification, an SNS message).
   *
   * @param DataClass The class to wrap the parsed body with, e.g. `S3Event` from `@evt/s3`.
   * @returns The nested event; errors inside it name the full path, e.g.
   * `SQSEvent: Records[0].body.Records[0].s3`.
   * @throws {@link DecodeError} when the body is not valid JSON.
   * @throws {@link FieldTypeError} when the body is JSON but not an object.
   * @example
   * ```ts
   * import { S3Event } from '@evt/s3';
   * import { type RawSQSEvent, SQSEvent } from '@evt/sqs';
   *
   * export const handler = async (raw: RawSQSEvent) => {
   *   const event = new SQSEvent(raw);
   *   return event.records.map(
   *     (record) => record.decodeNested(S3Event).records[0]?.s3.object.key
   *   );
   * };
   * ```
   */
  decodeNested<TRaw extends object, TNested>(
    DataClass: WrapperClass<TRaw, TNested>
  ): TNested {
    return decodeNestedJson(this, this.body, 'body', DataClass);
  }
}

// biome-ignore lint/correctness/noUnusedVariables: a merged interface repeats the class's type parameters
export interface SQSEvent<TBody = unknown> extends EventWrapper<RawSQSEvent> {}
/**
 * Wrapper for the event that Amazon SQS sends when Lambda polls a batch of messages from a
 * queue.
 *
 * `TBody` is the type of each record's parsed JSON body (`jsonBody`).
 *
 * @example
 * ```ts
 * import { type RawSQSEvent, SQSEvent } from '@evt/sqs';
 *
 * interface Order { orderId: string }
 *
 * export const handler = async (raw: RawSQSEvent) => {
 *   const event = new SQSEvent<Order>(raw);
 *   for (const record of event.records) {
 *     console.log(record.messageId, record.attributes.approximateReceiveCount);
 *     console.log(record.jsonBody.orderId);
 *   }
 * };
 * ```
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html
 */
export class SQSEvent<TBody = unknown> {
  /** The class name used in error messages and the debug view. */
  static readonly typeName: string = /* @__PURE__ */ extendEventWrapper(
    SQSEvent,
    'SQSEvent'
  );
  declare protected readonly raw: RawSQSEvent;
  declare protected readonly options: EventOptions | undefined;

  /**
   * @param raw The raw value this class describes.
   * @param options The decoding options; evt passes them on, with the value's place in the
   * event, to the parts it wraps.
   */
  constructor(raw: RawSQSEvent, options?: EventOptions) {
    this.raw = raw;
    this.options = options;
    checkWrapper(this, raw, options);
  }
  #records?: SQSRecord<TBody>[];

  /** The messages of the batch, in the order SQS delivered them (`Records`). */
  get records(): readonly SQSRecord<TBody>[] {
    return (this.#records ??= wrapEach(this, 'Records', SQSRecord<TBody>));
  }
}
