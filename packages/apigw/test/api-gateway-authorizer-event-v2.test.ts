import { inspect } from 'node:util';
import { loadEvent } from '@evt/tooling-config/events';
import { expectEvtError, patchEvent } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  APIGatewayAuthorizerEventV2,
  APIGatewayProxyEventV2,
  BaseRequestContextV2,
  DecodeError,
  FieldTypeError,
  MissingFieldError,
  parseApiGatewayArn,
  type RawAPIGatewayAuthorizerEventV2,
} from '../src/index';

const FIXTURE = 'api-gateway-authorizer-event-v2';

function load(variant?: string): APIGatewayAuthorizerEventV2 {
  return new APIGatewayAuthorizerEventV2(
    loadEvent<RawAPIGatewayAuthorizerEventV2>(
      variant ? `${FIXTURE}.${variant}` : FIXTURE
    )
  );
}

describe('APIGatewayAuthorizerEventV2', () => {
  it('reads the request as a payload 2.0 proxy event does', () => {
    expect(load()).toBeInstanceOf(APIGatewayProxyEventV2);
  });

  describe('version and type', () => {
    it('return the payload format version and the authorizer type', () => {
      const event = load();

      expect([event.version, event.type]).toEqual(['2.0', 'REQUEST']);
    });
  });

  describe('routeArn', () => {
    it('returns the ARN of the route called', () => {
      expect(load().routeArn).toBe(
        'arn:aws:execute-api:us-east-1:123456789012:abcdef123/test/GET/request'
      );
    });
  });

  describe('parsedArn', () => {
    it('returns the parts of the route ARN', () => {
      const event = load();
      const parsed = event.parsedArn;

      expect(parsed).toEqual(parseApiGatewayArn(event.routeArn));
      expect([parsed.region, parsed.httpMethod, parsed.resource]).toEqual([
        'us-east-1',
        'GET',
        'request',
      ]);
    });

    it('reads the China partition and the $default stage', () => {
      const parsed = load('minimal').parsedArn;

      expect([parsed.partition, parsed.stage, parsed.arn]).toEqual([
        'aws-cn',
        '$default',
        'arn:aws-cn:execute-api:cn-northwest-1:123456789012:q1w2e3r4t5/$default/POST/orders',
      ]);
    });

    it('returns the same object on every read', () => {
      const event = load();

      expect(event.parsedArn).toBe(event.parsedArn);
    });
  });

  describe('identitySource', () => {
    it('returns the values of the identity sources', () => {
      expect(load().identitySource).toEqual(['user1', '123']);
    });

    it('returns an empty array when the authorizer names none', () => {
      expect(load('minimal').identitySource).toEqual([]);
    });
  });

  describe('the request', () => {
    it('reads the route, raw path and raw query string', () => {
      const event = load();

      expect([event.routeKey, event.rawPath, event.rawQueryString]).toEqual([
        'GET /request',
        '/test/request',
        'parameter1=value1&parameter1=value2&parameter2=value',
      ]);
      expect(event.path).toBe('/request');
      expect(event.httpMethod).toBe('GET');
      expect(event.parsedQueryStringParameters.get('parameter1')).toEqual([
        'value1',
        'value2',
      ]);
    });

    it('reads cookies, headers, path parameters and stage variables', () => {
      const event = load();

      expect(event.cookies).toEqual(['session=abc123', 'theme=dark']);
      expect(event.parsedCookies.get('theme')).toBe('dark');
      expect(event.headers.get('X-Api-Key')).toBe('123');
      expect(event.getHeaderValue('Header1')).toBe('value1');
      expect(event.queryStringParameters).toEqual({
        parameter1: 'value1,value2',
        parameter2: 'value',
      });
      expect(event.pathParameters).toEqual({ parameter1: 'value1' });
      expect(event.stageVariables).toEqual({
        stageVariable1: 'value1',
        stageVariable2: 'value2',
      });
    });

    it('reads empty defaults where the event has nothing', () => {
      const event = load('minimal');

      expect(event.cookies).toEqual([]);
      expect(event.queryStringParameters).toEqual({});
      expect(event.pathParameters).toEqual({});
      expect(event.stageVariables).toEqual({});
      expect(event.requestContext.authentication).toBeUndefined();
      expect(event.body).toBeUndefined();
      expect(event.isBase64Encoded).toBe(false);
    });
  });

  describe('requestContext', () => {
    it('reads the payload 2.0 request context, with the client certificate', () => {
      const context = load().requestContext;

      expect(context).toBeInstanceOf(BaseRequestContextV2);
      expect(context.http.sourceIp).toBe('198.51.100.25');
      expect(context.requestId).toBe('JKJaXmPLvHcESHA=');
      expect(context.timeEpoch).toBe(1583348638390);
      expect(context.authentication?.serialNumber).toBe('1');
    });
  });

  describe('debug view', () => {
    it('hides the identity sources and the Authorization header', () => {
      const event = load();
      const text = `${String(event)}\n${inspect(event, { depth: Number.POSITIVE_INFINITY })}`;

      expect(text).not.toContain('user1');
      expect(text).toContain('[SENSITIVE]');
      expect(text).toContain('JKJaXmPLvHcESHA=');
    });
  });
});

describe('malformed input', () => {
  it('throws MissingFieldError when routeArn is missing', () => {
    const event = new APIGatewayAuthorizerEventV2(
      patchEvent<Partial<RawAPIGatewayAuthorizerEventV2>>(FIXTURE, (patch) => {
        delete patch.routeArn;
      }) as RawAPIGatewayAuthorizerEventV2
    );

    expectEvtError(
      () => event.parsedArn,
      MissingFieldError,
      'APIGatewayAuthorizerEventV2: routeArn is missing'
    );
  });

  it('throws FieldTypeError naming the item when an identity source is not a string', () => {
    const event = new APIGatewayAuthorizerEventV2(
      patchEvent<RawAPIGatewayAuthorizerEventV2>(FIXTURE, (patch) => {
        patch.identitySource = ['user1', 123 as never];
        patch.type = false as never;
      })
    );

    expectEvtError(
      () => event.identitySource,
      FieldTypeError,
      'APIGatewayAuthorizerEventV2: identitySource[1] must be string, got number'
    );
    expectEvtError(
      () => event.type,
      FieldTypeError,
      'APIGatewayAuthorizerEventV2: type must be string, got boolean'
    );
  });

  it('throws DecodeError naming routeArn when it is not a route ARN', () => {
    const event = new APIGatewayAuthorizerEventV2(
      patchEvent<RawAPIGatewayAuthorizerEventV2>(FIXTURE, (patch) => {
        patch.routeArn =
          'arn:aws:lambda:us-east-1:123456789012:function:authorizer';
      })
    );

    expectEvtError(
      () => event.parsedArn,
      DecodeError,
      'APIGatewayAuthorizerEventV2: routeArn is not valid API Gateway route ARN: expected arn:<partition>:execute-api:<region>:<account>:<api-id>/<stage>/<method>/<resource>'
    );
  });
});
