import {
  expectEvtError,
  expectGetters,
  patchEvent,
} from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  FieldTypeError,
  InboundFederationTriggerEvent,
  MissingFieldError,
  type RawInboundFederationTriggerEvent,
} from '../src/index';
import { createInboundFederationTriggerEvent } from '../src/testing';
import { fixtureLoaders } from './helpers';

const FIXTURE = 'inbound-federation-trigger-event';

const { load, loadMutable } = fixtureLoaders(
  InboundFederationTriggerEvent,
  FIXTURE
);

describe('InboundFederationTriggerEvent', () => {
  it('returns the common fields', () => {
    expectGetters(load(), {
      triggerSource: 'InboundFederation_ExternalProvider',
      userName: 'MyOIDCProvider_8f2c1d0e-5a6b-4c7d-9e8f-0a1b2c3d4e5f',
      version: '1',
    });
  });

  describe('request', () => {
    it('returns the provider and what an OIDC provider sent', () => {
      const { request } = load();

      expectGetters(request, {
        providerName: 'MyOIDCProvider',
        providerType: 'OIDC',
      });
      expectGetters(request.attributes, {
        tokenResponse: {
          access_token:
            'eyJraWQiOiJhY2Nlc3MiLCJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c2VyLTEyMyJ9.c2lnbmF0dXJl',
          id_token:
            'eyJraWQiOiJpZCIsImFsZyI6IlJTMjU2In0.eyJzdWIiOiJ1c2VyLTEyMyJ9.c2lnbmF0dXJl',
          refresh_token: 'dGhpcy1pcy1hLXJlZnJlc2gtdG9rZW4',
          token_type: 'Bearer',
          expires_in: '3600',
          scope: 'openid email profile',
        },
        idToken: {
          sub: 'user-123',
          iss: 'https://idp.example.com',
          aud: 'example-client',
          email: 'Jane.Doe@Example.com',
          email_verified: 'true',
          name: 'Jane Doe',
        },
        userInfo: {
          sub: 'user-123',
          email: 'Jane.Doe@Example.com',
          given_name: 'Jane',
          family_name: 'Doe',
          groups: 'engineering,admins',
        },
        samlResponse: {},
      });
      expect(request.attributes).toBe(request.attributes);
    });

    it('returns what a SAML provider sent', () => {
      const { request } = load('saml');

      expect(request.providerType).toBe('SAML');
      expect(request.providerName).toBe('CorpSAML');
      expectGetters(request.attributes, {
        tokenResponse: {},
        idToken: {},
        userInfo: {},
        samlResponse: {
          'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress':
            'jdoe@corp.example.com',
          'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name':
            'John Doe',
          'http://schemas.microsoft.com/ws/2008/06/identity/claims/groups':
            'staff,finance',
        },
      });
    });

    it('returns claim values that are not strings as the provider sent them', () => {
      const raw = patchEvent<RawInboundFederationTriggerEvent>(
        FIXTURE,
        (event) => {
          event.request.attributes.idToken = {
            email_verified: true,
            exp: 1_717_000_000,
          };
        }
      );

      expect(
        new InboundFederationTriggerEvent(raw).request.attributes.idToken
      ).toEqual({ email_verified: true, exp: 1_717_000_000 });
    });

    it('hides the tokens in the debug view', () => {
      const text = String(load());

      expect(text).toContain('"tokenResponse": "[SENSITIVE]"');
      expect(text).toContain('"idToken": "[SENSITIVE]"');
      expect(text).not.toContain('dGhpcy1pcy1hLXJlZnJlc2gtdG9rZW4');
      expect(text).toContain('"given_name": "Jane"');
    });
  });

  describe('response', () => {
    it('reads the empty map Amazon Cognito sends', () => {
      expect(load().response.userAttributesToMap).toEqual({});
    });

    it('writes the attributes into the raw response, as Amazon Cognito documents it', () => {
      const raw = loadMutable();
      const event = new InboundFederationTriggerEvent(raw);
      const { userInfo } = event.request.attributes;

      event.response.userAttributesToMap = {
        email: String(userInfo.email).toLowerCase(),
        given_name: String(userInfo.given_name),
        'custom:groups': String(userInfo.groups),
      };

      expect(raw.response).toEqual({
        userAttributesToMap: {
          email: 'jane.doe@example.com',
          given_name: 'Jane',
          'custom:groups': 'engineering,admins',
        },
      });
      expect(event.response.userAttributesToMap.email).toBe(
        'jane.doe@example.com'
      );
      expect(() => {
        event.response.userAttributesToMap = { email: undefined } as never;
      }).toThrow(
        new TypeError(
          'InboundFederationTriggerEventResponse.userAttributesToMap: value.email must be a string, got undefined'
        )
      );
    });
  });

  it('builds the sample from the testing factory', () => {
    const raw = createInboundFederationTriggerEvent({
      userName: 'MyOIDCProvider_1',
    });

    expect(raw.userName).toBe('MyOIDCProvider_1');
    expect(raw.request.providerType).toBe('OIDC');
  });

  describe('malformed input', () => {
    it('throws MissingFieldError naming the attributes when they are absent', () => {
      const raw = patchEvent<RawInboundFederationTriggerEvent>(
        FIXTURE,
        (event) => {
          delete (event.request as { attributes?: unknown }).attributes;
        }
      );

      expectEvtError(
        () => new InboundFederationTriggerEvent(raw).request.attributes,
        MissingFieldError,
        'InboundFederationTriggerEvent: request.attributes is missing'
      );
    });

    it('throws FieldTypeError naming a part of the attributes that is not an object', () => {
      const raw = patchEvent<RawInboundFederationTriggerEvent>(
        FIXTURE,
        (event) => {
          (event.request.attributes as { userInfo: unknown }).userInfo = 'x';
        }
      );

      expectEvtError(
        () =>
          new InboundFederationTriggerEvent(raw).request.attributes.userInfo,
        FieldTypeError,
        'InboundFederationTriggerEvent: request.attributes.userInfo must be object, got string'
      );
    });
  });
});
