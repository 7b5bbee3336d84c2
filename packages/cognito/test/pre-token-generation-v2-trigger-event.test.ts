import {
  expectEvtError,
  expectGetters,
  patchEvent,
} from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  type ClaimValue,
  FieldTypeError,
  PreTokenGenerationV2TriggerEvent,
  type RawPreTokenGenerationV2TriggerEvent,
} from '../src/index';
import { createPreTokenGenerationV2TriggerEvent } from '../src/testing';
import { fixtureLoaders } from './helpers';

const FIXTURE = 'pre-token-generation-v2-trigger-event';

/** The changes to the access token the `returned` sample holds, as AWS documents them. */
const ACCESS_TOKEN_CHANGES = {
  claimsToAddOrOverride: {
    tenant: 'acme',
    entitlements: { plan: 'pro', seats: 5, features: ['export', 'audit'] },
    beta: true,
  },
  claimsToSuppress: ['username'],
  scopesToAdd: ['orders/read'],
  scopesToSuppress: ['aws.cognito.signin.user.admin'],
};

const { load, loadMutable } = fixtureLoaders(
  PreTokenGenerationV2TriggerEvent,
  FIXTURE
);

describe('PreTokenGenerationV2TriggerEvent', () => {
  describe('common fields', () => {
    it.each([
      [undefined, '2', 'TokenGeneration_Authentication'],
      ['hosted-auth', '2', 'TokenGeneration_HostedAuth'],
      ['refresh-tokens', '2', 'TokenGeneration_RefreshTokens'],
      ['v3', '3', 'TokenGeneration_NewPasswordChallenge'],
      ['client-credentials', '3', 'TokenGeneration_ClientCredentials'],
    ])(
      'returns the version and trigger source of the %s sample',
      (variant, version, source) => {
        const event = load(variant);

        expect(event.version).toBe(version);
        expect(event.triggerSource).toBe(source);
      }
    );

    it('returns no username for a machine-to-machine token', () => {
      const event = load('client-credentials');

      expect(event.userName).toBeUndefined();
      expect(event.callerContext.clientId).toBe('1example23456789');
    });
  });

  describe('request', () => {
    it('returns the scopes, groups, user and client metadata of a user', () => {
      const { request } = load();

      expect(request.scopes).toEqual([
        'openid',
        'email',
        'aws.cognito.signin.user.admin',
      ]);
      expect(request.groupConfiguration.groupsToOverride).toEqual([
        'readers',
        'editors',
      ]);
      expect(request.userAttributes['custom:tenant']).toBe('acme');
      expect(request.clientMetadata).toEqual({ app: 'storefront' });
    });

    it('returns the custom scopes and empty user and groups of a machine-to-machine token', () => {
      const { request } = load('client-credentials');

      expectGetters(request, {
        scopes: ['inventory-api/items.read', 'inventory-api/items.write'],
        userAttributes: {},
        clientMetadata: { caller: 'nightly-sync' },
      });
      expectGetters(request.groupConfiguration, {
        groupsToOverride: [],
        iamRolesToOverride: [],
        preferredRole: undefined,
      });
    });

    it('returns empty scopes when the request has none', () => {
      const raw = patchEvent<RawPreTokenGenerationV2TriggerEvent>(
        FIXTURE,
        (event) => {
          delete event.request.scopes;
        }
      );

      expect(new PreTokenGenerationV2TriggerEvent(raw).request.scopes).toEqual(
        []
      );
    });
  });

  describe('response.claimsScopeOverrideDetails', () => {
    it('reads the null override Amazon Cognito sends as empty', () => {
      expectGetters(load().response.claimsScopeOverrideDetails, {
        idTokenGeneration: undefined,
        accessTokenGeneration: undefined,
        groupConfiguration: undefined,
      });
    });

    it('reads the overrides the function set', () => {
      const details = load('returned').response.claimsScopeOverrideDetails;

      expectGetters(details.idTokenGeneration ?? {}, {
        claimsToAddOrOverride: { tenant: 'acme' },
        claimsToSuppress: ['phone_number'],
        scopesToAdd: [],
        scopesToSuppress: [],
      });
      expectGetters(details.accessTokenGeneration ?? {}, ACCESS_TOKEN_CHANGES);
      expect(details.groupConfiguration?.groupsToOverride).toEqual(['readers']);
      expect(details.idTokenGeneration).toBe(details.idTokenGeneration);
      expect(details.accessTokenGeneration).toBe(details.accessTokenGeneration);
    });

    it('writes both tokens and the groups into the raw response, as Amazon Cognito documents it', () => {
      const raw = loadMutable();
      const event = new PreTokenGenerationV2TriggerEvent(raw);
      const details = event.response.claimsScopeOverrideDetails;

      details.idTokenGeneration = {
        claimsToAddOrOverride: { tenant: 'acme' },
        claimsToSuppress: ['phone_number'],
      };
      details.accessTokenGeneration = ACCESS_TOKEN_CHANGES;
      details.groupConfiguration = {
        groupsToOverride: ['readers'],
        iamRolesToOverride: [],
        preferredRole: 'arn:aws:iam::123456789012:role/ReaderRole',
      };

      expect(raw.response).toEqual({
        claimsAndScopeOverrideDetails: {
          idTokenGeneration: {
            claimsToAddOrOverride: { tenant: 'acme' },
            claimsToSuppress: ['phone_number'],
          },
          accessTokenGeneration: ACCESS_TOKEN_CHANGES,
          groupOverrideDetails: {
            groupsToOverride: ['readers'],
            iamRolesToOverride: [],
            preferredRole: 'arn:aws:iam::123456789012:role/ReaderRole',
          },
        },
      });
      expect(raw.response).toEqual(loadMutable('returned').response);
      expect(details.accessTokenGeneration?.scopesToAdd).toEqual([
        'orders/read',
      ]);
    });

    it('writes through the per-token setters, field by field', () => {
      const raw = loadMutable('returned');
      const access = new PreTokenGenerationV2TriggerEvent(raw).response
        .claimsScopeOverrideDetails.accessTokenGeneration;

      if (!access) throw new Error('the sample sets the access token');
      access.claimsToAddOrOverride = { tier: 2 };
      access.claimsToSuppress = [];
      access.scopesToAdd = ['orders/write'];
      access.scopesToSuppress = [];

      expect(
        raw.response?.claimsAndScopeOverrideDetails?.accessTokenGeneration
      ).toEqual({
        claimsToAddOrOverride: { tier: 2 },
        claimsToSuppress: [],
        scopesToAdd: ['orders/write'],
        scopesToSuppress: [],
      });
    });

    it('adds the override for a machine-to-machine token without a response', () => {
      const raw = loadMutable('client-credentials');
      delete raw.response;
      const details = new PreTokenGenerationV2TriggerEvent(raw).response
        .claimsScopeOverrideDetails;

      details.accessTokenGeneration = { scopesToAdd: ['inventory-api/admin'] };
      details.setGroupConfigurationGroupsToOverride([]);

      expect(raw.response).toEqual({
        claimsAndScopeOverrideDetails: {
          accessTokenGeneration: { scopesToAdd: ['inventory-api/admin'] },
          groupOverrideDetails: { groupsToOverride: [] },
        },
      });
    });

    it('throws TypeError naming the setter for a wrong value', () => {
      const raw = loadMutable();
      const details = new PreTokenGenerationV2TriggerEvent(raw).response
        .claimsScopeOverrideDetails;

      expect(() => {
        details.accessTokenGeneration = { scopes: ['a'] } as never;
      }).toThrow(
        new TypeError(
          'ClaimsAndScopeOverrideDetails.accessTokenGeneration: value may hold only claimsToAddOrOverride, claimsToSuppress, scopesToAdd, scopesToSuppress'
        )
      );
      expect(() => {
        details.idTokenGeneration = {
          claimsToAddOrOverride: { when: new Date() as never },
        };
      }).toThrow(
        new TypeError(
          'ClaimsAndScopeOverrideDetails.idTokenGeneration: value.claimsToAddOrOverride.when must be a string, a finite number, a boolean, or an array or object of them, got object'
        )
      );
      expect(() => {
        details.idTokenGeneration = {
          claimsToAddOrOverride: { ratio: Number.NaN },
        };
      }).toThrow(
        new TypeError(
          'ClaimsAndScopeOverrideDetails.idTokenGeneration: value.claimsToAddOrOverride.ratio must be a string, a finite number, a boolean, or an array or object of them, got number NaN'
        )
      );
      const cyclic: Record<string, ClaimValue> = { name: 'a' };
      cyclic.self = [cyclic];
      expect(() => {
        details.accessTokenGeneration = { claimsToAddOrOverride: cyclic };
      }).toThrow(
        new TypeError(
          'ClaimsAndScopeOverrideDetails.accessTokenGeneration: value.claimsToAddOrOverride.self[0] refers to itself'
        )
      );
      expect(() => {
        details.accessTokenGeneration = { scopesToAdd: 'orders/read' } as never;
      }).toThrow(
        new TypeError(
          'ClaimsAndScopeOverrideDetails.accessTokenGeneration: value.scopesToAdd must be an array, got string'
        )
      );
      expect(() => {
        details.setGroupConfigurationPreferredRole(1 as never);
      }).toThrow(
        new TypeError(
          'ClaimsAndScopeOverrideDetails.setGroupConfigurationPreferredRole: value must be a string, got number 1'
        )
      );
      expect(raw.response).toEqual({ claimsAndScopeOverrideDetails: null });
    });

    it('throws TypeError naming the per-token setter for a wrong value', () => {
      const details = new PreTokenGenerationV2TriggerEvent(
        loadMutable('returned')
      ).response.claimsScopeOverrideDetails;
      const id = details.idTokenGeneration;

      if (!id) throw new Error('the sample sets the ID token');
      expect(() => {
        id.claimsToAddOrOverride = [] as never;
      }).toThrow(
        new TypeError(
          'TokenClaimsAndScopeOverrideDetails.claimsToAddOrOverride: value must be an object, got array'
        )
      );
      expect(() => {
        id.claimsToSuppress = [true] as never;
      }).toThrow(
        new TypeError(
          'TokenClaimsAndScopeOverrideDetails.claimsToSuppress: value[0] must be a string, got boolean'
        )
      );
      expect(() => {
        id.scopesToAdd = null as never;
      }).toThrow(
        new TypeError(
          'TokenClaimsAndScopeOverrideDetails.scopesToAdd: value must be an array, got null'
        )
      );
      expect(() => {
        id.scopesToSuppress = {} as never;
      }).toThrow(
        new TypeError(
          'TokenClaimsAndScopeOverrideDetails.scopesToSuppress: value must be an array, got object'
        )
      );
    });
  });

  describe('testing factory', () => {
    it('builds the sample with an empty override, as @types/aws-lambda declares it', () => {
      const raw = createPreTokenGenerationV2TriggerEvent({
        triggerSource: 'TokenGeneration_HostedAuth',
        event: { version: '3' },
      });

      expect(raw.response).toEqual({ claimsAndScopeOverrideDetails: {} });
      expect(raw.version).toBe('3');
      expect(raw.triggerSource).toBe('TokenGeneration_HostedAuth');
    });
  });

  describe('malformed input', () => {
    it('throws FieldTypeError naming a token override that is not an object', () => {
      const raw = patchEvent<RawPreTokenGenerationV2TriggerEvent>(
        FIXTURE,
        (event) => {
          event.response = {
            claimsAndScopeOverrideDetails: {
              accessTokenGeneration: [] as never,
            },
          };
        }
      );

      expectEvtError(
        () =>
          new PreTokenGenerationV2TriggerEvent(raw).response
            .claimsScopeOverrideDetails.accessTokenGeneration,
        FieldTypeError,
        'PreTokenGenerationV2TriggerEvent: response.claimsAndScopeOverrideDetails.accessTokenGeneration must be object, got array'
      );
    });
  });
});
