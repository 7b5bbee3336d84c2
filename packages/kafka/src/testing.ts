import { encodeBase64 } from '@evt/core';
import mskEvent from '../test/events/kafka-event.json';
import selfManagedEvent from '../test/events/kafka-event.self-managed.json';
import type { RawKafkaEvent, RawKafkaEventRecord } from './kafka-event';

/** Convenience overrides for {@link createKafkaEvent}. */
export interface KafkaEventOverrides {
  /** Build a self-managed Kafka event (`SelfManagedKafka`, no ARN) instead of Amazon MSK. */
  readonly selfManaged?: boolean;
  /** The topic of the record. Defaults to `mytopic`. */
  readonly topic?: string;
  /** The partition of the record. Defaults to `0`. */
  readonly partition?: number;
  /** The record key as text, encoded to base64; `null` leaves the record without a key. */
  readonly key?: string | null;
  /** The record value: a string is sent as UTF-8 text, anything else as JSON. */
  readonly value?: unknown;
  /** The record headers as text, encoded to byte arrays. */
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * The records to send instead of the single sample record, grouped by Lambda under
   * `<topic>-<partition>`; each one is merged over the sample record.
   */
  readonly records?: readonly Partial<RawKafkaEventRecord>[];
}

function encodeValue(value: unknown): string {
  return encodeBase64(
    typeof value === 'string' ? value : JSON.stringify(value)
  );
}

/**
 * Builds an Amazon MSK (or, with `selfManaged`, a self-managed Kafka) event from the AWS
 * documentation sample, as a fresh copy each call.
 *
 * @param overrides The parts to change: topic, partition, key, value, headers or records.
 * @returns The raw event, ready for `new KafkaEvent(...)`.
 * @example
 * ```ts
 * import { KafkaEvent } from '@evt/kafka';
 * import { createKafkaEvent } from '@evt/kafka/testing';
 *
 * const event = new KafkaEvent(
 *   createKafkaEvent({ topic: 'orders', value: { id: '1' }, headers: { 'trace-id': 'abc' } })
 * );
 * event.record.jsonValue; // { id: '1' }
 * ```
 */
export function createKafkaEvent(
  overrides: KafkaEventOverrides = {}
): RawKafkaEvent {
  const sample = structuredClone(
    (overrides.selfManaged ? selfManagedEvent : mskEvent) as RawKafkaEvent
  );
  const template = Object.values(sample.records)[0]?.[0] as RawKafkaEventRecord;
  const base: RawKafkaEventRecord = { ...template };
  if (overrides.topic !== undefined) base.topic = overrides.topic;
  if (overrides.partition !== undefined) base.partition = overrides.partition;
  if (overrides.key === null) delete base.key;
  else if (overrides.key !== undefined) base.key = encodeBase64(overrides.key);
  if (overrides.value !== undefined) base.value = encodeValue(overrides.value);
  if (overrides.headers !== undefined) {
    base.headers = Object.entries(overrides.headers).map(([name, value]) => ({
      [name]: [...new TextEncoder().encode(value)],
    }));
  }
  const records: Record<string, RawKafkaEventRecord[]> = {};
  for (const patch of overrides.records ?? [{}]) {
    const record = structuredClone({ ...base, ...patch });
    const group = `${record.topic}-${record.partition}`;
    records[group] ??= [];
    records[group].push(record);
  }
  sample.records = records;
  return sample;
}
