import {
  expectEvtError,
  expectGetters,
  patchEvent,
} from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  FieldTypeError,
  PreSignUpTriggerEvent,
  type RawPreSignUpTriggerEvent,
} from '../src/index';
import { createPreSignUpTriggerEvent } from '../src/testing';
import { countingReads, fixtureLoaders } from './helpers';

const FIXTURE = 'pre-sign-up-trigger-event';

const { load, loadMutable } = fixtureLoaders(PreSignUpTriggerEvent, FIXTURE);

describe('PreSignUpTriggerEvent', () => {
  describe('common fields', () => {
    it('returns each field of a sign-up', () => {
      const event = load();

      expectGetters(event, {
        version: '1',
        triggerSource: 'PreSignUp_SignUp',
        region: 'us-east-1',
        userPoolId: 'us-east-1_EXAMPLE',
        userName: 'testuser',
      });
      expectGetters(event.callerContext, {
        awsSdkVersion: 'aws-sdk-js-3.592.0',
        clientId: '1example23456789',
      });
    });

    it('returns the trigger source and client of an admin-created user', () => {
      const event = load('admin-create-user');

      expect(event.triggerSource).toBe('PreSignUp_AdminCreateUser');
      expect(event.userName).toBe('newhire');
      expect(event.callerContext.clientId).toBe('CLIENT_ID_NOT_APPLICABLE');
      expect(event.callerContext.awsSdkVersion).toBe('aws-cli/2.15.30');
    });

    it('returns the trigger source of a first external sign-in', () => {
      const event = load('external-provider');

      expect(event.triggerSource).toBe('PreSignUp_ExternalProvider');
      expect(event.userName).toBe('Google_111122223333444455556');
    });
  });

  describe('request', () => {
    it('returns the attributes, validation data and client metadata', () => {
      const { request } = load();

      expect(request.userAttributes).toEqual({
        email: 'testuser@example.com',
        phone_number: '+12065550100',
        name: 'Test User',
      });
      expect(request.validationData).toEqual({
        signupSource: 'web',
        referralCode: 'SPRING24',
      });
      expect(request.clientMetadata).toEqual({ campaign: 'spring-launch' });
    });

    it('returns empty maps for null validation data and absent client metadata', () => {
      const { request } = load('admin-create-user');

      expect(request.validationData).toEqual({});
      expect(request.clientMetadata).toEqual({});
      expect(request.userAttributes).toEqual({
        email: 'newhire@example.com',
        name: 'New Hire',
      });
    });

    it('returns the same wrapper on every read, reading request once', () => {
      const { value, reads } = countingReads(loadMutable());
      const event = new PreSignUpTriggerEvent(value);

      expect(event.request).toBe(event.request);
      expect(reads.get('request')).toBe(1);
    });
  });

  describe('response', () => {
    it('returns false for each flag as Amazon Cognito sends it', () => {
      expectGetters(load().response, {
        autoConfirmUser: false,
        autoVerifyEmail: false,
        autoVerifyPhone: false,
      });
    });

    it('writes each flag into the raw response', () => {
      const raw = loadMutable();
      const event = new PreSignUpTriggerEvent(raw);

      event.response.autoConfirmUser = true;
      event.response.autoVerifyEmail = true;
      event.response.autoVerifyPhone = false;

      expect(raw).toEqual({
        ...loadMutable(),
        response: {
          autoConfirmUser: true,
          autoVerifyEmail: true,
          autoVerifyPhone: false,
        },
      });
      expect(event.response.autoConfirmUser).toBe(true);
      expect(event.response.autoVerifyEmail).toBe(true);
      expect(event.rawEvent).toBe(raw);
    });

    it('adds the response to an event that has none', () => {
      const raw = loadMutable();
      delete raw.response;
      const event = new PreSignUpTriggerEvent(raw);

      expect(event.response.autoConfirmUser).toBe(false);
      expect(raw).not.toHaveProperty('response');

      event.response.autoConfirmUser = true;

      expect(raw.response).toEqual({ autoConfirmUser: true });
    });

    it('returns the same wrapper on every read', () => {
      const event = load();

      expect(event.response).toBe(event.response);
    });

    it('throws TypeError naming the setter for a value that is not a boolean', () => {
      const raw = loadMutable();
      const response = new PreSignUpTriggerEvent(raw).response;

      expect(() => {
        response.autoConfirmUser = 'yes' as unknown as boolean;
      }).toThrow(
        new TypeError(
          'PreSignUpTriggerEventResponse.autoConfirmUser: value must be a boolean, got string'
        )
      );
      expect(() => {
        response.autoVerifyEmail = 1 as unknown as boolean;
      }).toThrow(
        new TypeError(
          'PreSignUpTriggerEventResponse.autoVerifyEmail: value must be a boolean, got number 1'
        )
      );
      expect(() => {
        response.autoVerifyPhone = null as unknown as boolean;
      }).toThrow(
        new TypeError(
          'PreSignUpTriggerEventResponse.autoVerifyPhone: value must be a boolean, got null'
        )
      );
      expect(raw.response).toEqual(loadMutable().response);
    });
  });

  describe('testing factory', () => {
    it('builds a fresh copy of the sign-up sample', () => {
      const raw = createPreSignUpTriggerEvent();

      expect(raw).toEqual(loadMutable());
      expect(raw).not.toBe(createPreSignUpTriggerEvent());
    });

    it('builds the sample with the fields given', () => {
      const event = new PreSignUpTriggerEvent(
        createPreSignUpTriggerEvent({
          triggerSource: 'PreSignUp_ExternalProvider',
          userName: 'Google_1',
          userAttributes: { email: 'a@example.com' },
          clientMetadata: { app: 'test' },
          event: { request: { validationData: { code: '1' } } },
        })
      );

      expect(event.triggerSource).toBe('PreSignUp_ExternalProvider');
      expect(event.userName).toBe('Google_1');
      expect(event.request.userAttributes).toEqual({ email: 'a@example.com' });
      expect(event.request.clientMetadata).toEqual({ app: 'test' });
      expect(event.request.validationData).toEqual({
        signupSource: 'web',
        referralCode: 'SPRING24',
        code: '1',
      });
      expect(event.region).toBe('us-east-1');
    });
  });

  describe('malformed input', () => {
    it('throws MissingFieldError naming request when it is absent', () => {
      const raw = patchEvent<RawPreSignUpTriggerEvent>(FIXTURE, (event) => {
        delete (event as { request?: unknown }).request;
      });

      expect(() => new PreSignUpTriggerEvent(raw).request).toThrow(
        'PreSignUpTriggerEvent: request is missing'
      );
    });

    it('throws FieldTypeError naming a user attribute that is not a string', () => {
      const raw = patchEvent<RawPreSignUpTriggerEvent>(FIXTURE, (event) => {
        (event.request.userAttributes as Record<string, unknown>).email = 7;
      });

      expectEvtError(
        () => new PreSignUpTriggerEvent(raw).request.userAttributes,
        FieldTypeError,
        'PreSignUpTriggerEvent: request.userAttributes.email must be string, got number'
      );
    });

    it('throws FieldTypeError naming a response flag that is not a boolean', () => {
      const raw = patchEvent<RawPreSignUpTriggerEvent>(FIXTURE, (event) => {
        (event.response as Record<string, unknown>).autoConfirmUser = 'true';
      });

      expectEvtError(
        () => new PreSignUpTriggerEvent(raw).response.autoConfirmUser,
        FieldTypeError,
        'PreSignUpTriggerEvent: response.autoConfirmUser must be boolean, got string'
      );
    });

    it('throws FieldTypeError naming response when it is not an object', () => {
      const raw = patchEvent<RawPreSignUpTriggerEvent>(FIXTURE, (event) => {
        (event as { response: unknown }).response = 'none';
      });

      expectEvtError(
        () => new PreSignUpTriggerEvent(raw).response,
        FieldTypeError,
        'PreSignUpTriggerEvent: response must be object, got string'
      );
    });
  });
});
