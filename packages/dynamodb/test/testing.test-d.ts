import { eventSource } from '@evt/core';
import type {
  DynamoDBStreamEvent as AwsDynamoDBStreamEvent,
  Context,
  DynamoDBStreamHandler,
} from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type DynamoDBNumber,
  DynamoDBStreamEvent,
  type RawDynamoDBStreamEvent,
} from '../src/index';
import {
  createDynamoDBStreamEvent,
  type SampleDynamoDBStreamEvent,
} from '../src/testing';

interface Order {
  Id: string;
  total: number;
}

declare const context: Context;

describe('createDynamoDBStreamEvent', () => {
  it('returns an event that fits @types/aws-lambda and the constructor without a cast', () => {
    const event: AwsDynamoDBStreamEvent = createDynamoDBStreamEvent({
      count: 2,
    });
    const raw: RawDynamoDBStreamEvent = createDynamoDBStreamEvent();

    expectTypeOf(
      createDynamoDBStreamEvent()
    ).toEqualTypeOf<SampleDynamoDBStreamEvent>();
    expectTypeOf(event).toEqualTypeOf<AwsDynamoDBStreamEvent>();
    expectTypeOf(raw).toEqualTypeOf<RawDynamoDBStreamEvent>();
  });

  it('feeds a DynamoDBStreamHandler written with eventSource', () => {
    const handler: DynamoDBStreamHandler = eventSource(
      DynamoDBStreamEvent<Order>,
      async (event, lambdaContext) => {
        expectTypeOf(event.records[0]?.dynamodb?.newImage?.total).toEqualTypeOf<
          DynamoDBNumber | undefined
        >();
        expectTypeOf(lambdaContext).toEqualTypeOf<Context>();
      }
    );

    expectTypeOf(handler).toBeCallableWith(
      createDynamoDBStreamEvent<Order>({ items: [{ Id: 'o-1', total: 1 }] }),
      context,
      () => undefined
    );
  });

  it('checks items against the item type and record changes at any depth', () => {
    // @ts-expect-error: the total is a number
    createDynamoDBStreamEvent<Order>({ items: [{ Id: 'o-1', total: '1' }] });
    createDynamoDBStreamEvent({
      record: { dynamodb: { NewImage: { status: { S: 'SHIPPED' } } } },
    });
    createDynamoDBStreamEvent({
      // @ts-expect-error: an N holds the number's text
      record: { dynamodb: { NewImage: { total: { N: 12 } } } },
    });
  });
});
