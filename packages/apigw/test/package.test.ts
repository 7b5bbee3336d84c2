import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';
import * as testing from '../src/testing';

describe('@evt/apigw', () => {
  it('is named after its folder', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

    expect(manifest.name).toBe('@evt/apigw');
  });

  it('exports exactly its wrappers, the authorizer responses, the ARN helpers, the proxy base and the error classes', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'APIGatewayAuthorizerEventV2',
        'APIGatewayAuthorizerRequestEvent',
        'APIGatewayAuthorizerResponse',
        'APIGatewayAuthorizerResponseV2',
        'APIGatewayAuthorizerResponseWebSocket',
        'APIGatewayAuthorizerTokenEvent',
        'APIGatewayRouteArn',
        'APIGatewayWebSocketEvent',
        'APIGatewayWebSocketEventIdentity',
        'APIGatewayWebSocketEventRequestContext',
        'BaseAPIGatewayAuthorizerResponse',
        'DENY_ALL_RESPONSE',
        'HttpVerb',
        'parseApiGatewayArn',
        'APIGatewayEventAuthorizer',
        'APIGatewayEventIdentity',
        'APIGatewayEventRequestContext',
        'APIGatewayProxyEvent',
        'APIGatewayProxyEventV2',
        'BaseProxyEvent',
        'BaseRequestContext',
        'BaseRequestContextV2',
        'DecodeError',
        'isAPIGatewayAuthorizerEventV2',
        'isAPIGatewayAuthorizerRequestEvent',
        'isAPIGatewayAuthorizerTokenEvent',
        'isAPIGatewayProxyEvent',
        'isAPIGatewayProxyEventV2',
        'isAPIGatewayWebSocketEvent',
        'EvtError',
        'FieldTypeError',
        'MissingFieldError',
        'PayloadTooLargeError',
        'ValidationError',
        'RequestContextClientCert',
        'RequestContextV2',
        'RequestContextV2Authorizer',
        'RequestContextV2AuthorizerIam',
        'RequestContextV2Http',
      ].sort()
    );
  });

  it('exports exactly the event factories from ./testing', () => {
    expect(Object.keys(testing).sort()).toEqual([
      'createAPIGatewayAuthorizerEventV2',
      'createAPIGatewayAuthorizerRequestEvent',
      'createAPIGatewayAuthorizerTokenEvent',
      'createAPIGatewayProxyEvent',
      'createAPIGatewayProxyEventV2',
      'createAPIGatewayWebSocketEvent',
    ]);
  });
});
