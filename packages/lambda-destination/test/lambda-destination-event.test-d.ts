import { eventSource } from '@evt/core';
import type { Context } from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type LambdaDestinationCondition,
  LambdaDestinationEvent,
  type LambdaDestinationFunctionError,
  type LambdaDestinationFunctionErrorType,
  type LambdaDestinationRequestContext,
  type LambdaDestinationResponseContext,
  type RawLambdaDestinationEvent,
  type RawLambdaDestinationFunctionError,
} from '../src/index';
import { createLambdaDestinationEvent } from '../src/testing';

interface Order {
  orderId: string;
}

interface Invoice {
  invoiceId: string;
}

declare const context: Context;
declare const record: LambdaDestinationEvent<Order, Invoice>;

describe('LambdaDestinationEvent types', () => {
  it('takes the testing sample as a raw event', () => {
    // @types/aws-lambda declares no invocation record to check against.
    expectTypeOf(createLambdaDestinationEvent<Order, Invoice>()).toExtend<
      RawLambdaDestinationEvent<Order, Invoice>
    >();
  });

  it('types the payloads with the generics', () => {
    expectTypeOf(record.requestPayload).toEqualTypeOf<Order>();
    expectTypeOf(record.result).toEqualTypeOf<Invoice | undefined>();
    expectTypeOf(record.responsePayload).toEqualTypeOf<
      Invoice | RawLambdaDestinationFunctionError | undefined
    >();
  });

  it('defaults the payloads to unknown', () => {
    const untyped = new LambdaDestinationEvent(createLambdaDestinationEvent());

    expectTypeOf(untyped.requestPayload).toBeUnknown();
    expectTypeOf(untyped.result).toBeUnknown();
  });

  it('infers the request type from a typed raw record, never the response type', () => {
    const raw = createLambdaDestinationEvent<Order>({
      requestPayload: { orderId: 'o-1' },
    });

    const inferred = new LambdaDestinationEvent(raw);

    expectTypeOf(inferred.requestPayload).toEqualTypeOf<Order>();
    expectTypeOf(inferred.result).toBeUnknown();
  });

  it('types every other getter', () => {
    expectTypeOf(record.version).toEqualTypeOf<string>();
    expectTypeOf(record.timestamp).toEqualTypeOf<string>();
    expectTypeOf(record.timestampAsDate).toEqualTypeOf<Date>();
    expectTypeOf(
      record.requestContext
    ).toEqualTypeOf<LambdaDestinationRequestContext>();
    expectTypeOf(
      record.responseContext
    ).toEqualTypeOf<LambdaDestinationResponseContext>();
    expectTypeOf(record.isSuccess).toEqualTypeOf<boolean>();
    expectTypeOf(record.isFailure).toEqualTypeOf<boolean>();
    expectTypeOf(record.functionName).toEqualTypeOf<string>();
    expectTypeOf(record.error).toEqualTypeOf<
      LambdaDestinationFunctionError | undefined
    >();
    expectTypeOf(
      record.requestContext.condition
    ).toEqualTypeOf<LambdaDestinationCondition>();
    expectTypeOf(record.requestContext.functionQualifier).toEqualTypeOf<
      string | undefined
    >();
    expectTypeOf(record.responseContext.functionError).toEqualTypeOf<
      LambdaDestinationFunctionErrorType | undefined
    >();
    expectTypeOf(record.error?.stackTrace).toEqualTypeOf<
      readonly string[] | undefined
    >();
  });

  it('names the documented conditions and still takes others', () => {
    expectTypeOf<'Success'>().toExtend<LambdaDestinationCondition>();
    expectTypeOf<'EventAgeExceeded'>().toExtend<LambdaDestinationCondition>();
    expectTypeOf<string>().toExtend<LambdaDestinationCondition>();
  });

  it('wraps the record for a handler through eventSource', () => {
    const handler = eventSource(LambdaDestinationEvent, async (event) => {
      expectTypeOf(event).toEqualTypeOf<LambdaDestinationEvent>();
    });

    expectTypeOf(handler).toBeCallableWith(
      createLambdaDestinationEvent(),
      context
    );
  });
});
