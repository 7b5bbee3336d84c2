import { inspect } from 'node:util';
import { loadEvent } from '@evt/tooling-config/events';
import { expectEvtError, patchEvent } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  APIGatewayAuthorizerRequestEvent,
  APIGatewayEventRequestContext,
  APIGatewayProxyEvent,
  DecodeError,
  FieldTypeError,
  MissingFieldError,
  parseApiGatewayArn,
  type RawAPIGatewayAuthorizerRequestEvent,
} from '../src/index';

const FIXTURE = 'api-gateway-authorizer-request-event';

function raw(variant?: string): RawAPIGatewayAuthorizerRequestEvent {
  return loadEvent<RawAPIGatewayAuthorizerRequestEvent>(
    variant ? `${FIXTURE}.${variant}` : FIXTURE
  );
}

function load(variant?: string): APIGatewayAuthorizerRequestEvent {
  return new APIGatewayAuthorizerRequestEvent(raw(variant));
}

describe('APIGatewayAuthorizerRequestEvent', () => {
  it('reads the request as a proxy event does', () => {
    expect(load()).toBeInstanceOf(APIGatewayProxyEvent);
  });

  describe('type', () => {
    it('returns the authorizer type', () => {
      expect(load().type).toBe('REQUEST');
      expect(load('websocket').type).toBe('REQUEST');
    });
  });

  describe('methodArn', () => {
    it('returns the ARN of the method called', () => {
      expect(load().methodArn).toBe(
        'arn:aws:execute-api:us-east-1:123456789012:abcdef123/test/GET/request'
      );
    });

    it('returns the $connect route ARN of a WebSocket API', () => {
      expect(load('websocket').methodArn).toBe(
        'arn:aws:execute-api:us-east-1:123456789012:c5jwxq709g/production/$connect'
      );
    });
  });

  describe('parsedArn', () => {
    it('returns the parts of a REST API method ARN', () => {
      const event = load();
      const parsed = event.parsedArn;

      expect(parsed).toEqual(parseApiGatewayArn(event.methodArn));
      expect([parsed.apiId, parsed.stage, parsed.httpMethod]).toEqual([
        'abcdef123',
        'test',
        'GET',
      ]);
    });

    it('reads a WebSocket $connect ARN as a route key, and builds it back', () => {
      const parsed = load('websocket').parsedArn;

      expect(parsed).toEqual(parseApiGatewayArn(parsed.arn, true));
      expect([parsed.httpMethod, parsed.resource, parsed.stage]).toEqual([
        undefined,
        '$connect',
        'production',
      ]);
      expect(parsed.arn).toBe(
        'arn:aws:execute-api:us-east-1:123456789012:c5jwxq709g/production/$connect'
      );
    });

    it('returns the same object on every read', () => {
      const event = load();

      expect(event.parsedArn).toBe(event.parsedArn);
    });
  });

  describe('identitySource', () => {
    it('returns the identity sources of an HTTP API payload 1.0 event', () => {
      expect(load('http-api-v1').identitySource).toBe('user1,123');
    });

    it('returns undefined for REST and WebSocket APIs, which send none', () => {
      expect(load().identitySource).toBeUndefined();
      expect(load('websocket').identitySource).toBeUndefined();
    });
  });

  describe('authorizationToken', () => {
    it('returns the identity sources again, as HTTP API payload 1.0 sends them', () => {
      expect(load('http-api-v1').authorizationToken).toBe('user1,123');
    });

    it('returns undefined for a REST API', () => {
      expect(load().authorizationToken).toBeUndefined();
    });
  });

  describe('version', () => {
    it('returns 1.0 for an HTTP API, undefined for a REST API', () => {
      expect(load('http-api-v1').version).toBe('1.0');
      expect(load().version).toBeUndefined();
    });
  });

  describe('the request', () => {
    it('reads the method, path and resource', () => {
      const event = load();

      expect([event.httpMethod, event.path, event.resource]).toEqual([
        'GET',
        '/request',
        '/request',
      ]);
    });

    it('reads nothing of the kind for a WebSocket $connect', () => {
      const event = load('websocket');

      expect([event.httpMethod, event.path, event.resource]).toEqual([
        undefined,
        undefined,
        undefined,
      ]);
    });

    it('looks headers up case-insensitively', () => {
      const event = load();

      expect(event.headers.get('headerauth1')).toBe('headerValue1');
      expect(event.getHeaderValue('x-amz-date')).toBe('20170718T062915Z');
      expect(event.getHeaderValue('missing', 'none')).toBe('none');
      expect(event.multiValueHeaders.getAll('Accept')).toEqual(['*/*']);
    });

    it('reads the query string, path parameters and stage variables', () => {
      const event = load();

      expect(event.queryStringParameters).toEqual({
        QueryString1: 'queryValue1',
      });
      expect(event.getQueryStringValue('QueryString1')).toBe('queryValue1');
      expect(event.multiValueQueryStringParameters).toEqual({
        QueryString1: ['queryValue1'],
      });
      expect(event.pathParameters).toEqual({});
      expect(event.stageVariables).toEqual({ StageVar1: 'stageValue1' });
    });

    it('has no body', () => {
      const event = load();

      expect([event.body, event.jsonBody, event.isBase64Encoded]).toEqual([
        undefined,
        undefined,
        false,
      ]);
    });
  });

  describe('requestContext', () => {
    it('reads the REST request context, with the API key and client certificate', () => {
      const context = load().requestContext;

      expect(context).toBeInstanceOf(APIGatewayEventRequestContext);
      expect(context.resourceId).toBe('05c7jb');
      expect(context.requestTimeEpoch).toBe(1500359355000);
      expect(context.identity.apiKey).toBe('qJyKfXmplE4Cwr1bdrS8p7BAiEyk3WpL');
      expect(context.identity.sourceIp).toBe('198.51.100.25');
      expect(context.identity.clientCert?.subjectDN).toBe('www.example.com');
    });

    it('reads the connection of a WebSocket $connect', () => {
      const context = load('websocket').requestContext;

      expect(context.connectionId).toBe('FDmBIeapIAMCIQg=');
      expect(context.eventType).toBe('CONNECT');
      expect(context.routeKey).toBe('$connect');
      expect(context.connectedAt).toBe(1737995987617);
    });
  });

  describe('debug view', () => {
    it('hides the identity sources, the token, the API key and the Authorization header', () => {
      const views = ['http-api-v1', 'websocket', undefined].map((variant) => {
        const event = load(variant);
        return `${String(event)}\n${inspect(event, { depth: Number.POSITIVE_INFINITY })}`;
      });
      const text = views.join('\n');

      expect(text).not.toContain('user1,123');
      expect(text).not.toContain('eyJhbGci');
      expect(text).not.toContain('qJyKfXmplE4Cwr1bdrS8p7BAiEyk3WpL');
      expect(text).toContain('[SENSITIVE]');
      expect(text).toContain('FDmBIeapIAMCIQg=');
    });
  });
});

describe('malformed input', () => {
  it('throws MissingFieldError when methodArn is missing', () => {
    const event = new APIGatewayAuthorizerRequestEvent(
      patchEvent<Partial<RawAPIGatewayAuthorizerRequestEvent>>(
        FIXTURE,
        (patch) => {
          delete patch.methodArn;
        }
      ) as RawAPIGatewayAuthorizerRequestEvent
    );

    expectEvtError(
      () => event.methodArn,
      MissingFieldError,
      'APIGatewayAuthorizerRequestEvent: methodArn is missing'
    );
  });

  it('throws FieldTypeError naming the field when type or identitySource is not a string', () => {
    const event = new APIGatewayAuthorizerRequestEvent(
      patchEvent<RawAPIGatewayAuthorizerRequestEvent>(FIXTURE, (patch) => {
        patch.type = null as never;
        patch.identitySource = ['user1'] as never;
        patch.authorizationToken = 7 as never;
      })
    );

    expectEvtError(
      () => event.type,
      MissingFieldError,
      'APIGatewayAuthorizerRequestEvent: type is missing'
    );
    expectEvtError(
      () => event.identitySource,
      FieldTypeError,
      'APIGatewayAuthorizerRequestEvent: identitySource must be string, got array'
    );
    expectEvtError(
      () => event.authorizationToken,
      FieldTypeError,
      'APIGatewayAuthorizerRequestEvent: authorizationToken must be string, got number'
    );
  });

  it('throws DecodeError naming methodArn when a WebSocket ARN has no route key', () => {
    const event = new APIGatewayAuthorizerRequestEvent(
      patchEvent<RawAPIGatewayAuthorizerRequestEvent>(
        `${FIXTURE}.websocket`,
        (patch) => {
          patch.methodArn =
            'arn:aws:execute-api:us-east-1:123456789012:c5jwxq709g';
        }
      )
    );

    expectEvtError(
      () => event.parsedArn,
      DecodeError,
      'APIGatewayAuthorizerRequestEvent: methodArn is not valid API Gateway route ARN: expected arn:<partition>:execute-api:<region>:<account>:<api-id>/<stage>/<route-key>'
    );
  });

  it('parses a REST ARN when the request context is missing, and names it when read', () => {
    const event = new APIGatewayAuthorizerRequestEvent(
      patchEvent<Partial<RawAPIGatewayAuthorizerRequestEvent>>(
        FIXTURE,
        (patch) => {
          delete patch.requestContext;
        }
      ) as RawAPIGatewayAuthorizerRequestEvent
    );

    expect(event.parsedArn.httpMethod).toBe('GET');
    expectEvtError(
      () => event.requestContext,
      MissingFieldError,
      'APIGatewayAuthorizerRequestEvent: requestContext is missing'
    );
  });
});
