import type {
  APIGatewayAuthorizerResult,
  APIGatewaySimpleAuthorizerResult,
  APIGatewaySimpleAuthorizerWithContextResult,
} from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  APIGatewayAuthorizerResponse,
  type APIGatewayAuthorizerResponseDict,
  APIGatewayAuthorizerResponseV2,
  type APIGatewayAuthorizerResponseV2Dict,
  APIGatewayAuthorizerResponseWebSocket,
  type BaseAPIGatewayAuthorizerResponse,
  DENY_ALL_RESPONSE,
  HttpVerb,
} from '../src/index';

declare const policy: APIGatewayAuthorizerResponse;

describe('APIGatewayAuthorizerResponse', () => {
  it('builds what @types/aws-lambda types as an authorizer result', () => {
    expectTypeOf(
      policy.asDict()
    ).toEqualTypeOf<APIGatewayAuthorizerResponseDict>();
    expectTypeOf<APIGatewayAuthorizerResponseDict>().toExtend<APIGatewayAuthorizerResult>();
    expectTypeOf(DENY_ALL_RESPONSE).toExtend<APIGatewayAuthorizerResult>();
  });

  it('takes the HttpVerb values and ALL, and nothing else', () => {
    policy.allowRoute(HttpVerb.PATCH, '/pets');
    policy.allowRoute('ALL', '/pets');
    policy.denyAllRoutes('*');
    // @ts-expect-error: methods are upper case
    policy.allowRoute('get', '/pets');
    expectTypeOf<HttpVerb>().toEqualTypeOf<
      'GET' | 'POST' | 'PUT' | 'PATCH' | 'HEAD' | 'DELETE' | 'OPTIONS' | '*'
    >();
  });

  it('returns its own type from the route methods', () => {
    expectTypeOf(
      policy.allowRoute('GET', '/')
    ).toEqualTypeOf<APIGatewayAuthorizerResponse>();
    expectTypeOf(
      APIGatewayAuthorizerResponse.fromRouteArn('arn', { principalId: 'p' })
    ).toEqualTypeOf<APIGatewayAuthorizerResponse>();
    expectTypeOf<APIGatewayAuthorizerResponse>().toExtend<BaseAPIGatewayAuthorizerResponse>();
  });

  it('takes only flat context values', () => {
    new APIGatewayAuthorizerResponse({
      principalId: 'p',
      region: 'us-east-1',
      awsAccountId: '1',
      apiId: 'a',
      stage: 's',
      // @ts-expect-error: API Gateway takes no objects in the context
      context: { user: { id: 'u-1' } },
    });
  });
});

describe('APIGatewayAuthorizerResponseWebSocket', () => {
  it('names routes by route key alone', () => {
    const webSocket = APIGatewayAuthorizerResponseWebSocket.fromRouteArn(
      'arn',
      {
        principalId: 'p',
      }
    );

    expectTypeOf(
      webSocket.allowRoute('$connect')
    ).toEqualTypeOf<APIGatewayAuthorizerResponseWebSocket>();
    expectTypeOf(webSocket.asDict()).toExtend<APIGatewayAuthorizerResult>();
  });
});

describe('APIGatewayAuthorizerResponseV2', () => {
  it('builds what @types/aws-lambda types as a simple authorizer result', () => {
    const response = new APIGatewayAuthorizerResponseV2(true, { a: 1 });

    expectTypeOf(
      response.asDict()
    ).toEqualTypeOf<APIGatewayAuthorizerResponseV2Dict>();
    expectTypeOf<APIGatewayAuthorizerResponseV2Dict>().toExtend<APIGatewaySimpleAuthorizerResult>();
    expectTypeOf<Required<APIGatewayAuthorizerResponseV2Dict>>().toExtend<
      APIGatewaySimpleAuthorizerWithContextResult<Record<string, unknown>>
    >();
  });
});
