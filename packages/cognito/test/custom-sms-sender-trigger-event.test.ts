import { describe, expect, it } from 'vitest';
import { CustomSMSSenderTriggerEvent } from '../src/index';
import { createCustomSMSSenderTriggerEvent } from '../src/testing';
import { describeDecryptCode } from './decrypt-code';
import { fixtureLoaders } from './helpers';

const FIXTURE = 'custom-sms-sender-trigger-event';

const { load } = fixtureLoaders(CustomSMSSenderTriggerEvent, FIXTURE);

describe('CustomSMSSenderTriggerEvent', () => {
  describe('triggerSource', () => {
    it.each([
      [undefined, 'CustomSMSSender_SignUp'],
      ['resend-code', 'CustomSMSSender_ResendCode'],
      ['forgot-password', 'CustomSMSSender_ForgotPassword'],
      ['update-user-attribute', 'CustomSMSSender_UpdateUserAttribute'],
      ['verify-user-attribute', 'CustomSMSSender_VerifyUserAttribute'],
      ['admin-create-user', 'CustomSMSSender_AdminCreateUser'],
      ['authentication', 'CustomSMSSender_Authentication'],
    ])('returns the trigger source of the %s sample: %s', (variant, source) => {
      expect(load(variant).triggerSource).toBe(source);
    });
  });

  describe('request', () => {
    it('returns the version, the phone number and the client metadata', () => {
      const { request } = load();

      expect(request.type).toBe('customSMSSenderRequestV1');
      expect(request.userAttributes.phone_number).toBe('+12065550100');
      expect(request.clientMetadata).toEqual({ locale: 'en-US' });
    });

    it('returns the invited user of an admin-created user', () => {
      const event = load('admin-create-user');

      expect(event.userName).toBe('newhire');
      expect(event.request.userAttributes.phone_number).toBe('+12065550142');
      expect(event.request.clientMetadata).toEqual({});
    });
  });

  describeDecryptCode(CustomSMSSenderTriggerEvent as never, FIXTURE, {
    '': '561204',
    'resend-code': '238817',
    'forgot-password': '740355',
    'update-user-attribute': '412096',
    'verify-user-attribute': '893370',
    'admin-create-user': 'Tmp#pass-3xQw',
    authentication: '205748',
  });

  describe('testing factory', () => {
    it('builds the sample with the fields given', () => {
      const raw = createCustomSMSSenderTriggerEvent({
        userAttributes: { phone_number: '+12065550199' },
        code: null,
      });

      expect(raw.request.code).toBeNull();
      expect(
        new CustomSMSSenderTriggerEvent(raw).request.userAttributes
      ).toEqual({
        phone_number: '+12065550199',
      });
    });
  });
});
