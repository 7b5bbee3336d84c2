import { eventSource } from '@evt/core';
import type {
  APIGatewayProxyHandler,
  APIGatewayProxyHandlerV2,
  APIGatewayProxyWebsocketEventV2,
  APIGatewayProxyWebsocketHandlerV2,
  APIGatewayRequestAuthorizerEvent,
  APIGatewayRequestAuthorizerEventV2,
  APIGatewayRequestAuthorizerHandler,
  APIGatewayRequestSimpleAuthorizerHandlerV2,
  APIGatewayTokenAuthorizerEvent,
  APIGatewayTokenAuthorizerHandler,
  APIGatewayProxyEvent as AwsAPIGatewayProxyEvent,
  APIGatewayProxyEventV2 as AwsAPIGatewayProxyEventV2,
  Context,
} from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  APIGatewayAuthorizerEventV2,
  APIGatewayAuthorizerRequestEvent,
  APIGatewayAuthorizerResponse,
  APIGatewayAuthorizerResponseV2,
  APIGatewayAuthorizerTokenEvent,
  APIGatewayProxyEvent,
  APIGatewayProxyEventV2,
  APIGatewayWebSocketEvent,
  type RawAPIGatewayAuthorizerEventV2,
  type RawAPIGatewayAuthorizerRequestEvent,
  type RawAPIGatewayAuthorizerTokenEvent,
  type RawAPIGatewayProxyEvent,
  type RawAPIGatewayProxyEventV2,
  type RawAPIGatewayWebSocketEvent,
} from '../src/index';
import {
  createAPIGatewayAuthorizerEventV2,
  createAPIGatewayAuthorizerRequestEvent,
  createAPIGatewayAuthorizerTokenEvent,
  createAPIGatewayProxyEvent,
  createAPIGatewayProxyEventV2,
  createAPIGatewayWebSocketEvent,
  type SampleAPIGatewayAuthorizerEventV2,
  type SampleAPIGatewayAuthorizerRequestEvent,
  type SampleAPIGatewayAuthorizerTokenEvent,
  type SampleAPIGatewayProxyEvent,
  type SampleAPIGatewayProxyEventV2,
  type SampleAPIGatewayWebSocketEvent,
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

describe('createAPIGatewayAuthorizerTokenEvent', () => {
  it('returns an event that fits @types/aws-lambda and the constructor without a cast', () => {
    const event: APIGatewayTokenAuthorizerEvent =
      createAPIGatewayAuthorizerTokenEvent();
    const raw: RawAPIGatewayAuthorizerTokenEvent =
      createAPIGatewayAuthorizerTokenEvent();
    const handler: APIGatewayTokenAuthorizerHandler = eventSource(
      APIGatewayAuthorizerTokenEvent,
      async (wrapped) =>
        APIGatewayAuthorizerResponse.fromRouteArn(wrapped.methodArn, {
          principalId: 'user-1',
        })
          .allowAllRoutes()
          .asDict()
    );

    expectTypeOf(
      createAPIGatewayAuthorizerTokenEvent()
    ).toEqualTypeOf<SampleAPIGatewayAuthorizerTokenEvent>();
    expectTypeOf(raw).toEqualTypeOf<RawAPIGatewayAuthorizerTokenEvent>();
    expectTypeOf(handler).toBeCallableWith(event, context, callback);
  });
});

describe('createAPIGatewayAuthorizerRequestEvent', () => {
  it('returns an event that fits @types/aws-lambda and the constructor without a cast', () => {
    const event: APIGatewayRequestAuthorizerEvent =
      createAPIGatewayAuthorizerRequestEvent();
    const raw: RawAPIGatewayAuthorizerRequestEvent =
      createAPIGatewayAuthorizerRequestEvent();
    const handler: APIGatewayRequestAuthorizerHandler = eventSource(
      APIGatewayAuthorizerRequestEvent,
      async (wrapped) =>
        APIGatewayAuthorizerResponse.fromRouteArn(wrapped.parsedArn, {
          principalId: 'user-1',
        })
          .denyAllRoutes()
          .asDict()
    );

    expectTypeOf(
      createAPIGatewayAuthorizerRequestEvent()
    ).toEqualTypeOf<SampleAPIGatewayAuthorizerRequestEvent>();
    expectTypeOf(raw).toEqualTypeOf<RawAPIGatewayAuthorizerRequestEvent>();
    expectTypeOf(handler).toBeCallableWith(event, context, callback);
  });
});

describe('createAPIGatewayAuthorizerEventV2', () => {
  it('returns an event that fits @types/aws-lambda and the constructor without a cast', () => {
    const event: APIGatewayRequestAuthorizerEventV2 =
      createAPIGatewayAuthorizerEventV2();
    const raw: RawAPIGatewayAuthorizerEventV2 =
      createAPIGatewayAuthorizerEventV2();
    const handler: APIGatewayRequestSimpleAuthorizerHandlerV2 = eventSource(
      APIGatewayAuthorizerEventV2,
      async (wrapped) =>
        new APIGatewayAuthorizerResponseV2(
          wrapped.identitySource.length > 0
        ).asDict()
    );

    expectTypeOf(
      createAPIGatewayAuthorizerEventV2()
    ).toEqualTypeOf<SampleAPIGatewayAuthorizerEventV2>();
    expectTypeOf(raw).toEqualTypeOf<RawAPIGatewayAuthorizerEventV2>();
    expectTypeOf(handler).toBeCallableWith(event, context, callback);
  });
});

describe('createAPIGatewayWebSocketEvent', () => {
  it('returns an event that fits @types/aws-lambda and the constructor without a cast', () => {
    const event: APIGatewayProxyWebsocketEventV2 =
      createAPIGatewayWebSocketEvent();
    const raw: RawAPIGatewayWebSocketEvent = createAPIGatewayWebSocketEvent();
    const handler: APIGatewayProxyWebsocketHandlerV2 = eventSource(
      APIGatewayWebSocketEvent<NewOrder>,
      async (wrapped) => ({
        statusCode: 200,
        body: wrapped.jsonBody?.orderId ?? wrapped.requestContext.connectionId,
      })
    );

    expectTypeOf(
      createAPIGatewayWebSocketEvent()
    ).toEqualTypeOf<SampleAPIGatewayWebSocketEvent>();
    expectTypeOf(raw).toEqualTypeOf<RawAPIGatewayWebSocketEvent>();
    expectTypeOf(handler).toBeCallableWith(event, context, callback);
  });
});
