import { eventSource } from '@evt/core';
import type {
  LambdaFunctionURLEvent as AwsLambdaFunctionURLEvent,
  Context,
  LambdaFunctionURLHandler,
} from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  LambdaFunctionUrlEvent,
  type RawLambdaFunctionUrlEvent,
} from '../src/index';
import {
  createLambdaFunctionUrlEvent,
  type SampleLambdaFunctionUrlEvent,
} from '../src/testing';

interface NewOrder {
  orderId: string;
}

declare const context: Context;
const callback = (): undefined => undefined;

describe('createLambdaFunctionUrlEvent', () => {
  it('returns an event that fits @types/aws-lambda and the constructor without a cast', () => {
    const event: AwsLambdaFunctionURLEvent = createLambdaFunctionUrlEvent({
      body: null,
    });
    const raw: RawLambdaFunctionUrlEvent = createLambdaFunctionUrlEvent();

    expectTypeOf(
      createLambdaFunctionUrlEvent()
    ).toEqualTypeOf<SampleLambdaFunctionUrlEvent>();
    expectTypeOf(event).toEqualTypeOf<AwsLambdaFunctionURLEvent>();
    expectTypeOf(raw).toEqualTypeOf<RawLambdaFunctionUrlEvent>();
  });

  it('feeds a LambdaFunctionURLHandler written with eventSource', () => {
    const handler: LambdaFunctionURLHandler = eventSource(
      LambdaFunctionUrlEvent<NewOrder>,
      async (event, lambdaContext) => {
        expectTypeOf(event.jsonBody).toEqualTypeOf<NewOrder | undefined>();
        expectTypeOf(lambdaContext).toEqualTypeOf<Context>();
        return { statusCode: 201, body: lambdaContext.awsRequestId };
      }
    );

    expectTypeOf(handler).toBeCallableWith(
      createLambdaFunctionUrlEvent({ jsonBody: { orderId: 'o-1' } }),
      context,
      callback
    );
  });
});
