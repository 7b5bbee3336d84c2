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
  Unmarshalled,
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
      Partial<DynamoDBImage<string>>
    >();
    expectTypeOf(stream.keysAs({ numbers: 'DynamoDBNumber' })).toEqualTypeOf<
      DynamoDBImage<DynamoDBNumber> | undefined
    >();
  });
});

describe('typed images', () => {
  interface Item {
    pk: string;
    total: number;
    count?: number;
    tags: Set<string>;
    sizes: Set<number>;
    blob: Uint8Array;
    lines: { sku: string; quantity: number }[];
    gift: boolean | null;
  }

  const stream = new DynamoDBStreamEvent<Item, { pk: string }>(raw).records[0]
    ?.dynamodb as StreamRecord<Item, { pk: string }>;

  it('types every number as what the unmarshaller returns, at any depth', () => {
    const image = stream.newImage as Unmarshalled<Item>;

    expectTypeOf(image.total).toEqualTypeOf<DynamoDBNumber>();
    expectTypeOf(image.count).toEqualTypeOf<DynamoDBNumber | undefined>();
    expectTypeOf(image.sizes).toEqualTypeOf<Set<DynamoDBNumber>>();
    expectTypeOf(image.lines).toEqualTypeOf<
      { sku: string; quantity: DynamoDBNumber }[]
    >();
    expectTypeOf(image.tags).toEqualTypeOf<Set<string>>();
    expectTypeOf(image.blob).toEqualTypeOf<Uint8Array>();
    expectTypeOf<Unmarshalled<{ big: bigint }>>().toEqualTypeOf<{
      big: DynamoDBNumber;
    }>();
    expectTypeOf(image.gift).toEqualTypeOf<boolean | null>();
    expectTypeOf(stream.keys).toEqualTypeOf<{ pk: string } | undefined>();
  });

  it('makes arithmetic on a DynamoDB number a compile error', () => {
    const image = stream.newImage as Unmarshalled<Item>;

    // @ts-expect-error: a DynamoDBNumber is no number; read it with toNumber()
    const sum: number = image.total + 1;
    // @ts-expect-error: a String Set is a Set, not an array
    image.tags.map((tag) => tag);

    expectTypeOf(image.total.toNumber() + 1).toEqualTypeOf<number>();
    expectTypeOf(sum).toEqualTypeOf<number>();
  });

  it('gives the item type back with numbers as JavaScript numbers', () => {
    expectTypeOf(stream.newImageAs({ numbers: 'number' })).toEqualTypeOf<
      Item | undefined
    >();
    expectTypeOf(stream.oldImageAs({ numbers: 'string' })?.total).toEqualTypeOf<
      string | undefined
    >();
    expectTypeOf(stream.keysAs({ numbers: 'DynamoDBNumber' })).toEqualTypeOf<
      { pk: string } | undefined
    >();
  });

  it('keeps the untyped image when no item type is given', () => {
    expectTypeOf<Unmarshalled<DynamoDBImage, number>>().toEqualTypeOf<
      DynamoDBImage<number>
    >();
    expectTypeOf<Unmarshalled<DynamoDBImage>>().toEqualTypeOf<DynamoDBImage>();
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
