import type { HeaderMap } from '@evt/core';
import type {
  LambdaFunctionURLEventWithIAMAuthorizer as AwsIamEvent,
  LambdaFunctionURLEvent as AwsLambdaFunctionURLEvent,
} from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  LambdaFunctionUrlEvent,
  type LambdaFunctionUrlRequestContext,
  type LambdaFunctionUrlRequestContextAuthorizer,
  type RawLambdaFunctionUrlEvent,
  type RequestContextV2AuthorizerIam,
  type RequestContextV2Http,
} from '../src/index';

declare const raw: RawLambdaFunctionUrlEvent;

describe('LambdaFunctionUrlEvent', () => {
  it('accepts the @types/aws-lambda events', () => {
    expectTypeOf<AwsLambdaFunctionURLEvent>().toExtend<RawLambdaFunctionUrlEvent>();
    expectTypeOf<AwsIamEvent>().toExtend<RawLambdaFunctionUrlEvent>();
  });

  it('types jsonBody with the body type', () => {
    interface Order {
      orderId: string;
    }

    expectTypeOf(new LambdaFunctionUrlEvent<Order>(raw).jsonBody).toEqualTypeOf<
      Order | undefined
    >();
  });

  it('types its getters', () => {
    const event = new LambdaFunctionUrlEvent(raw);

    expectTypeOf(event.version).toEqualTypeOf<string>();
    expectTypeOf(event.routeKey).toEqualTypeOf<string>();
    expectTypeOf(event.rawPath).toEqualTypeOf<string>();
    expectTypeOf(event.rawQueryString).toEqualTypeOf<string>();
    expectTypeOf(event.cookies).toEqualTypeOf<readonly string[]>();
    expectTypeOf(event.parsedCookies).toEqualTypeOf<
      ReadonlyMap<string, string>
    >();
    expectTypeOf(event.parsedQueryStringParameters).toEqualTypeOf<
      ReadonlyMap<string, readonly string[]>
    >();
    expectTypeOf(event.headers).toEqualTypeOf<HeaderMap>();
    expectTypeOf(event.queryStringParameters).toEqualTypeOf<
      Record<string, string>
    >();
    expectTypeOf(event.path).toEqualTypeOf<string>();
    expectTypeOf(event.httpMethod).toEqualTypeOf<string>();
    expectTypeOf(event.body).toEqualTypeOf<string | undefined>();
    expectTypeOf(event.isBase64Encoded).toEqualTypeOf<boolean>();
    expectTypeOf(
      event.requestContext
    ).toEqualTypeOf<LambdaFunctionUrlRequestContext>();
  });

  it('has no members for what function URLs never send', () => {
    const event = new LambdaFunctionUrlEvent(raw);

    // @ts-expect-error function URLs have no path parameters
    event.pathParameters;
    // @ts-expect-error function URLs have no stage variables
    event.stageVariables;
    // @ts-expect-error function URLs have no mutual TLS
    event.requestContext.authentication;
    // @ts-expect-error the only authorizer of a function URL is IAM
    event.requestContext.authorizer?.jwtClaim;
  });
});

describe('LambdaFunctionUrlRequestContext', () => {
  it('types its getters', () => {
    const context = new LambdaFunctionUrlEvent(raw).requestContext;

    expectTypeOf(context.http).toEqualTypeOf<RequestContextV2Http>();
    expectTypeOf(context.timeEpoch).toEqualTypeOf<number>();
    expectTypeOf(context.authorizer).toEqualTypeOf<
      LambdaFunctionUrlRequestContextAuthorizer | undefined
    >();
    expectTypeOf(context.authorizer?.iam).toEqualTypeOf<
      RequestContextV2AuthorizerIam | undefined
    >();
    expectTypeOf(context.authorizer?.iam.userArn).toEqualTypeOf<
      string | undefined
    >();
  });
});
