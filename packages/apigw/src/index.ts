// The errors evt throws and the base class of the HTTP-style events, re-exported so that handlers can
// use them (and TypeDoc can resolve the links inherited from core) without importing @evt/core.
export {
  BaseProxyEvent,
  DecodeError,
  EvtError,
  FieldTypeError,
  MissingFieldError,
  PayloadTooLargeError,
  ValidationError,
} from '@evt/core';
export {
  APIGatewayAuthorizerEventV2,
  type RawAPIGatewayAuthorizerEventV2,
} from './api-gateway-authorizer-event-v2';
export {
  APIGatewayAuthorizerRequestEvent,
  type RawAPIGatewayAuthorizerRequestEvent,
} from './api-gateway-authorizer-request-event';
export {
  type APIGatewayAuthorizerContext,
  type APIGatewayAuthorizerPolicyConditions,
  type APIGatewayAuthorizerPolicyDocument,
  type APIGatewayAuthorizerPolicyStatement,
  type APIGatewayAuthorizerPrincipalOptions,
  APIGatewayAuthorizerResponse,
  type APIGatewayAuthorizerResponseDict,
  type APIGatewayAuthorizerResponseOptions,
  APIGatewayAuthorizerResponseWebSocket,
  type APIGatewayAuthorizerRouteConditions,
  BaseAPIGatewayAuthorizerResponse,
  DENY_ALL_RESPONSE,
  HttpVerb,
} from './api-gateway-authorizer-response';
export {
  APIGatewayAuthorizerResponseV2,
  type APIGatewayAuthorizerResponseV2Dict,
} from './api-gateway-authorizer-response-v2';
export {
  APIGatewayAuthorizerTokenEvent,
  type RawAPIGatewayAuthorizerTokenEvent,
} from './api-gateway-authorizer-token-event';
export {
  APIGatewayEventIdentity,
  type RawAPIGatewayEventIdentity,
} from './api-gateway-event-identity';
export {
  APIGatewayEventAuthorizer,
  APIGatewayEventRequestContext,
  APIGatewayProxyEvent,
  type RawAPIGatewayEventAuthorizer,
  type RawAPIGatewayEventRequestContext,
  type RawAPIGatewayProxyEvent,
} from './api-gateway-proxy-event';
export {
  APIGatewayProxyEventV2,
  type RawAPIGatewayProxyEventV2,
  type RawRequestContextV2,
  type RawRequestContextV2Authorizer,
  type RawRequestContextV2AuthorizerIam,
  type RawRequestContextV2AuthorizerIamCognitoIdentity,
  type RawRequestContextV2AuthorizerJwt,
  RequestContextV2,
  RequestContextV2Authorizer,
  RequestContextV2AuthorizerIam,
} from './api-gateway-proxy-event-v2';
export {
  APIGatewayRouteArn,
  type APIGatewayRouteArnParts,
  parseApiGatewayArn,
} from './api-gateway-route-arn';
export {
  APIGatewayWebSocketEvent,
  APIGatewayWebSocketEventIdentity,
  APIGatewayWebSocketEventRequestContext,
  type RawAPIGatewayWebSocketEvent,
  type RawAPIGatewayWebSocketEventIdentity,
  type RawAPIGatewayWebSocketEventRequestContext,
} from './api-gateway-websocket-event';
export {
  BaseRequestContext,
  type RawBaseRequestContext,
} from './base-request-context';
export {
  BaseRequestContextV2,
  type RawBaseRequestContextV2,
  type RawRequestContextV2Authentication,
  type RawRequestContextV2Http,
  RequestContextV2Http,
} from './base-request-context-v2';
export {
  isAPIGatewayAuthorizerEventV2,
  isAPIGatewayAuthorizerRequestEvent,
  isAPIGatewayAuthorizerTokenEvent,
  isAPIGatewayProxyEvent,
  isAPIGatewayProxyEventV2,
  isAPIGatewayWebSocketEvent,
} from './guards';
export {
  type RawRequestContextClientCert,
  type RawRequestContextClientCertValidity,
  RequestContextClientCert,
} from './request-context-client-cert';
