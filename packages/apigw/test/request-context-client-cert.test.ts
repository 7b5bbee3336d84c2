import { loadEvent } from '@evt/tooling-config/events';
import { expectEvtError, patchEvent } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  APIGatewayProxyEventV2,
  MissingFieldError,
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
    const event = new APIGatewayProxyEventV2(
      patchEvent<RawAPIGatewayProxyEventV2>(
        'api-gateway-proxy-event-v2',
        (patch) => {
          const cert = patch.requestContext.authentication?.clientCert;
          delete (cert as { validity?: unknown }).validity;
        }
      )
    );

    expectEvtError(
      () => event.requestContext.authentication?.validityNotBefore,
      MissingFieldError,
      'APIGatewayProxyEventV2: requestContext.authentication.clientCert.validity.notBefore is missing'
    );
  });

  it('throws MissingFieldError when the certificate is missing', () => {
    const clientCert = new RequestContextClientCert({} as never);

    expectEvtError(
      () => clientCert.clientCertPem,
      MissingFieldError,
      'RequestContextClientCert: clientCertPem is missing'
    );
  });
});
