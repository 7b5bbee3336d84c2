import { eventSource } from '@evt/core';
import type {
  KinesisStreamEvent as AwsKinesisStreamEvent,
  Context,
  KinesisStreamHandler,
  KinesisStreamTumblingWindowEvent,
} from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import { KinesisStreamEvent, type RawKinesisStreamEvent } from '../src/index';
import {
  createKinesisStreamEvent,
  type SampleKinesisStreamEvent,
} from '../src/testing';

interface Reading {
  celsius: number;
}

declare const context: Context;

describe('createKinesisStreamEvent', () => {
  it('returns an event that fits @types/aws-lambda and the constructor without a cast', () => {
    const event: AwsKinesisStreamEvent = createKinesisStreamEvent({ count: 3 });
    const raw: RawKinesisStreamEvent = createKinesisStreamEvent();

    expectTypeOf(
      createKinesisStreamEvent()
    ).toEqualTypeOf<SampleKinesisStreamEvent>();
    expectTypeOf(event).toEqualTypeOf<AwsKinesisStreamEvent>();
    expectTypeOf(raw).toEqualTypeOf<RawKinesisStreamEvent>();
  });

  it('feeds a KinesisStreamHandler written with eventSource', () => {
    const handler: KinesisStreamHandler = eventSource(
      KinesisStreamEvent<Reading>,
      async (event, lambdaContext) => {
        expectTypeOf(event.records[0]?.kinesis.dataAsJson).toEqualTypeOf<
          Reading | undefined
        >();
        expectTypeOf(lambdaContext).toEqualTypeOf<Context>();
        return { batchItemFailures: [] };
      }
    );

    expectTypeOf(handler).toBeCallableWith(
      createKinesisStreamEvent<Reading>({ payloads: [{ celsius: 21 }] }),
      context,
      () => undefined
    );
  });

  it('leaves the tumbling-window fields optional, as a plain batch has none', () => {
    expectTypeOf(
      createKinesisStreamEvent()
    ).not.toExtend<KinesisStreamTumblingWindowEvent>();
  });

  it('takes record changes at any depth and checks payloads', () => {
    createKinesisStreamEvent({ record: { kinesis: { partitionKey: 'p' } } });
    createKinesisStreamEvent({
      // @ts-expect-error: the arrival time is a number
      record: { kinesis: { approximateArrivalTimestamp: '1' } },
    });
    // @ts-expect-error: fahrenheit is no field of Reading
    createKinesisStreamEvent<Reading>({ payloads: [{ fahrenheit: 70 }] });
  });
});
