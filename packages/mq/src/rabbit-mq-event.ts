import {
  Base64Data,
  child,
  EventWrapper,
  mapOrEmpty,
  optionalNumber,
  optionalString,
  requireArray,
  requireBoolean,
  requireObject,
  requireString,
} from '@evt/core';

/** The AMQP 0-9-1 basic properties of a RabbitMQ message, as Lambda documents them. */
export interface RawBasicProperties {
  /** The MIME type of the body. */
  contentType?: string | null;
  /** The encoding of the body. */
  contentEncoding?: string | null;
  /** The message headers; byte values arrive as `{ bytes: number[] }`. */
  headers?: Record<string, unknown> | null;
  /** The delivery mode: `1` non-persistent, `2` persistent. */
  deliveryMode?: number | null;
  /** The message priority. */
  priority?: number | null;
  /** The correlation ID the sender set. */
  correlationId?: string | null;
  /** The queue the sender asked replies to go to. */
  replyTo?: string | null;
  /** The expiration of the message in milliseconds, as text. */
  expiration?: string | null;
  /** The message ID the sender set. */
  messageId?: string | null;
  /** The time the message was sent, as text. */
  timestamp?: string | null;
  /** The message type the sender set. */
  type?: string | null;
  /** The ID of the user who sent the message. */
  userId?: string | null;
  /** The ID of the application that sent the message. */
  appId?: string | null;
  /** The cluster ID (deprecated in AMQP 0-9-1). */
  clusterId?: string | null;
  /** The size of the body in bytes. */
  bodySize?: number | null;
}

/** One RabbitMQ message, as Lambda documents it. */
export interface RawRabbitMessage {
  /** The AMQP basic properties of the message. */
  basicProperties: RawBasicProperties;
  /** Whether the broker is delivering the message again. */
  redelivered: boolean;
  /** The message body, base64-encoded. */
  data: string;
}

/** The event Lambda sends for a batch of Amazon MQ for RabbitMQ messages. */
export interface RawRabbitMQEvent {
  /** The service the messages come from: `aws:rmq`. */
  eventSource: string;
  /** The ARN of the broker. */
  eventSourceArn: string;
  /** The messages, grouped under `<queue>::<virtual host>` keys. */
  rmqMessagesByQueue: Record<string, RawRabbitMessage[]>;
}

/**
 * Wrapper for the AMQP 0-9-1 basic properties of a message in the event that Amazon MQ for
 * RabbitMQ sends.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-mq.html
 */
export class BasicProperties extends EventWrapper<RawBasicProperties> {
  static override readonly typeName: string = 'BasicProperties';

  /** The MIME type of the body, e.g. `text/plain` (`contentType`). `undefined` when unset. */
  get contentType(): string | undefined {
    return optionalString(this, this.raw.contentType, 'contentType');
  }

  /** The encoding of the body (`contentEncoding`). `undefined` when unset. */
  get contentEncoding(): string | undefined {
    return optionalString(this, this.raw.contentEncoding, 'contentEncoding');
  }

  /**
   * The message headers as sent (`headers`); byte values arrive as `{ bytes: number[] }`.
   * Empty object when the message has none.
   */
  get headers(): Readonly<Record<string, unknown>> {
    return mapOrEmpty(this, this.raw.headers, 'headers');
  }

  /** The delivery mode, `1` non-persistent or `2` persistent (`deliveryMode`). `undefined` when unset. */
  get deliveryMode(): number | undefined {
    return optionalNumber(this, this.raw.deliveryMode, 'deliveryMode');
  }

  /** The priority of the message (`priority`). `undefined` when unset. */
  get priority(): number | undefined {
    return optionalNumber(this, this.raw.priority, 'priority');
  }

  /** The correlation ID the sender set (`correlationId`). `undefined` when unset. */
  get correlationId(): string | undefined {
    return optionalString(this, this.raw.correlationId, 'correlationId');
  }

  /** The queue the sender asked replies to go to (`replyTo`). `undefined` when unset. */
  get replyTo(): string | undefined {
    return optionalString(this, this.raw.replyTo, 'replyTo');
  }

  /** The expiration of the message in milliseconds, as text (`expiration`). `undefined` when unset. */
  get expiration(): string | undefined {
    return optionalString(this, this.raw.expiration, 'expiration');
  }

  /** The message ID the sender set (`messageId`). `undefined` when unset. */
  get messageId(): string | undefined {
    return optionalString(this, this.raw.messageId, 'messageId');
  }

  /** The time the message was sent, as text (`timestamp`). `undefined` when unset. */
  get timestamp(): string | undefined {
    return optionalString(this, this.raw.timestamp, 'timestamp');
  }

  /** The message type the sender set (`type`). `undefined` when unset. */
  get type(): string | undefined {
    return optionalString(this, this.raw.type, 'type');
  }

  /** The ID of the user who sent the message (`userId`). `undefined` when unset. */
  get userId(): string | undefined {
    return optionalString(this, this.raw.userId, 'userId');
  }

  /** The ID of the application that sent the message (`appId`). `undefined` when unset. */
  get appId(): string | undefined {
    return optionalString(this, this.raw.appId, 'appId');
  }

  /** The cluster ID (`clusterId`). `undefined` when unset. */
  get clusterId(): string | undefined {
    return optionalString(this, this.raw.clusterId, 'clusterId');
  }

  /** The size of the body in bytes (`bodySize`). `undefined` when unset. */
  get bodySize(): number | undefined {
    return optionalNumber(this, this.raw.bodySize, 'bodySize');
  }
}

/**
 * Wrapper for one message of the event that Amazon MQ for RabbitMQ sends when Lambda reads a
 * batch from a broker queue.
 *
 * @example
 * ```ts
 * import { RabbitMQEvent, type RawRabbitMQEvent } from '@evt/mq';
 *
 * export const handler = async (raw: RawRabbitMQEvent) => {
 *   const event = new RabbitMQEvent(raw);
 *   for (const [queue, messages] of Object.entries(event.rmqMessagesByQueue)) {
 *     for (const message of messages) {
 *       console.log(queue, message.basicProperties.contentType, message.decodedData);
 *     }
 *   }
 * };
 * ```
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-mq.html
 */
export class RabbitMessage<
  TData = unknown,
> extends EventWrapper<RawRabbitMessage> {
  static override readonly typeName: string = 'RabbitMessage';
  #basicProperties?: BasicProperties;
  #data?: Base64Data<TData>;

  get #decoded(): Base64Data<TData> {
    return (this.#data ??= new Base64Data(this, this.data, 'data'));
  }

  /** The AMQP basic properties of the message (`basicProperties`). */
  get basicProperties(): BasicProperties {
    return (this.#basicProperties ??= child(
      this,
      'basicProperties',
      BasicProperties
    ));
  }

  /** The flag the broker sets when it delivers the message again (`redelivered`). */
  get redelivered(): boolean {
    return requireBoolean(this, this.raw.redelivered, 'redelivered');
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
   * import { RabbitMQEvent, type RawRabbitMQEvent } from '@evt/mq';
   *
   * interface Pizza { timeout: number; data: string }
   *
   * export const handler = async (raw: RawRabbitMQEvent) => {
   *   const event = new RabbitMQEvent<Pizza>(raw);
   *   const [message] = event.rmqMessagesByQueue['pizzaQueue::/'] ?? [];
   *   return message?.jsonData.data;
   * };
   * ```
   */
  get jsonData(): TData {
    return this.#decoded.json;
  }
}

// Each entry of `rmqMessagesByQueue` is a list of messages, not one object, so the kit's
// `wrapEntries` (one wrapper per entry) does not apply: each queue's list is wrapped as
// `wrapEach` wraps a list, with the queue's key in the path.
function wrapQueues<TData>(
  event: RabbitMQEvent<TData>,
  queues: Record<string, RawRabbitMessage[]>
): Record<string, RabbitMessage<TData>[]> {
  const byQueue: Record<string, RabbitMessage<TData>[]> = Object.create(null);
  for (const queue of Object.keys(queues)) {
    const path = `rmqMessagesByQueue.${queue}` as const;
    byQueue[queue] = requireArray(event, queues[queue], path).map(
      (message, index) => new RabbitMessage<TData>(message, event, path, index)
    );
  }
  return byQueue;
}

/**
 * Wrapper for the event that Amazon MQ for RabbitMQ sends when Lambda reads a batch of
 * messages from a broker queue.
 *
 * @example
 * ```ts
 * import { RabbitMQEvent, type RawRabbitMQEvent } from '@evt/mq';
 *
 * export const handler = async (raw: RawRabbitMQEvent) => {
 *   const event = new RabbitMQEvent(raw);
 *   console.log(event.eventSourceArn);
 *   return Object.keys(event.rmqMessagesByQueue);
 * };
 * ```
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-mq.html
 */
export class RabbitMQEvent<
  TData = unknown,
> extends EventWrapper<RawRabbitMQEvent> {
  static override readonly typeName: string = 'RabbitMQEvent';
  #rmqMessagesByQueue?: Readonly<
    Record<string, readonly RabbitMessage<TData>[]>
  >;

  /** The service the messages come from, `aws:rmq` (`eventSource`). */
  get eventSource(): string {
    return requireString(this, this.raw.eventSource, 'eventSource');
  }

  /** The ARN of the broker the messages were read from (`eventSourceArn`). */
  get eventSourceArn(): string {
    return requireString(this, this.raw.eventSourceArn, 'eventSourceArn');
  }

  /**
   * The messages of the batch by queue: each key is `<queue>::<virtual host>` (e.g.
   * `pizzaQueue::/`), each value the messages read from it in delivery order
   * (`rmqMessagesByQueue`). The object has no prototype, so any queue name is a plain key.
   */
  get rmqMessagesByQueue(): Readonly<
    Record<string, readonly RabbitMessage<TData>[]>
  > {
    return (this.#rmqMessagesByQueue ??= wrapQueues(
      this,
      requireObject(this, this.raw.rmqMessagesByQueue, 'rmqMessagesByQueue')
    ));
  }
}
