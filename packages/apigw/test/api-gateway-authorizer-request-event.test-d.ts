import type { APIGatewayRequestAuthorizerEvent } from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import type {
  APIGatewayAuthorizerRequestEvent,
  APIGatewayEventRequestContext,
  APIGatewayProxyEvent,
  APIGatewayRouteArn,
  RawAPIGatewayAuthorizerRequestEvent,
} from '../src/index';

describe('APIGatewayAuthorizerRequestEvent', () => {
  it('accepts the @types/aws-lambda event', () => {
    expectTypeOf<APIGatewayRequestAuthorizerEvent>().toExtend<RawAPIGatewayAuthorizerRequestEvent>();
  });

  it('is a proxy event', () => {
    expectTypeOf<APIGatewayAuthorizerRequestEvent>().toExtend<APIGatewayProxyEvent>();
  });

  it('types its getters', () => {
    expectTypeOf<
      APIGatewayAuthorizerRequestEvent['type']
    >().toEqualTypeOf<string>();
    expectTypeOf<
      APIGatewayAuthorizerRequestEvent['methodArn']
    >().toEqualTypeOf<string>();
    expectTypeOf<
      APIGatewayAuthorizerRequestEvent['parsedArn']
    >().toEqualTypeOf<APIGatewayRouteArn>();
    expectTypeOf<
      APIGatewayAuthorizerRequestEvent['identitySource']
    >().toEqualTypeOf<string | undefined>();
    expectTypeOf<
      APIGatewayAuthorizerRequestEvent['authorizationToken']
    >().toEqualTypeOf<string | undefined>();
    expectTypeOf<
      APIGatewayAuthorizerRequestEvent['requestContext']
    >().toEqualTypeOf<APIGatewayEventRequestContext>();
  });
});
