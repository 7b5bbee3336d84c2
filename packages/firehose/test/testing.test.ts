import { describe, expect, it } from 'vitest';
import { KinesisFirehoseEvent } from '../src/kinesis-firehose-event';
import { createKinesisFirehoseEvent } from '../src/testing';

describe('createKinesisFirehoseEvent', () => {
  it('returns a fresh copy of the direct PUT sample', () => {
    const first = createKinesisFirehoseEvent();
    const second = createKinesisFirehoseEvent();

    expect(first).toEqual(second);
    expect(first).not.toBe(second);
    expect(first.sourceKinesisStreamArn).toBeUndefined();
  });

  it('starts from the Kinesis-sourced sample when asked', () => {
    const event = new KinesisFirehoseEvent(
      createKinesisFirehoseEvent({ source: 'kinesis' })
    );

    expect(event.sourceKinesisStreamArn).toBe(
      'arn:aws:kinesis:us-east-1:123456789012:stream/kinesis-source'
    );
    expect(event.records[1]?.metadata?.shardId).toBe('shardId-000000000001');
  });

  it('starts from the MSK-sourced sample when asked, and sets kafkaRecordValue', () => {
    const event = new KinesisFirehoseEvent<{ id: number }>(
      createKinesisFirehoseEvent({ source: 'msk', json: { id: 9 } })
    );

    expect(event.sourceMskArn).toBe(
      'arn:aws:kafka:us-east-1:123456789012:cluster/orders-cluster/5f3e2d1c-0b9a-4c8d-8e7f-6a5b4c3d2e1f-3'
    );
    expect(event.records[1]?.data).toBe('eyJpZCI6OX0=');
    expect(event.records.map((record) => record.dataAsJson.id)).toEqual([9, 9]);
  });

  it('applies the data and stream overrides', () => {
    const raw = createKinesisFirehoseEvent({
      json: { id: 7 },
      deliveryStreamArn:
        'arn:aws:firehose:eu-west-1:123456789012:deliverystream/orders',
      region: 'eu-west-1',
      invocationId: 'invocation-1',
    });

    const event = new KinesisFirehoseEvent<{ id: number }>(raw);

    expect(event.records.map((record) => record.dataAsJson.id)).toEqual([7, 7]);
    expect(event.deliveryStreamArn).toBe(
      'arn:aws:firehose:eu-west-1:123456789012:deliverystream/orders'
    );
    expect(event.region).toBe('eu-west-1');
    expect(event.invocationId).toBe('invocation-1');
  });

  it('applies text, base64 data and records', () => {
    const text = new KinesisFirehoseEvent(
      createKinesisFirehoseEvent({ text: 'hi' })
    );
    const data = new KinesisFirehoseEvent(
      createKinesisFirehoseEvent({
        data: 'aGk=',
        records: [{ approximateArrivalTimestamp: 1 }],
      })
    );

    expect(text.records[1]?.data).toBe('aGk=');
    expect(data.records).toHaveLength(1);
    expect(data.records[0]?.dataAsText).toBe('hi');
    expect(data.records[0]?.approximateArrivalTimestamp).toBe(1);
  });

  it('builds one record per payload, with numbered record IDs', () => {
    const event = new KinesisFirehoseEvent(
      createKinesisFirehoseEvent({ payloads: [{ id: 1 }, 'plain'] })
    );

    expect(event.records.map((record) => record.dataAsText)).toEqual([
      '{"id":1}',
      'plain',
    ]);
    expect(event.records.map((record) => record.recordId)).toEqual([
      '49546986683135544286507457936321625675700192471156780000',
      '49546986683135544286507457936321625675700192471156780001',
    ]);
  });

  it('builds as many records as the count asks, merging record changes at any depth', () => {
    const event = new KinesisFirehoseEvent(
      createKinesisFirehoseEvent({
        source: 'kinesis',
        count: 3,
        records: [{}, {}, { kinesisRecordMetadata: { partitionKey: 'p-3' } }],
      })
    );

    expect(event.records).toHaveLength(3);
    expect(event.records[2]?.metadata?.partitionKey).toBe('p-3');
    expect(event.records[2]?.metadata?.shardId).toBe('shardId-000000000000');
  });
});
