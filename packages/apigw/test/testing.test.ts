import { loadEvent } from '@evt/tooling-config/events';
import { describe, expect, it } from 'vitest';
import {
  APIGatewayProxyEvent,
  APIGatewayProxyEventV2,
  type RawAPIGatewayProxyEvent,
  type RawAPIGatewayProxyEventV2,
} from '../src/index';
import {
  createAPIGatewayProxyEvent,
  createAPIGatewayProxyEventV2,
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
