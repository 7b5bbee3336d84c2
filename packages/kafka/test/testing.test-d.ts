import { eventSource } from '@evt/core';
import type {
  Context,
  MSKEvent,
  MSKHandler,
  SelfManagedKafkaEvent,
  SelfManagedKafkaHandler,
} from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import { KafkaEvent, type RawKafkaEvent } from '../src/index';
import {
  createKafkaEvent,
  type KafkaEventOverrides,
  type SampleKafkaEvent,
  type SampleMSKEvent,
  type SampleSelfManagedKafkaEvent,
} from '../src/testing';

interface Order {
  id: string;
}

declare const context: Context;
const callback = (): undefined => undefined;

describe('createKafkaEvent', () => {
  it('returns an MSK event that fits @types/aws-lambda and the constructor without a cast', () => {
    const event: MSKEvent = createKafkaEvent({ count: 3 });
    const raw: RawKafkaEvent = createKafkaEvent();
    const handler: MSKHandler = eventSource(
      KafkaEvent<Order>,
      async (wrapped, lambdaContext) => {
        expectTypeOf(wrapped.record.jsonValue).toEqualTypeOf<Order>();
        expectTypeOf(lambdaContext).toEqualTypeOf<Context>();
      }
    );

    expectTypeOf(createKafkaEvent()).toEqualTypeOf<SampleMSKEvent>();
    expectTypeOf(raw).toEqualTypeOf<RawKafkaEvent>();
    expectTypeOf(handler).toBeCallableWith(
      createKafkaEvent<Order>({ values: [{ id: '1' }] }),
      context,
      callback
    );
    expectTypeOf(event).toEqualTypeOf<MSKEvent>();
  });

  it('returns a self-managed event that fits SelfManagedKafkaHandler', () => {
    const event: SelfManagedKafkaEvent = createKafkaEvent({
      selfManaged: true,
    });
    const handler: SelfManagedKafkaHandler = eventSource(
      KafkaEvent,
      async () => undefined
    );

    expectTypeOf(
      createKafkaEvent({ selfManaged: true })
    ).toEqualTypeOf<SampleSelfManagedKafkaEvent>();
    expectTypeOf(handler).toBeCallableWith(event, context, callback);
  });

  it('types a keyless event as one @types/aws-lambda does not describe', () => {
    const raw: RawKafkaEvent = createKafkaEvent({ key: null });
    const overrides: KafkaEventOverrides = {};

    expectTypeOf(
      createKafkaEvent({ key: null })
    ).toEqualTypeOf<SampleKafkaEvent>();
    expectTypeOf(createKafkaEvent(overrides)).toEqualTypeOf<SampleKafkaEvent>();
    expectTypeOf(raw).toEqualTypeOf<RawKafkaEvent>();
    expectTypeOf(createKafkaEvent({ key: null })).not.toExtend<MSKEvent>();
  });

  it('takes record changes at any depth and checks values', () => {
    createKafkaEvent({ record: { valueSchemaMetadata: { schemaId: 's-1' } } });
    // @ts-expect-error: the offset is a number
    createKafkaEvent({ record: { offset: '1' } });
    // @ts-expect-error: ID is no field of Order
    createKafkaEvent<Order>({ values: [{ ID: '1' }] });
  });
});
