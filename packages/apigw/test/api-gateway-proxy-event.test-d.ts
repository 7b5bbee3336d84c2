import type { HeaderMap } from '@evt/core';
import type {
  APIGatewayProxyEvent as AwsAPIGatewayProxyEvent,
  APIGatewayProxyWithCognitoAuthorizerEvent as AwsCognitoEvent,
  APIGatewayProxyWithLambdaAuthorizerEvent as AwsLambdaAuthorizerEvent,
} from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type APIGatewayEventAuthorizer,
  type APIGatewayEventIdentity,
  type APIGatewayEventRequestContext,
  APIGatewayProxyEvent,
  type RawAPIGatewayProxyEvent,
  type RequestContextClientCert,
} from '../src/index';

declare const raw: RawAPIGatewayProxyEvent;
declare const maybeDefault: string | undefined;

describe('APIGatewayProxyEvent', () => {
  it('accepts the @types/aws-lambda events', () => {
    expectTypeOf<AwsAPIGatewayProxyEvent>().toExtend<RawAPIGatewayProxyEvent>();
    expectTypeOf<AwsCognitoEvent>().toExtend<RawAPIGatewayProxyEvent>();
    expectTypeOf<
      AwsLambdaAuthorizerEvent<{ tenantId: string }>
    >().toExtend<RawAPIGatewayProxyEvent>();
  });

  it('types jsonBody with the body type', () => {
    interface Pet {
      name: string;
    }

    const event = new APIGatewayProxyEvent<Pet>(raw);

    expectTypeOf(event.jsonBody).toEqualTypeOf<Pet | undefined>();
    expectTypeOf(
      new APIGatewayProxyEvent(raw).jsonBody
    ).toEqualTypeOf<unknown>();
  });

  it('types its getters', () => {
    const event = new APIGatewayProxyEvent(raw);

    expectTypeOf(event.version).toEqualTypeOf<string | undefined>();
    expectTypeOf(event.resource).toEqualTypeOf<string | undefined>();
    expectTypeOf(event.path).toEqualTypeOf<string | undefined>();
    expectTypeOf(event.httpMethod).toEqualTypeOf<string | undefined>();
    expectTypeOf(event.headers).toEqualTypeOf<HeaderMap>();
    expectTypeOf(event.multiValueHeaders).toEqualTypeOf<HeaderMap>();
    expectTypeOf(event.resolvedHeadersField).toEqualTypeOf<HeaderMap>();
    expectTypeOf(event.queryStringParameters).toEqualTypeOf<
      Record<string, string>
    >();
    expectTypeOf(event.multiValueQueryStringParameters).toEqualTypeOf<
      Record<string, string[]>
    >();
    expectTypeOf(event.resolvedQueryStringParameters).toEqualTypeOf<
      Record<string, string[]>
    >();
    expectTypeOf(event.pathParameters).toEqualTypeOf<Record<string, string>>();
    expectTypeOf(event.stageVariables).toEqualTypeOf<Record<string, string>>();
    expectTypeOf(event.body).toEqualTypeOf<string | undefined>();
    expectTypeOf(event.decodedBody).toEqualTypeOf<string | undefined>();
    expectTypeOf(event.isBase64Encoded).toEqualTypeOf<boolean>();
    expectTypeOf(
      event.requestContext
    ).toEqualTypeOf<APIGatewayEventRequestContext>();
  });

  it('types the lookup methods by their default', () => {
    const event = new APIGatewayProxyEvent(raw);

    expectTypeOf(event.getQueryStringValue('a')).toEqualTypeOf<
      string | undefined
    >();
    expectTypeOf(event.getQueryStringValue('a', 'b')).toEqualTypeOf<string>();
    expectTypeOf(event.getMultiValueQueryStringValues('a')).toEqualTypeOf<
      string[]
    >();
    expectTypeOf(event.getHeaderValue('a')).toEqualTypeOf<string | undefined>();
    expectTypeOf(event.getHeaderValue('a', 'b')).toEqualTypeOf<string>();
    expectTypeOf(event.getHeaderValue('a', 'b', true)).toEqualTypeOf<string>();
    expectTypeOf(event.getHeaderValue('a', undefined, true)).toEqualTypeOf<
      string | undefined
    >();
    expectTypeOf(event.getHeaderValue('a', maybeDefault)).toEqualTypeOf<
      string | undefined
    >();
    expectTypeOf(event.headers.getValue('a', 'b')).toEqualTypeOf<string>();
  });
});

describe('APIGatewayEventRequestContext', () => {
  it('types its getters', () => {
    const context = new APIGatewayProxyEvent(raw).requestContext;

    expectTypeOf(context.accountId).toEqualTypeOf<string | undefined>();
    expectTypeOf(context.protocol).toEqualTypeOf<string | undefined>();
    expectTypeOf(context.httpMethod).toEqualTypeOf<string | undefined>();
    expectTypeOf(context.path).toEqualTypeOf<string | undefined>();
    expectTypeOf(context.resourcePath).toEqualTypeOf<string | undefined>();
    expectTypeOf(context.domainName).toEqualTypeOf<string | undefined>();
    expectTypeOf(context.requestTimeEpoch).toEqualTypeOf<number | undefined>();
    expectTypeOf(context.resourceId).toEqualTypeOf<string | undefined>();
    expectTypeOf(context.connectedAt).toEqualTypeOf<number | undefined>();
    expectTypeOf(context.routeKey).toEqualTypeOf<string | undefined>();
    expectTypeOf(context.identity).toEqualTypeOf<APIGatewayEventIdentity>();
    expectTypeOf(context.authorizer).toEqualTypeOf<APIGatewayEventAuthorizer>();
  });
});

describe('APIGatewayEventAuthorizer', () => {
  it('types its getters', () => {
    const authorizer = new APIGatewayProxyEvent(raw).requestContext.authorizer;

    expectTypeOf(authorizer.claims).toEqualTypeOf<Record<string, unknown>>();
    expectTypeOf(authorizer.scopes).toEqualTypeOf<readonly string[]>();
    expectTypeOf(authorizer.principalId).toEqualTypeOf<string>();
    expectTypeOf(authorizer.integrationLatency).toEqualTypeOf<
      number | undefined
    >();
    expectTypeOf(authorizer.getContext()).toEqualTypeOf<
      Record<string, unknown>
    >();
  });
});

describe('APIGatewayEventIdentity', () => {
  it('types its getters', () => {
    const identity = new APIGatewayProxyEvent(raw).requestContext.identity;

    expectTypeOf(identity.sourceIp).toEqualTypeOf<string>();
    expectTypeOf(identity.apiKey).toEqualTypeOf<string | undefined>();
    expectTypeOf(identity.clientCert).toEqualTypeOf<
      RequestContextClientCert | undefined
    >();
  });
});
