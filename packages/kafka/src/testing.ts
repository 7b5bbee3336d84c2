import { encodeBase64 } from '@evt/core';
import {
  type BatchOverrides,
  type Sample,
  sampleRecords,
} from '@evt/core/testing';
import mskEvent from '../test/events/kafka-event.json';
import selfManagedEvent from '../test/events/kafka-event.self-managed.json';
import type { RawKafkaEvent, RawKafkaEventRecord } from './kafka-event';

/**
 * One record as {@link createKafkaEvent} builds it with `key: null`: the key is left out, as
 * Kafka sends a record published without one.
 */
export interface SampleKafkaEventRecord extends Sample<RawKafkaEventRecord> {}

/** One record as {@link createKafkaEvent} builds it: with a key, as the sample has. */
export interface SampleKeyedKafkaEventRecord extends SampleKafkaEventRecord {
  /** The base64-encoded key of the record. */
  key: string;
}

/** The event {@link createKafkaEvent} returns with `key: null`: a fresh, mutable copy. */
export interface SampleKafkaEvent
  extends Sample<Omit<RawKafkaEvent, 'records'>> {
  /** The records, grouped by `<topic>-<partition>`. */
  records: Record<string, SampleKafkaEventRecord[]>;
}

/**
 * The Amazon MSK event {@link createKafkaEvent} returns: it fits both `KafkaEvent`'s
 * constructor and the `MSKEvent` of `@types/aws-lambda` (and so an `MSKHandler`).
 */
export interface SampleMSKEvent extends SampleKafkaEvent {
  /** The event source, `aws:kafka`. */
  eventSource: 'aws:kafka';
  /** The ARN of the Amazon MSK cluster. */
  eventSourceArn: string;
  /** The records, grouped by `<topic>-<partition>`. */
  records: Record<string, SampleKeyedKafkaEventRecord[]>;
}

/**
 * The self-managed Kafka event {@link createKafkaEvent} returns with `selfManaged: true`: it
 * fits both `KafkaEvent`'s constructor and the `SelfManagedKafkaEvent` of
 * `@types/aws-lambda` (and so a `SelfManagedKafkaHandler`).
 */
export interface SampleSelfManagedKafkaEvent extends SampleKafkaEvent {
  /** The event source, `SelfManagedKafka`. */
  eventSource: 'SelfManagedKafka';
  /** The records, grouped by `<topic>-<partition>`. */
  records: Record<string, SampleKeyedKafkaEventRecord[]>;
}

/**
 * Convenience overrides for {@link createKafkaEvent}. The count, `values` and `records` each
 * set the number of records; records are copies of the sample record with consecutive
 * offsets, grouped by Lambda under `<topic>-<partition>`.
 *
 * @typeParam TValue The type of the values, to check test data against the handler's.
 * @typeParam TRecord The sample record type.
 */
export interface KafkaEventOverrides<
  TValue = unknown,
  TRecord = SampleKeyedKafkaEventRecord,
> extends BatchOverrides<TRecord> {
  /** Build a self-managed Kafka event (`SelfManagedKafka`, no ARN) instead of Amazon MSK. */
  readonly selfManaged?: boolean | undefined;
  /** The topic of every record. Defaults to `mytopic`. */
  readonly topic?: string | undefined;
  /** The partition of every record. Defaults to `0`. */
  readonly partition?: number | undefined;
  /** The key of every record as text, encoded to base64; `null` leaves the records without a key. */
  readonly key?: string | null | undefined;
  /**
   * The values, one record per item: a string is sent as UTF-8 text, anything else as JSON,
   * base64-encoded as Kafka delivers values.
   */
  readonly values?: readonly (TValue | string)[] | undefined;
  /** The value of every record: a string is sent as UTF-8 text, anything else as JSON. */
  readonly value?: TValue | string | undefined;
  /** The headers of every record as text, encoded to byte arrays. */
  readonly headers?: Readonly<Record<string, string>> | undefined;
}

function encodeValue(value: unknown): string {
  return encodeBase64(
    typeof value === 'string' ? value : JSON.stringify(value)
  );
}

/**
 * Builds an Amazon MSK event from the AWS documentation sample, as a fresh copy each call. It
 * fits the `MSKEvent` of `@types/aws-lambda` as it is.
 *
 * @typeParam TValue The type of the values.
 * @param overrides The parts to change: count, topic, partition, key, values, headers or records.
 * @returns The raw event, ready for `new KafkaEvent(...)`.
 * @throws {TypeError} when `count`, `values` and `records` ask for different numbers of
 * records.
 * @example
 * ```ts
 * import { KafkaEvent } from '@evt/kafka';
 * import { createKafkaEvent } from '@evt/kafka/testing';
 *
 * const event = new KafkaEvent(
 *   createKafkaEvent({ topic: 'orders', values: [{ id: '1' }], headers: { 'trace-id': 'abc' } })
 * );
 * event.record.jsonValue; // { id: '1' }
 * ```
 */
export function createKafkaEvent<TValue = unknown>(
  overrides?: KafkaEventOverrides<TValue> & {
    readonly selfManaged?: false | undefined;
    readonly key?: string | undefined;
  }
): SampleMSKEvent;
/**
 * Builds a self-managed Kafka event from the AWS documentation sample, as a fresh copy each
 * call. It fits the `SelfManagedKafkaEvent` of `@types/aws-lambda` as it is.
 *
 * @typeParam TValue The type of the values.
 * @param overrides The parts to change: count, topic, partition, key, values, headers or records.
 * @returns The raw event, ready for `new KafkaEvent(...)`.
 * @throws {TypeError} when `count`, `values` and `records` ask for different numbers of
 * records.
 */
export function createKafkaEvent<TValue = unknown>(
  overrides: KafkaEventOverrides<TValue> & {
    readonly selfManaged: true;
    readonly key?: string | undefined;
  }
): SampleSelfManagedKafkaEvent;
/**
 * Builds an Amazon MSK or self-managed Kafka event, whose records have no key with
 * `key: null`.
 *
 * @typeParam TValue The type of the values.
 * @param overrides The parts to change.
 * @returns The raw event, ready for `new KafkaEvent(...)`.
 * @throws {TypeError} when `count`, `values` and `records` ask for different numbers of
 * records.
 */
export function createKafkaEvent<TValue = unknown>(
  overrides?: KafkaEventOverrides<TValue, SampleKafkaEventRecord>
): SampleKafkaEvent;
export function createKafkaEvent(
  overrides: KafkaEventOverrides<unknown, SampleKafkaEventRecord> = {}
): SampleKafkaEvent {
  const sample = structuredClone(
    (overrides.selfManaged ? selfManagedEvent : mskEvent) as SampleKafkaEvent
  );
  const flat = Object.values(sample.records).flat();
  const template = flat[0] as SampleKafkaEventRecord;
  const { topic, partition, key, values, value, headers } = overrides;
  const records = sampleRecords(flat, overrides, {
    factory: 'createKafkaEvent',
    lists: { values },
    copy: (index) => ({
      ...structuredClone(template),
      offset: template.offset + index,
    }),
    each: (record, index) => {
      if (topic !== undefined) record.topic = topic;
      if (partition !== undefined) record.partition = partition;
      if (key === null) delete record.key;
      else if (key !== undefined) record.key = encodeBase64(key);
      if (values !== undefined) record.value = encodeValue(values[index]);
      if (value !== undefined) record.value = encodeValue(value);
      if (headers !== undefined) {
        record.headers = Object.entries(headers).map(([name, text]) => ({
          [name]: [...new TextEncoder().encode(text)],
        }));
      }
    },
  });
  const groups: Record<string, SampleKafkaEventRecord[]> = {};
  for (const record of records) {
    const group = `${record.topic}-${record.partition}`;
    groups[group] ??= [];
    groups[group].push(record);
  }
  sample.records = groups;
  return sample;
}
