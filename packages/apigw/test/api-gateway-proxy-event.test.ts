import { HeaderMap } from '@evt/core';
import { loadEvent } from '@evt/tooling-config/events';
import {
  counted,
  expectEvtError,
  patchEvent,
} from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  APIGatewayEventAuthorizer,
  APIGatewayEventRequestContext,
  APIGatewayProxyEvent,
  DecodeError,
  FieldTypeError,
  MissingFieldError,
  type RawAPIGatewayEventRequestContext,
  type RawAPIGatewayProxyEvent,
} from '../src/index';

const FIXTURE = 'api-gateway-proxy-event';

function raw(variant?: string): RawAPIGatewayProxyEvent {
  return loadEvent<RawAPIGatewayProxyEvent>(
    variant ? `${FIXTURE}.${variant}` : FIXTURE
  );
}

function load(variant?: string): APIGatewayProxyEvent {
  return new APIGatewayProxyEvent(raw(variant));
}

function websocketContext(): APIGatewayEventRequestContext {
  return new APIGatewayEventRequestContext(
    raw('websocket-message').requestContext
  );
}

/** The raw event behind a proxy that counts how often each top-level field is read. */
function countingReads(event: RawAPIGatewayProxyEvent): {
  event: RawAPIGatewayProxyEvent;
  reads: Map<PropertyKey, number>;
} {
  const reads = new Map<PropertyKey, number>();
  const proxy = new Proxy(event, {
    get(target, key, receiver) {
      reads.set(key, (reads.get(key) ?? 0) + 1);
      return Reflect.get(target, key, receiver);
    },
  });
  return { event: proxy, reads };
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

    it('returns undefined for a WebSocket message, which has none', () => {
      const event = load('websocket-message');

      expect(event.resource).toBeUndefined();
    });
  });

  describe('path', () => {
    it('returns the request path', () => {
      const event = load();

      expect(event.path).toBe('/pets/42');
    });

    it('returns undefined for a WebSocket message, which has none', () => {
      const event = load('websocket-message');

      expect(event.path).toBeUndefined();
    });
  });

  describe('httpMethod', () => {
    it('returns the HTTP method', () => {
      const event = load();

      expect(event.httpMethod).toBe('POST');
    });

    it('returns undefined for a WebSocket message, which has none', () => {
      const event = load('websocket-message');

      expect(event.httpMethod).toBeUndefined();
    });
  });

  describe('headers', () => {
    it('returns the headers, looked up case-insensitively', () => {
      const event = load();

      const headers = event.headers;

      expect(headers.get('content-type')).toBe('application/json');
      expect(headers.get('X-REQUEST-ID')).toBe('second-request-id');
      expect(headers.has('x-api-key')).toBe(false);
      expect(headers.size).toBe(9);
    });

    it('keeps the names as sent, in order', () => {
      const event = load();

      expect([...event.headers.keys()].slice(0, 3)).toEqual([
        'Accept',
        'Content-Type',
        'Host',
      ]);
      expect(event.headers.toJSON()['User-Agent']).toBe('curl/8.4.0');
    });

    it('returns the same map on every read', () => {
      const event = load();

      expect(event.headers).toBe(event.headers);
    });

    it('returns an empty map when headers is null', () => {
      const event = load('null-maps');

      expect(event.headers.size).toBe(0);
    });

    it('checks a header value only when a read reaches it', () => {
      const event = new APIGatewayProxyEvent(
        patchEvent<RawAPIGatewayProxyEvent>(FIXTURE, (patch) => {
          (patch.headers as Record<string, unknown>)['X-Retry'] = 2;
        })
      );

      const headers = event.headers;

      expect(headers.get('Accept')).toBe('application/json');
      expectEvtError(
        () => headers.get('x-retry'),
        FieldTypeError,
        'APIGatewayProxyEvent: headers.X-Retry must be string, got number'
      );
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
      expect(headers.size).toBe(10);
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
      const event = new APIGatewayProxyEvent(
        patchEvent<RawAPIGatewayProxyEvent>(FIXTURE, (patch) => {
          patch.multiValueHeaders = {};
        })
      );

      expect(event.resolvedHeadersField).toBe(event.headers);
      expect(event.resolvedHeadersField.get('host')).toBe(
        'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com'
      );
    });

    it('returns an empty header map when the event has no headers', () => {
      const event = load('null-maps');

      expect(event.resolvedHeadersField).toBeInstanceOf(HeaderMap);
      expect(event.resolvedHeadersField.size).toBe(0);
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
    it('returns every value of each parameter, as sent', () => {
      const input = raw();
      const event = new APIGatewayProxyEvent(input);

      expect(event.multiValueQueryStringParameters).toEqual({
        include: ['owner'],
        tag: ['friendly', 'indoor'],
      });
      expect(event.multiValueQueryStringParameters).toBe(
        input.multiValueQueryStringParameters
      );
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

    it('splits the single-value parameters on commas when there are no multi-value ones, once', () => {
      const event = new APIGatewayProxyEvent(
        patchEvent<RawAPIGatewayProxyEvent>(
          `${FIXTURE}.http-api-v1`,
          (patch) => {
            patch.multiValueQueryStringParameters = null;
          }
        )
      );

      const resolved = event.resolvedQueryStringParameters;

      expect(resolved).toEqual({
        parameter1: ['value1', 'value2'],
        parameter2: ['value'],
      });
      expect(resolved).toBe(event.resolvedQueryStringParameters);
    });

    it('keeps __proto__ as an ordinary parameter name', () => {
      const event = new APIGatewayProxyEvent(
        patchEvent<RawAPIGatewayProxyEvent>(FIXTURE, (patch) => {
          patch.multiValueQueryStringParameters = null;
          patch.queryStringParameters = JSON.parse('{"__proto__":"a,b"}');
        })
      );

      const resolved = event.resolvedQueryStringParameters;

      expect(
        Object.getOwnPropertyDescriptor(resolved, '__proto__')?.value
      ).toEqual(['a', 'b']);
      expect(Object.getPrototypeOf(resolved)).toBeNull();
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

    it('reads and decodes the body once', () => {
      const { event: input, reads } = countingReads(raw('base64'));
      const event = new APIGatewayProxyEvent(input);

      event.decodedBody;
      const decoded = event.decodedBody;

      expect(decoded).toBe('{"file":"report.pdf","size":1024}');
      expect(reads.get('body')).toBe(1);
      expect(reads.get('isBase64Encoded')).toBe(1);
    });

    it('reads an absent body once', () => {
      const { event: input, reads } = countingReads(raw('null-maps'));
      const event = new APIGatewayProxyEvent(input);

      event.decodedBody;

      expect(event.decodedBody).toBeUndefined();
      expect(reads.get('body')).toBe(1);
    });
  });

  describe('jsonBody', () => {
    it('parses a JSON body', () => {
      const event = new APIGatewayProxyEvent<{ name: string; species: string }>(
        raw()
      );

      expect(event.jsonBody).toEqual({ name: 'Rex', species: 'dog' });
      expect(event.jsonBody?.name).toBe('Rex');
    });

    it('decodes then parses a base64 JSON body', () => {
      const event = load('base64');

      expect(event.jsonBody).toEqual({ file: 'report.pdf', size: 1024 });
    });

    it('parses once, with the jsonDeserializer option', () => {
      const deserializer = counted((text: string) => JSON.parse(text));
      const event = new APIGatewayProxyEvent(raw(), {
        jsonDeserializer: deserializer,
      });

      const first = event.jsonBody;

      expect(event.jsonBody).toBe(first);
      expect(deserializer.calls).toBe(1);
    });

    it('returns undefined when there is no body, reading it once', () => {
      const { event: input, reads } = countingReads(raw('null-maps'));
      const event = new APIGatewayProxyEvent(input);

      event.jsonBody;

      expect(event.jsonBody).toBeUndefined();
      expect(reads.get('body')).toBe(1);
    });
  });

  describe('requestContext', () => {
    it('wraps requestContext, built once', () => {
      const input = raw();
      const event = new APIGatewayProxyEvent(input);

      const context = event.requestContext;

      expect(context).toBeInstanceOf(APIGatewayEventRequestContext);
      expect(context.rawEvent).toBe(input.requestContext);
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
      const input = raw();

      expect(new APIGatewayProxyEvent(input).toJSON()).toBe(input);
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
    it('wraps requestContext.authorizer, built once', () => {
      const input = raw('lambda-authorizer');
      const context = new APIGatewayProxyEvent(input).requestContext;

      const authorizer = context.authorizer;

      expect(authorizer).toBeInstanceOf(APIGatewayEventAuthorizer);
      expect(authorizer.rawEvent).toBe(input.requestContext.authorizer);
      expect(authorizer).toBe(context.authorizer);
      expect(authorizer.principalId).toBe('user|a1b2c3d4');
    });

    it('returns an empty authorizer when the request has none', () => {
      const context = load().requestContext;

      const authorizer = context.authorizer;

      expect(authorizer).toBe(context.authorizer);
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
    it('returns the whole output of a Lambda authorizer, as sent', () => {
      const input = raw('lambda-authorizer');
      const authorizer = new APIGatewayProxyEvent(input).requestContext
        .authorizer;

      expect(authorizer.getContext()).toEqual({
        principalId: 'user|a1b2c3d4',
        integrationLatency: 231,
        stringKey: 'value',
        numberKey: '1',
        booleanKey: 'true',
      });
      expect(authorizer.getContext()).toBe(input.requestContext.authorizer);
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

describe('APIGatewayProxyEvent on shapes the documented samples do not show', () => {
  it('reads a {proxy+} event without requestContext.path, protocol or isBase64Encoded', () => {
    const event = load('proxy-resource');
    const context = event.requestContext;

    expect(event.path).toBe('/inventory/items/42');
    expect(event.isBase64Encoded).toBe(false);
    expect(event.jsonBody).toEqual({ quantity: 17 });
    expect(event.pathParameters).toEqual({ proxy: 'inventory/items/42' });
    expect(context.path).toBeUndefined();
    expect(context.protocol).toBeUndefined();
    expect(context.requestTimeEpoch).toBe(1695022869221);
    expect(context.identity.apiKeyId).toBe('a1b2c3d4e5');
    expect(context.authorizer.principalId).toBe('service:inventory-sync');
    expect(context.authorizer.integrationLatency).toBe(12);
    expect(context.authorizer.getContext().clientId).toBe(7);
    expect(event.headers.get('cloudfront-viewer-country')).toBe('DE');
  });

  it('reads a console test invocation without request times, protocol or domain', () => {
    const event = load('console-test');
    const context = event.requestContext;

    expect(context.stage).toBe('test-invoke-stage');
    expect(context.requestId).toBe('test-invoke-request');
    expect(context.requestTime).toBeUndefined();
    expect(context.requestTimeEpoch).toBeUndefined();
    expect(context.protocol).toBeUndefined();
    expect(context.domainName).toBeUndefined();
    expect(context.extendedRequestId).toBeUndefined();
    expect(context.path).toBe('/orders/o-1001');
    expect(context.identity.sourceIp).toBe('test-invoke-source-ip');
    expect(context.identity.userArn).toBe(
      'arn:aws:iam::123456789012:user/console-tester'
    );
    expect(event.headers.size).toBe(0);
    expect(event.queryStringParameters).toEqual({});
    expect(event.body).toBeUndefined();
  });

  it('reads a complete WebSocket $connect event', () => {
    const event = load('websocket-connect');
    const context = event.requestContext;

    expect(event.resource).toBeUndefined();
    expect(event.path).toBeUndefined();
    expect(event.httpMethod).toBeUndefined();
    expect(event.body).toBeUndefined();
    expect(event.getQueryStringValue('room')).toBe('lobby');
    expect(event.headers.get('sec-websocket-version')).toBe('13');
    expect(context.eventType).toBe('CONNECT');
    expect(context.routeKey).toBe('$connect');
    expect(context.connectionId).toBe('L2kQpcVxiYcCF3w=');
    expect(context.accountId).toBeUndefined();
    expect(context.httpMethod).toBeUndefined();
    expect(context.resourcePath).toBeUndefined();
    expect(context.identity.sourceIp).toBe('198.51.100.23');
  });
});

describe('malformed input', () => {
  it('throws FieldTypeError when resource is not a string', () => {
    const event = new APIGatewayProxyEvent(
      patchEvent<RawAPIGatewayProxyEvent>(FIXTURE, (patch) => {
        patch.resource = 7 as never;
      })
    );

    expectEvtError(
      () => event.resource,
      FieldTypeError,
      'APIGatewayProxyEvent: resource must be string, got number'
    );
  });

  it('throws FieldTypeError when version is not a string', () => {
    const event = new APIGatewayProxyEvent(
      patchEvent<RawAPIGatewayProxyEvent>(FIXTURE, (patch) => {
        patch.version = 1 as never;
      })
    );

    expectEvtError(
      () => event.version,
      FieldTypeError,
      'APIGatewayProxyEvent: version must be string, got number'
    );
  });

  it('throws MissingFieldError when requestContext is missing', () => {
    const event = new APIGatewayProxyEvent(
      patchEvent<Partial<RawAPIGatewayProxyEvent>>(FIXTURE, (patch) => {
        delete patch.requestContext;
      }) as RawAPIGatewayProxyEvent
    );

    expectEvtError(
      () => event.requestContext,
      MissingFieldError,
      'APIGatewayProxyEvent: requestContext is missing'
    );
  });

  it('reads a multi-value header sent as one string as that one value', () => {
    const event = new APIGatewayProxyEvent(
      patchEvent<RawAPIGatewayProxyEvent>(FIXTURE, (patch) => {
        patch.multiValueHeaders = { Accept: 'text/html' as never };
      })
    );

    expect(event.resolvedHeadersField.getAll('accept')).toEqual(['text/html']);
  });

  it('throws FieldTypeError naming the header when a multi-value header is neither a string nor an array', () => {
    const event = new APIGatewayProxyEvent(
      patchEvent<RawAPIGatewayProxyEvent>(FIXTURE, (patch) => {
        patch.multiValueHeaders = { Accept: 42 as never };
      })
    );

    expectEvtError(
      () => event.resolvedHeadersField,
      FieldTypeError,
      'APIGatewayProxyEvent: multiValueHeaders.Accept must be array, got number'
    );
  });

  it('throws FieldTypeError naming the item when a multi-value header item is not a string', () => {
    const event = new APIGatewayProxyEvent(
      patchEvent<RawAPIGatewayProxyEvent>(FIXTURE, (patch) => {
        patch.multiValueHeaders = { Accept: ['text/html', 7 as never] };
      })
    );

    expectEvtError(
      () => event.multiValueHeaders.get('accept'),
      FieldTypeError,
      'APIGatewayProxyEvent: multiValueHeaders.Accept[1] must be string, got number'
    );
  });

  it('throws FieldTypeError when headers is not an object', () => {
    const event = new APIGatewayProxyEvent(
      patchEvent<RawAPIGatewayProxyEvent>(FIXTURE, (patch) => {
        patch.headers = 'Accept: */*' as never;
      })
    );

    expectEvtError(
      () => event.headers,
      FieldTypeError,
      'APIGatewayProxyEvent: headers must be object, got string'
    );
  });

  it('throws FieldTypeError naming the parameter when multi-value query values are not an array', () => {
    const event = new APIGatewayProxyEvent(
      patchEvent<RawAPIGatewayProxyEvent>(FIXTURE, (patch) => {
        patch.multiValueQueryStringParameters = { tag: 'indoor' as never };
      })
    );

    expectEvtError(
      () => event.getMultiValueQueryStringValues('tag'),
      FieldTypeError,
      'APIGatewayProxyEvent: multiValueQueryStringParameters.tag must be array, got string'
    );
  });

  it('throws FieldTypeError naming the item when a multi-value query value is not a string', () => {
    const event = new APIGatewayProxyEvent(
      patchEvent<RawAPIGatewayProxyEvent>(FIXTURE, (patch) => {
        patch.multiValueQueryStringParameters = {
          tag: ['friendly', 3 as never],
        };
      })
    );

    expectEvtError(
      () => event.resolvedQueryStringParameters,
      FieldTypeError,
      'APIGatewayProxyEvent: multiValueQueryStringParameters.tag[1] must be string, got number'
    );
  });

  it('throws MissingFieldError when a multi-value query parameter is null', () => {
    const event = new APIGatewayProxyEvent(
      patchEvent<RawAPIGatewayProxyEvent>(FIXTURE, (patch) => {
        patch.multiValueQueryStringParameters = { tag: null as never };
      })
    );

    expectEvtError(
      () => event.multiValueQueryStringParameters,
      MissingFieldError,
      'APIGatewayProxyEvent: multiValueQueryStringParameters.tag is missing'
    );
  });

  it('throws FieldTypeError when a path parameter is not a string', () => {
    const event = new APIGatewayProxyEvent(
      patchEvent<RawAPIGatewayProxyEvent>(FIXTURE, (patch) => {
        patch.pathParameters = { petId: 42 as never };
      })
    );

    expectEvtError(
      () => event.pathParameters,
      FieldTypeError,
      'APIGatewayProxyEvent: pathParameters.petId must be string, got number'
    );
  });

  it('throws FieldTypeError when stageVariables is not an object', () => {
    const event = new APIGatewayProxyEvent(
      patchEvent<RawAPIGatewayProxyEvent>(FIXTURE, (patch) => {
        patch.stageVariables = 'prod' as never;
      })
    );

    expectEvtError(
      () => event.stageVariables,
      FieldTypeError,
      'APIGatewayProxyEvent: stageVariables must be object, got string'
    );
  });

  it('throws DecodeError when a base64 body is corrupt', () => {
    const event = new APIGatewayProxyEvent(
      patchEvent<RawAPIGatewayProxyEvent>(`${FIXTURE}.base64`, (patch) => {
        patch.body = 'not base64!';
      })
    );

    expectEvtError(
      () => event.jsonBody,
      DecodeError,
      'APIGatewayProxyEvent: body is not valid base64: unexpected character, padding or length'
    );
  });

  it('throws DecodeError when the body is not JSON', () => {
    const event = load('http-api-v1');

    const error = expectEvtError(
      () => event.jsonBody,
      DecodeError,
      "APIGatewayProxyEvent: body is not valid JSON: Unexpected token 'H'"
    );

    expect((error as DecodeError).path).toBe('body');
  });

  it('throws MissingFieldError naming the full path when a request context field is missing', () => {
    const event = new APIGatewayProxyEvent(
      patchEvent<RawAPIGatewayProxyEvent>(FIXTURE, (patch) => {
        delete (
          patch.requestContext as Partial<RawAPIGatewayEventRequestContext>
        ).stage;
      })
    );

    expectEvtError(
      () => event.requestContext.stage,
      MissingFieldError,
      'APIGatewayProxyEvent: requestContext.stage is missing'
    );
  });

  it('throws FieldTypeError when connectedAt is not a number', () => {
    const event = new APIGatewayProxyEvent(
      patchEvent<RawAPIGatewayProxyEvent>(FIXTURE, (patch) => {
        patch.requestContext.connectedAt = '1709579717000' as never;
      })
    );

    expectEvtError(
      () => event.requestContext.connectedAt,
      FieldTypeError,
      'APIGatewayProxyEvent: requestContext.connectedAt must be number, got string'
    );
  });

  it('throws FieldTypeError when authorizer is not an object', () => {
    const event = new APIGatewayProxyEvent(
      patchEvent<RawAPIGatewayProxyEvent>(FIXTURE, (patch) => {
        patch.requestContext.authorizer = 'allow' as never;
      })
    );

    expectEvtError(
      () => event.requestContext.authorizer,
      FieldTypeError,
      'APIGatewayProxyEvent: requestContext.authorizer must be object, got string'
    );
  });

  it('throws FieldTypeError naming the scope when a scope is not a string', () => {
    const event = new APIGatewayProxyEvent(
      patchEvent<RawAPIGatewayProxyEvent>(`${FIXTURE}.http-api-v1`, (patch) => {
        patch.requestContext.authorizer = {
          scopes: ['pets/read', 7 as never],
        };
      })
    );

    expectEvtError(
      () => event.requestContext.authorizer.scopes,
      FieldTypeError,
      'APIGatewayProxyEvent: requestContext.authorizer.scopes[1] must be string, got number'
    );
  });

  it('throws FieldTypeError when integrationLatency or principalId has the wrong type', () => {
    const authorizer = new APIGatewayEventAuthorizer({
      integrationLatency: '231' as never,
      principalId: 5 as never,
    });

    expectEvtError(
      () => authorizer.integrationLatency,
      FieldTypeError,
      'APIGatewayEventAuthorizer: integrationLatency must be number, got string'
    );
    expectEvtError(
      () => authorizer.principalId,
      FieldTypeError,
      'APIGatewayEventAuthorizer: principalId must be string, got number'
    );
  });
});
