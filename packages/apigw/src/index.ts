// The errors evt throws and the base class of both events, re-exported so that handlers can
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
  type RawRequestContextClientCert,
  type RawRequestContextClientCertValidity,
  RequestContextClientCert,
} from './request-context-client-cert';
