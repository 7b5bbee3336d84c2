import { inspect } from 'node:util';
import { loadEvent } from '@evt/tooling-config/events';
import { expectEvtError, patchEvent } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  FieldTypeError,
  MissingFieldError,
  type RawTransferFamilyAuthorizer,
  TransferFamilyAuthorizer,
} from '../src/index';
import { createTransferFamilyAuthorizer } from '../src/testing';

const load = (variant?: string): TransferFamilyAuthorizer =>
  new TransferFamilyAuthorizer(
    loadEvent<RawTransferFamilyAuthorizer>(
      variant
        ? `transfer-family-authorizer.${variant}`
        : 'transfer-family-authorizer'
    )
  );

/** The password sample with one edit, deep-frozen like the fixtures. */
const patched = (
  // biome-ignore lint/suspicious/noExplicitAny: the edits write shapes the raw type forbids
  patch: (event: any) => void
): TransferFamilyAuthorizer =>
  new TransferFamilyAuthorizer(
    patchEvent<RawTransferFamilyAuthorizer>('transfer-family-authorizer', patch)
  );

describe('TransferFamilyAuthorizer', () => {
  describe('username', () => {
    it('returns the user name the client sent', () => {
      expect(load().username).toBe('jsmith');
      expect(load('ftps').username).toBe('partner-acme');
    });
  });

  describe('password', () => {
    it('returns the password of a password login', () => {
      expect(load().password).toBe('Tr4nsfer-Example-Pa55');
      expect(load('ftps').password).toBe('ftps-Example-0nly');
    });

    it('returns undefined for an SSH key login, which sends none', () => {
      expect(load('public-key').password).toBeUndefined();
    });

    it('returns an empty password as sent', () => {
      const event = patched((event) => {
        event.password = '';
      });

      expect(event.password).toBe('');
    });
  });

  describe('protocol', () => {
    it('returns the protocol of the connection', () => {
      expect(load().protocol).toBe('SFTP');
      expect(load('public-key').protocol).toBe('SFTP');
      expect(load('ftps').protocol).toBe('FTPS');
    });

    it('returns a protocol AWS may add, as sent', () => {
      const event = patched((event) => {
        event.protocol = 'AS2';
      });

      expect(event.protocol).toBe('AS2');
    });
  });

  describe('serverId', () => {
    it('returns the ID of the server', () => {
      expect(load().serverId).toBe('s-abcd123456');
      expect(load('ftps').serverId).toBe('s-01234567890abcdef');
    });
  });

  describe('sourceIp', () => {
    it('returns the IP address of the client', () => {
      expect(load().sourceIp).toBe('192.168.0.100');
      expect(load('public-key').sourceIp).toBe('198.51.100.23');
      expect(load('ftps').sourceIp).toBe('203.0.113.42');
    });

    it('returns undefined when the event has none', () => {
      const event = patched((event) => {
        delete event.sourceIp;
      });

      expect(event.sourceIp).toBeUndefined();
    });
  });

  describe('rawEvent', () => {
    it('returns the event as sent', () => {
      const raw = loadEvent<RawTransferFamilyAuthorizer>(
        'transfer-family-authorizer'
      );

      expect(new TransferFamilyAuthorizer(raw).rawEvent).toBe(raw);
    });
  });

  describe('debug view', () => {
    it('hides the password and shows the other fields', () => {
      const event = load();

      const view = JSON.parse(String(event));

      expect(view).toEqual({
        rawEvent: '[SENSITIVE]',
        username: 'jsmith',
        password: '[SENSITIVE]',
        protocol: 'SFTP',
        serverId: 's-abcd123456',
        sourceIp: '192.168.0.100',
      });
      expect(inspect(event, { depth: Number.POSITIVE_INFINITY })).not.toContain(
        'Tr4nsfer-Example-Pa55'
      );
    });

    it('hides the password member of an SSH key login too, so the view does not tell them apart', () => {
      const view = JSON.parse(String(load('public-key')));

      expect(view.password).toBe('[SENSITIVE]');
      expect(view.sourceIp).toBe('198.51.100.23');
    });
  });

  describe('testing factory', () => {
    it('builds a fresh copy of the password sample', () => {
      const raw = createTransferFamilyAuthorizer();

      expect(raw).toEqual(
        loadEvent<RawTransferFamilyAuthorizer>('transfer-family-authorizer')
      );
      expect(raw).not.toBe(createTransferFamilyAuthorizer());
    });

    it('replaces the fields given', () => {
      const event = new TransferFamilyAuthorizer(
        createTransferFamilyAuthorizer({
          username: 'partner-acme',
          password: 'ftps-Example-0nly',
          protocol: 'FTPS',
          serverId: 's-01234567890abcdef',
          sourceIp: '203.0.113.42',
        })
      );

      expect(event.rawEvent).toEqual(
        loadEvent<RawTransferFamilyAuthorizer>(
          'transfer-family-authorizer.ftps'
        )
      );
    });

    it('builds an SSH key login with password null', () => {
      const raw = createTransferFamilyAuthorizer({
        password: null,
        sourceIp: '198.51.100.23',
      });

      expect(raw).toEqual(
        loadEvent<RawTransferFamilyAuthorizer>(
          'transfer-family-authorizer.public-key'
        )
      );
      expect('password' in raw).toBe(false);
    });
  });

  describe('malformed input', () => {
    it.each(['username', 'protocol', 'serverId'] as const)(
      'throws MissingFieldError naming %s when it is absent',
      (field) => {
        const event = patched((event) => {
          delete event[field];
        });

        expectEvtError(
          () => event[field],
          MissingFieldError,
          `TransferFamilyAuthorizer: ${field} is missing`
        );
      }
    );

    it('throws FieldTypeError naming password without echoing it', () => {
      const event = patched((event) => {
        event.password = ['Tr4nsfer-Example-Pa55'];
      });

      expectEvtError(
        () => event.password,
        FieldTypeError,
        'TransferFamilyAuthorizer: password must be string, got array'
      );
    });

    it('throws FieldTypeError naming sourceIp when it is not a string', () => {
      const event = patched((event) => {
        event.sourceIp = 3232235620;
      });

      expectEvtError(
        () => event.sourceIp,
        FieldTypeError,
        'TransferFamilyAuthorizer: sourceIp must be string, got number'
      );
    });
  });
});
