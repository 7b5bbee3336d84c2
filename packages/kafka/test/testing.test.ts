import { describe, expect, it } from 'vitest';
import { KafkaEvent } from '../src/index';
import { createKafkaEvent } from '../src/testing';

describe('createKafkaEvent', () => {
  it('returns the Amazon MSK sample by default', () => {
    const event = new KafkaEvent(createKafkaEvent());

    expect(event.eventSource).toBe('aws:kafka');
    expect(event.record.topic).toBe('mytopic');
    expect(event.record.value).toBe('SGVsbG8sIHRoaXMgaXMgYSB0ZXN0Lg==');
  });

  it('returns a fresh copy on every call', () => {
    const first = createKafkaEvent();

    first.bootstrapServers = 'changed:9092';

    expect(createKafkaEvent().bootstrapServers).not.toBe('changed:9092');
  });

  it('returns the self-managed sample when asked', () => {
    const event = new KafkaEvent(createKafkaEvent({ selfManaged: true }));

    expect(event.eventSource).toBe('SelfManagedKafka');
    expect(event.eventSourceArn).toBeUndefined();
    expect(event.records.map((record) => record.offset)).toEqual([15, 16, 3]);
  });

  it('applies topic, partition, key, value and headers', () => {
    const event = new KafkaEvent<{ id: string }>(
      createKafkaEvent({
        topic: 'orders',
        partition: 3,
        key: 'order-1',
        value: { id: '1' },
        headers: { 'Trace-Id': 'abc' },
      })
    );

    expect(Object.keys(event.rawEvent.records)).toEqual(['orders-3']);
    expect(event.record.topic).toBe('orders');
    expect(event.record.partition).toBe(3);
    expect(Buffer.from(event.record.decodedKey ?? []).toString()).toBe(
      'order-1'
    );
    expect(event.record.jsonValue).toEqual({ id: '1' });
    expect(event.record.headersAsText.get('trace-id')).toBe('abc');
  });

  it('sends a string value as text and drops a null key', () => {
    const event = new KafkaEvent(createKafkaEvent({ value: 'hi', key: null }));

    expect(Buffer.from(event.record.decodedValue).toString()).toBe('hi');
    expect(event.record.key).toBeUndefined();
  });

  it('groups several records by topic partition', () => {
    const event = new KafkaEvent(
      createKafkaEvent({
        records: [{ offset: 1 }, { offset: 2 }, { partition: 1, offset: 9 }],
      })
    );

    expect(Object.keys(event.rawEvent.records)).toEqual([
      'mytopic-0',
      'mytopic-1',
    ]);
    expect(event.records.map((record) => record.offset)).toEqual([1, 2, 9]);
  });

  it('builds one record per value, with consecutive offsets', () => {
    const event = new KafkaEvent(
      createKafkaEvent({ values: [{ id: '1' }, 'plain'] })
    );

    expect(event.records.map((record) => record.offset)).toEqual([15, 16]);
    expect(event.records[0]?.jsonValue).toEqual({ id: '1' });
    expect(Buffer.from(event.records[1]?.decodedValue ?? []).toString()).toBe(
      'plain'
    );
  });

  it('builds as many records as the count asks, merging record changes at any depth', () => {
    const event = new KafkaEvent(
      createKafkaEvent({
        count: 2,
        record: {
          valueSchemaMetadata: { dataFormat: 'AVRO', schemaId: 's-1' },
        },
      })
    );

    expect(event.records).toHaveLength(2);
    expect(event.records[1]?.valueSchemaMetadata?.schemaId).toBe('s-1');
  });
});
