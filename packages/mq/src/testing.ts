import { encodeBase64 } from '@evt/core';
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

/** Convenience overrides for {@link createActiveMQEvent}. */
export interface ActiveMQEventOverrides {
  /** The queue the message was read from (`destination.physicalName`). */
  readonly queue?: string;
  /** The message body: a string is sent as UTF-8 text, anything else as JSON. */
  readonly data?: unknown;
  /** The custom properties of the message. */
  readonly properties?: Readonly<Record<string, unknown>>;
  /**
   * The messages to send instead of the single sample message; each one is merged over the
   * sample message (after `queue`, `data` and `properties` are applied).
   */
  readonly messages?: readonly Partial<RawActiveMQMessage>[];
}

/**
 * Builds an Amazon MQ for ActiveMQ event from the AWS documentation sample, as a fresh copy
 * each call.
 *
 * @param overrides The parts to change: queue, data, properties or messages.
 * @returns The raw event, ready for `new ActiveMQEvent(...)`.
 * @example
 * ```ts
 * import { ActiveMQEvent } from '@evt/mq';
 * import { createActiveMQEvent } from '@evt/mq/testing';
 *
 * const event = new ActiveMQEvent(
 *   createActiveMQEvent({ queue: 'orders', data: { orderId: '1001' } })
 * );
 * event.message.jsonData; // { orderId: '1001' }
 * ```
 */
export function createActiveMQEvent(
  overrides: ActiveMQEventOverrides = {}
): RawActiveMQEvent {
  const sample = structuredClone(activeMQEvent as RawActiveMQEvent);
  const base = sample.messages[0] as RawActiveMQMessage;
  if (overrides.queue !== undefined) {
    base.destination = { physicalName: overrides.queue };
  }
  if (overrides.data !== undefined) base.data = encodeData(overrides.data);
  if (overrides.properties !== undefined) {
    base.properties = { ...overrides.properties };
  }
  sample.messages = (overrides.messages ?? [{}]).map((patch) =>
    structuredClone({ ...base, ...patch })
  );
  return sample;
}

/** Convenience overrides for {@link createRabbitMQEvent}. */
export interface RabbitMQEventOverrides {
  /** The `<queue>::<virtual host>` key the messages are listed under. Defaults to `pizzaQueue::/`. */
  readonly queue?: string;
  /** The message body: a string is sent as UTF-8 text, anything else as JSON. */
  readonly data?: unknown;
  /** Basic properties merged over the sample's. */
  readonly basicProperties?: Partial<RawBasicProperties>;
  /**
   * The messages to send instead of the single sample message; each one is merged over the
   * sample message (after `data` and `basicProperties` are applied).
   */
  readonly messages?: readonly Partial<RawRabbitMessage>[];
}

/**
 * Builds an Amazon MQ for RabbitMQ event from the AWS documentation sample, as a fresh copy
 * each call.
 *
 * @param overrides The parts to change: queue, data, basic properties or messages.
 * @returns The raw event, ready for `new RabbitMQEvent(...)`.
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
export function createRabbitMQEvent(
  overrides: RabbitMQEventOverrides = {}
): RawRabbitMQEvent {
  const sample = structuredClone(rabbitMQEvent as RawRabbitMQEvent);
  const [queue, messages] = Object.entries(sample.rmqMessagesByQueue)[0] as [
    string,
    RawRabbitMessage[],
  ];
  const base = messages[0] as RawRabbitMessage;
  if (overrides.data !== undefined) base.data = encodeData(overrides.data);
  if (overrides.basicProperties !== undefined) {
    base.basicProperties = {
      ...base.basicProperties,
      ...overrides.basicProperties,
    };
  }
  sample.rmqMessagesByQueue = {
    [overrides.queue ?? queue]: (overrides.messages ?? [{}]).map((patch) =>
      structuredClone({ ...base, ...patch })
    ),
  };
  return sample;
}
