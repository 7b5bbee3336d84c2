import { loadEvent } from '@evt/config/events';
import { FieldTypeError, MissingFieldError } from '@evt/core';
import { describe, expect, it } from 'vitest';
import {
  APIGatewayEventIdentity,
  APIGatewayProxyEvent,
  BaseRequestContext,
  type RawAPIGatewayProxyEvent,
  type RawBaseRequestContext,
} from '../src/index';

function context(variant?: string): BaseRequestContext {
  const raw = loadEvent<RawAPIGatewayProxyEvent>(
    variant ? `api-gateway-proxy-event.${variant}` : 'api-gateway-proxy-event'
  );
  return new BaseRequestContext(raw.requestContext);
}

describe('BaseRequestContext', () => {
  describe('accountId', () => {
    it('returns the account that owns the API', () => {
      expect(context().accountId).toBe('123456789012');
    });
  });

  describe('apiId', () => {
    it('returns the API ID', () => {
      expect(context().apiId).toBe('a1b2c3d4e5');
    });
  });

  describe('domainName', () => {
    it('returns the domain name', () => {
      expect(context().domainName).toBe(
        'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com'
      );
    });

    it('returns undefined when the request has none', () => {
      expect(context('null-maps').domainName).toBeUndefined();
    });
  });

  describe('domainPrefix', () => {
    it('returns the domain prefix', () => {
      expect(context().domainPrefix).toBe('a1b2c3d4e5');
    });
  });

  describe('extendedRequestId', () => {
    it('returns the extended request ID', () => {
      expect(context().extendedRequestId).toBe('JJbxmplHYosFVYQ=');
    });

    it('returns undefined when the request has none', () => {
      expect(context('null-maps').extendedRequestId).toBeUndefined();
    });
  });

  describe('protocol', () => {
    it('returns the protocol', () => {
      expect(context().protocol).toBe('HTTP/1.1');
    });
  });

  describe('httpMethod', () => {
    it('returns the HTTP method', () => {
      expect(context().httpMethod).toBe('POST');
    });
  });

  describe('identity', () => {
    it('returns the caller identity, built once', () => {
      const requestContext = context();

      const identity = requestContext.identity;

      expect(identity).toBeInstanceOf(APIGatewayEventIdentity);
      expect(identity).toBe(requestContext.identity);
      expect(identity.sourceIp).toBe('198.51.100.10');
    });
  });

  describe('path', () => {
    it('returns the path including the stage', () => {
      expect(context().path).toBe('/prod/pets/42');
    });
  });

  describe('stage', () => {
    it('returns the stage', () => {
      expect(context().stage).toBe('prod');
    });
  });

  describe('requestId', () => {
    it('returns the request ID', () => {
      expect(context().requestId).toBe('c6af9ac6-7b61-11e6-9a41-93e8deadbeef');
    });
  });

  describe('requestTime', () => {
    it('returns the CLF request time', () => {
      expect(context().requestTime).toBe('09/Apr/2015:12:34:56 +0000');
    });

    it('returns undefined when the request has none', () => {
      expect(context('null-maps').requestTime).toBeUndefined();
    });
  });

  describe('requestTimeEpoch', () => {
    it('returns the epoch request time', () => {
      expect(context().requestTimeEpoch).toBe(1428582896000);
    });
  });

  describe('resourceId', () => {
    it('returns the resource ID of a REST API request', () => {
      expect(context().resourceId).toBe('us4z18');
    });

    it('returns undefined for an HTTP API request, which sends null', () => {
      expect(context('http-api-v1').resourceId).toBeUndefined();
    });
  });

  describe('resourcePath', () => {
    it('returns the resource path', () => {
      expect(context().resourcePath).toBe('/pets/{petId}');
    });
  });
});

describe('malformed input', () => {
  it('throws MissingFieldError naming the full path when identity is missing', () => {
    const raw = loadEvent<RawAPIGatewayProxyEvent>('api-gateway-proxy-event');
    const { identity: _, ...requestContext } = raw.requestContext;
    const event = new APIGatewayProxyEvent({
      ...raw,
      requestContext:
        requestContext as RawAPIGatewayProxyEvent['requestContext'],
    });

    expect(() => event.requestContext.identity).toThrow(MissingFieldError);
    expect(() => event.requestContext.identity).toThrow(
      'APIGatewayProxyEvent: requestContext.identity is missing'
    );
  });

  it('throws FieldTypeError when requestTimeEpoch is not a number', () => {
    const raw = loadEvent<RawAPIGatewayProxyEvent>('api-gateway-proxy-event');
    const requestContext = new BaseRequestContext({
      ...raw.requestContext,
      requestTimeEpoch: '1428582896000' as unknown as number,
    } satisfies RawBaseRequestContext);

    expect(() => requestContext.requestTimeEpoch).toThrow(FieldTypeError);
    expect(() => requestContext.requestTimeEpoch).toThrow(
      'BaseRequestContext: requestTimeEpoch must be number, got string'
    );
  });

  it('throws MissingFieldError when accountId is null', () => {
    const raw = loadEvent<RawAPIGatewayProxyEvent>('api-gateway-proxy-event');
    const requestContext = new BaseRequestContext({
      ...raw.requestContext,
      accountId: null as unknown as string,
    });

    expect(() => requestContext.accountId).toThrow(MissingFieldError);
    expect(() => requestContext.accountId).toThrow(
      'BaseRequestContext: accountId is missing'
    );
  });
});
