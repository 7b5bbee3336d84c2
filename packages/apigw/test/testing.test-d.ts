import { eventSource } from '@evt/core';
import type {
  APIGatewayProxyHandler,
  APIGatewayProxyHandlerV2,
  APIGatewayProxyEvent as AwsAPIGatewayProxyEvent,
  APIGatewayProxyEventV2 as AwsAPIGatewayProxyEventV2,
  Context,
} from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  APIGatewayProxyEvent,
  APIGatewayProxyEventV2,
  type RawAPIGatewayProxyEvent,
  type RawAPIGatewayProxyEventV2,
} from '../src/index';
import {
  createAPIGatewayProxyEvent,
  createAPIGatewayProxyEventV2,
  type SampleAPIGatewayProxyEvent,
  type SampleAPIGatewayProxyEventV2,
} from '../src/testing';

interface NewOrder {
  orderId: string;
}

declare const context: Context;
const callback = (): undefined => undefined;

describe('createAPIGatewayProxyEventV2', () => {
  it('returns an event that fits @types/aws-lambda and the constructor without a cast', () => {
    const event: AwsAPIGatewayProxyEventV2 = createAPIGatewayProxyEventV2({
      body: null,
    });
    const raw: RawAPIGatewayProxyEventV2 = createAPIGatewayProxyEventV2();

    expectTypeOf(
      createAPIGatewayProxyEventV2()
    ).toEqualTypeOf<SampleAPIGatewayProxyEventV2>();
    expectTypeOf(event).toEqualTypeOf<AwsAPIGatewayProxyEventV2>();
    expectTypeOf(raw).toEqualTypeOf<RawAPIGatewayProxyEventV2>();
  });

  it('feeds an APIGatewayProxyHandlerV2 written with eventSource', () => {
    const handler: APIGatewayProxyHandlerV2 = eventSource(
      APIGatewayProxyEventV2<NewOrder>,
      async (event, lambdaContext) => {
        expectTypeOf(event.jsonBody).toEqualTypeOf<NewOrder | undefined>();
        expectTypeOf(lambdaContext).toEqualTypeOf<Context>();
        return { statusCode: 201, body: lambdaContext.awsRequestId };
      }
    );

    expectTypeOf(handler).toBeCallableWith(
      createAPIGatewayProxyEventV2({ jsonBody: { orderId: 'o-1' } }),
      context,
      callback
    );
  });

  it('takes event changes at any depth', () => {
    createAPIGatewayProxyEventV2({
      event: {
        rawQueryString: 'tag=a&tag=b',
        requestContext: { authorizer: { jwt: { claims: { sub: 'u-1' } } } },
      },
    });
    createAPIGatewayProxyEventV2({
      // @ts-expect-error: the epoch time is a number
      event: { requestContext: { timeEpoch: 'now' } },
    });
  });
});

describe('createAPIGatewayProxyEvent', () => {
  it('returns an event that fits APIGatewayProxyHandler and the constructor without a cast', () => {
    const event: AwsAPIGatewayProxyEvent = createAPIGatewayProxyEvent({
      httpMethod: 'GET',
      body: null,
    });
    const raw: RawAPIGatewayProxyEvent = createAPIGatewayProxyEvent();
    const handler: APIGatewayProxyHandler = eventSource(
      APIGatewayProxyEvent,
      async (wrapped) => ({ statusCode: 200, body: wrapped.path ?? '/' })
    );

    expectTypeOf(
      createAPIGatewayProxyEvent()
    ).toEqualTypeOf<SampleAPIGatewayProxyEvent>();
    expectTypeOf(raw).toEqualTypeOf<RawAPIGatewayProxyEvent>();
    expectTypeOf(handler).toBeCallableWith(event, context, callback);
  });

  it('takes authorizer changes at any depth', () => {
    createAPIGatewayProxyEvent({
      event: { requestContext: { authorizer: { claims: { sub: 'u-1' } } } },
    });
  });
});
