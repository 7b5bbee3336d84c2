import { encodeBase64 } from '@evt/core';
import {
  type BatchOverrides,
  type DeepPartial,
  mergeDeep,
  numbered,
  type Sample,
  sampleRecords,
} from '@evt/core/testing';
import activeMQEvent from '../test/events/active-mq-event.json';
import rabbitMQEvent from '../test/events/rabbit-mq-event.json';
import type { RawActiveMQEvent, RawActiveMQMessage } from './active-mq-event';
import type {
  RawBasicProperties,
  RawRabbitMessage,
  RawRabbitMQEvent,
} from './rabbit-mq-event';

function encodeData(data: unknown): string {
  return encodeBase64(typeof data === 'string' ? data : JSON.stringify(data));
}

/** One message as {@link createActiveMQEvent} builds it. */
export interface SampleActiveMQMessage extends Sample<RawActiveMQMessage> {}

/** The event {@link createActiveMQEvent} returns: a fresh, mutable copy. */
export interface SampleActiveMQEvent
  extends Sample<Omit<RawActiveMQEvent, 'messages'>> {
  /** The messages of the batch. */
  messages: SampleActiveMQMessage[];
}

/**
 * Convenience overrides for {@link createActiveMQEvent}. The count, `payloads` and `records`
 * each set the number of messages; messages are copies of the sample's first message with
 * numbered message IDs.
 *
 * @typeParam TData The type of the message bodies, to check test data against the handler's.
 */
export interface ActiveMQEventOverrides<TData = unknown>
  extends BatchOverrides<SampleActiveMQMessage> {
  /** The queue every message was read from (`destination.physicalName`). */
  readonly queue?: string | undefined;
  /**
   * The message bodies, one message per item: a string is sent as UTF-8 text, anything else
   * as JSON, base64-encoded as Amazon MQ delivers them.
   */
  readonly payloads?: readonly (TData | string)[] | undefined;
  /** The body of every message: a string is sent as UTF-8 text, anything else as JSON. */
  readonly data?: TData | string | undefined;
  /** The custom properties of every message, replacing the sample's. */
  readonly properties?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * Builds an Amazon MQ for ActiveMQ event from the AWS documentation sample (two messages), as
 * a fresh copy each call.
 *
 * @typeParam TData The type of the message bodies.
 * @param overrides The parts to change: count, queue, bodies, properties or messages.
 * @returns The raw event, ready for `new ActiveMQEvent(...)`.
 * @throws {TypeError} when `count`, `payloads` and `records` ask for different numbers of
 * messages.
 * @example
 * ```ts
 * import { ActiveMQEvent } from '@evt/mq';
 * import { createActiveMQEvent } from '@evt/mq/testing';
 *
 * const event = new ActiveMQEvent(
 *   createActiveMQEvent({ queue: 'orders', payloads: [{ orderId: '1001' }] })
 * );
 * event.message.jsonData; // { orderId: '1001' }
 * ```
 */
export function createActiveMQEvent<TData = unknown>(
  overrides: ActiveMQEventOverrides<TData> = {}
): SampleActiveMQEvent {
  const event = structuredClone(activeMQEvent as SampleActiveMQEvent);
  const template = event.messages[0] as SampleActiveMQMessage;
  const { queue, payloads, data, properties } = overrides;
  event.messages = sampleRecords(event.messages, overrides, {
    factory: 'createActiveMQEvent',
    lists: { payloads },
    copy: (index) => ({
      ...structuredClone(template),
      messageID: numbered(template.messageID, index),
    }),
    each: (message, index) => {
      if (queue !== undefined) message.destination = { physicalName: queue };
      if (payloads !== undefined) message.data = encodeData(payloads[index]);
      if (data !== undefined) message.data = encodeData(data);
      if (properties !== undefined) message.properties = { ...properties };
    },
  });
  return event;
}

/** One message as {@link createRabbitMQEvent} builds it. */
export interface SampleRabbitMessage extends Sample<RawRabbitMessage> {}

/** The event {@link createRabbitMQEvent} returns: a fresh, mutable copy. */
export interface SampleRabbitMQEvent
  extends Sample<Omit<RawRabbitMQEvent, 'rmqMessagesByQueue'>> {
  /** The messages, listed under `<queue>::<virtual host>`. */
  rmqMessagesByQueue: Record<string, SampleRabbitMessage[]>;
}

/**
 * Convenience overrides for {@link createRabbitMQEvent}. The count, `payloads` and `records`
 * each set the number of messages; messages are copies of the sample message.
 *
 * @typeParam TData The type of the message bodies, to check test data against the handler's.
 */
export interface RabbitMQEventOverrides<TData = unknown>
  extends BatchOverrides<SampleRabbitMessage> {
  /** The `<queue>::<virtual host>` key the messages are listed under. Defaults to `pizzaQueue::/`. */
  readonly queue?: string | undefined;
  /**
   * The message bodies, one message per item: a string is sent as UTF-8 text, anything else
   * as JSON, base64-encoded as Amazon MQ delivers them.
   */
  readonly payloads?: readonly (TData | string)[] | undefined;
  /** The body of every message: a string is sent as UTF-8 text, anything else as JSON. */
  readonly data?: TData | string | undefined;
  /** Basic properties merged, at any depth, into those of every message. */
  readonly basicProperties?:
    | DeepPartial<Sample<RawBasicProperties>>
    | undefined;
}

/**
 * Builds an Amazon MQ for RabbitMQ event from the AWS documentation sample, as a fresh copy
 * each call.
 *
 * @typeParam TData The type of the message bodies.
 * @param overrides The parts to change: count, queue, bodies, basic properties or messages.
 * @returns The raw event, ready for `new RabbitMQEvent(...)`.
 * @throws {TypeError} when `count`, `payloads` and `records` ask for different numbers of
 * messages.
 * @example
 * ```ts
 * import { RabbitMQEvent } from '@evt/mq';
 * import { createRabbitMQEvent } from '@evt/mq/testing';
 *
 * const event = new RabbitMQEvent(
 *   createRabbitMQEvent({ queue: 'orders::/', data: { orderId: '1001' } })
 * );
 * event.rmqMessagesByQueue['orders::/']?.[0]?.jsonData; // { orderId: '1001' }
 * ```
 */
export function createRabbitMQEvent<TData = unknown>(
  overrides: RabbitMQEventOverrides<TData> = {}
): SampleRabbitMQEvent {
  const event = structuredClone(rabbitMQEvent as SampleRabbitMQEvent);
  const [queue, messages] = Object.entries(event.rmqMessagesByQueue)[0] as [
    string,
    SampleRabbitMessage[],
  ];
  const template = messages[0] as SampleRabbitMessage;
  const { payloads, data } = overrides;
  event.rmqMessagesByQueue = {
    [overrides.queue ?? queue]: sampleRecords(messages, overrides, {
      factory: 'createRabbitMQEvent',
      lists: { payloads },
      copy: () => structuredClone(template),
      each: (message, index) => {
        if (payloads !== undefined) message.data = encodeData(payloads[index]);
        if (data !== undefined) message.data = encodeData(data);
        mergeDeep(message.basicProperties, overrides.basicProperties);
      },
    }),
  };
  return event;
}
