import { loadEvent } from '@evt/tooling-config/events';
import {
  counted,
  expectEvtError,
  patchEvent,
} from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  APIGatewayWebSocketEvent,
  APIGatewayWebSocketEventIdentity,
  APIGatewayWebSocketEventRequestContext,
  DecodeError,
  FieldTypeError,
  MissingFieldError,
  type RawAPIGatewayWebSocketEvent,
} from '../src/index';

const FIXTURE = 'api-gateway-websocket-event';

function load(variant?: string): APIGatewayWebSocketEvent {
  return new APIGatewayWebSocketEvent(
    loadEvent<RawAPIGatewayWebSocketEvent>(
      variant ? `${FIXTURE}.${variant}` : FIXTURE
    )
  );
}

interface ChatMessage {
  action: string;
  message: string;
}

describe('APIGatewayWebSocketEvent', () => {
  describe('body, decodedBody and jsonBody', () => {
    it('return the message and its parsed JSON', () => {
      const event = new APIGatewayWebSocketEvent<ChatMessage>(
        loadEvent<RawAPIGatewayWebSocketEvent>(FIXTURE)
      );

      expect(event.body).toBe('{"action":"sendmessage","message":"hello"}');
      expect(event.decodedBody).toBe(event.body);
      expect(event.jsonBody).toEqual({
        action: 'sendmessage',
        message: 'hello',
      });
      expect(event.isBase64Encoded).toBe(false);
    });

    it('decode a binary frame', () => {
      const event = load('binary');

      expect(event.isBase64Encoded).toBe(true);
      expect(event.decodedBody).toBe('{"action":"typing","user":"élodie"}');
      expect(event.jsonBody).toEqual({ action: 'typing', user: 'élodie' });
    });

    it('return undefined for a $connect or $disconnect, which has no message', () => {
      expect(load('connect').body).toBeUndefined();
      expect(load('disconnect').jsonBody).toBeUndefined();
    });

    it('parse the message once', () => {
      const event = load();

      expect(event.jsonBody).toBe(event.jsonBody);
    });
  });

  describe('headers and multiValueHeaders', () => {
    it('return the headers of the connection request on $connect', () => {
      const event = load('connect');

      expect(event.headers.get('origin')).toBe('https://chat.example.com');
      expect(event.getHeaderValue('sec-websocket-version')).toBe('13');
      expect(event.multiValueHeaders.getAll('X-Forwarded-For')).toEqual([
        '192.0.2.1',
      ]);
      expect(event.multiValueHeaders.size).toBe(10);
    });

    it('return empty maps for a message, which has no headers', () => {
      const event = load();

      expect(event.headers.size).toBe(0);
      expect(event.multiValueHeaders.size).toBe(0);
    });

    it('return the same map on every read', () => {
      const event = load('connect');

      expect(event.multiValueHeaders).toBe(event.multiValueHeaders);
    });
  });

  describe('queryStringParameters and multiValueQueryStringParameters', () => {
    it('return the query string of the connection request', () => {
      const event = load('connect');

      expect(event.queryStringParameters).toEqual({ room: 'lobby' });
      expect(event.multiValueQueryStringParameters).toEqual({
        room: ['lobby'],
      });
      expect(event.getQueryStringValue('room')).toBe('lobby');
    });

    it('return empty objects for a message', () => {
      const event = load();

      expect(event.queryStringParameters).toEqual({});
      expect(event.multiValueQueryStringParameters).toEqual({});
    });
  });

  describe('requestContext', () => {
    it('returns the context of a message', () => {
      const context = load().requestContext;

      expect(context).toBeInstanceOf(APIGatewayWebSocketEventRequestContext);
      expect({
        routeKey: context.routeKey,
        eventType: context.eventType,
        connectionId: context.connectionId,
        messageId: context.messageId,
        messageDirection: context.messageDirection,
        connectedAt: context.connectedAt,
        apiId: context.apiId,
        domainName: context.domainName,
        stage: context.stage,
        requestId: context.requestId,
        extendedRequestId: context.extendedRequestId,
        requestTime: context.requestTime,
        requestTimeEpoch: context.requestTimeEpoch,
        disconnectStatusCode: context.disconnectStatusCode,
        disconnectReason: context.disconnectReason,
      }).toEqual({
        routeKey: 'sendmessage',
        eventType: 'MESSAGE',
        connectionId: 'GXLKAfX1IAMCKeQ=',
        messageId: 'GXLKJfX4IAMFm3A=',
        messageDirection: 'IN',
        connectedAt: 1709579717000,
        apiId: 'abcdef1234',
        domainName: 'abcdef1234.execute-api.us-east-1.amazonaws.com',
        stage: 'production',
        requestId: 'GXLKJEvXIAMFhRw=',
        extendedRequestId: 'GXLKJEvXIAMFhRw=',
        requestTime: '04/Mar/2024:19:15:17 +0000',
        requestTimeEpoch: 1709579717135,
        disconnectStatusCode: undefined,
        disconnectReason: undefined,
      });
    });

    it('returns the route and event type of a $connect, which has no message ID', () => {
      const context = load('connect').requestContext;

      expect([context.routeKey, context.eventType, context.messageId]).toEqual([
        '$connect',
        'CONNECT',
        undefined,
      ]);
    });

    it('returns why a $disconnect closed', () => {
      const context = load('disconnect').requestContext;

      expect(context.routeKey).toBe('$disconnect');
      expect(context.eventType).toBe('DISCONNECT');
      expect(context.disconnectStatusCode).toBe(1005);
      expect(context.disconnectReason).toBe(
        'Client-side close frame status not set'
      );
      expect(context.requestTimeEpoch).toBe(1709580342811);
    });

    it('returns the same wrapper on every read', () => {
      const raw = loadEvent<RawAPIGatewayWebSocketEvent>(FIXTURE);
      const read = counted(() => raw.requestContext);
      const event = new APIGatewayWebSocketEvent(
        new Proxy(raw, {
          get: (target, key) =>
            key === 'requestContext' ? read() : Reflect.get(target, key),
        })
      );

      expect(event.requestContext).toBe(event.requestContext);
      expect(read.calls).toBe(1);
    });
  });

  describe('requestContext.identity', () => {
    it('returns the source IP of a message', () => {
      const identity = load().requestContext.identity;

      expect(identity).toBeInstanceOf(APIGatewayWebSocketEventIdentity);
      expect(identity.sourceIp).toBe('192.0.2.1');
      expect(identity.userAgent).toBeUndefined();
    });

    it('returns the user agent of a $connect', () => {
      expect(load('connect').requestContext.identity.userAgent).toBe(
        'Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0'
      );
    });

    it('returns the same wrapper on every read', () => {
      const context = load().requestContext;

      expect(context.identity).toBe(context.identity);
    });
  });

  describe('path and httpMethod', () => {
    it('return undefined: a WebSocket event has neither', () => {
      const event = load('connect');

      expect([event.path, event.httpMethod]).toEqual([undefined, undefined]);
    });
  });
});

describe('malformed input', () => {
  it('throws MissingFieldError when the connection ID is missing', () => {
    const event = new APIGatewayWebSocketEvent(
      patchEvent<RawAPIGatewayWebSocketEvent>(FIXTURE, (patch) => {
        delete (patch.requestContext as Partial<typeof patch.requestContext>)
          .connectionId;
      })
    );

    expectEvtError(
      () => event.requestContext.connectionId,
      MissingFieldError,
      'APIGatewayWebSocketEvent: requestContext.connectionId is missing'
    );
  });

  it('throws MissingFieldError naming the source IP when the identity is missing', () => {
    const event = new APIGatewayWebSocketEvent(
      patchEvent<RawAPIGatewayWebSocketEvent>(FIXTURE, (patch) => {
        delete patch.requestContext.identity;
      })
    );

    expectEvtError(
      () => event.requestContext.identity.sourceIp,
      MissingFieldError,
      'APIGatewayWebSocketEvent: requestContext.identity.sourceIp is missing'
    );
    expect(event.requestContext.identity.userAgent).toBeUndefined();
  });

  it('throws FieldTypeError naming the field when a number is a string', () => {
    const event = new APIGatewayWebSocketEvent(
      patchEvent<RawAPIGatewayWebSocketEvent>(
        `${FIXTURE}.disconnect`,
        (patch) => {
          patch.requestContext.disconnectStatusCode = '1005' as never;
          patch.requestContext.connectedAt = '1709579717000' as never;
        }
      )
    );

    expectEvtError(
      () => event.requestContext.disconnectStatusCode,
      FieldTypeError,
      'APIGatewayWebSocketEvent: requestContext.disconnectStatusCode must be number, got string'
    );
    expectEvtError(
      () => event.requestContext.connectedAt,
      FieldTypeError,
      'APIGatewayWebSocketEvent: requestContext.connectedAt must be number, got string'
    );
  });

  it('throws MissingFieldError when the request context is missing', () => {
    const event = new APIGatewayWebSocketEvent(
      patchEvent<Partial<RawAPIGatewayWebSocketEvent>>(FIXTURE, (patch) => {
        delete patch.requestContext;
      }) as RawAPIGatewayWebSocketEvent
    );

    expectEvtError(
      () => event.requestContext,
      MissingFieldError,
      'APIGatewayWebSocketEvent: requestContext is missing'
    );
  });

  it('throws DecodeError naming body when a message is not JSON, without quoting it', () => {
    const event = new APIGatewayWebSocketEvent(
      patchEvent<RawAPIGatewayWebSocketEvent>(FIXTURE, (patch) => {
        patch.body = 'secret-not-json';
      })
    );

    const error = expectEvtError(
      () => event.jsonBody,
      DecodeError,
      "APIGatewayWebSocketEvent: body is not valid JSON: Unexpected token 's'"
    );
    expect(error.message).not.toContain('secret-not-json');
  });

  it('throws FieldTypeError naming the header when a multi-value header is neither a string nor an array', () => {
    const event = new APIGatewayWebSocketEvent(
      patchEvent<RawAPIGatewayWebSocketEvent>(`${FIXTURE}.connect`, (patch) => {
        patch.multiValueHeaders = {
          Origin: 443 as never,
        };
      })
    );

    expectEvtError(
      () => event.multiValueHeaders.get('origin'),
      FieldTypeError,
      'APIGatewayWebSocketEvent: multiValueHeaders.Origin must be array, got number'
    );
  });
});
