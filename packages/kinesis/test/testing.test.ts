import { describe, expect, it } from 'vitest';
import { KinesisStreamEvent } from '../src/kinesis-stream-event';
import { createKinesisStreamEvent } from '../src/testing';

describe('createKinesisStreamEvent', () => {
  it('returns a fresh copy of the documentation sample', () => {
    const first = createKinesisStreamEvent();
    const second = createKinesisStreamEvent();

    expect(first).toEqual(second);
    expect(first).not.toBe(second);
    expect(first.Records[0]?.kinesis.partitionKey).toBe('1');
  });

  it('gives every record the JSON data and keys asked for', () => {
    const raw = createKinesisStreamEvent({
      json: { id: 7 },
      partitionKey: 'orders',
      eventSourceArn: 'arn:aws:kinesis:eu-west-1:123456789012:stream/orders',
      awsRegion: 'eu-west-1',
    });

    const event = new KinesisStreamEvent<{ id: number }>(raw);

    expect(event.records.map((record) => record.kinesis.dataAsJson.id)).toEqual(
      [7, 7]
    );
    expect(event.records[1]?.kinesis.partitionKey).toBe('orders');
    expect(event.records[1]?.eventSourceArn).toBe(
      'arn:aws:kinesis:eu-west-1:123456789012:stream/orders'
    );
    expect(event.records[1]?.awsRegion).toBe('eu-west-1');
  });

  it('gives every record the text or base64 data asked for', () => {
    const text = new KinesisStreamEvent(
      createKinesisStreamEvent({ text: 'hi' })
    );
    const data = new KinesisStreamEvent(
      createKinesisStreamEvent({ data: 'aGk=' })
    );

    expect(text.records[0]?.kinesis.data).toBe('aGk=');
    expect(data.records[1]?.kinesis.dataAsText).toBe('hi');
  });

  it('replaces the records and adds tumbling-window fields', () => {
    const sample = createKinesisStreamEvent();
    const raw = createKinesisStreamEvent({
      records: sample.Records.slice(0, 1),
      tumblingWindow: {
        window: { start: '2020-12-09T07:04:00Z', end: '2020-12-09T07:06:00Z' },
        state: { total: 3 },
        isFinalInvokeForWindow: true,
      },
    });

    const event = new KinesisStreamEvent(raw);

    expect(event.records).toHaveLength(1);
    expect(event.window?.end).toBe('2020-12-09T07:06:00Z');
    expect(event.state).toEqual({ total: 3 });
    expect(event.isFinalInvokeForWindow).toBe(true);
  });

  it('builds one record per payload, with numbered sequence numbers and event IDs', () => {
    const event = new KinesisStreamEvent(
      createKinesisStreamEvent({ payloads: [{ id: 1 }, 'plain text'] })
    );

    expect(event.records.map((record) => record.kinesis.dataAsText)).toEqual([
      '{"id":1}',
      'plain text',
    ]);
    expect(event.records[1]?.kinesis.sequenceNumber).toBe(
      '49590338271490256608559692538361571095921575989136580001'
    );
    expect(event.records[1]?.eventId).toBe(
      'shardId-000000000006:49590338271490256608559692538361571095921575989136580001'
    );
  });

  it('builds as many records as the count asks, merging record changes at any depth', () => {
    const event = new KinesisStreamEvent(
      createKinesisStreamEvent({
        count: 3,
        record: { kinesis: { partitionKey: 'p-1' } },
      })
    );

    expect(event.records.map((record) => record.kinesis.partitionKey)).toEqual([
      'p-1',
      'p-1',
      'p-1',
    ]);
    expect(event.records[2]?.kinesis.kinesisSchemaVersion).toBe('1.0');
  });
});
