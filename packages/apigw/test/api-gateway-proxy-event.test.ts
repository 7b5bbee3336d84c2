import { loadEvent } from '@evt/config/events';
import {
  DecodeError,
  FieldTypeError,
  HeaderMap,
  MissingFieldError,
} from '@evt/core';
import { describe, expect, it } from 'vitest';
import {
  APIGatewayEventAuthorizer,
  APIGatewayEventRequestContext,
  APIGatewayProxyEvent,
  type RawAPIGatewayEventRequestContext,
  type RawAPIGatewayProxyEvent,
} from '../src/index';

function load(variant?: string): APIGatewayProxyEvent {
  return new APIGatewayProxyEvent(
    loadEvent<RawAPIGatewayProxyEvent>(
      variant ? `api-gateway-proxy-event.${variant}` : 'api-gateway-proxy-event'
    )
  );
}

function websocketContext(): APIGatewayEventRequestContext {
  const raw = loadEvent<{ requestContext: RawAPIGatewayEventRequestContext }>(
    'api-gateway-proxy-event.websocket-message'
  );
  return new APIGatewayEventRequestContext(raw.requestContext);
}

describe('APIGatewayProxyEvent', () => {
  describe('version', () => {
    it('returns the payload format version of an HTTP API event', () => {
      const event = load('http-api-v1');

      expect(event.version).toBe('1.0');
    });

    it('returns undefined for a REST API event', () => {
      const event = load();

      expect(event.version).toBeUndefined();
    });
  });

  describe('resource', () => {
    it('returns the matched resource path', () => {
      const event = load();

      expect(event.resource).toBe('/pets/{petId}');
    });
  });

  describe('path', () => {
    it('returns the request path', () => {
      const event = load();

      expect(event.path).toBe('/pets/42');
    });
  });

  describe('httpMethod', () => {
    it('returns the HTTP method', () => {
      const event = load();

      expect(event.httpMethod).toBe('POST');
    });
  });

  describe('headers', () => {
    it('returns the headers, looked up case-insensitively', () => {
      const event = load();

      const headers = event.headers;

      expect(headers.get('content-type')).toBe('application/json');
      expect(headers.get('X-REQUEST-ID')).toBe('second-request-id');
      expect(headers.size).toBe(9);
    });

    it('returns an empty map when headers is null', () => {
      const event = load('null-maps');

      expect(event.headers.size).toBe(0);
    });
  });

  describe('multiValueHeaders', () => {
    it('returns every value of each header, looked up case-insensitively', () => {
      const event = load();

      const headers = event.multiValueHeaders;

      expect(headers.getAll('x-request-id')).toEqual([
        'first-request-id',
        'second-request-id',
      ]);
      expect(headers.get('Accept')).toBe('application/json');
    });

    it('returns the same map on every read', () => {
      const event = load();

      expect(event.multiValueHeaders).toBe(event.multiValueHeaders);
    });

    it('returns an empty map when multiValueHeaders is null', () => {
      const event = load('null-maps');

      expect(event.multiValueHeaders.size).toBe(0);
    });
  });

  describe('resolvedHeadersField', () => {
    it('returns the multi-value headers when the event has them', () => {
      const event = load();

      const resolved = event.resolvedHeadersField;

      expect(resolved).toBe(event.multiValueHeaders);
      expect(resolved.getAll('X-Request-Id')).toEqual([
        'first-request-id',
        'second-request-id',
      ]);
    });

    it('returns the single-value headers when multiValueHeaders is empty', () => {
      const raw = loadEvent<RawAPIGatewayProxyEvent>('api-gateway-proxy-event');
      const event = new APIGatewayProxyEvent({ ...raw, multiValueHeaders: {} });

      expect(event.resolvedHeadersField).toBe(event.headers);
      expect(event.resolvedHeadersField.get('host')).toBe(
        'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com'
      );
    });
  });

  describe('queryStringParameters', () => {
    it('returns the last value of each parameter', () => {
      const event = load();

      expect(event.queryStringParameters).toEqual({
        include: 'owner',
        tag: 'indoor',
      });
    });

    it('returns an empty object when queryStringParameters is null', () => {
      const event = load('null-maps');

      expect(event.queryStringParameters).toEqual({});
    });
  });

  describe('multiValueQueryStringParameters', () => {
    it('returns every value of each parameter', () => {
      const event = load();

      expect(event.multiValueQueryStringParameters).toEqual({
        include: ['owner'],
        tag: ['friendly', 'indoor'],
      });
    });

    it('returns an empty object when multiValueQueryStringParameters is null', () => {
      const event = load('null-maps');

      expect(event.multiValueQueryStringParameters).toEqual({});
    });
  });

  describe('resolvedQueryStringParameters', () => {
    it('returns the multi-value parameters when the event has them', () => {
      const event = load();

      expect(event.resolvedQueryStringParameters).toEqual({
        include: ['owner'],
        tag: ['friendly', 'indoor'],
      });
    });

    it('splits the single-value parameters on commas when there are no multi-value ones', () => {
      const raw = loadEvent<RawAPIGatewayProxyEvent>(
        'api-gateway-proxy-event.http-api-v1'
      );
      const event = new APIGatewayProxyEvent({
        ...raw,
        multiValueQueryStringParameters: null,
      });

      expect(event.resolvedQueryStringParameters).toEqual({
        parameter1: ['value1', 'value2'],
        parameter2: ['value'],
      });
    });

    it('returns an empty object when the event has no query string', () => {
      const event = load('null-maps');

      expect(event.resolvedQueryStringParameters).toEqual({});
    });
  });

  describe('pathParameters', () => {
    it('returns the path parameters', () => {
      const event = load();

      expect(event.pathParameters).toEqual({ petId: '42' });
    });

    it('returns an empty object when pathParameters is null', () => {
      const event = load('null-maps');

      expect(event.pathParameters).toEqual({});
    });
  });

  describe('stageVariables', () => {
    it('returns the stage variables', () => {
      const event = load();

      expect(event.stageVariables).toEqual({ tableName: 'pets-prod' });
    });

    it('returns an empty object when stageVariables is null', () => {
      const event = load('null-maps');

      expect(event.stageVariables).toEqual({});
    });
  });

  describe('isBase64Encoded', () => {
    it('returns false for a text body', () => {
      const event = load();

      expect(event.isBase64Encoded).toBe(false);
    });

    it('returns true for a base64 body', () => {
      const event = load('base64');

      expect(event.isBase64Encoded).toBe(true);
    });
  });

  describe('body', () => {
    it('returns the body as sent', () => {
      const event = load('base64');

      expect(event.body).toBe('eyJmaWxlIjoicmVwb3J0LnBkZiIsInNpemUiOjEwMjR9');
    });

    it('returns undefined when body is null', () => {
      const event = load('null-maps');

      expect(event.body).toBeUndefined();
    });
  });

  describe('decodedBody', () => {
    it('returns a text body unchanged', () => {
      const event = load('http-api-v1');

      expect(event.decodedBody).toBe('Hello from Lambda!');
    });

    it('decodes a base64 body', () => {
      const event = load('base64');

      expect(event.decodedBody).toBe('{"file":"report.pdf","size":1024}');
    });
  });

  describe('jsonBody', () => {
    it('parses a JSON body', () => {
      const event = new APIGatewayProxyEvent<{ name: string; species: string }>(
        loadEvent<RawAPIGatewayProxyEvent>('api-gateway-proxy-event')
      );

      expect(event.jsonBody).toEqual({ name: 'Rex', species: 'dog' });
      expect(event.jsonBody?.name).toBe('Rex');
    });

    it('decodes then parses a base64 JSON body', () => {
      const event = load('base64');

      expect(event.jsonBody).toEqual({ file: 'report.pdf', size: 1024 });
    });

    it('returns undefined when there is no body', () => {
      const event = load('null-maps');

      expect(event.jsonBody).toBeUndefined();
    });
  });

  describe('requestContext', () => {
    it('returns the request context, built once', () => {
      const event = load();

      const context = event.requestContext;

      expect(context).toBeInstanceOf(APIGatewayEventRequestContext);
      expect(context).toBe(event.requestContext);
      expect(context.requestId).toBe('c6af9ac6-7b61-11e6-9a41-93e8deadbeef');
    });
  });

  describe('getQueryStringValue', () => {
    it('returns the value of a parameter', () => {
      const event = load();

      expect(event.getQueryStringValue('tag')).toBe('indoor');
    });

    it('returns the default value when the parameter is absent', () => {
      const event = load();

      expect(event.getQueryStringValue('page', '1')).toBe('1');
      expect(event.getQueryStringValue('page')).toBeUndefined();
    });
  });

  describe('getMultiValueQueryStringValues', () => {
    it('returns every value of a parameter', () => {
      const event = load();

      expect(event.getMultiValueQueryStringValues('tag')).toEqual([
        'friendly',
        'indoor',
      ]);
    });

    it('returns the default values when the parameter is absent', () => {
      const event = load();

      expect(event.getMultiValueQueryStringValues('page', ['1'])).toEqual([
        '1',
      ]);
      expect(event.getMultiValueQueryStringValues('page')).toEqual([]);
    });
  });

  describe('getHeaderValue', () => {
    it('returns the single value of a header, whatever the case of the name', () => {
      const event = load();

      expect(event.getHeaderValue('x-request-id')).toBe('second-request-id');
    });

    it('matches the exact name when case-sensitive', () => {
      const event = load();

      expect(event.getHeaderValue('X-Request-Id', 'none', true)).toBe(
        'second-request-id'
      );
      expect(event.getHeaderValue('x-request-id', 'none', true)).toBe('none');
    });

    it('returns the default value when the header is absent', () => {
      const event = load();

      expect(event.getHeaderValue('x-api-key', 'none')).toBe('none');
      expect(event.getHeaderValue('x-api-key')).toBeUndefined();
    });
  });

  describe('toJSON', () => {
    it('returns the raw event', () => {
      const raw = loadEvent<RawAPIGatewayProxyEvent>('api-gateway-proxy-event');

      expect(JSON.parse(JSON.stringify(new APIGatewayProxyEvent(raw)))).toEqual(
        raw
      );
    });
  });
});

describe('APIGatewayEventRequestContext', () => {
  describe('connectedAt', () => {
    it('returns the connection time of a WebSocket request', () => {
      const context = websocketContext();

      expect(context.connectedAt).toBe(1709579717000);
    });

    it('returns undefined for a REST API request', () => {
      const context = load().requestContext;

      expect(context.connectedAt).toBeUndefined();
    });
  });

  describe('connectionId', () => {
    it('returns the connection ID of a WebSocket request', () => {
      const context = websocketContext();

      expect(context.connectionId).toBe('GXLKAfX1IAMCKeQ=');
    });
  });

  describe('eventType', () => {
    it('returns the event type of a WebSocket request', () => {
      const context = websocketContext();

      expect(context.eventType).toBe('MESSAGE');
    });
  });

  describe('messageDirection', () => {
    it('returns the message direction of a WebSocket request', () => {
      const context = websocketContext();

      expect(context.messageDirection).toBe('IN');
    });
  });

  describe('messageId', () => {
    it('returns the message ID of a WebSocket request', () => {
      const context = websocketContext();

      expect(context.messageId).toBe('GXLKJfX4IAMFm3A=');
    });
  });

  describe('operationName', () => {
    it('returns the operation name', () => {
      const context = load('lambda-authorizer').requestContext;

      expect(context.operationName).toBe('ListOrders');
    });

    it('returns undefined when the method has none', () => {
      const context = load().requestContext;

      expect(context.operationName).toBeUndefined();
    });
  });

  describe('routeKey', () => {
    it('returns the route key of an HTTP API request', () => {
      const context = load('http-api-v1').requestContext;

      expect(context.routeKey).toBe('GET /my/path');
    });

    it('returns the route key of a WebSocket request', () => {
      const context = websocketContext();

      expect(context.routeKey).toBe('sendmessage');
    });
  });

  describe('authorizer', () => {
    it('returns the authorizer output, built once', () => {
      const context = load('lambda-authorizer').requestContext;

      const authorizer = context.authorizer;

      expect(authorizer).toBeInstanceOf(APIGatewayEventAuthorizer);
      expect(authorizer).toBe(context.authorizer);
      expect(authorizer.principalId).toBe('user|a1b2c3d4');
    });

    it('returns an empty authorizer when the request has none', () => {
      const authorizer = load().requestContext.authorizer;

      expect(authorizer.claims).toEqual({});
      expect(authorizer.scopes).toEqual([]);
      expect(authorizer.principalId).toBe('');
      expect(authorizer.integrationLatency).toBeUndefined();
      expect(authorizer.getContext()).toEqual({});
    });
  });
});

describe('APIGatewayEventAuthorizer', () => {
  describe('claims', () => {
    it('returns the claims of a Cognito user pool authorizer', () => {
      const authorizer = load('cognito-authorizer').requestContext.authorizer;

      expect(authorizer.claims['cognito:username']).toBe('jane');
      expect(authorizer.claims.email).toBe('jane@example.com');
    });

    it('returns the claims of a JWT authorizer', () => {
      const authorizer = load('http-api-v1').requestContext.authorizer;

      expect(authorizer.claims.sub).toBe(
        '7d8ca528-4931-4254-9273-ea5ee853f271'
      );
    });

    it('returns an empty object when claims is null', () => {
      const authorizer = new APIGatewayEventAuthorizer({ claims: null });

      expect(authorizer.claims).toEqual({});
    });
  });

  describe('scopes', () => {
    it('returns the scopes of a JWT authorizer', () => {
      const authorizer = load('http-api-v1').requestContext.authorizer;

      expect(authorizer.scopes).toEqual(['pets/read', 'pets/write']);
    });

    it('returns an empty array when scopes is null', () => {
      const authorizer = new APIGatewayEventAuthorizer({ scopes: null });

      expect(authorizer.scopes).toEqual([]);
    });
  });

  describe('principalId', () => {
    it('returns the principal of a Lambda authorizer', () => {
      const authorizer = load('lambda-authorizer').requestContext.authorizer;

      expect(authorizer.principalId).toBe('user|a1b2c3d4');
    });
  });

  describe('integrationLatency', () => {
    it('returns the latency of a Lambda authorizer', () => {
      const authorizer = load('lambda-authorizer').requestContext.authorizer;

      expect(authorizer.integrationLatency).toBe(231);
    });
  });

  describe('getContext', () => {
    it('returns the whole output of a Lambda authorizer', () => {
      const authorizer = load('lambda-authorizer').requestContext.authorizer;

      expect(authorizer.getContext()).toEqual({
        principalId: 'user|a1b2c3d4',
        integrationLatency: 231,
        stringKey: 'value',
        numberKey: '1',
        booleanKey: 'true',
      });
    });
  });

  describe('get', () => {
    it('returns one context value of a Lambda authorizer', () => {
      const authorizer = load('lambda-authorizer').requestContext.authorizer;

      expect(authorizer.get('stringKey')).toBe('value');
      expect(authorizer.get('constructor')).toBeUndefined();
    });
  });
});

describe('malformed input', () => {
  it('throws MissingFieldError when resource is missing', () => {
    const { resource: _, ...raw } = loadEvent<RawAPIGatewayProxyEvent>(
      'api-gateway-proxy-event'
    );
    const event = new APIGatewayProxyEvent(raw as RawAPIGatewayProxyEvent);

    expect(() => event.resource).toThrow(MissingFieldError);
    expect(() => event.resource).toThrow(
      'APIGatewayProxyEvent: resource is missing'
    );
  });

  it('throws FieldTypeError when version is not a string', () => {
    const raw = loadEvent<RawAPIGatewayProxyEvent>('api-gateway-proxy-event');
    const event = new APIGatewayProxyEvent({
      ...raw,
      version: 1 as unknown as string,
    });

    expect(() => event.version).toThrow(FieldTypeError);
    expect(() => event.version).toThrow(
      'APIGatewayProxyEvent: version must be string, got number'
    );
  });

  it('throws MissingFieldError when requestContext is missing', () => {
    const { requestContext: _, ...raw } = loadEvent<RawAPIGatewayProxyEvent>(
      'api-gateway-proxy-event'
    );
    const event = new APIGatewayProxyEvent(raw as RawAPIGatewayProxyEvent);

    expect(() => event.requestContext).toThrow(MissingFieldError);
    expect(() => event.requestContext).toThrow(
      'APIGatewayProxyEvent: requestContext is missing'
    );
  });

  it('throws FieldTypeError naming the header when a multi-value header is not an array', () => {
    const raw = loadEvent<RawAPIGatewayProxyEvent>('api-gateway-proxy-event');
    const event = new APIGatewayProxyEvent({
      ...raw,
      multiValueHeaders: { Accept: 'text/html' as unknown as string[] },
    });

    expect(() => event.multiValueHeaders).toThrow(FieldTypeError);
    expect(() => event.resolvedHeadersField).toThrow(
      'APIGatewayProxyEvent: multiValueHeaders.Accept must be array, got string'
    );
  });

  it('throws FieldTypeError when a path parameter is not a string', () => {
    const raw = loadEvent<RawAPIGatewayProxyEvent>('api-gateway-proxy-event');
    const event = new APIGatewayProxyEvent({
      ...raw,
      pathParameters: { petId: 42 as unknown as string },
    });

    expect(() => event.pathParameters).toThrow(FieldTypeError);
    expect(() => event.pathParameters).toThrow(
      'APIGatewayProxyEvent: pathParameters.petId must be string, got number'
    );
  });

  it('throws FieldTypeError when stageVariables is not an object', () => {
    const raw = loadEvent<RawAPIGatewayProxyEvent>('api-gateway-proxy-event');
    const event = new APIGatewayProxyEvent({
      ...raw,
      stageVariables: 'prod' as unknown as Record<string, string>,
    });

    expect(() => event.stageVariables).toThrow(FieldTypeError);
    expect(() => event.stageVariables).toThrow(
      'APIGatewayProxyEvent: stageVariables must be object, got string'
    );
  });

  it('throws DecodeError when a base64 body is corrupt', () => {
    const raw = loadEvent<RawAPIGatewayProxyEvent>(
      'api-gateway-proxy-event.base64'
    );
    const event = new APIGatewayProxyEvent({ ...raw, body: 'not base64!' });

    expect(() => event.decodedBody).toThrow(DecodeError);
    expect(() => event.jsonBody).toThrow(
      'APIGatewayProxyEvent: body is not valid base64: unexpected character, padding or length'
    );
  });

  it('throws DecodeError when the body is not JSON', () => {
    const event = load('http-api-v1');

    expect(() => event.jsonBody).toThrow(DecodeError);
    expect(() => event.jsonBody).toThrow(
      /^APIGatewayProxyEvent: body is not valid JSON: /
    );
  });

  it('throws MissingFieldError naming the full path when a request context field is missing', () => {
    const raw = loadEvent<RawAPIGatewayProxyEvent>('api-gateway-proxy-event');
    const { stage: _, ...requestContext } = raw.requestContext;
    const event = new APIGatewayProxyEvent({
      ...raw,
      requestContext: requestContext as RawAPIGatewayEventRequestContext,
    });

    expect(() => event.requestContext.stage).toThrow(MissingFieldError);
    expect(() => event.requestContext.stage).toThrow(
      'APIGatewayProxyEvent: requestContext.stage is missing'
    );
  });

  it('throws FieldTypeError when connectedAt is not a number', () => {
    const raw = loadEvent<RawAPIGatewayProxyEvent>('api-gateway-proxy-event');
    const event = new APIGatewayProxyEvent({
      ...raw,
      requestContext: {
        ...raw.requestContext,
        connectedAt: '1709579717000' as unknown as number,
      },
    });

    expect(() => event.requestContext.connectedAt).toThrow(FieldTypeError);
    expect(() => event.requestContext.connectedAt).toThrow(
      'APIGatewayProxyEvent: requestContext.connectedAt must be number, got string'
    );
  });

  it('throws FieldTypeError when authorizer is not an object', () => {
    const raw = loadEvent<RawAPIGatewayProxyEvent>('api-gateway-proxy-event');
    const event = new APIGatewayProxyEvent({
      ...raw,
      requestContext: {
        ...raw.requestContext,
        authorizer: 'allow' as unknown as Record<string, unknown>,
      },
    });

    expect(() => event.requestContext.authorizer).toThrow(FieldTypeError);
    expect(() => event.requestContext.authorizer).toThrow(
      'APIGatewayProxyEvent: requestContext.authorizer must be object, got string'
    );
  });

  it('throws FieldTypeError naming the scope when a scope is not a string', () => {
    const raw = loadEvent<RawAPIGatewayProxyEvent>(
      'api-gateway-proxy-event.http-api-v1'
    );
    const event = new APIGatewayProxyEvent({
      ...raw,
      requestContext: {
        ...raw.requestContext,
        authorizer: { scopes: ['pets/read', 7 as unknown as string] },
      },
    });

    expect(() => event.requestContext.authorizer.scopes).toThrow(
      FieldTypeError
    );
    expect(() => event.requestContext.authorizer.scopes).toThrow(
      'APIGatewayProxyEvent: requestContext.authorizer.scopes[1] must be string, got number'
    );
  });

  it('throws FieldTypeError when integrationLatency is not a number', () => {
    const authorizer = new APIGatewayEventAuthorizer({
      integrationLatency: '231' as unknown as number,
      principalId: 5 as unknown as string,
    });

    expect(() => authorizer.integrationLatency).toThrow(FieldTypeError);
    expect(() => authorizer.principalId).toThrow(
      'APIGatewayEventAuthorizer: principalId must be string, got number'
    );
  });

  it('reads headers without a MultiValue map as a HeaderMap', () => {
    const event = load('null-maps');

    expect(event.resolvedHeadersField).toBeInstanceOf(HeaderMap);
  });
});
