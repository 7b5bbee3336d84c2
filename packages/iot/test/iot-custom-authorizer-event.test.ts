import { inspect } from 'node:util';
import { loadEvent } from '@evt/tooling-config/events';
import { expectEvtError, patchEvent } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  DecodeError,
  FieldTypeError,
  IoTCustomAuthorizerEvent,
  MissingFieldError,
  type RawIoTCustomAuthorizerEvent,
} from '../src/index';
import { createIoTCustomAuthorizerEvent } from '../src/testing';
import { countReads } from './count-reads';

const FIXTURE = 'iot-custom-authorizer-event';

const load = (variant?: string): IoTCustomAuthorizerEvent =>
  new IoTCustomAuthorizerEvent(
    loadEvent<RawIoTCustomAuthorizerEvent>(
      variant ? `${FIXTURE}.${variant}` : FIXTURE
    )
  );

/** A fixture with one change, frozen. */
const patched = (
  patch: (
    event: Record<string, Record<string, Record<string, unknown>>>
  ) => void,
  variant?: string
) =>
  new IoTCustomAuthorizerEvent(
    patchEvent<RawIoTCustomAuthorizerEvent>(
      variant ? `${FIXTURE}.${variant}` : FIXTURE,
      (event) =>
        patch(
          event as unknown as Record<
            string,
            Record<string, Record<string, unknown>>
          >
        )
    )
  );

describe('IoTCustomAuthorizerEvent', () => {
  describe('members of an MQTT connection', () => {
    it('returns the token, the signature flag, the protocols and the connection ID', () => {
      const event = load();

      expect(event.token).toBe('aToken');
      expect(event.signatureVerified).toBe(false);
      expect(event.protocols).toEqual(['tls', 'mqtt']);
      expect(event.connectionMetadata.id).toBe(
        'd0adaaa7-f0c4-4e2b-a6c2-7a84b4f0e5a3'
      );
    });

    it('returns the TLS server name and the MQTT CONNECT details, the password decoded', () => {
      const { tls, http, mqtt } = load().protocolData;

      expect(tls?.serverName).toBe(
        'a1b2c3d4e5f6g7-ats.iot.us-east-1.amazonaws.com'
      );
      expect(tls?.x509CertificatePem).toBeUndefined();
      expect(tls?.principalId).toBeUndefined();
      expect(http).toBeUndefined();
      expect(mqtt?.username).toBe(
        'myUserName?x-amz-customauthorizer-name=MyAuthorizer'
      );
      expect(mqtt?.password).toBe('dGVzdHBhc3N3b3Jk');
      expect(mqtt?.decodedPassword).toBe('testpassword');
      expect(mqtt?.clientId).toBe('myClientId');
    });
  });

  describe('members of an HTTP request', () => {
    it('returns the headers, read case-insensitively, and the query string', () => {
      const event = load('http');
      const http = event.protocolData.http;

      expect(event.signatureVerified).toBe(true);
      expect(event.protocols).toEqual(['tls', 'http']);
      expect(event.protocolData.mqtt).toBeUndefined();
      expect(http?.headers.get('x-amz-customauthorizer-name')).toBe(
        'MyAuthorizer'
      );
      expect(http?.headers.get('MyAuthorizerToken')).toBe('aToken');
      expect(http?.queryString).toBe(
        '?x-amz-customauthorizer-name=MyAuthorizer&device=sensor%2042'
      );
    });

    it('returns query string values percent-decoded, or the default', () => {
      const http = load('http').protocolData.http;

      expect(http?.getQueryStringValue('device')).toBe('sensor 42');
      expect(http?.getQueryStringValue('x-amz-customauthorizer-name')).toBe(
        'MyAuthorizer'
      );
      expect(http?.getQueryStringValue('absent')).toBeUndefined();
      expect(http?.getQueryStringValue('absent', 'fallback')).toBe('fallback');
    });

    it('reads an absent query string as no parameters', () => {
      const http = patched((raw) => {
        delete raw.protocolData?.http?.queryString;
      }, 'http').protocolData.http;

      expect(http?.queryString).toBeUndefined();
      expect(http?.getQueryStringValue('device', 'none')).toBe('none');
    });
  });

  describe('members of an X.509 connection', () => {
    it('returns the certificate and its principal ID, and no token', () => {
      const event = load('x509');
      const { tls, mqtt } = event.protocolData;

      expect(event.token).toBeUndefined();
      expect(tls?.serverName).toBe('devices.example.com');
      expect(
        tls?.x509CertificatePem?.startsWith('-----BEGIN CERTIFICATE-----\n')
      ).toBe(true);
      expect(tls?.principalId).toBe(
        '4d6f0c5e8a9b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d'
      );
      expect(mqtt?.clientId).toBe('sensor-42');
      expect(mqtt?.username).toBeUndefined();
      expect(mqtt?.password).toBeUndefined();
      expect(mqtt?.decodedPassword).toBeUndefined();
    });
  });

  describe('protocols', () => {
    it('returns an empty array when the event has none', () => {
      const event = patched((raw) => {
        delete raw.protocols;
      });

      expect(event.protocols).toEqual([]);
    });
  });

  describe('caching', () => {
    it('returns the same wrappers, headers and decoded password on every read', () => {
      const event = load('http');
      const mqtt = load().protocolData.mqtt;

      expect(event.protocolData).toBe(event.protocolData);
      expect(event.protocolData.tls).toBe(event.protocolData.tls);
      expect(event.protocolData.http).toBe(event.protocolData.http);
      expect(event.connectionMetadata).toBe(event.connectionMetadata);
      expect(event.protocolData.http?.headers).toBe(
        event.protocolData.http?.headers
      );
      expect(mqtt).toBe(mqtt);
      expect(mqtt?.decodedPassword).toBe(mqtt?.decodedPassword);
    });

    it('reads the password once to decode it', () => {
      const raw = loadEvent<RawIoTCustomAuthorizerEvent>(FIXTURE, {
        frozen: false,
      });
      const reads = countReads(
        raw.protocolData.mqtt as NonNullable<
          RawIoTCustomAuthorizerEvent['protocolData']['mqtt']
        >,
        'password'
      );
      const mqtt = new IoTCustomAuthorizerEvent(raw).protocolData.mqtt;

      mqtt?.decodedPassword;
      mqtt?.decodedPassword;

      expect(reads.calls).toBe(1);
    });
  });

  describe('debug view', () => {
    it('hides the token and the password, and shows the connection details', () => {
      const event = load();

      const view = JSON.parse(String(event));

      expect(view.token).toBe('[SENSITIVE]');
      // Its name marks a credential, so the flag is hidden too.
      expect(view.signatureVerified).toBe('[SENSITIVE]');
      expect(view.protocolData.mqtt.password).toBe('[SENSITIVE]');
      expect(view.protocolData.mqtt.decodedPassword).toBe('[SENSITIVE]');
      expect(view.protocolData.mqtt.clientId).toBe('myClientId');
      expect(view.connectionMetadata.id).toBe(
        'd0adaaa7-f0c4-4e2b-a6c2-7a84b4f0e5a3'
      );
      expect(inspect(event, { depth: Number.POSITIVE_INFINITY })).not.toContain(
        'dGVzdHBhc3N3b3Jk'
      );
    });

    it('shows the client certificate of an X.509 connection: a certificate is public', () => {
      const view = JSON.parse(String(load('x509')));

      expect(view.protocolData.tls.x509CertificatePem).toBe(
        load('x509').protocolData.tls?.x509CertificatePem
      );
      expect(view.protocolData.tls.principalId).toBe(
        '4d6f0c5e8a9b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d'
      );
    });

    it('hides the token header and the signature of an HTTP request', () => {
      const text = inspect(load('http'), { depth: Number.POSITIVE_INFINITY });

      expect(text).not.toContain('aToken');
      expect(text).not.toContain('c2lnbmF0dXJlLW9mLXRoZS10b2tlbg==');
      expect(text).toContain('MyAuthorizer');
    });
  });

  describe('testing factory', () => {
    it('builds a fresh copy of the sample, with the changes merged in', () => {
      expect(createIoTCustomAuthorizerEvent()).toEqual(loadEvent(FIXTURE));

      const event = new IoTCustomAuthorizerEvent(
        createIoTCustomAuthorizerEvent({
          protocolData: { mqtt: { password: 'd3Jvbmc=' } },
        })
      );

      expect(event.protocolData.mqtt?.decodedPassword).toBe('wrong');
      expect(event.protocolData.mqtt?.clientId).toBe('myClientId');
    });
  });

  describe('malformed input', () => {
    it('throws MissingFieldError naming protocolData when it is absent', () => {
      const event = patched((raw) => {
        delete raw.protocolData;
      });

      expectEvtError(
        () => event.protocolData,
        MissingFieldError,
        'IoTCustomAuthorizerEvent: protocolData is missing'
      );
    });

    it('throws MissingFieldError naming connectionMetadata.id when it is absent', () => {
      const event = patched((raw) => {
        delete raw.connectionMetadata?.id;
      });

      expectEvtError(
        () => event.connectionMetadata.id,
        MissingFieldError,
        'IoTCustomAuthorizerEvent: connectionMetadata.id is missing'
      );
    });

    it('throws FieldTypeError naming signatureVerified when it is not a boolean', () => {
      const event = patched((raw) => {
        (raw as Record<string, unknown>).signatureVerified = 'true';
      });

      expectEvtError(
        () => event.signatureVerified,
        FieldTypeError,
        'IoTCustomAuthorizerEvent: signatureVerified must be boolean, got string'
      );
    });

    it('throws DecodeError naming the password when it is not base64, without echoing it', () => {
      const event = patched((raw) => {
        (raw.protocolData?.mqtt as Record<string, unknown>).password =
          'not base64!';
      });

      const error = expectEvtError(
        () => event.protocolData.mqtt?.decodedPassword,
        DecodeError,
        'IoTCustomAuthorizerEvent: protocolData.mqtt.password is not valid base64: unexpected character, padding or length'
      );

      expect(error.message).not.toContain('not base64!');
    });

    it('throws FieldTypeError naming the header whose value is not a string', () => {
      const event = patched((raw) => {
        (raw.protocolData?.http?.headers as Record<string, unknown>).Host = 1;
      }, 'http');

      expectEvtError(
        () => event.protocolData.http?.headers.get('host'),
        FieldTypeError,
        'IoTCustomAuthorizerEvent: protocolData.http.headers.Host must be string, got number'
      );
    });
  });
});
