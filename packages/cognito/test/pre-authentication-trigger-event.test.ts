import { loadEvent } from '@evt/config/events';
import { expectEvtError, expectGetters, patchEvent } from '@evt/config/testing';
import { describe, expect, it } from 'vitest';
import {
  FieldTypeError,
  PreAuthenticationTriggerEvent,
  type RawPreAuthenticationTriggerEvent,
} from '../src/index';
import { createPreAuthenticationTriggerEvent } from '../src/testing';

const FIXTURE = 'pre-authentication-trigger-event';

function load(): PreAuthenticationTriggerEvent {
  return new PreAuthenticationTriggerEvent(
    loadEvent<RawPreAuthenticationTriggerEvent>(FIXTURE)
  );
}

describe('PreAuthenticationTriggerEvent', () => {
  it('returns the common fields', () => {
    expectGetters(load(), {
      triggerSource: 'PreAuthentication_Authentication',
      userName: 'testuser',
      version: '1',
    });
  });

  describe('request', () => {
    it('returns the user, the validation data and userNotFound', () => {
      expectGetters(load().request, {
        userNotFound: false,
        validationData: { deviceFingerprint: '3f9a1c' },
        clientMetadata: {},
        userAttributes: {
          sub: 'a36036a8-9061-424d-a737-56d57dae7bbc',
          email_verified: 'true',
          'cognito:user_status': 'CONFIRMED',
          'cognito:email_alias': 'testuser@example.com',
          phone_number_verified: 'false',
          phone_number: '+12065550100',
          email: 'testuser@example.com',
        },
      });
    });

    it('returns undefined for userNotFound when the app client does not set it', () => {
      const raw = patchEvent<RawPreAuthenticationTriggerEvent>(
        FIXTURE,
        (event) => {
          delete event.request.userNotFound;
          delete event.request.validationData;
        }
      );

      const { request } = new PreAuthenticationTriggerEvent(raw);

      expect(request.userNotFound).toBeUndefined();
      expect(request.validationData).toEqual({});
    });

    it('returns the same wrapper on every read', () => {
      const event = load();

      expect(event.request).toBe(event.request);
    });
  });

  describe('testing factory', () => {
    it('builds a fresh copy of the sample', () => {
      expect(createPreAuthenticationTriggerEvent()).toEqual(
        loadEvent(FIXTURE, { frozen: false })
      );
    });
  });

  describe('malformed input', () => {
    it('throws FieldTypeError naming userNotFound when it is not a boolean', () => {
      const raw = patchEvent<RawPreAuthenticationTriggerEvent>(
        FIXTURE,
        (event) => {
          (event.request as { userNotFound: unknown }).userNotFound = 'false';
        }
      );

      expectEvtError(
        () => new PreAuthenticationTriggerEvent(raw).request.userNotFound,
        FieldTypeError,
        'PreAuthenticationTriggerEvent: request.userNotFound must be boolean, got string'
      );
    });
  });
});
