import { loadEvent } from '@evt/tooling-config/events';
import { expectEvtError, patchEvent } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  APIGatewayProxyEventV2,
  BaseRequestContextV2,
  FieldTypeError,
  MissingFieldError,
  type RawAPIGatewayProxyEventV2,
  type RawBaseRequestContextV2,
  RequestContextClientCert,
  RequestContextV2Http,
} from '../src/index';

const FIXTURE = 'api-gateway-proxy-event-v2';

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
    it('wraps http, built once', () => {
      const raw = loadEvent<RawAPIGatewayProxyEventV2>(FIXTURE);
      const requestContext = new BaseRequestContextV2(raw.requestContext);

      const http = requestContext.http;

      expect(http).toBeInstanceOf(RequestContextV2Http);
      expect(http.rawEvent).toBe(raw.requestContext.http);
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
    it('wraps authentication.clientCert, built once', () => {
      const raw = loadEvent<RawAPIGatewayProxyEventV2>(FIXTURE);
      const requestContext = new BaseRequestContextV2(raw.requestContext);

      const cert = requestContext.authentication;

      expect(cert).toBeInstanceOf(RequestContextClientCert);
      expect(cert?.rawEvent).toBe(
        raw.requestContext.authentication?.clientCert
      );
      expect(cert).toBe(requestContext.authentication);
      expect(cert?.issuerDN).toBe('Example issuer');
    });

    it('returns undefined when the API does not use mutual TLS, reading the field once', () => {
      const raw = loadEvent<RawAPIGatewayProxyEventV2>(`${FIXTURE}.minimal`);
      let reads = 0;
      const requestContext = new BaseRequestContextV2(
        new Proxy(raw.requestContext, {
          get(target, key, receiver) {
            if (key === 'authentication') reads++;
            return Reflect.get(target, key, receiver);
          },
        }) as RawBaseRequestContextV2
      );

      requestContext.authentication;

      expect(requestContext.authentication).toBeUndefined();
      expect(reads).toBe(1);
    });

    it('returns undefined when authentication has no client certificate', () => {
      const raw = patchEvent<RawAPIGatewayProxyEventV2>(
        `${FIXTURE}.minimal`,
        (patch) => {
          patch.requestContext.authentication = {};
        }
      );
      const requestContext = new BaseRequestContextV2(raw.requestContext);

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
    const event = new APIGatewayProxyEventV2(
      patchEvent<RawAPIGatewayProxyEventV2>(FIXTURE, (patch) => {
        delete (patch.requestContext as { http?: unknown }).http;
      })
    );

    expectEvtError(
      () => event.httpMethod,
      MissingFieldError,
      'APIGatewayProxyEventV2: requestContext.http is missing'
    );
  });

  it('throws FieldTypeError when authentication is not an object', () => {
    const event = new APIGatewayProxyEventV2(
      patchEvent<RawAPIGatewayProxyEventV2>(FIXTURE, (patch) => {
        patch.requestContext.authentication = 'mtls' as never;
      })
    );

    expectEvtError(
      () => event.requestContext.authentication,
      FieldTypeError,
      'APIGatewayProxyEventV2: requestContext.authentication must be object, got string'
    );
  });

  it('throws FieldTypeError naming the full path when clientCert is not an object', () => {
    const event = new APIGatewayProxyEventV2(
      patchEvent<RawAPIGatewayProxyEventV2>(FIXTURE, (patch) => {
        patch.requestContext.authentication = { clientCert: 7 as never };
      })
    );

    expectEvtError(
      () => event.requestContext.authentication,
      FieldTypeError,
      'APIGatewayProxyEventV2: requestContext.authentication.clientCert must be object, got number'
    );
  });

  it('throws FieldTypeError when timeEpoch is not a number', () => {
    const raw = patchEvent<RawAPIGatewayProxyEventV2>(FIXTURE, (patch) => {
      patch.requestContext.timeEpoch = '1583348638390' as never;
    });
    const requestContext = new BaseRequestContextV2(raw.requestContext);

    expectEvtError(
      () => requestContext.timeEpoch,
      FieldTypeError,
      'BaseRequestContextV2: timeEpoch must be number, got string'
    );
  });

  it('throws MissingFieldError when the HTTP method is missing', () => {
    const event = new APIGatewayProxyEventV2(
      patchEvent<RawAPIGatewayProxyEventV2>(FIXTURE, (patch) => {
        patch.requestContext.http.method = null as never;
      })
    );

    expectEvtError(
      () => event.httpMethod,
      MissingFieldError,
      'APIGatewayProxyEventV2: requestContext.http.method is missing'
    );
  });
});
