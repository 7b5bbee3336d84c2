import type { APIGatewayTokenAuthorizerEvent } from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import type {
  APIGatewayAuthorizerTokenEvent,
  APIGatewayRouteArn,
  RawAPIGatewayAuthorizerTokenEvent,
} from '../src/index';

describe('APIGatewayAuthorizerTokenEvent', () => {
  it('accepts the @types/aws-lambda event', () => {
    expectTypeOf<APIGatewayTokenAuthorizerEvent>().toExtend<RawAPIGatewayAuthorizerTokenEvent>();
  });

  it('types its getters', () => {
    expectTypeOf<
      APIGatewayAuthorizerTokenEvent['type']
    >().toEqualTypeOf<string>();
    expectTypeOf<
      APIGatewayAuthorizerTokenEvent['authorizationToken']
    >().toEqualTypeOf<string>();
    expectTypeOf<
      APIGatewayAuthorizerTokenEvent['methodArn']
    >().toEqualTypeOf<string>();
    expectTypeOf<
      APIGatewayAuthorizerTokenEvent['parsedArn']
    >().toEqualTypeOf<APIGatewayRouteArn>();
  });
});
