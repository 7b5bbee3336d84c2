import type {
  KinesisStreamEvent as AwsKinesisStreamEvent,
  KinesisStreamRecord as AwsKinesisStreamRecord,
  KinesisStreamRecordPayload as AwsKinesisStreamRecordPayload,
  KinesisStreamTumblingWindowEvent as AwsKinesisStreamTumblingWindowEvent,
} from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type CloudWatchLogsSubscriptionData,
  extractCloudWatchLogsFromEvent,
  extractCloudWatchLogsFromRecord,
  KinesisStreamEvent,
  type KinesisStreamRecord,
  type KinesisStreamRecordPayload,
  type RawKinesisStreamEvent,
  type RawKinesisStreamRecord,
  type RawKinesisStreamRecordPayload,
  type RawTumblingWindowBatch,
  type TumblingWindow,
} from '../src/index';
import { createKinesisStreamEvent } from '../src/testing';

interface Reading {
  sensor: string;
  value: number;
}

describe('KinesisStreamEvent types', () => {
  it('accepts the @types/aws-lambda events', () => {
    expectTypeOf<AwsKinesisStreamEvent>().toExtend<RawKinesisStreamEvent>();
    expectTypeOf<AwsKinesisStreamTumblingWindowEvent>().toExtend<RawKinesisStreamEvent>();
    expectTypeOf<AwsKinesisStreamRecord>().toExtend<RawKinesisStreamRecord>();
    expectTypeOf<AwsKinesisStreamRecordPayload>().toExtend<RawKinesisStreamRecordPayload>();
  });

  it('extends the tumbling-window batch of core', () => {
    expectTypeOf<RawKinesisStreamEvent>().toExtend<RawTumblingWindowBatch>();
    expectTypeOf<
      RawKinesisStreamEvent<{ total: number }>['state']
    >().toEqualTypeOf<{ total: number } | undefined>();
  });

  it('types the getters', () => {
    const event = new KinesisStreamEvent(createKinesisStreamEvent());

    expectTypeOf(event.records).toEqualTypeOf<KinesisStreamRecord<unknown>[]>();
    expectTypeOf(event.window).toEqualTypeOf<TumblingWindow | undefined>();
    expectTypeOf(event.state).toEqualTypeOf<{ [key: string]: unknown }>();
    expectTypeOf(event.shardId).toEqualTypeOf<string | undefined>();
    expectTypeOf(event.isFinalInvokeForWindow).toEqualTypeOf<
      boolean | undefined
    >();
    expectTypeOf(event.records[0]?.kinesis).toEqualTypeOf<
      KinesisStreamRecordPayload<unknown> | undefined
    >();
    expectTypeOf(event.records[0]?.eventId).toEqualTypeOf<string | undefined>();
  });

  it('carries the payload and state types', () => {
    const event = new KinesisStreamEvent<Reading, { total: number }>(
      createKinesisStreamEvent()
    );
    const payload = event.records[0]?.kinesis;

    expectTypeOf(payload?.dataAsJson).toEqualTypeOf<Reading | undefined>();
    expectTypeOf(payload?.dataZlibCompressedAsJson).toEqualTypeOf<
      Reading | undefined
    >();
    expectTypeOf(payload?.dataAsBytes).toEqualTypeOf<Uint8Array | undefined>();
    expectTypeOf(payload?.approximateArrivalTimestamp).toEqualTypeOf<
      number | undefined
    >();
    expectTypeOf(event.state).toEqualTypeOf<{ total: number }>();
  });

  it('accepts a raw event whatever its state type', () => {
    interface Totals {
      total: number;
    }
    const typed = {} as RawKinesisStreamEvent<Totals>;
    const aws = {} as AwsKinesisStreamTumblingWindowEvent;

    expectTypeOf(
      new KinesisStreamEvent<Reading, Totals>(typed).state
    ).toEqualTypeOf<Totals>();
    expectTypeOf(
      new KinesisStreamEvent<Reading, Totals>(aws).state
    ).toEqualTypeOf<Totals>();
    expectTypeOf(
      new KinesisStreamEvent<Reading, Totals>(typed).rawEvent.state
    ).toEqualTypeOf<Totals | undefined>();
  });

  it('types the CloudWatch Logs helpers', () => {
    const event = new KinesisStreamEvent<Reading>(createKinesisStreamEvent());
    class Wrapped {
      constructor(readonly raw: { logGroup: string }) {}
    }

    expectTypeOf(extractCloudWatchLogsFromEvent(event)).toEqualTypeOf<
      CloudWatchLogsSubscriptionData[]
    >();
    expectTypeOf(extractCloudWatchLogsFromEvent(event, Wrapped)).toEqualTypeOf<
      Wrapped[]
    >();
    const record = event.records[0] as KinesisStreamRecord<Reading>;
    expectTypeOf(
      extractCloudWatchLogsFromRecord(record)
    ).toEqualTypeOf<CloudWatchLogsSubscriptionData>();
    expectTypeOf(
      extractCloudWatchLogsFromRecord(record, Wrapped)
    ).toEqualTypeOf<Wrapped>();
  });
});
