import { loadEvent } from '@evt/tooling-config/events';
import { expectEvtError, patchEvent } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  ClientVpnConnectionHandlerEvent,
  FieldTypeError,
  MissingFieldError,
  type RawClientVpnConnectionHandlerEvent,
} from '../src/index';
import { createClientVpnConnectionHandlerEvent } from '../src/testing';

const load = (variant = ''): RawClientVpnConnectionHandlerEvent =>
  loadEvent<RawClientVpnConnectionHandlerEvent>(
    `client-vpn-connection-handler-event${variant}`
  );

describe('ClientVpnConnectionHandlerEvent', () => {
  describe('members', () => {
    it('returns each field of a filled-in request', () => {
      const event = new ClientVpnConnectionHandlerEvent(load());

      expect(event.connectionId).toBe('cvpn-connection-0a3f5c1e9b7d24e68');
      expect(event.endpointId).toBe('cvpn-endpoint-0f13eab7f860433cc');
      expect(event.commonName).toBe('laptop-0042.corp.example.com');
      expect(event.username).toBe('jdoe@example.com');
      expect(event.platform).toBe('win');
      expect(event.platformVersion).toBe('10.0.19045');
      expect(event.publicIp).toBe('203.0.113.25');
      expect(event.clientOpenVpnVersion).toBe('2.4.9');
      expect(event.schemaVersion).toBe('v1');
    });

    it('returns the empty strings of the AWS Lambda Go sample as they are', () => {
      const event = new ClientVpnConnectionHandlerEvent(load('.aws-lambda-go'));

      expect(event.connectionId).toBe('cvpn-connection-04e7e1b2f0daf9460');
      expect(event.username).toBe('username');
      expect(event.publicIp).toBe('10.11.12.13');
      expect(event.commonName).toBe('');
      expect(event.platform).toBe('');
      expect(event.platformVersion).toBe('');
      expect(event.clientOpenVpnVersion).toBe('');
    });

    it('returns undefined for the optional fields a request lacks', () => {
      const event = new ClientVpnConnectionHandlerEvent({
        'connection-id': 'cvpn-connection-0a3f5c1e9b7d24e68',
        'endpoint-id': 'cvpn-endpoint-0f13eab7f860433cc',
        'schema-version': 'v1',
      });

      expect(event.commonName).toBeUndefined();
      expect(event.username).toBeUndefined();
      expect(event.platform).toBeUndefined();
      expect(event.platformVersion).toBeUndefined();
      expect(event.publicIp).toBeUndefined();
      expect(event.clientOpenVpnVersion).toBeUndefined();
    });
  });

  describe('testing factory', () => {
    it('builds a fresh copy of the sample', () => {
      const raw = createClientVpnConnectionHandlerEvent();

      expect(raw).toEqual(load());
      expect(raw).not.toBe(createClientVpnConnectionHandlerEvent());
    });

    it('replaces the fields it is given', () => {
      const event = new ClientVpnConnectionHandlerEvent(
        createClientVpnConnectionHandlerEvent({
          platform: 'mac',
          'public-ip': '198.51.100.4',
        })
      );

      expect(event.platform).toBe('mac');
      expect(event.publicIp).toBe('198.51.100.4');
      expect(event.username).toBe('jdoe@example.com');
    });
  });

  describe('malformed input', () => {
    it('throws MissingFieldError naming connection-id when it is absent', () => {
      const raw = patchEvent<Partial<RawClientVpnConnectionHandlerEvent>>(
        'client-vpn-connection-handler-event',
        (event) => {
          delete event['connection-id'];
        }
      );

      expectEvtError(
        () =>
          new ClientVpnConnectionHandlerEvent(
            raw as RawClientVpnConnectionHandlerEvent
          ).connectionId,
        MissingFieldError,
        'ClientVpnConnectionHandlerEvent: connection-id is missing'
      );
    });

    it('throws FieldTypeError naming a mistyped field', () => {
      const raw = patchEvent<Record<string, unknown>>(
        'client-vpn-connection-handler-event',
        (event) => {
          event['public-ip'] = 203;
        }
      );

      expectEvtError(
        () =>
          new ClientVpnConnectionHandlerEvent(
            raw as unknown as RawClientVpnConnectionHandlerEvent
          ).publicIp,
        FieldTypeError,
        'ClientVpnConnectionHandlerEvent: public-ip must be string, got number'
      );
    });

    it('throws MissingFieldError naming schema-version when it is null', () => {
      const raw = patchEvent<Record<string, unknown>>(
        'client-vpn-connection-handler-event',
        (event) => {
          event['schema-version'] = null;
        }
      );

      expectEvtError(
        () =>
          new ClientVpnConnectionHandlerEvent(
            raw as unknown as RawClientVpnConnectionHandlerEvent
          ).schemaVersion,
        MissingFieldError,
        'ClientVpnConnectionHandlerEvent: schema-version is missing'
      );
    });
  });
});
