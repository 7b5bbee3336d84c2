import {
  expectEvtError,
  expectGetters,
  patchEvent,
} from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  FieldTypeError,
  type RawUserMigrationTriggerEvent,
  UserMigrationTriggerEvent,
} from '../src/index';
import { createUserMigrationTriggerEvent } from '../src/testing';
import { fixtureLoaders } from './helpers';

const FIXTURE = 'user-migration-trigger-event';

const { load, loadMutable } = fixtureLoaders(
  UserMigrationTriggerEvent,
  FIXTURE
);

describe('UserMigrationTriggerEvent', () => {
  describe('common fields', () => {
    it('returns each field of a sign-in migration', () => {
      expectGetters(load(), {
        triggerSource: 'UserMigration_Authentication',
        userName: 'olduser@example.com',
        userPoolId: 'us-east-1_EXAMPLE',
      });
    });

    it('returns the trigger source of a password reset migration', () => {
      expect(load('forgot-password').triggerSource).toBe(
        'UserMigration_ForgotPassword'
      );
    });
  });

  describe('request', () => {
    it('returns the password, validation data and client metadata', () => {
      expectGetters(load().request, {
        password: 'Legacy-Passw0rd!',
        validationData: { legacyRealm: 'customers' },
        clientMetadata: { app: 'storefront' },
      });
    });

    it('returns no password and empty validation data in the forgot-password flow', () => {
      expectGetters(load('forgot-password').request, {
        password: undefined,
        validationData: {},
        clientMetadata: { app: 'storefront' },
      });
    });

    it('hides the password in the debug view', () => {
      const text = String(load());

      expect(text).not.toContain('Legacy-Passw0rd!');
      expect(text).toContain('"password": "[SENSITIVE]"');
    });
  });

  describe('response', () => {
    it('reads the null fields Amazon Cognito sends as unset', () => {
      expectGetters(load().response, {
        userAttributes: {},
        finalUserStatus: undefined,
        messageAction: undefined,
        desiredDeliveryMediums: [],
        forceAliasCreation: undefined,
        enableSmsMfa: undefined,
      });
    });

    it('writes every field into the raw response, as Amazon Cognito documents it', () => {
      const raw = loadMutable();
      const { response } = new UserMigrationTriggerEvent(raw);

      response.userAttributes = {
        email: 'olduser@example.com',
        email_verified: 'true',
        'custom:legacy_id': '4711',
      };
      response.finalUserStatus = 'RESET_REQUIRED';
      response.messageAction = 'SUPPRESS';
      response.desiredDeliveryMediums = ['EMAIL', 'SMS'];
      response.forceAliasCreation = true;
      response.enableSmsMfa = false;

      expect(raw.response).toEqual({
        userAttributes: {
          email: 'olduser@example.com',
          email_verified: 'true',
          'custom:legacy_id': '4711',
        },
        finalUserStatus: 'RESET_REQUIRED',
        messageAction: 'SUPPRESS',
        desiredDeliveryMediums: ['EMAIL', 'SMS'],
        forceAliasCreation: true,
        enableSMSMFA: false,
      });
      expectGetters(response, {
        finalUserStatus: 'RESET_REQUIRED',
        messageAction: 'SUPPRESS',
        desiredDeliveryMediums: ['EMAIL', 'SMS'],
        forceAliasCreation: true,
        enableSmsMfa: false,
      });
    });

    it('writes copies, so later changes to the caller objects do not reach the event', () => {
      const raw = loadMutable();
      const attributes = { email: 'a@example.com' };
      const mediums: ('SMS' | 'EMAIL')[] = ['EMAIL'];
      const { response } = new UserMigrationTriggerEvent(raw);

      response.userAttributes = attributes;
      response.desiredDeliveryMediums = mediums;
      attributes.email = 'changed@example.com';
      mediums.push('SMS');

      expect(response.userAttributes).toEqual({ email: 'a@example.com' });
      expect(response.desiredDeliveryMediums).toEqual(['EMAIL']);
    });

    it('accepts CONFIRMED and RESEND', () => {
      const raw = loadMutable();
      const { response } = new UserMigrationTriggerEvent(raw);

      response.finalUserStatus = 'CONFIRMED';
      response.messageAction = 'RESEND';

      expect(raw.response).toMatchObject({
        finalUserStatus: 'CONFIRMED',
        messageAction: 'RESEND',
      });
    });

    it('throws TypeError naming the setter for an undocumented value', () => {
      const raw = loadMutable();
      const { response } = new UserMigrationTriggerEvent(raw);

      expect(() => {
        response.finalUserStatus = 'UNCONFIRMED' as 'CONFIRMED';
      }).toThrow(
        new TypeError(
          'UserMigrationTriggerEventResponse.finalUserStatus: value must be one of "CONFIRMED", "RESET_REQUIRED", got string'
        )
      );
      expect(() => {
        response.messageAction = true as unknown as 'SUPPRESS';
      }).toThrow(
        new TypeError(
          'UserMigrationTriggerEventResponse.messageAction: value must be one of "RESEND", "SUPPRESS", got boolean'
        )
      );
      expect(() => {
        response.desiredDeliveryMediums = ['EMAIL', 'FAX' as 'SMS'];
      }).toThrow(
        new TypeError(
          'UserMigrationTriggerEventResponse.desiredDeliveryMediums: value[1] must be one of "SMS", "EMAIL", got string'
        )
      );
      expect(() => {
        response.desiredDeliveryMediums = 'EMAIL' as unknown as 'EMAIL'[];
      }).toThrow(
        new TypeError(
          'UserMigrationTriggerEventResponse.desiredDeliveryMediums: value must be an array, got string'
        )
      );
      expect(() => {
        response.userAttributes = { email: 1 } as unknown as Record<
          string,
          string
        >;
      }).toThrow(
        new TypeError(
          'UserMigrationTriggerEventResponse.userAttributes: value.email must be a string, got number 1'
        )
      );
      expect(() => {
        response.userAttributes = ['a'] as unknown as Record<string, string>;
      }).toThrow(
        new TypeError(
          'UserMigrationTriggerEventResponse.userAttributes: value must be an object, got array'
        )
      );
      expect(() => {
        response.forceAliasCreation = 'true' as unknown as boolean;
      }).toThrow(
        new TypeError(
          'UserMigrationTriggerEventResponse.forceAliasCreation: value must be a boolean, got string'
        )
      );
      expect(() => {
        response.enableSmsMfa = undefined as unknown as boolean;
      }).toThrow(
        new TypeError(
          'UserMigrationTriggerEventResponse.enableSmsMfa: value must be a boolean, got undefined'
        )
      );
      expect(raw.response).toEqual(loadMutable().response);
    });
  });

  describe('testing factory', () => {
    it('builds the sample with the response not yet set as @types/aws-lambda declares it', () => {
      const raw = createUserMigrationTriggerEvent({
        triggerSource: 'UserMigration_ForgotPassword',
        userName: 'someone',
      });

      expect(raw.response).toEqual({
        userAttributes: {},
        desiredDeliveryMediums: [],
      });
      expect(raw.triggerSource).toBe('UserMigration_ForgotPassword');
      expect(raw.userName).toBe('someone');
      expect(raw.request).toEqual(loadMutable().request);
    });
  });

  describe('malformed input', () => {
    it('throws FieldTypeError naming a final user status AWS does not document', () => {
      const raw = patchEvent<RawUserMigrationTriggerEvent>(FIXTURE, (event) => {
        (event.response as { finalUserStatus: string }).finalUserStatus =
          'ARCHIVED';
      });

      expectEvtError(
        () => new UserMigrationTriggerEvent(raw).response.finalUserStatus,
        FieldTypeError,
        'UserMigrationTriggerEvent: response.finalUserStatus must be CONFIRMED | RESET_REQUIRED, got "ARCHIVED"'
      );
    });
  });
});
