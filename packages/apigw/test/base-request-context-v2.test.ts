import { loadEvent } from '@evt/config/events';
import { FieldTypeError, MissingFieldError } from '@evt/core';
import { describe, expect, it } from 'vitest';
import {
  APIGatewayProxyEventV2,
  BaseRequestContextV2,
  type RawAPIGatewayProxyEventV2,
  RequestContextClientCert,
  RequestContextV2Http,
} from '../src/index';

function context(variant?: string): BaseRequestContextV2 {
  const raw = loadEvent<RawAPIGatewayProxyEventV2>(
    variant
      ? `api-gateway-proxy-event-v2.${variant}`
      : 'api-gateway-proxy-event-v2'
  );
  return new BaseRequestContextV2(raw.requestContext);
}

describe('BaseRequestContextV2', () => {
  describe('accountId', () => {
    it('returns the account that owns the API', () => {
      expect(context().accountId).toBe('123456789012');
    });
  });

  describe('apiId', () => {
    it('returns the API ID', () => {
      expect(context().apiId).toBe('api-id');
    });
  });

  describe('domainName', () => {
    it('returns the domain name', () => {
      expect(context().domainName).toBe(
        'id.execute-api.us-east-1.amazonaws.com'
      );
    });
  });

  describe('domainPrefix', () => {
    it('returns the domain prefix', () => {
      expect(context().domainPrefix).toBe('id');
    });
  });

  describe('http', () => {
    it('returns the HTTP details, built once', () => {
      const requestContext = context();

      const http = requestContext.http;

      expect(http).toBeInstanceOf(RequestContextV2Http);
      expect(http).toBe(requestContext.http);
    });
  });

  describe('requestId', () => {
    it('returns the request ID', () => {
      expect(context().requestId).toBe('id');
    });
  });

  describe('routeKey', () => {
    it('returns the route key', () => {
      expect(context('iam-authorizer').routeKey).toBe('GET /orders/{orderId}');
    });
  });

  describe('stage', () => {
    it('returns the stage', () => {
      expect(context('iam-authorizer').stage).toBe('prod');
    });
  });

  describe('time', () => {
    it('returns the CLF request time', () => {
      expect(context().time).toBe('12/Mar/2020:19:03:58 +0000');
    });
  });

  describe('timeEpoch', () => {
    it('returns the epoch request time', () => {
      expect(context().timeEpoch).toBe(1583348638390);
    });
  });

  describe('authentication', () => {
    it('returns the mutual TLS client certificate, built once', () => {
      const requestContext = context();

      const cert = requestContext.authentication;

      expect(cert).toBeInstanceOf(RequestContextClientCert);
      expect(cert).toBe(requestContext.authentication);
      expect(cert?.issuerDN).toBe('Example issuer');
    });

    it('returns undefined when the API does not use mutual TLS', () => {
      expect(context('minimal').authentication).toBeUndefined();
    });

    it('returns undefined when authentication has no client certificate', () => {
      const raw = loadEvent<RawAPIGatewayProxyEventV2>(
        'api-gateway-proxy-event-v2.minimal'
      );
      const requestContext = new BaseRequestContextV2({
        ...raw.requestContext,
        authentication: {},
      });

      expect(requestContext.authentication).toBeUndefined();
    });
  });
});

describe('RequestContextV2Http', () => {
  describe('method', () => {
    it('returns the HTTP method', () => {
      expect(context().http.method).toBe('POST');
    });
  });

  describe('path', () => {
    it('returns the request path', () => {
      expect(context('iam-authorizer').http.path).toBe('/prod/orders/o-1001');
    });
  });

  describe('protocol', () => {
    it('returns the protocol', () => {
      expect(context().http.protocol).toBe('HTTP/1.1');
    });
  });

  describe('sourceIp', () => {
    it('returns the source IP', () => {
      expect(context().http.sourceIp).toBe('192.0.2.1');
    });
  });

  describe('userAgent', () => {
    it('returns the user agent', () => {
      expect(context().http.userAgent).toBe('agent');
    });
  });
});

describe('malformed input', () => {
  it('throws MissingFieldError naming the full path when http is missing', () => {
    const raw = loadEvent<RawAPIGatewayProxyEventV2>(
      'api-gateway-proxy-event-v2'
    );
    const { http: _, ...requestContext } = raw.requestContext;
    const event = new APIGatewayProxyEventV2({
      ...raw,
      requestContext:
        requestContext as RawAPIGatewayProxyEventV2['requestContext'],
    });

    expect(() => event.httpMethod).toThrow(MissingFieldError);
    expect(() => event.requestContext.http).toThrow(
      'APIGatewayProxyEventV2: requestContext.http is missing'
    );
  });

  it('throws FieldTypeError when authentication is not an object', () => {
    const raw = loadEvent<RawAPIGatewayProxyEventV2>(
      'api-gateway-proxy-event-v2'
    );
    const event = new APIGatewayProxyEventV2({
      ...raw,
      requestContext: {
        ...raw.requestContext,
        authentication: 'mtls' as never,
      },
    });

    expect(() => event.requestContext.authentication).toThrow(FieldTypeError);
    expect(() => event.requestContext.authentication).toThrow(
      'APIGatewayProxyEventV2: requestContext.authentication must be object, got string'
    );
  });

  it('throws FieldTypeError when timeEpoch is not a number', () => {
    const raw = loadEvent<RawAPIGatewayProxyEventV2>(
      'api-gateway-proxy-event-v2'
    );
    const requestContext = new BaseRequestContextV2({
      ...raw.requestContext,
      timeEpoch: '1583348638390' as never,
    });

    expect(() => requestContext.timeEpoch).toThrow(FieldTypeError);
    expect(() => requestContext.timeEpoch).toThrow(
      'BaseRequestContextV2: timeEpoch must be number, got string'
    );
  });

  it('throws MissingFieldError when the HTTP method is missing', () => {
    const raw = loadEvent<RawAPIGatewayProxyEventV2>(
      'api-gateway-proxy-event-v2'
    );
    const event = new APIGatewayProxyEventV2({
      ...raw,
      requestContext: {
        ...raw.requestContext,
        http: { ...raw.requestContext.http, method: null as never },
      },
    });

    expect(() => event.httpMethod).toThrow(MissingFieldError);
    expect(() => event.httpMethod).toThrow(
      'APIGatewayProxyEventV2: requestContext.http.method is missing'
    );
  });
});
