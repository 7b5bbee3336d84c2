import type { MSKEvent, SelfManagedKafkaEvent } from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  KafkaEvent,
  type KafkaEventRecord,
  type KafkaEventRecordSchemaMetadata,
  type KafkaHeaderMap,
  type RawKafkaEvent,
  type RawKafkaEventRecord,
} from '../src/index';

interface Order {
  orderId: string;
  total: number;
}

declare const raw: RawKafkaEvent;

describe('KafkaEvent types', () => {
  it('accepts the @types/aws-lambda MSK and self-managed events', () => {
    expectTypeOf<MSKEvent>().toExtend<RawKafkaEvent>();
    expectTypeOf<SelfManagedKafkaEvent>().toExtend<RawKafkaEvent>();
    expectTypeOf<
      MSKEvent['records'][string][number]
    >().toExtend<RawKafkaEventRecord>();
  });

  it('types the event getters', () => {
    const event = new KafkaEvent(raw);

    expectTypeOf(event.eventSource).toEqualTypeOf<string>();
    expectTypeOf(event.eventSourceArn).toEqualTypeOf<string | undefined>();
    expectTypeOf(event.bootstrapServers).toEqualTypeOf<string>();
    expectTypeOf(event.decodedBootstrapServers).toEqualTypeOf<
      readonly string[]
    >();
    expectTypeOf(event.records).toEqualTypeOf<
      readonly KafkaEventRecord<unknown>[]
    >();
    expectTypeOf(event.record).toEqualTypeOf<KafkaEventRecord<unknown>>();
  });

  it('types the record getters', () => {
    const record = new KafkaEvent(raw).record;

    expectTypeOf(record.topic).toEqualTypeOf<string>();
    expectTypeOf(record.partition).toEqualTypeOf<number>();
    expectTypeOf(record.offset).toEqualTypeOf<number>();
    expectTypeOf(record.timestamp).toEqualTypeOf<number>();
    expectTypeOf(record.timestampType).toEqualTypeOf<
      'CREATE_TIME' | 'LOG_APPEND_TIME'
    >();
    expectTypeOf(record.key).toEqualTypeOf<string | undefined>();
    expectTypeOf(record.decodedKey).toEqualTypeOf<Uint8Array | undefined>();
    expectTypeOf(record.value).toEqualTypeOf<string>();
    expectTypeOf(record.decodedValue).toEqualTypeOf<Uint8Array>();
    expectTypeOf(record.jsonValue).toEqualTypeOf<unknown>();
    expectTypeOf(record.headers).toEqualTypeOf<
      readonly Record<string, number[]>[]
    >();
    expectTypeOf(record.decodedHeaders).toEqualTypeOf<
      KafkaHeaderMap<Uint8Array>
    >();
    expectTypeOf(record.decodedHeaders.get('x')).toEqualTypeOf<
      Uint8Array | undefined
    >();
    expectTypeOf(record.headersAsText).toEqualTypeOf<KafkaHeaderMap<string>>();
    expectTypeOf(record.headersAsText.get('x')).toEqualTypeOf<
      string | undefined
    >();
    expectTypeOf(record.headersAsText.getAll('x')).toEqualTypeOf<string[]>();
    expectTypeOf(record.keySchemaMetadata).toEqualTypeOf<
      KafkaEventRecordSchemaMetadata | undefined
    >();
    expectTypeOf(record.valueSchemaMetadata).toEqualTypeOf<
      KafkaEventRecordSchemaMetadata | undefined
    >();
    expectTypeOf(record.valueSchemaMetadata?.dataFormat).toEqualTypeOf<
      string | undefined
    >();
    expectTypeOf(record.valueSchemaMetadata?.schemaId).toEqualTypeOf<
      string | undefined
    >();
  });

  it('carries the value type to jsonValue', () => {
    const event = new KafkaEvent<Order>(raw);

    expectTypeOf(event.record.jsonValue).toEqualTypeOf<Order>();
    expectTypeOf(event.records[0]?.jsonValue).toEqualTypeOf<
      Order | undefined
    >();
  });
});
