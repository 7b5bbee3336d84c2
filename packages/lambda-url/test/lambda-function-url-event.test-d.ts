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

  it('types the request line as always present and the context as its own', () => {
    const event = new LambdaFunctionUrlEvent(raw);

    expectTypeOf(event.path).toEqualTypeOf<string>();
    expectTypeOf(event.httpMethod).toEqualTypeOf<string>();
    expectTypeOf(event.headers).toEqualTypeOf<HeaderMap>();
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
