import {
  expectEvtError,
  expectGetters,
  patchEvent,
} from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  CustomMessageTriggerEvent,
  MissingFieldError,
  type RawCustomMessageTriggerEvent,
} from '../src/index';
import { createCustomMessageTriggerEvent } from '../src/testing';
import { fixtureLoaders } from './helpers';

const FIXTURE = 'custom-message-trigger-event';

const { load, loadMutable } = fixtureLoaders(
  CustomMessageTriggerEvent,
  FIXTURE
);

describe('CustomMessageTriggerEvent', () => {
  describe('triggerSource', () => {
    it.each([
      [undefined, 'CustomMessage_SignUp'],
      ['admin-create-user', 'CustomMessage_AdminCreateUser'],
      ['resend-code', 'CustomMessage_ResendCode'],
      ['forgot-password', 'CustomMessage_ForgotPassword'],
      ['update-user-attribute', 'CustomMessage_UpdateUserAttribute'],
      ['verify-user-attribute', 'CustomMessage_VerifyUserAttribute'],
      ['authentication', 'CustomMessage_Authentication'],
    ])('returns the trigger source of the %s sample: %s', (variant, source) => {
      expect(load(variant).triggerSource).toBe(source);
    });
  });

  describe('request', () => {
    it('returns the placeholders, the user and the client metadata of a sign-up', () => {
      expectGetters(load().request, {
        codeParameter: '{####}',
        linkParameter: '{##Click Here##}',
        usernameParameter: undefined,
        clientMetadata: { locale: 'en-US' },
        userAttributes: {
          sub: 'a36036a8-9061-424d-a737-56d57dae7bbc',
          email_verified: 'false',
          'cognito:user_status': 'UNCONFIRMED',
          phone_number_verified: 'false',
          phone_number: '+12065550100',
          email: 'testuser@example.com',
        },
      });
    });

    it('returns the username placeholder of an invitation', () => {
      const event = load('admin-create-user');

      expect(event.request.usernameParameter).toBe('{username}');
      expect(event.request.userAttributes['cognito:user_status']).toBe(
        'FORCE_CHANGE_PASSWORD'
      );
      expect(event.callerContext.clientId).toBe('CLIENT_ID_NOT_APPLICABLE');
    });

    it('returns the new address of an attribute update', () => {
      expect(load('update-user-attribute').request.userAttributes.email).toBe(
        'new-address@example.com'
      );
    });

    it('returns undefined for an absent link placeholder', () => {
      const raw = patchEvent<RawCustomMessageTriggerEvent>(FIXTURE, (event) => {
        delete event.request.linkParameter;
      });

      expect(new CustomMessageTriggerEvent(raw).request.linkParameter).toBe(
        undefined
      );
    });
  });

  describe('response', () => {
    it('reads the null messages Amazon Cognito sends as unset', () => {
      expectGetters(load().response, {
        smsMessage: undefined,
        emailMessage: undefined,
        emailSubject: undefined,
      });
    });

    it('writes the messages into the raw response, as Amazon Cognito documents it', () => {
      const raw = loadMutable();
      const event = new CustomMessageTriggerEvent(raw);
      const code = event.request.codeParameter;

      event.response.smsMessage = `Your code is ${code}`;
      event.response.emailSubject = 'Welcome';
      event.response.emailMessage = `<p>Your code is ${code}</p>`;

      expect(raw.response).toEqual({
        smsMessage: 'Your code is {####}',
        emailMessage: '<p>Your code is {####}</p>',
        emailSubject: 'Welcome',
      });
      expectGetters(event.response, {
        smsMessage: 'Your code is {####}',
        emailMessage: '<p>Your code is {####}</p>',
        emailSubject: 'Welcome',
      });
    });

    it('throws TypeError naming the setter for a value that is not a string', () => {
      const raw = loadMutable();
      const { response } = new CustomMessageTriggerEvent(raw);

      expect(() => {
        response.smsMessage = 5 as unknown as string;
      }).toThrow(
        new TypeError(
          'CustomMessageTriggerEventResponse.smsMessage: value must be a string, got number 5'
        )
      );
      expect(() => {
        response.emailMessage = null as unknown as string;
      }).toThrow(
        new TypeError(
          'CustomMessageTriggerEventResponse.emailMessage: value must be a string, got null'
        )
      );
      expect(() => {
        response.emailSubject = {} as unknown as string;
      }).toThrow(
        new TypeError(
          'CustomMessageTriggerEventResponse.emailSubject: value must be a string, got object'
        )
      );
      expect(raw.response).toEqual(loadMutable().response);
    });
  });

  describe('testing factory', () => {
    it('builds the sample with the fields given', () => {
      const event = new CustomMessageTriggerEvent(
        createCustomMessageTriggerEvent({
          triggerSource: 'CustomMessage_ForgotPassword',
          clientMetadata: { locale: 'de-DE' },
        })
      );

      expect(event.triggerSource).toBe('CustomMessage_ForgotPassword');
      expect(event.request.clientMetadata).toEqual({ locale: 'de-DE' });
      expect(event.response.smsMessage).toBeUndefined();
    });
  });

  describe('malformed input', () => {
    it('throws MissingFieldError naming the code placeholder when it is absent', () => {
      const raw = patchEvent<RawCustomMessageTriggerEvent>(FIXTURE, (event) => {
        delete (event.request as { codeParameter?: string }).codeParameter;
      });

      expectEvtError(
        () => new CustomMessageTriggerEvent(raw).request.codeParameter,
        MissingFieldError,
        'CustomMessageTriggerEvent: request.codeParameter is missing'
      );
    });
  });
});
