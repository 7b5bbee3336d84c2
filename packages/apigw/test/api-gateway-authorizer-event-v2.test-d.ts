import type { APIGatewayRequestAuthorizerEventV2 } from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import type {
  APIGatewayAuthorizerEventV2,
  APIGatewayProxyEventV2,
  APIGatewayRouteArn,
  RawAPIGatewayAuthorizerEventV2,
} from '../src/index';

describe('APIGatewayAuthorizerEventV2', () => {
  it('accepts the @types/aws-lambda event', () => {
    expectTypeOf<APIGatewayRequestAuthorizerEventV2>().toExtend<RawAPIGatewayAuthorizerEventV2>();
  });

  it('is a payload 2.0 proxy event', () => {
    expectTypeOf<APIGatewayAuthorizerEventV2>().toExtend<APIGatewayProxyEventV2>();
  });

  it('types its getters', () => {
    expectTypeOf<APIGatewayAuthorizerEventV2['type']>().toEqualTypeOf<string>();
    expectTypeOf<
      APIGatewayAuthorizerEventV2['routeArn']
    >().toEqualTypeOf<string>();
    expectTypeOf<
      APIGatewayAuthorizerEventV2['parsedArn']
    >().toEqualTypeOf<APIGatewayRouteArn>();
    expectTypeOf<APIGatewayAuthorizerEventV2['identitySource']>().toEqualTypeOf<
      readonly string[]
    >();
  });
});
