import type { HeaderMap } from '@evt/core';
import type {
  APIGatewayProxyEventV2 as AwsAPIGatewayProxyEventV2,
  APIGatewayProxyEventV2WithIAMAuthorizer as AwsIamEvent,
  APIGatewayProxyEventV2WithJWTAuthorizer as AwsJwtEvent,
  APIGatewayProxyEventV2WithLambdaAuthorizer as AwsLambdaEvent,
} from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  APIGatewayProxyEventV2,
  type RawAPIGatewayProxyEventV2,
  type RequestContextClientCert,
  type RequestContextV2,
  type RequestContextV2AuthorizerIam,
  type RequestContextV2Http,
} from '../src/index';

declare const raw: RawAPIGatewayProxyEventV2;

describe('APIGatewayProxyEventV2', () => {
  it('accepts the @types/aws-lambda events', () => {
    expectTypeOf<AwsAPIGatewayProxyEventV2>().toExtend<RawAPIGatewayProxyEventV2>();
    expectTypeOf<AwsJwtEvent>().toExtend<RawAPIGatewayProxyEventV2>();
    expectTypeOf<AwsIamEvent>().toExtend<RawAPIGatewayProxyEventV2>();
    expectTypeOf<
      AwsLambdaEvent<{ tenantId: string }>
    >().toExtend<RawAPIGatewayProxyEventV2>();
  });

  it('types jsonBody with the body type', () => {
    interface Order {
      id: string;
    }

    expectTypeOf(new APIGatewayProxyEventV2<Order>(raw).jsonBody).toEqualTypeOf<
      Order | undefined
    >();
  });

  it('types its getters', () => {
    const event = new APIGatewayProxyEventV2(raw);

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
    expectTypeOf(event.resolvedHeadersField).toEqualTypeOf<HeaderMap>();
    expectTypeOf(event.pathParameters).toEqualTypeOf<Record<string, string>>();
    expectTypeOf(event.path).toEqualTypeOf<string>();
    expectTypeOf(event.httpMethod).toEqualTypeOf<string>();
    expectTypeOf(event.requestContext).toEqualTypeOf<RequestContextV2>();
    expectTypeOf(event.getHeaderValue('a', 'b')).toEqualTypeOf<string>();
  });
});

describe('RequestContextV2', () => {
  it('types its getters', () => {
    const context = new APIGatewayProxyEventV2(raw).requestContext;

    expectTypeOf(context.http).toEqualTypeOf<RequestContextV2Http>();
    expectTypeOf(context.timeEpoch).toEqualTypeOf<number>();
    expectTypeOf(context.authentication).toEqualTypeOf<
      RequestContextClientCert | undefined
    >();
    expectTypeOf(context.authorizer.jwtClaim).toEqualTypeOf<
      Record<string, unknown>
    >();
    expectTypeOf(context.authorizer.jwtScopes).toEqualTypeOf<
      readonly string[]
    >();
    expectTypeOf(context.authorizer.lambda).toEqualTypeOf<
      Record<string, unknown>
    >();
    expectTypeOf(
      context.authorizer.iam
    ).toEqualTypeOf<RequestContextV2AuthorizerIam>();
    expectTypeOf(context.authorizer.iam.cognitoAmr).toEqualTypeOf<
      readonly string[]
    >();
    expectTypeOf(context.authorizer.iam.userArn).toEqualTypeOf<string>();
  });
});
