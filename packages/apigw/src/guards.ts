import type { RawAPIGatewayAuthorizerEventV2 } from './api-gateway-authorizer-event-v2';
import type { RawAPIGatewayAuthorizerRequestEvent } from './api-gateway-authorizer-request-event';
import type { RawAPIGatewayAuthorizerTokenEvent } from './api-gateway-authorizer-token-event';
import type { RawAPIGatewayProxyEvent } from './api-gateway-proxy-event';
import type { RawAPIGatewayProxyEventV2 } from './api-gateway-proxy-event-v2';
import type { RawAPIGatewayWebSocketEvent } from './api-gateway-websocket-event';

/** Any value's named fields, read without throwing on primitives, `null` or `undefined`. */
type Fields = { readonly [name: string]: unknown } | null | undefined;

const contextOf = (raw: unknown): Fields =>
  (raw as Fields)?.requestContext as Fields;

/**
 * Whether a value is a request in API Gateway's payload format 1.0 (a REST API, an HTTP API
 * set to 1.0, or a WebSocket API, all of which {@link APIGatewayProxyEvent} reads): it has a
 * `requestContext` without the load balancer's `elb`, and an `httpMethod` or, for a WebSocket
 * message, a `requestContext.connectionId`.
 */
export function isAPIGatewayProxyEvent(
  raw: unknown
): raw is RawAPIGatewayProxyEvent {
  const context = contextOf(raw);
  return (
    typeof context === 'object' &&
    context !== null &&
    context.elb === undefined &&
    (typeof (raw as Fields)?.httpMethod === 'string' ||
      typeof context.connectionId === 'string')
  );
}

/**
 * Whether a value is a WebSocket API event (`$connect`, `$disconnect` or a message): its
 * `requestContext` has a `connectionId` and an `eventType`.
 */
export function isAPIGatewayWebSocketEvent(
  raw: unknown
): raw is RawAPIGatewayWebSocketEvent {
  const context = contextOf(raw);
  return (
    typeof context?.connectionId === 'string' &&
    typeof context.eventType === 'string'
  );
}

/**
 * Whether a value is a request in API Gateway's payload format 2.0 (an HTTP API, or a Lambda
 * function URL, which has the same shape): `version` is `2.0`, it has a `routeKey`, and its
 * `requestContext` has an `http` part.
 */
export function isAPIGatewayProxyEventV2(
  raw: unknown
): raw is RawAPIGatewayProxyEventV2 {
  const event = raw as Fields;
  const http = contextOf(raw)?.http;
  return (
    event?.version === '2.0' &&
    typeof event.routeKey === 'string' &&
    typeof http === 'object' &&
    http !== null
  );
}

/**
 * Whether a value is the input of a REST API's `TOKEN` Lambda authorizer: `type` is `TOKEN`
 * and it has a `methodArn`.
 */
export function isAPIGatewayAuthorizerTokenEvent(
  raw: unknown
): raw is RawAPIGatewayAuthorizerTokenEvent {
  const event = raw as Fields;
  return event?.type === 'TOKEN' && typeof event.methodArn === 'string';
}

/**
 * Whether a value is the input of a `REQUEST` Lambda authorizer in payload format 1.0 (REST,
 * WebSocket, or an HTTP API set to 1.0): `type` is `REQUEST` and it has a `methodArn`.
 */
export function isAPIGatewayAuthorizerRequestEvent(
  raw: unknown
): raw is RawAPIGatewayAuthorizerRequestEvent {
  const event = raw as Fields;
  return event?.type === 'REQUEST' && typeof event.methodArn === 'string';
}

/**
 * Whether a value is the input of an HTTP API Lambda authorizer in payload format 2.0:
 * `version` is `2.0`, `type` is `REQUEST` and it has a `routeArn`.
 */
export function isAPIGatewayAuthorizerEventV2(
  raw: unknown
): raw is RawAPIGatewayAuthorizerEventV2 {
  const event = raw as Fields;
  return (
    event?.version === '2.0' &&
    event.type === 'REQUEST' &&
    typeof event.routeArn === 'string'
  );
}
