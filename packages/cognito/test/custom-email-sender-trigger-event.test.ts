import { expectGetters } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import { CustomEmailSenderTriggerEvent } from '../src/index';
import { createCustomEmailSenderTriggerEvent } from '../src/testing';
import { describeDecryptCode, encryptCode, testKeyring } from './decrypt-code';
import { fixtureLoaders } from './helpers';

const FIXTURE = 'custom-email-sender-trigger-event';

const { load } = fixtureLoaders(CustomEmailSenderTriggerEvent, FIXTURE);

describe('CustomEmailSenderTriggerEvent', () => {
  describe('triggerSource', () => {
    it.each([
      [undefined, 'CustomEmailSender_SignUp'],
      ['resend-code', 'CustomEmailSender_ResendCode'],
      ['forgot-password', 'CustomEmailSender_ForgotPassword'],
      ['update-user-attribute', 'CustomEmailSender_UpdateUserAttribute'],
      ['verify-user-attribute', 'CustomEmailSender_VerifyUserAttribute'],
      ['admin-create-user', 'CustomEmailSender_AdminCreateUser'],
      ['authentication', 'CustomEmailSender_Authentication'],
      [
        'account-take-over-notification',
        'CustomEmailSender_AccountTakeOverNotification',
      ],
    ])('returns the trigger source of the %s sample: %s', (variant, source) => {
      expect(load(variant).triggerSource).toBe(source);
    });
  });

  describe('request', () => {
    it('returns the version, the encrypted code, the user and the client metadata', () => {
      const { request } = load();

      expect(request.type).toBe('customEmailSenderRequestV1');
      expect(request.code).toMatch(/^AgV4[A-Za-z0-9+/]+=*$/);
      expect(request.clientMetadata).toEqual({ locale: 'en-US' });
      expect(request.userAttributes).toEqual({
        sub: 'a36036a8-9061-424d-a737-56d57dae7bbc',
        email_verified: 'false',
        'cognito:user_status': 'UNCONFIRMED',
        phone_number_verified: 'false',
        phone_number: '+12065550100',
        email: 'testuser@example.com',
      });
    });

    it('returns no code and the detection details of an account takeover notification', () => {
      const { request } = load('account-take-over-notification');

      expect(request.code).toBeUndefined();
      expectGetters(request, { type: 'customEmailSenderRequestV1' });
      expect(request.userAttributes).toMatchObject({
        EVENT_ID: '7f0c8a3e-2b1d-4e5f-9a6b-3c4d5e6f7a8b',
        ACCOUNT_TAKE_OVER_ACTION: 'BLOCK',
        IP_ADDRESS: '192.0.2.10',
        CITY: 'Seattle',
      });
    });

    it('returns the same wrapper on every read', () => {
      const event = load();

      expect(event.request).toBe(event.request);
    });
  });

  describeDecryptCode(CustomEmailSenderTriggerEvent, FIXTURE, {
    '': '482913',
    'resend-code': '774120',
    'forgot-password': '309518',
    'update-user-attribute': '650274',
    'verify-user-attribute': '118406',
    'admin-create-user': 'Tmp#pass-8f2K',
    authentication: '902731',
  });

  describe('testing factory', () => {
    it('builds the sample with a code encrypted for the test, and an empty response', async () => {
      const event = new CustomEmailSenderTriggerEvent(
        createCustomEmailSenderTriggerEvent({
          triggerSource: 'CustomEmailSender_ForgotPassword',
          code: await encryptCode('000111'),
        })
      );

      expect(event.triggerSource).toBe('CustomEmailSender_ForgotPassword');
      await expect(event.decryptCode(testKeyring)).resolves.toBe('000111');
      expect(event.rawEvent).toMatchObject({ response: {} });
    });
  });
});
