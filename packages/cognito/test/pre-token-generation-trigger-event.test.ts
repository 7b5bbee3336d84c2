import {
  expectEvtError,
  expectGetters,
  patchEvent,
} from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  FieldTypeError,
  MissingFieldError,
  PreTokenGenerationTriggerEvent,
  type RawPreTokenGenerationTriggerEvent,
} from '../src/index';
import { createPreTokenGenerationTriggerEvent } from '../src/testing';
import { countingReads, fixtureLoaders } from './helpers';

const FIXTURE = 'pre-token-generation-trigger-event';

const { load, loadMutable } = fixtureLoaders(
  PreTokenGenerationTriggerEvent,
  FIXTURE
);

const GROUPS = {
  groupsToOverride: ['readers', 'editors'],
  iamRolesToOverride: [
    'arn:aws:iam::123456789012:role/ReaderRole',
    'arn:aws:iam::123456789012:role/EditorRole',
  ],
  preferredRole: 'arn:aws:iam::123456789012:role/ReaderRole',
};

describe('PreTokenGenerationTriggerEvent', () => {
  describe('triggerSource', () => {
    it.each([
      [undefined, 'TokenGeneration_Authentication'],
      ['hosted-auth', 'TokenGeneration_HostedAuth'],
      ['new-password-challenge', 'TokenGeneration_NewPasswordChallenge'],
      ['authenticate-device', 'TokenGeneration_AuthenticateDevice'],
      ['refresh-tokens', 'TokenGeneration_RefreshTokens'],
    ])('returns the trigger source of the %s sample: %s', (variant, source) => {
      expect(load(variant).triggerSource).toBe(source);
    });
  });

  describe('request', () => {
    it('returns the user, the groups and the client metadata', () => {
      const { request } = load();

      expect(request.userAttributes).toEqual({
        sub: 'a36036a8-9061-424d-a737-56d57dae7bbc',
        'cognito:email_alias': 'jane@example.com',
        'cognito:user_status': 'CONFIRMED',
        email_verified: 'true',
        email: 'jane@example.com',
        'custom:tenant': 'acme',
      });
      expect(request.clientMetadata).toEqual({ app: 'storefront' });
      expectGetters(request.groupConfiguration, GROUPS);
    });

    it('returns the same group configuration on every read, reading it once', () => {
      const { value, reads } = countingReads(loadMutable().request);
      const event = new PreTokenGenerationTriggerEvent({
        ...loadMutable(),
        request: value,
      });

      expect(event.request.groupConfiguration).toBe(
        event.request.groupConfiguration
      );
      expect(reads.get('groupConfiguration')).toBe(1);
    });

    it('returns empty groups and no preferred role when the configuration has none', () => {
      const raw = patchEvent<RawPreTokenGenerationTriggerEvent>(
        FIXTURE,
        (event) => {
          event.request.groupConfiguration = {
            groupsToOverride: [],
            iamRolesToOverride: [],
            preferredRole: null,
          };
        }
      );

      expectGetters(
        new PreTokenGenerationTriggerEvent(raw).request.groupConfiguration,
        {
          groupsToOverride: [],
          iamRolesToOverride: [],
          preferredRole: undefined,
        }
      );
    });
  });

  describe('response.claimsOverrideDetails', () => {
    it('reads the null override Amazon Cognito sends as empty', () => {
      const details = load().response.claimsOverrideDetails;

      expectGetters(details, {
        claimsToAddOrOverride: {},
        claimsToSuppress: [],
        groupConfiguration: undefined,
      });
    });

    it('reads an override the function set', () => {
      const details = load('returned').response.claimsOverrideDetails;

      expectGetters(details, {
        claimsToAddOrOverride: { tenant: 'acme', plan: 'pro' },
        claimsToSuppress: ['email'],
      });
      expectGetters(details.groupConfiguration ?? {}, {
        groupsToOverride: ['readers'],
        iamRolesToOverride: ['arn:aws:iam::123456789012:role/ReaderRole'],
        preferredRole: 'arn:aws:iam::123456789012:role/ReaderRole',
      });
      expect(details.groupConfiguration).toBe(details.groupConfiguration);
    });

    it('writes claims and groups into the raw response, as Amazon Cognito documents it', () => {
      const raw = loadMutable();
      const event = new PreTokenGenerationTriggerEvent(raw);
      const details = event.response.claimsOverrideDetails;

      details.claimsToAddOrOverride = { tenant: 'acme', plan: 'pro' };
      details.claimsToSuppress = ['email'];
      details.setGroupConfigurationGroupsToOverride(['readers']);
      details.setGroupConfigurationIamRolesToOverride([
        'arn:aws:iam::123456789012:role/ReaderRole',
      ]);
      details.setGroupConfigurationPreferredRole(
        'arn:aws:iam::123456789012:role/ReaderRole'
      );

      expect(raw.response).toEqual({
        claimsOverrideDetails: {
          claimsToAddOrOverride: { tenant: 'acme', plan: 'pro' },
          claimsToSuppress: ['email'],
          groupOverrideDetails: {
            groupsToOverride: ['readers'],
            iamRolesToOverride: ['arn:aws:iam::123456789012:role/ReaderRole'],
            preferredRole: 'arn:aws:iam::123456789012:role/ReaderRole',
          },
        },
      });
      expect(raw.response).toEqual(loadMutable('returned').response);
      expect(details.groupConfiguration?.groupsToOverride).toEqual(['readers']);
    });

    it('adds the response and the override to an event that has neither', () => {
      const raw = loadMutable();
      delete raw.response;
      const details = new PreTokenGenerationTriggerEvent(raw).response
        .claimsOverrideDetails;

      details.setGroupConfigurationPreferredRole('arn:aws:iam::1:role/A');

      expect(raw.response).toEqual({
        claimsOverrideDetails: {
          groupOverrideDetails: { preferredRole: 'arn:aws:iam::1:role/A' },
        },
      });
      expect(details.groupConfiguration?.preferredRole).toBe(
        'arn:aws:iam::1:role/A'
      );
    });

    it('replaces the whole group override, or suppresses the groups with null', () => {
      const raw = loadMutable('returned');
      const details = new PreTokenGenerationTriggerEvent(raw).response
        .claimsOverrideDetails;
      const before = details.groupConfiguration;

      details.groupConfiguration = { groupsToOverride: ['auditors'] };

      expect(raw.response?.claimsOverrideDetails?.groupOverrideDetails).toEqual(
        {
          groupsToOverride: ['auditors'],
        }
      );
      expect(details.groupConfiguration).not.toBe(before);
      expect(details.groupConfiguration?.groupsToOverride).toEqual([
        'auditors',
      ]);

      details.groupConfiguration = null;

      expect(raw.response?.claimsOverrideDetails?.groupOverrideDetails).toBe(
        null
      );
      expect(details.groupConfiguration).toBeUndefined();
    });

    it('leaves out the fields of a group override given as undefined', () => {
      const raw = loadMutable();
      const details = new PreTokenGenerationTriggerEvent(raw).response
        .claimsOverrideDetails;

      details.groupConfiguration = {
        groupsToOverride: [],
        preferredRole: undefined,
      };

      expect(raw.response?.claimsOverrideDetails).toEqual({
        groupOverrideDetails: { groupsToOverride: [] },
      });
    });

    it('throws TypeError naming the setter or method for a wrong value', () => {
      const raw = loadMutable();
      const details = new PreTokenGenerationTriggerEvent(raw).response
        .claimsOverrideDetails;

      expect(() => {
        details.claimsToAddOrOverride = { plan: 3 } as unknown as Record<
          string,
          string
        >;
      }).toThrow(
        new TypeError(
          'ClaimsOverrideDetails.claimsToAddOrOverride: value.plan must be a string, got number 3'
        )
      );
      expect(() => {
        details.claimsToSuppress = [1] as unknown as string[];
      }).toThrow(
        new TypeError(
          'ClaimsOverrideDetails.claimsToSuppress: value[0] must be a string, got number 1'
        )
      );
      expect(() => {
        details.groupConfiguration = { groups: ['a'] } as never;
      }).toThrow(
        new TypeError(
          'ClaimsOverrideDetails.groupConfiguration: value may hold only groupsToOverride, iamRolesToOverride, preferredRole'
        )
      );
      expect(() => {
        details.groupConfiguration = 'readers' as never;
      }).toThrow(
        new TypeError(
          'ClaimsOverrideDetails.groupConfiguration: value must be an object, got string'
        )
      );
      expect(() => {
        details.setGroupConfigurationGroupsToOverride('readers' as never);
      }).toThrow(
        new TypeError(
          'ClaimsOverrideDetails.setGroupConfigurationGroupsToOverride: value must be an array, got string'
        )
      );
      expect(() => {
        details.setGroupConfigurationIamRolesToOverride([null] as never);
      }).toThrow(
        new TypeError(
          'ClaimsOverrideDetails.setGroupConfigurationIamRolesToOverride: value[0] must be a string, got null'
        )
      );
      expect(() => {
        details.setGroupConfigurationPreferredRole(['a'] as never);
      }).toThrow(
        new TypeError(
          'ClaimsOverrideDetails.setGroupConfigurationPreferredRole: value must be a string, got array'
        )
      );
      expect(raw.response).toEqual({ claimsOverrideDetails: null });
    });
  });

  describe('testing factory', () => {
    it('builds the sample with an empty claims override, as @types/aws-lambda declares it', () => {
      const raw = createPreTokenGenerationTriggerEvent({
        triggerSource: 'TokenGeneration_RefreshTokens',
      });

      expect(raw.response).toEqual({ claimsOverrideDetails: {} });
      expect(raw.triggerSource).toBe('TokenGeneration_RefreshTokens');
      expect(raw.request).toEqual(loadMutable().request);
    });
  });

  describe('malformed input', () => {
    it('throws MissingFieldError naming the group configuration when it is absent', () => {
      const raw = patchEvent<RawPreTokenGenerationTriggerEvent>(
        FIXTURE,
        (event) => {
          delete (event.request as { groupConfiguration?: unknown })
            .groupConfiguration;
        }
      );

      expectEvtError(
        () =>
          new PreTokenGenerationTriggerEvent(raw).request.groupConfiguration,
        MissingFieldError,
        'PreTokenGenerationTriggerEvent: request.groupConfiguration is missing'
      );
    });

    it('throws FieldTypeError naming a group override that is not an object', () => {
      const raw = patchEvent<RawPreTokenGenerationTriggerEvent>(
        FIXTURE,
        (event) => {
          event.response = {
            claimsOverrideDetails: {
              groupOverrideDetails: 'readers' as never,
            },
          };
        }
      );

      expectEvtError(
        () =>
          new PreTokenGenerationTriggerEvent(raw).response.claimsOverrideDetails
            .groupConfiguration,
        FieldTypeError,
        'PreTokenGenerationTriggerEvent: response.claimsOverrideDetails.groupOverrideDetails must be object, got string'
      );
    });
  });
});
