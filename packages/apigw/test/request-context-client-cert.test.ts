import { loadEvent } from '@evt/config/events';
import { MissingFieldError } from '@evt/core';
import { describe, expect, it } from 'vitest';
import {
  APIGatewayProxyEventV2,
  type RawAPIGatewayProxyEventV2,
  RequestContextClientCert,
} from '../src/index';

function cert(): RequestContextClientCert {
  const raw = loadEvent<RawAPIGatewayProxyEventV2>(
    'api-gateway-proxy-event-v2'
  );
  const authentication = new APIGatewayProxyEventV2(raw).requestContext
    .authentication;
  if (!authentication) throw new Error('fixture has no client certificate');
  return authentication;
}

describe('RequestContextClientCert', () => {
  describe('clientCertPem', () => {
    it('returns the PEM-encoded certificate', () => {
      expect(cert().clientCertPem).toBe('CERT_CONTENT');
    });
  });

  describe('issuerDN', () => {
    it('returns the issuer distinguished name', () => {
      expect(cert().issuerDN).toBe('Example issuer');
    });
  });

  describe('serialNumber', () => {
    it('returns the serial number', () => {
      expect(cert().serialNumber).toBe(
        'a1:a1:a1:a1:a1:a1:a1:a1:a1:a1:a1:a1:a1:a1:a1:a1'
      );
    });
  });

  describe('subjectDN', () => {
    it('returns the subject distinguished name', () => {
      expect(cert().subjectDN).toBe('www.example.com');
    });
  });

  describe('validityNotAfter', () => {
    it('returns the end of the validity window', () => {
      expect(cert().validityNotAfter).toBe('Aug  5 09:36:04 2021 GMT');
    });
  });

  describe('validityNotBefore', () => {
    it('returns the start of the validity window', () => {
      expect(cert().validityNotBefore).toBe('May 28 12:30:02 2019 GMT');
    });
  });
});

describe('malformed input', () => {
  it('throws MissingFieldError naming the full path when validity is missing', () => {
    const raw = loadEvent<RawAPIGatewayProxyEventV2>(
      'api-gateway-proxy-event-v2'
    );
    const event = new APIGatewayProxyEventV2({
      ...raw,
      requestContext: {
        ...raw.requestContext,
        authentication: {
          clientCert: {
            clientCertPem: 'CERT_CONTENT',
            issuerDN: 'Example issuer',
            serialNumber: '01',
            subjectDN: 'www.example.com',
          } as never,
        },
      },
    });

    expect(() => event.requestContext.authentication?.validityNotAfter).toThrow(
      MissingFieldError
    );
    expect(
      () => event.requestContext.authentication?.validityNotBefore
    ).toThrow(
      'APIGatewayProxyEventV2: requestContext.authentication.clientCert.validity.notBefore is missing'
    );
  });

  it('throws MissingFieldError when the certificate is missing', () => {
    const clientCert = new RequestContextClientCert({} as never);

    expect(() => clientCert.clientCertPem).toThrow(MissingFieldError);
    expect(() => clientCert.clientCertPem).toThrow(
      'RequestContextClientCert: clientCertPem is missing'
    );
  });
});
