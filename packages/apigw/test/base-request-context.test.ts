import { loadEvent } from '@evt/tooling-config/events';
import { expectEvtError, patchEvent } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  APIGatewayEventIdentity,
  APIGatewayProxyEvent,
  BaseRequestContext,
  FieldTypeError,
  MissingFieldError,
  type RawAPIGatewayProxyEvent,
} from '../src/index';

const FIXTURE = 'api-gateway-proxy-event';

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

    it('returns undefined for a WebSocket message, which has none', () => {
      expect(context('websocket-message').accountId).toBeUndefined();
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

    it('returns undefined for a WebSocket message, which has none', () => {
      expect(context('websocket-message').protocol).toBeUndefined();
    });
  });

  describe('httpMethod', () => {
    it('returns the HTTP method', () => {
      expect(context().httpMethod).toBe('POST');
    });

    it('returns undefined for a WebSocket message, which has none', () => {
      expect(context('websocket-message').httpMethod).toBeUndefined();
    });
  });

  describe('identity', () => {
    it('wraps identity, built once', () => {
      const raw = loadEvent<RawAPIGatewayProxyEvent>(FIXTURE);
      const requestContext = new BaseRequestContext(raw.requestContext);

      const identity = requestContext.identity;

      expect(identity).toBeInstanceOf(APIGatewayEventIdentity);
      expect(identity.rawEvent).toBe(raw.requestContext.identity);
      expect(identity).toBe(requestContext.identity);
      expect(identity.sourceIp).toBe('198.51.100.10');
    });
  });

  describe('path', () => {
    it('returns the path including the stage', () => {
      expect(context().path).toBe('/prod/pets/42');
    });

    it('returns undefined for a WebSocket message, which has none', () => {
      expect(context('websocket-message').path).toBeUndefined();
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

    it('returns undefined when the request has none', () => {
      const raw = patchEvent<RawAPIGatewayProxyEvent>(FIXTURE, (patch) => {
        delete patch.requestContext.requestTimeEpoch;
      });

      expect(
        new BaseRequestContext(raw.requestContext).requestTimeEpoch
      ).toBeUndefined();
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

    it('returns undefined for a WebSocket message, which has none', () => {
      expect(context('websocket-message').resourcePath).toBeUndefined();
    });
  });
});

describe('malformed input', () => {
  it('throws MissingFieldError naming the full path when identity is missing', () => {
    const event = new APIGatewayProxyEvent(
      patchEvent<RawAPIGatewayProxyEvent>(FIXTURE, (patch) => {
        delete (patch.requestContext as { identity?: unknown }).identity;
      })
    );

    expectEvtError(
      () => event.requestContext.identity,
      MissingFieldError,
      'APIGatewayProxyEvent: requestContext.identity is missing'
    );
  });

  it('throws FieldTypeError naming the full path when identity is not an object', () => {
    const event = new APIGatewayProxyEvent(
      patchEvent<RawAPIGatewayProxyEvent>(FIXTURE, (patch) => {
        patch.requestContext.identity = [] as never;
      })
    );

    expectEvtError(
      () => event.requestContext.identity,
      FieldTypeError,
      'APIGatewayProxyEvent: requestContext.identity must be object, got array'
    );
  });

  it('throws FieldTypeError when requestTimeEpoch is not a number', () => {
    const raw = patchEvent<RawAPIGatewayProxyEvent>(FIXTURE, (patch) => {
      patch.requestContext.requestTimeEpoch = '1428582896000' as never;
    });
    const requestContext = new BaseRequestContext(raw.requestContext);

    expectEvtError(
      () => requestContext.requestTimeEpoch,
      FieldTypeError,
      'BaseRequestContext: requestTimeEpoch must be number, got string'
    );
  });

  it('throws FieldTypeError when accountId is not a string', () => {
    const raw = patchEvent<RawAPIGatewayProxyEvent>(FIXTURE, (patch) => {
      patch.requestContext.accountId = 123456789012 as never;
    });
    const requestContext = new BaseRequestContext(raw.requestContext);

    expectEvtError(
      () => requestContext.accountId,
      FieldTypeError,
      'BaseRequestContext: accountId must be string, got number'
    );
  });
});
