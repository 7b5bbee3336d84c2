import { loadEvent } from '@evt/tooling-config/events';
import { expectEvtError, patchEvent } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  type AppSyncCallerIdentity,
  AppSyncIdentity,
  AppSyncResolverEvent,
  AppSyncResolverEventsEvent,
  FieldTypeError,
  type RawAppSyncResolverEvent,
  type RawAppSyncResolverEventsEvent,
} from '../src/index';

const FIXTURE = 'app-sync-resolver-event';

function identity(variant?: string): AppSyncCallerIdentity {
  const raw = loadEvent<RawAppSyncResolverEvent>(
    variant ? `${FIXTURE}.${variant}` : FIXTURE
  );
  const found = new AppSyncResolverEvent(raw).identity;
  if (!found) throw new Error(`the ${variant} fixture has no identity`);
  return found;
}

describe('AppSyncIdentity', () => {
  describe('authType', () => {
    it('is AMAZON_COGNITO_USER_POOLS for an identity with sub and username', () => {
      expect(identity().authType).toBe('AMAZON_COGNITO_USER_POOLS');
      expect(identity('amplify').authType).toBe('AMAZON_COGNITO_USER_POOLS');
    });

    it('is OPENID_CONNECT for an identity with a sub but no username', () => {
      expect(identity('oidc').authType).toBe('OPENID_CONNECT');
    });

    it('is AWS_LAMBDA for an identity with a resolverContext', () => {
      expect(identity('lambda').authType).toBe('AWS_LAMBDA');
    });

    it('is AWS_IAM for any other identity', () => {
      expect(identity('iam').authType).toBe('AWS_IAM');
      expect(new AppSyncIdentity({}).authType).toBe('AWS_IAM');
    });

    it('reads the Event API caller the same way', () => {
      const raw = loadEvent<RawAppSyncResolverEventsEvent>(
        'app-sync-resolver-events-event.subscribe'
      );

      const caller = new AppSyncResolverEventsEvent(raw).identity;

      expect(caller?.authType).toBe('AMAZON_COGNITO_USER_POOLS');
      expect(caller?.username).toBe('ana');
    });
  });

  describe('an IAM caller', () => {
    it('returns every IAM member', () => {
      const iam = identity('iam');

      expect(iam.accountId).toBe('123456789012');
      expect(iam.cognitoIdentityPoolId).toBe(
        'us-east-1:a1b2c3d4-5678-90ab-cdef-EXAMPLE33333'
      );
      expect(iam.cognitoIdentityId).toBe(
        'us-east-1:a1b2c3d4-5678-90ab-cdef-EXAMPLE22222'
      );
      expect(iam.sourceIp).toEqual(['198.51.100.7']);
      expect(iam.username).toBe(
        'AROAXYKJUOW6FHGUSK5FA:CognitoIdentityCredentials'
      );
      expect(iam.userArn).toBe(
        'arn:aws:sts::123456789012:assumed-role/Cognito_PostsAuth_Role/CognitoIdentityCredentials'
      );
      expect(iam.cognitoIdentityAuthType).toBe('authenticated');
      expect(iam.cognitoIdentityAuthProvider).toBe(
        '"cognito-idp.us-east-1.amazonaws.com/us-east-1_aaaaaaaaa","cognito-idp.us-east-1.amazonaws.com/us-east-1_aaaaaaaaa:CognitoSignIn:a1b2c3d4-5678-90ab-cdef-EXAMPLE11111"'
      );
    });

    it('reads the members of the other types as empty', () => {
      const iam = identity('iam');

      expect(iam.sub).toBeUndefined();
      expect(iam.issuer).toBeUndefined();
      expect(iam.claims).toEqual({});
      expect(iam.defaultAuthStrategy).toBeUndefined();
      expect(iam.groups).toEqual([]);
      expect(iam.resolverContext).toEqual({});
    });
  });

  describe('a Cognito user pools caller', () => {
    it('returns every Cognito member', () => {
      const cognito = identity();

      expect(cognito.sub).toBe('192879fc-a240-4bf1-ab5a-d6a00f3063f9');
      expect(cognito.username).toBe('jdoe');
      expect(cognito.issuer).toBe(
        'https://cognito-idp.us-west-2.amazonaws.com/us-west-2_aaaaaaaaa'
      );
      expect(cognito.claims).toMatchObject({
        'cognito:username': 'jdoe',
        email_verified: true,
        auth_time: 1599154213,
      });
      expect(cognito.sourceIp).toEqual(['1.1.1.1']);
      expect(cognito.defaultAuthStrategy).toBe('ALLOW');
      expect(cognito.groups).toEqual(['admins']);
    });

    it('returns the claims object of the event', () => {
      const raw = loadEvent<RawAppSyncResolverEvent>(FIXTURE);

      expect(new AppSyncResolverEvent(raw).identity?.claims).toBe(
        raw.identity?.claims
      );
    });

    it('reads groups sent as null as an empty array', () => {
      expect(identity('amplify').groups).toEqual([]);
    });

    it('reads the IAM members as undefined', () => {
      const cognito = identity();

      expect(cognito.accountId).toBeUndefined();
      expect(cognito.userArn).toBeUndefined();
      expect(cognito.cognitoIdentityPoolId).toBeUndefined();
      expect(cognito.cognitoIdentityId).toBeUndefined();
      expect(cognito.cognitoIdentityAuthType).toBeUndefined();
      expect(cognito.cognitoIdentityAuthProvider).toBeUndefined();
    });
  });

  describe('an OpenID Connect caller', () => {
    it('returns sub, issuer and claims', () => {
      const oidc = identity('oidc');

      expect(oidc.sub).toBe('auth0|6627e0aa9c1b2d3e4f5a6b7c');
      expect(oidc.issuer).toBe('https://example.us.auth0.com/');
      expect(oidc.claims).toEqual({
        sub: 'auth0|6627e0aa9c1b2d3e4f5a6b7c',
        iss: 'https://example.us.auth0.com/',
        aud: 'https://api.example.com/graphql',
        iat: 1713889594,
        exp: 1713975994,
        scope: 'openid profile email',
      });
      expect(oidc.username).toBeUndefined();
      expect(oidc.sourceIp).toEqual([]);
    });
  });

  describe('a Lambda authorizer caller', () => {
    it('returns the resolver context the authorizer returned', () => {
      const lambda = identity('lambda');

      expect(lambda.resolverContext).toEqual({
        userid: 'user-1',
        tenant: 'tenant-42',
        role: 'reader',
      });
      expect(lambda.sub).toBeUndefined();
    });

    it('hides the resolver context in the debug view', () => {
      const text = String(identity('lambda'));

      expect(text).not.toContain('tenant-42');
      expect(text).toContain('AWS_LAMBDA');
    });
  });

  describe('malformed input', () => {
    it('throws FieldTypeError naming a mistyped member with its full path', () => {
      const raw = patchEvent<RawAppSyncResolverEvent>(FIXTURE, (draft) => {
        (draft.identity as { groups: unknown }).groups = 'admins';
      });

      expectEvtError(
        () => new AppSyncResolverEvent(raw).identity?.groups,
        FieldTypeError,
        'AppSyncResolverEvent: identity.groups must be array, got string'
      );
    });

    it('throws FieldTypeError for a sub that is not a string', () => {
      const raw = patchEvent<RawAppSyncResolverEvent>(FIXTURE, (draft) => {
        (draft.identity as { sub: unknown }).sub = 42;
      });

      expectEvtError(
        () => new AppSyncResolverEvent(raw).identity?.sub,
        FieldTypeError,
        'AppSyncResolverEvent: identity.sub must be string, got number'
      );
    });
  });
});
