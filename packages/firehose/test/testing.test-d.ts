import { eventSource } from '@evt/core';
import type {
  Context,
  FirehoseTransformationEvent,
  FirehoseTransformationHandler,
} from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  KinesisFirehoseEvent,
  type RawKinesisFirehoseEvent,
} from '../src/index';
import {
  createKinesisFirehoseEvent,
  type SampleKinesisFirehoseEvent,
  type SampleKinesisFirehoseKinesisEvent,
} from '../src/testing';

interface Trade {
  price: number;
}

declare const context: Context;

describe('createKinesisFirehoseEvent', () => {
  it('returns a direct PUT event that fits @types/aws-lambda and the constructor without a cast', () => {
    const event: FirehoseTransformationEvent = createKinesisFirehoseEvent({
      count: 3,
    });
    const raw: RawKinesisFirehoseEvent = createKinesisFirehoseEvent();

    expectTypeOf(
      createKinesisFirehoseEvent()
    ).toEqualTypeOf<SampleKinesisFirehoseEvent>();
    expectTypeOf(event).toEqualTypeOf<FirehoseTransformationEvent>();
    expectTypeOf(raw).toEqualTypeOf<RawKinesisFirehoseEvent>();
  });

  it('feeds a FirehoseTransformationHandler written with eventSource', () => {
    const handler: FirehoseTransformationHandler = eventSource(
      KinesisFirehoseEvent<Trade>,
      async (event, lambdaContext) => {
        expectTypeOf(event.records[0]?.dataAsJson).toEqualTypeOf<
          Trade | undefined
        >();
        expectTypeOf(lambdaContext).toEqualTypeOf<Context>();
        return { records: [] };
      }
    );

    expectTypeOf(handler).toBeCallableWith(
      createKinesisFirehoseEvent<Trade>({ payloads: [{ price: 1 }] }),
      context,
      () => undefined
    );
  });

  it('types the Kinesis-sourced sample as Firehose sends it', () => {
    const raw: RawKinesisFirehoseEvent = createKinesisFirehoseEvent({
      source: 'kinesis',
      record: { kinesisRecordMetadata: { partitionKey: 'p' } },
    });

    expectTypeOf(
      createKinesisFirehoseEvent({ source: 'kinesis' })
    ).toEqualTypeOf<SampleKinesisFirehoseKinesisEvent>();
    expectTypeOf(raw).toEqualTypeOf<RawKinesisFirehoseEvent>();
    // @ts-expect-error: a direct PUT record has no Kinesis metadata
    createKinesisFirehoseEvent({ record: { kinesisRecordMetadata: {} } });
  });
});
