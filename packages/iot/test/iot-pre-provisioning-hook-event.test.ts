import { loadEvent } from '@evt/tooling-config/events';
import { expectEvtError, patchEvent } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  buildIoTPreProvisioningHookResponse,
  FieldTypeError,
  IoTPreProvisioningHookEvent,
  type IoTPreProvisioningHookResponseOptions,
  MissingFieldError,
  type RawIoTPreProvisioningHookEvent,
} from '../src/index';
import { createIoTPreProvisioningHookEvent } from '../src/testing';

const FIXTURE = 'iot-pre-provisioning-hook-event';

const load = (): IoTPreProvisioningHookEvent =>
  new IoTPreProvisioningHookEvent(
    loadEvent<RawIoTPreProvisioningHookEvent>(FIXTURE)
  );

/** A fixture with one change, frozen. */
const patched = (patch: (event: Record<string, unknown>) => void) =>
  new IoTPreProvisioningHookEvent(
    patchEvent<RawIoTPreProvisioningHookEvent>(FIXTURE, (event) =>
      patch(event as unknown as Record<string, unknown>)
    )
  );

/** Calls the builder with options an untyped caller could pass. */
const build = (options: unknown) =>
  buildIoTPreProvisioningHookResponse(
    options as IoTPreProvisioningHookResponseOptions
  );

describe('IoTPreProvisioningHookEvent', () => {
  describe('members', () => {
    it('returns each field of the documented event', () => {
      const event = load();

      expect(event.claimCertificateId).toBe(
        '5f7ab1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0'
      );
      expect(event.certificateId).toBe(
        'e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6'
      );
      expect(event.certificatePem).toBe(
        '-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUEXAMPLEEXAMPLEEXAMPLEEXAMPLE0wCgYIKoZIzj0EAwIw\nEjEQMA4GA1UEAwwHZXhhbXBsZTAeFw0yNDAxMDEwMDAwMDBaFw0yNTAxMDEwMDAw\nMDBaMBIxEDAOBgNVBAMMB2V4YW1wbGU=\n-----END CERTIFICATE-----\n'
      );
      expect(event.templateArn).toBe(
        'arn:aws:iot:us-east-1:123456789012:provisioningtemplate/MyTemplate'
      );
      expect(event.clientId).toBe('221a6d10-9c7f-42f1-9153-e52e6fc869c1');
      expect(event.parameters).toEqual({
        SerialNumber: 'SN-0042',
        DeviceLocation: 'Seattle',
      });
    });

    it('returns empty parameters when the event has none', () => {
      const event = patched((raw) => {
        delete raw.parameters;
      });

      expect(event.parameters).toEqual({});
    });

    it('shows the certificate in the debug view: a certificate is public', () => {
      const view = JSON.parse(String(load()));

      expect(view.certificatePem).toBe(load().certificatePem);
      expect(view.parameters.SerialNumber).toBe('SN-0042');
    });
  });

  describe('testing factory', () => {
    it('builds a fresh copy of the sample, with the changes merged in', () => {
      expect(createIoTPreProvisioningHookEvent()).toEqual(loadEvent(FIXTURE));

      const event = new IoTPreProvisioningHookEvent(
        createIoTPreProvisioningHookEvent({
          parameters: { SerialNumber: 'SN-0043' },
        })
      );

      expect(event.parameters).toEqual({
        SerialNumber: 'SN-0043',
        DeviceLocation: 'Seattle',
      });
    });
  });

  describe('malformed input', () => {
    it('throws MissingFieldError naming certificateId when it is absent', () => {
      const event = patched((raw) => {
        delete raw.certificateId;
      });

      expectEvtError(
        () => event.certificateId,
        MissingFieldError,
        'IoTPreProvisioningHookEvent: certificateId is missing'
      );
    });

    it('throws FieldTypeError naming the parameter whose value is not a string', () => {
      const event = patched((raw) => {
        raw.parameters = { SerialNumber: 42 };
      });

      expectEvtError(
        () => event.parameters,
        FieldTypeError,
        'IoTPreProvisioningHookEvent: parameters.SerialNumber must be string, got number'
      );
    });
  });
});

describe('buildIoTPreProvisioningHookResponse', () => {
  it('builds the successful response AWS documents', () => {
    expect(
      buildIoTPreProvisioningHookResponse({
        allowProvisioning: true,
        parameterOverrides: { Key: 'newCustomValue' },
      })
    ).toStrictEqual({
      allowProvisioning: true,
      parameterOverrides: { Key: 'newCustomValue' },
    });
  });

  it('builds a refusal with no overrides', () => {
    expect(
      buildIoTPreProvisioningHookResponse({ allowProvisioning: false })
    ).toStrictEqual({ allowProvisioning: false, parameterOverrides: {} });
  });

  it('keeps a __proto__ parameter as an ordinary entry', () => {
    const overrides = JSON.parse('{"__proto__":"x"}') as Record<string, string>;

    const response = build({
      allowProvisioning: true,
      parameterOverrides: overrides,
    });

    expect(JSON.stringify(response)).toBe(
      '{"allowProvisioning":true,"parameterOverrides":{"__proto__":"x"}}'
    );
  });

  it.each([
    [
      'options is not an object',
      null,
      'buildIoTPreProvisioningHookResponse: options must be an object, got null',
    ],
    [
      'an option is unknown',
      { allowProvisioning: true, overrides: {} },
      'buildIoTPreProvisioningHookResponse: options.overrides is not an option of buildIoTPreProvisioningHookResponse',
    ],
    [
      'allowProvisioning is not a boolean',
      { allowProvisioning: 'yes' },
      'buildIoTPreProvisioningHookResponse: options.allowProvisioning must be a boolean, got string',
    ],
    [
      'parameterOverrides is not an object',
      { allowProvisioning: true, parameterOverrides: ['a'] },
      'buildIoTPreProvisioningHookResponse: options.parameterOverrides must be an object, got array',
    ],
    [
      'an override is not a string',
      { allowProvisioning: true, parameterOverrides: { Count: 3 } },
      'buildIoTPreProvisioningHookResponse: options.parameterOverrides.Count must be a string, got number 3',
    ],
  ])('throws TypeError when %s', (_, options, message) => {
    expect(() => build(options)).toThrow(new TypeError(message));
  });
});
