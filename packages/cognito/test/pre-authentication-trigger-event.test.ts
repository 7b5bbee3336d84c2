import { loadEvent } from '@evt/tooling-config/events';
import {
  expectEvtError,
  expectGetters,
  patchEvent,
} from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  FieldTypeError,
  PreAuthenticationTriggerEvent,
  type RawPreAuthenticationTriggerEvent,
} from '../src/index';
import { createPreAuthenticationTriggerEvent } from '../src/testing';
import { CONFIRMED_USER, fixtureLoaders } from './helpers';

const FIXTURE = 'pre-authentication-trigger-event';

const { load } = fixtureLoaders(PreAuthenticationTriggerEvent, FIXTURE);

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
        userAttributes: CONFIRMED_USER,
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
