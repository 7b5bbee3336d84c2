import { expectTypeOf, it } from 'vitest';
import {
  isAPIGatewayAuthorizerEventV2,
  isAPIGatewayAuthorizerRequestEvent,
  isAPIGatewayAuthorizerTokenEvent,
  isAPIGatewayProxyEvent,
  isAPIGatewayProxyEventV2,
  isAPIGatewayWebSocketEvent,
  type RawAPIGatewayAuthorizerEventV2,
  type RawAPIGatewayAuthorizerRequestEvent,
  type RawAPIGatewayAuthorizerTokenEvent,
  type RawAPIGatewayProxyEvent,
  type RawAPIGatewayProxyEventV2,
  type RawAPIGatewayWebSocketEvent,
} from '../src/index';

it('narrows an unknown value to the raw event', () => {
  const raw: unknown = undefined;
  if (isAPIGatewayProxyEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawAPIGatewayProxyEvent>();
  if (isAPIGatewayWebSocketEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawAPIGatewayWebSocketEvent>();
  if (isAPIGatewayProxyEventV2(raw))
    expectTypeOf(raw).toEqualTypeOf<RawAPIGatewayProxyEventV2>();
  if (isAPIGatewayAuthorizerTokenEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawAPIGatewayAuthorizerTokenEvent>();
  if (isAPIGatewayAuthorizerRequestEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawAPIGatewayAuthorizerRequestEvent>();
  if (isAPIGatewayAuthorizerEventV2(raw))
    expectTypeOf(raw).toEqualTypeOf<RawAPIGatewayAuthorizerEventV2>();
});
