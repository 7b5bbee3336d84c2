import { loadEvent } from '@evt/tooling-config/events';
import { describe, expect, it } from 'vitest';
import {
  APIGatewayAuthorizerEventV2,
  APIGatewayAuthorizerRequestEvent,
  APIGatewayAuthorizerTokenEvent,
  APIGatewayProxyEvent,
  APIGatewayProxyEventV2,
  APIGatewayWebSocketEvent,
  type RawAPIGatewayAuthorizerRequestEvent,
  type RawAPIGatewayProxyEvent,
  type RawAPIGatewayProxyEventV2,
} from '../src/index';
import {
  createAPIGatewayAuthorizerEventV2,
  createAPIGatewayAuthorizerRequestEvent,
  createAPIGatewayAuthorizerTokenEvent,
  createAPIGatewayProxyEvent,
  createAPIGatewayProxyEventV2,
  createAPIGatewayWebSocketEvent,
} from '../src/testing';

describe('createAPIGatewayProxyEvent', () => {
  it('returns a fresh copy of the sample event', () => {
    const first = createAPIGatewayProxyEvent();

    const second = createAPIGatewayProxyEvent();

    const sample = loadEvent<RawAPIGatewayProxyEvent>(
      'api-gateway-proxy-event'
    );

    expect(first).toEqual({
      ...sample,
      requestContext: {
        ...sample.requestContext,
        authorizer: null,
        identity: { ...sample.requestContext.identity, clientCert: null },
      },
    });
    expect(first).not.toBe(second);
    expect(first.requestContext).not.toBe(second.requestContext);
  });

  it('merges authorizer changes into the REST API event', () => {
    const event = new APIGatewayProxyEvent(
      createAPIGatewayProxyEvent({
        event: { requestContext: { authorizer: { claims: { sub: 'u-1' } } } },
      })
    );

    expect(event.requestContext.authorizer?.claims).toEqual({ sub: 'u-1' });
    expect(event.requestContext.identity.sourceIp).toBe('198.51.100.10');
  });

  it('applies the overrides', () => {
    const event = new APIGatewayProxyEvent(
      createAPIGatewayProxyEvent({
        httpMethod: 'GET',
        stage: 'dev',
        path: '/pets/7',
        resource: '/pets/{id}',
        headers: { 'X-Request-Id': 'abc' },
        queryStringParameters: { page: '2' },
        pathParameters: { id: '7' },
        jsonBody: { name: 'Tom' },
      })
    );

    expect(event.httpMethod).toBe('GET');
    expect(event.requestContext.httpMethod).toBe('GET');
    expect(event.requestContext.path).toBe('/dev/pets/7');
    expect(event.resource).toBe('/pets/{id}');
    expect(event.requestContext.resourcePath).toBe('/pets/{id}');
    expect(event.getHeaderValue('x-request-id')).toBe('abc');
    expect(event.multiValueHeaders.getAll('x-request-id')).toEqual(['abc']);
    expect(event.getMultiValueQueryStringValues('page')).toEqual(['2']);
    expect(event.pathParameters).toEqual({ id: '7' });
    expect(event.jsonBody).toEqual({ name: 'Tom' });
  });

  it('sets a base64 body', () => {
    const event = new APIGatewayProxyEvent(
      createAPIGatewayProxyEvent({ body: 'aGVsbG8=', isBase64Encoded: true })
    );

    expect(event.decodedBody).toBe('hello');
  });

  it('removes the body when it is null', () => {
    const event = new APIGatewayProxyEvent(
      createAPIGatewayProxyEvent({ body: null })
    );

    expect(event.body).toBeUndefined();
  });
});

describe('createAPIGatewayProxyEventV2', () => {
  it('returns a fresh copy of the sample event', () => {
    const first = createAPIGatewayProxyEventV2();

    expect(first).toEqual(
      loadEvent<RawAPIGatewayProxyEventV2>('api-gateway-proxy-event-v2')
    );
    expect(first).not.toBe(createAPIGatewayProxyEventV2());
  });

  it('merges event changes at any depth, after the overrides', () => {
    const event = new APIGatewayProxyEventV2(
      createAPIGatewayProxyEventV2({
        queryStringParameters: { tag: 'a' },
        event: {
          rawQueryString: 'tag=a&tag=b',
          requestContext: { authorizer: { jwt: { claims: { sub: 'u-1' } } } },
        },
      })
    );

    expect(event.rawQueryString).toBe('tag=a&tag=b');
    expect(event.requestContext.authorizer?.jwtClaim).toEqual({
      claim1: 'value1',
      claim2: 'value2',
      sub: 'u-1',
    });
  });

  it('applies the overrides', () => {
    const event = new APIGatewayProxyEventV2(
      createAPIGatewayProxyEventV2({
        method: 'PUT',
        stage: 'prod',
        rawPath: '/prod/orders/1',
        routeKey: 'PUT /orders/{id}',
        headers: { 'X-Request-Id': 'abc' },
        queryStringParameters: { q: 'a b', tag: 'x&y' },
        cookies: ['session=s1'],
        pathParameters: { id: '1' },
        body: 'plain text',
      })
    );

    expect(event.httpMethod).toBe('PUT');
    expect(event.path).toBe('/orders/1');
    expect(event.requestContext.http.path).toBe('/prod/orders/1');
    expect(event.routeKey).toBe('PUT /orders/{id}');
    expect(event.requestContext.routeKey).toBe('PUT /orders/{id}');
    expect(event.headers.get('x-request-id')).toBe('abc');
    expect(event.rawQueryString).toBe('q=a%20b&tag=x%26y');
    expect(event.parsedQueryStringParameters.get('tag')).toEqual(['x&y']);
    expect(event.getQueryStringValue('q')).toBe('a b');
    expect(event.parsedCookies.get('session')).toBe('s1');
    expect(event.pathParameters).toEqual({ id: '1' });
    expect(event.decodedBody).toBe('plain text');
  });

  it('serialises jsonBody and sets base64', () => {
    const event = new APIGatewayProxyEventV2(
      createAPIGatewayProxyEventV2({
        body: 'eyJpZCI6MX0=',
        isBase64Encoded: true,
      })
    );
    const json = new APIGatewayProxyEventV2(
      createAPIGatewayProxyEventV2({ jsonBody: { id: 2 } })
    );

    expect(event.jsonBody).toEqual({ id: 1 });
    expect(json.jsonBody).toEqual({ id: 2 });
  });

  it('removes the body when it is null', () => {
    const raw = createAPIGatewayProxyEventV2({ body: null });

    expect(Object.hasOwn(raw, 'body')).toBe(false);
    expect(new APIGatewayProxyEventV2(raw).body).toBeUndefined();
  });
});

describe('createAPIGatewayAuthorizerTokenEvent', () => {
  it('returns a fresh copy of the sample event', () => {
    const first = createAPIGatewayAuthorizerTokenEvent();

    expect(first).toEqual(loadEvent('api-gateway-authorizer-token-event'));
    expect(first).not.toBe(createAPIGatewayAuthorizerTokenEvent());
  });

  it('applies the overrides, then the event changes', () => {
    const event = new APIGatewayAuthorizerTokenEvent(
      createAPIGatewayAuthorizerTokenEvent({
        authorizationToken: 'Bearer abc',
        methodArn:
          'arn:aws:execute-api:eu-west-1:123456789012:x1/prod/GET/pets',
        event: { type: 'TOKEN' },
      })
    );

    expect(event.authorizationToken).toBe('Bearer abc');
    expect(event.parsedArn.region).toBe('eu-west-1');
    expect(event.type).toBe('TOKEN');
  });
});

describe('createAPIGatewayAuthorizerRequestEvent', () => {
  it('returns a fresh copy of the sample event, without authorizer output', () => {
    const first = createAPIGatewayAuthorizerRequestEvent();
    const sample = loadEvent<RawAPIGatewayAuthorizerRequestEvent>(
      'api-gateway-authorizer-request-event'
    );

    expect(first).toEqual({
      ...sample,
      requestContext: { ...sample.requestContext, authorizer: undefined },
    });
    expect(Object.hasOwn(first.requestContext, 'authorizer')).toBe(true);
    expect(first.requestContext).not.toBe(
      createAPIGatewayAuthorizerRequestEvent().requestContext
    );
  });

  it('applies the overrides, then the event changes', () => {
    const event = new APIGatewayAuthorizerRequestEvent(
      createAPIGatewayAuthorizerRequestEvent({
        methodArn:
          'arn:aws:execute-api:us-east-1:123456789012:abcdef123/test/POST/orders',
        headers: { 'X-Tenant': 'acme' },
        queryStringParameters: { page: '2' },
        pathParameters: { id: '7' },
        event: { requestContext: { identity: { sourceIp: '203.0.113.9' } } },
      })
    );

    expect(event.parsedArn.httpMethod).toBe('POST');
    expect(event.headers.get('x-tenant')).toBe('acme');
    expect(event.multiValueHeaders.getAll('x-tenant')).toEqual(['acme']);
    expect(event.getMultiValueQueryStringValues('page')).toEqual(['2']);
    expect(event.pathParameters).toEqual({ id: '7' });
    expect(event.requestContext.identity.sourceIp).toBe('203.0.113.9');
    expect(event.requestContext.identity.apiKey).toBe(
      'qJyKfXmplE4Cwr1bdrS8p7BAiEyk3WpL'
    );
  });
});

describe('createAPIGatewayAuthorizerEventV2', () => {
  it('returns a fresh copy of the sample event', () => {
    const first = createAPIGatewayAuthorizerEventV2();

    expect(first).toEqual(loadEvent('api-gateway-authorizer-event-v2'));
    expect(first.identitySource).not.toBe(
      createAPIGatewayAuthorizerEventV2().identitySource
    );
  });

  it('applies the overrides, then the event changes', () => {
    const event = new APIGatewayAuthorizerEventV2(
      createAPIGatewayAuthorizerEventV2({
        routeArn:
          'arn:aws:execute-api:us-east-1:123456789012:abcdef123/test/DELETE/orders/7',
        identitySource: ['Bearer abc'],
        headers: { authorization: 'Bearer abc' },
        queryStringParameters: { q: 'a b' },
        cookies: ['session=s1'],
        event: { routeKey: 'DELETE /orders/{id}' },
      })
    );

    expect(event.parsedArn.resource).toBe('orders/7');
    expect(event.identitySource).toEqual(['Bearer abc']);
    expect(event.headers.get('Authorization')).toBe('Bearer abc');
    expect(event.rawQueryString).toBe('q=a%20b');
    expect(event.getQueryStringValue('q')).toBe('a b');
    expect(event.parsedCookies.get('session')).toBe('s1');
    expect(event.routeKey).toBe('DELETE /orders/{id}');
  });
});

describe('createAPIGatewayWebSocketEvent', () => {
  it('returns a fresh copy of the sample event', () => {
    const first = createAPIGatewayWebSocketEvent();

    expect(first).toEqual(loadEvent('api-gateway-websocket-event'));
    expect(first.requestContext).not.toBe(
      createAPIGatewayWebSocketEvent().requestContext
    );
  });

  it('applies the overrides, then the event changes', () => {
    const event = new APIGatewayWebSocketEvent(
      createAPIGatewayWebSocketEvent({
        routeKey: 'join',
        connectionId: 'abc=',
        jsonBody: { action: 'join', room: 'lobby' },
        event: { requestContext: { stage: 'dev' } },
      })
    );

    expect(event.requestContext.routeKey).toBe('join');
    expect(event.requestContext.connectionId).toBe('abc=');
    expect(event.jsonBody).toEqual({ action: 'join', room: 'lobby' });
    expect(event.requestContext.stage).toBe('dev');
  });

  it('sets a base64 message, and removes the message when it is null', () => {
    const binary = new APIGatewayWebSocketEvent(
      createAPIGatewayWebSocketEvent({ body: 'aGk=', isBase64Encoded: true })
    );
    const none = createAPIGatewayWebSocketEvent({
      body: null,
      event: { requestContext: { eventType: 'DISCONNECT' } },
    });

    expect(binary.decodedBody).toBe('hi');
    expect(Object.hasOwn(none, 'body')).toBe(false);
    expect(new APIGatewayWebSocketEvent(none).requestContext.eventType).toBe(
      'DISCONNECT'
    );
  });
});
