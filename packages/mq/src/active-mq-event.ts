import {
  Base64Data,
  EventWrapper,
  FieldTypeError,
  firstOf,
  kindOf,
  locate,
  mapOrEmpty,
  optionalBoolean,
  optionalNumber,
  optionalString,
  requireNumber,
  requireString,
  wrapEach,
} from '@evt/core';

/** Where an ActiveMQ message was sent. */
export interface RawActiveMQDestination {
  /** The name of the queue the message was read from. */
  physicalName: string;
}

/** One ActiveMQ message, as Lambda documents it. */
export interface RawActiveMQMessage {
  /** The JMS message ID. */
  messageID: string;
  /** The JMS message type: `jms/text-message` or `jms/bytes-message`. */
  messageType: string;
  /** The message body, base64-encoded. */
  data: string;
  /** The ID of the connection the message was sent on. */
  connectionId?: string | null;
  /** Whether the broker is delivering the message again. */
  redelivered?: boolean | null;
  /** Whether the message was sent with persistent delivery. */
  persistent?: boolean | null;
  /** The queue the message was read from. */
  destination: RawActiveMQDestination;
  /** When the message was sent, in milliseconds since the epoch. */
  timestamp: number;
  /** When the message reached the broker, in milliseconds since the epoch. */
  brokerInTime: number;
  /** When the message left the broker, in milliseconds since the epoch. */
  brokerOutTime: number;
  /** The message's custom properties. */
  properties?: Record<string, unknown> | null;
  /** The JMS delivery mode: `1` non-persistent, `2` persistent. */
  deliveryMode?: number | null;
  /** The JMS correlation ID, as Powertools reads it. */
  correlationID?: string | null;
  /** The JMS correlation ID, as the Lambda documentation spells it. */
  correlationId?: string | null;
  /** The destination to send a reply to. */
  replyTo?: string | null;
  /** The JMS message type set by the sender. */
  type?: string | null;
  /** When the message expires, in milliseconds (a number, or decimal digits as text). */
  expiration?: number | string | null;
  /** The JMS priority, from 0 (lowest) to 9 (highest). */
  priority?: number | null;
}

/** The event Lambda sends for a batch of Amazon MQ for ActiveMQ messages. */
export interface RawActiveMQEvent {
  /** The service the messages come from: `aws:mq` (older samples show `aws:amq`). */
  eventSource: string;
  /** The ARN of the broker. */
  eventSourceArn: string;
  /** The messages of the batch. */
  messages: RawActiveMQMessage[];
}

const DIGITS = /^\d+$/;

/**
 * Wrapper for one message of the event that Amazon MQ for ActiveMQ sends when Lambda reads a
 * batch from a broker queue.
 *
 * @example
 * ```ts
 * import { ActiveMQEvent, type RawActiveMQEvent } from '@evt/mq';
 *
 * export const handler = async (raw: RawActiveMQEvent) => {
 *   for (const message of new ActiveMQEvent(raw).messages) {
 *     console.log(message.messageId, message.destinationPhysicalName, message.decodedData);
 *   }
 * };
 * ```
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-mq.html
 */
export class ActiveMQMessage<
  TData = unknown,
> extends EventWrapper<RawActiveMQMessage> {
  static override readonly typeName: string = 'ActiveMQMessage';
  #data?: Base64Data<TData>;

  get #decoded(): Base64Data<TData> {
    return (this.#data ??= new Base64Data(this, this.data, 'data'));
  }

  /** The JMS message ID (`messageID`). */
  get messageId(): string {
    return requireString(this, this.raw.messageID, 'messageID');
  }

  /** The JMS message type: `jms/text-message` or `jms/bytes-message` (`messageType`). */
  get messageType(): string {
    return requireString(this, this.raw.messageType, 'messageType');
  }

  /** The message body as sent, base64-encoded (`data`). */
  get data(): string {
    return requireString(this, this.raw.data, 'data');
  }

  /**
   * The message body as text (`data`, base64-decoded and read as UTF-8). Decoded once, then
   * cached.
   *
   * @throws {@link DecodeError} when the data is not base64 or not UTF-8.
   */
  get decodedData(): string {
    return this.#decoded.text;
  }

  /**
   * The message body parsed as JSON (`data`, decoded, then parsed once with the
   * `jsonDeserializer` option when one is set).
   *
   * @throws {@link DecodeError} when the data is not base64, UTF-8 or JSON.
   * @example
   * ```ts
   * import { ActiveMQEvent, type RawActiveMQEvent } from '@evt/mq';
   *
   * interface Job { timeout: number; data: string }
   *
   * export const handler = async (raw: RawActiveMQEvent) => {
   *   const event = new ActiveMQEvent<Job>(raw);
   *   return event.messages.map((message) => message.jsonData.timeout);
   * };
   * ```
   */
  get jsonData(): TData {
    return this.#decoded.json;
  }

  /**
   * The ID of the connection the message was sent on (`connectionId`). `undefined` when the
   * event does not carry it.
   */
  get connectionId(): string | undefined {
    return optionalString(this, this.raw.connectionId, 'connectionId');
  }

  /**
   * The flag the broker sets when it delivers the message again (`redelivered`). `undefined`
   * when the event does not carry it.
   */
  get redelivered(): boolean | undefined {
    return optionalBoolean(this, this.raw.redelivered, 'redelivered');
  }

  /**
   * The flag set when the message was sent with persistent delivery (`persistent`).
   * `undefined` when the event does not carry it.
   */
  get persistent(): boolean | undefined {
    return optionalBoolean(this, this.raw.persistent, 'persistent');
  }

  /** The time the message was sent, in milliseconds since the epoch (`timestamp`). */
  get timestamp(): number {
    return requireNumber(this, this.raw.timestamp, 'timestamp');
  }

  /** The time the message reached the broker, in milliseconds since the epoch (`brokerInTime`). */
  get brokerInTime(): number {
    return requireNumber(this, this.raw.brokerInTime, 'brokerInTime');
  }

  /** The time the message left the broker, in milliseconds since the epoch (`brokerOutTime`). */
  get brokerOutTime(): number {
    return requireNumber(this, this.raw.brokerOutTime, 'brokerOutTime');
  }

  /** The custom properties the sender set (`properties`). Empty object when the event has none. */
  get properties(): Readonly<Record<string, unknown>> {
    return mapOrEmpty(this, this.raw.properties, 'properties');
  }

  /** The name of the queue the message was read from (`destination.physicalName`). */
  get destinationPhysicalName(): string {
    return requireString(
      this,
      this.raw.destination?.physicalName,
      'destination.physicalName'
    );
  }

  /**
   * The JMS delivery mode, `1` for non-persistent and `2` for persistent (`deliveryMode`).
   * `undefined` when the event does not carry it.
   */
  get deliveryMode(): number | undefined {
    return optionalNumber(this, this.raw.deliveryMode, 'deliveryMode');
  }

  /**
   * The correlation ID the sender set (`correlationID`, or `correlationId` as the Lambda
   * documentation spells it). `undefined` when the event has none.
   */
  get correlationId(): string | undefined {
    return this.raw.correlationID != null
      ? optionalString(this, this.raw.correlationID, 'correlationID')
      : optionalString(this, this.raw.correlationId, 'correlationId');
  }

  /** The destination the sender asked replies to go to (`replyTo`). `undefined` when none. */
  get replyTo(): string | undefined {
    return optionalString(this, this.raw.replyTo, 'replyTo');
  }

  /** The message type the sender set (`type`). `undefined` when none. */
  get type(): string | undefined {
    return optionalString(this, this.raw.type, 'type');
  }

  /**
   * The expiration of the message in milliseconds (`expiration`; Lambda may send it as
   * decimal digits, which are read as a number). `undefined` when none.
   *
   * @throws {@link FieldTypeError} when the value is neither a number nor decimal digits.
   */
  get expiration(): number | undefined {
    const value = this.raw.expiration;
    if (typeof value === 'string' && DIGITS.test(value)) return Number(value);
    if (typeof value === 'string') {
      throw new FieldTypeError(
        'number',
        kindOf(value),
        locate(this, 'expiration')
      );
    }
    return optionalNumber(this, value, 'expiration');
  }

  /** The JMS priority, from 0 (lowest) to 9 (highest) (`priority`). `undefined` when none. */
  get priority(): number | undefined {
    return optionalNumber(this, this.raw.priority, 'priority');
  }
}

/**
 * Wrapper for the event that Amazon MQ for ActiveMQ sends when Lambda reads a batch of
 * messages from a broker queue.
 *
 * @example
 * ```ts
 * import { ActiveMQEvent, type RawActiveMQEvent } from '@evt/mq';
 *
 * export const handler = async (raw: RawActiveMQEvent) => {
 *   const event = new ActiveMQEvent(raw);
 *   console.log(event.eventSourceArn, event.messages.length);
 *   return event.message.messageId;
 * };
 * ```
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-mq.html
 */
export class ActiveMQEvent<
  TData = unknown,
> extends EventWrapper<RawActiveMQEvent> {
  static override readonly typeName: string = 'ActiveMQEvent';
  #messages?: readonly ActiveMQMessage<TData>[];

  /** The service the messages come from, `aws:mq` (`eventSource`). */
  get eventSource(): string {
    return requireString(this, this.raw.eventSource, 'eventSource');
  }

  /** The ARN of the broker the messages were read from (`eventSourceArn`). */
  get eventSourceArn(): string {
    return requireString(this, this.raw.eventSourceArn, 'eventSourceArn');
  }

  /** The messages of the batch, in delivery order (`messages`). */
  get messages(): readonly ActiveMQMessage<TData>[] {
    return (this.#messages ??= wrapEach(
      this,
      'messages',
      ActiveMQMessage<TData>
    ));
  }

  /**
   * The first message of the batch (`messages[0]`).
   *
   * @throws {@link MissingFieldError} when the batch holds no message.
   */
  get message(): ActiveMQMessage<TData> {
    return firstOf(this, this.messages, 'messages');
  }
}
