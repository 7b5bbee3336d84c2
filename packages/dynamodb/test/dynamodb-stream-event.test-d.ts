import type { TumblingWindowBatch } from '@evt/core';
import type {
  AttributeValue as AwsAttributeValue,
  DynamoDBRecord as AwsDynamoDBRecord,
  DynamoDBStreamEvent as AwsDynamoDBStreamEvent,
  StreamRecord as AwsStreamRecord,
} from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import type {
  DynamoDBImage,
  DynamoDBNumber,
  DynamoDBValue,
  RawAttributeValue,
} from '../src/attribute-value';
import {
  type DynamoDBRecord,
  DynamoDBRecordEventName,
  DynamoDBStreamEvent,
  type DynamoDBUserIdentity,
  type RawDynamoDBRecord,
  type RawDynamoDBStreamEvent,
  type RawStreamRecord,
  type StreamRecord,
  StreamViewType,
} from '../src/dynamodb-stream-event';
import type { RawTumblingWindowBatch, TumblingWindow } from '../src/index';

interface Order {
  orderId: string;
  total: DynamoDBNumber;
}

interface OrderKeys {
  orderId: string;
}

declare const raw: RawDynamoDBStreamEvent;

describe('raw types', () => {
  it('accepts the @types/aws-lambda event', () => {
    expectTypeOf<AwsDynamoDBStreamEvent>().toExtend<RawDynamoDBStreamEvent>();
    expectTypeOf<AwsDynamoDBRecord>().toExtend<RawDynamoDBRecord>();
    expectTypeOf<AwsStreamRecord>().toExtend<RawStreamRecord>();
    expectTypeOf<AwsAttributeValue>().toExtend<RawAttributeValue>();
  });

  it('lets the constructor take the @types/aws-lambda event', () => {
    expectTypeOf<typeof DynamoDBStreamEvent>().toBeConstructibleWith(
      {} as AwsDynamoDBStreamEvent
    );
  });
});

describe('DynamoDBStreamEvent', () => {
  it('returns typed members', () => {
    const event = new DynamoDBStreamEvent(raw);

    expectTypeOf(event.records).toEqualTypeOf<DynamoDBRecord[]>();
    expectTypeOf(event.window).toEqualTypeOf<TumblingWindow | undefined>();
    expectTypeOf(event.state).toEqualTypeOf<{ [key: string]: unknown }>();
    expectTypeOf(event.shardId).toEqualTypeOf<string | undefined>();
    expectTypeOf(event.eventSourceArn).toEqualTypeOf<string | undefined>();
    expectTypeOf(event.isFinalInvokeForWindow).toEqualTypeOf<
      boolean | undefined
    >();
    expectTypeOf(event.isWindowTerminatedEarly).toEqualTypeOf<
      boolean | undefined
    >();
  });

  it('is a TumblingWindowBatch, as the Kinesis event is', () => {
    expectTypeOf<DynamoDBStreamEvent>().toExtend<
      TumblingWindowBatch<RawDynamoDBStreamEvent, { [key: string]: unknown }>
    >();
    expectTypeOf<RawDynamoDBStreamEvent>().toExtend<RawTumblingWindowBatch>();
  });

  it('types the window state as TState', () => {
    const event = new DynamoDBStreamEvent<Order, OrderKeys, { total: number }>(
      raw as RawDynamoDBStreamEvent<{ total: number }>
    );

    expectTypeOf(event.state).toEqualTypeOf<{ total: number }>();
    expectTypeOf(event.state.total).toEqualTypeOf<number>();
  });

  it('accepts a raw event of any state type whatever TState is', () => {
    const event = new DynamoDBStreamEvent<Order, OrderKeys, { total: number }>(
      raw
    );
    const fromAws = new DynamoDBStreamEvent<
      Order,
      OrderKeys,
      { total: number }
    >({} as AwsDynamoDBStreamEvent);

    expectTypeOf(event.state).toEqualTypeOf<{ total: number }>();
    expectTypeOf(fromAws.state).toEqualTypeOf<{ total: number }>();
  });

  it('carries the item and key types to the images', () => {
    const event = new DynamoDBStreamEvent<Order, OrderKeys>(raw);
    const stream = event.records[0]?.dynamodb;

    expectTypeOf(stream).toEqualTypeOf<
      StreamRecord<Order, OrderKeys> | undefined
    >();
    expectTypeOf(stream?.newImage).toEqualTypeOf<Order | undefined>();
    expectTypeOf(stream?.oldImage).toEqualTypeOf<Partial<Order> | undefined>();
    expectTypeOf(stream?.keys).toEqualTypeOf<OrderKeys | undefined>();
  });
});

describe('DynamoDBRecord', () => {
  it('returns typed members', () => {
    const record = new DynamoDBStreamEvent(raw).records[0] as DynamoDBRecord;

    expectTypeOf(record.eventName).toEqualTypeOf<
      'INSERT' | 'MODIFY' | 'REMOVE' | undefined
    >();
    expectTypeOf(record.eventId).toEqualTypeOf<string | undefined>();
    expectTypeOf(record.userIdentity).toEqualTypeOf<
      Partial<DynamoDBUserIdentity>
    >();
    expectTypeOf(record.isTtlDeletion).toEqualTypeOf<boolean>();
  });
});

describe('StreamRecord', () => {
  it('returns unmarshalled images by default', () => {
    const stream = new DynamoDBStreamEvent(raw).records[0]
      ?.dynamodb as StreamRecord;

    expectTypeOf(stream.newImage).toEqualTypeOf<DynamoDBImage | undefined>();
    expectTypeOf(stream.newImage?.price).toEqualTypeOf<
      DynamoDBValue<DynamoDBNumber> | undefined
    >();
    expectTypeOf(stream.approximateCreationDateTime).toEqualTypeOf<
      number | undefined
    >();
    expectTypeOf(stream.approximateCreationDate).toEqualTypeOf<
      Date | undefined
    >();
    expectTypeOf(stream.streamViewType).toEqualTypeOf<
      StreamViewType | undefined
    >();
  });

  it('types numbers after the chosen representation', () => {
    const stream = new DynamoDBStreamEvent(raw).records[0]
      ?.dynamodb as StreamRecord;

    expectTypeOf(stream.newImageAs({ numbers: 'number' })).toEqualTypeOf<
      DynamoDBImage<number> | undefined
    >();
    expectTypeOf(stream.oldImageAs({ numbers: 'string' })).toEqualTypeOf<
      DynamoDBImage<string>
    >();
    expectTypeOf(stream.keysAs({ numbers: 'DynamoDBNumber' })).toEqualTypeOf<
      DynamoDBImage<DynamoDBNumber> | undefined
    >();
  });
});

describe('constants', () => {
  it('types each constant as its literal', () => {
    expectTypeOf(DynamoDBRecordEventName.INSERT).toEqualTypeOf<'INSERT'>();
    expectTypeOf(StreamViewType.NEW_IMAGE).toEqualTypeOf<'NEW_IMAGE'>();
    expectTypeOf<DynamoDBRecordEventName>().toEqualTypeOf<
      'INSERT' | 'MODIFY' | 'REMOVE'
    >();
  });
});
