// The errors evt throws and the shared HTTP classes this event is built on, re-exported so that
// handlers can catch and name them (and TypeDoc can resolve the links inherited from core)
// without importing @evt/core.
export {
  BaseProxyEvent,
  BaseProxyEventV2,
  BaseProxyRequestContextV2,
  DecodeError,
  EvtError,
  FieldTypeError,
  MissingFieldError,
  PayloadTooLargeError,
  type RawRequestContextV2AuthorizerIam,
  type RawRequestContextV2AuthorizerIamCognitoIdentity,
  type RawRequestContextV2Http,
  RequestContextV2AuthorizerIam,
  RequestContextV2Http,
  ValidationError,
} from '@evt/core';
export { isLambdaFunctionUrlEvent } from './guards';
export {
  LambdaFunctionUrlEvent,
  LambdaFunctionUrlRequestContext,
  LambdaFunctionUrlRequestContextAuthorizer,
  type RawLambdaFunctionUrlEvent,
  type RawLambdaFunctionUrlRequestContext,
  type RawLambdaFunctionUrlRequestContextAuthorizer,
} from './lambda-function-url-event';
