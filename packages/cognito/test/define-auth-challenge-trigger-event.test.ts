import {
  expectEvtError,
  expectGetters,
  patchEvent,
} from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  DefineAuthChallengeTriggerEvent,
  FieldTypeError,
  MissingFieldError,
  type RawDefineAuthChallengeTriggerEvent,
} from '../src/index';
import { createDefineAuthChallengeTriggerEvent } from '../src/testing';
import { countingReads, fixtureLoaders } from './helpers';

const FIXTURE = 'define-auth-challenge-trigger-event';

const { load, loadMutable } = fixtureLoaders(
  DefineAuthChallengeTriggerEvent,
  FIXTURE
);

describe('DefineAuthChallengeTriggerEvent', () => {
  it('returns the common fields', () => {
    expectGetters(load(), {
      triggerSource: 'DefineAuthChallenge_Authentication',
      userName: 'testuser',
      region: 'us-east-1',
    });
  });

  describe('request', () => {
    it('returns each challenge of the session with its result and metadata', () => {
      const { session } = load().request;

      expect(
        session.map((challenge) => ({
          challengeName: challenge.challengeName,
          challengeResult: challenge.challengeResult,
          challengeMetadata: challenge.challengeMetadata,
        }))
      ).toEqual([
        {
          challengeName: 'SRP_A',
          challengeResult: true,
          challengeMetadata: undefined,
        },
        {
          challengeName: 'PASSWORD_VERIFIER',
          challengeResult: true,
          challengeMetadata: undefined,
        },
        {
          challengeName: 'CUSTOM_CHALLENGE',
          challengeResult: false,
          challengeMetadata: 'CAPTCHA_CHALLENGE',
        },
      ]);
    });

    it('returns the user, userNotFound and the client metadata', () => {
      expectGetters(load().request, {
        userNotFound: false,
        clientMetadata: { app: 'storefront' },
        userAttributes: {
          sub: 'a36036a8-9061-424d-a737-56d57dae7bbc',
          email_verified: 'true',
          'cognito:user_status': 'CONFIRMED',
          email: 'testuser@example.com',
        },
      });
    });

    it('returns an empty session on the first call of a custom flow', () => {
      expect(load('first-challenge').request.session).toEqual([]);
    });

    it('returns the same session on every read, reading it once', () => {
      const { value, reads } = countingReads(loadMutable().request);
      const event = new DefineAuthChallengeTriggerEvent({
        ...loadMutable(),
        request: value,
      });

      expect(event.request.session).toBe(event.request.session);
      expect(reads.get('session')).toBe(1);
    });
  });

  describe('response', () => {
    it('reads the empty and null responses Amazon Cognito sends as unset', () => {
      for (const event of [load(), load('first-challenge')]) {
        expectGetters(event.response, {
          challengeName: undefined,
          issueTokens: false,
          failAuthentication: false,
        });
      }
    });

    it('writes the next step into the raw response, as Amazon Cognito documents it', () => {
      const raw = loadMutable();
      const { response } = new DefineAuthChallengeTriggerEvent(raw);

      response.challengeName = 'CUSTOM_CHALLENGE';
      response.issueTokens = false;
      response.failAuthentication = false;

      expect(raw.response).toEqual({
        challengeName: 'CUSTOM_CHALLENGE',
        issueTokens: false,
        failAuthentication: false,
      });
      expect(response.challengeName).toBe('CUSTOM_CHALLENGE');
    });

    it('writes the end of a sign-in', () => {
      const raw = loadMutable('first-challenge');
      const { response } = new DefineAuthChallengeTriggerEvent(raw);

      response.issueTokens = true;
      response.failAuthentication = true;

      expect(raw.response).toEqual({
        challengeName: null,
        issueTokens: true,
        failAuthentication: true,
      });
      expectGetters(response, { issueTokens: true, failAuthentication: true });
    });

    it('throws TypeError naming the setter for a wrong value', () => {
      const { response } = new DefineAuthChallengeTriggerEvent(loadMutable());

      expect(() => {
        response.challengeName = undefined as never;
      }).toThrow(
        new TypeError(
          'DefineAuthChallengeTriggerEventResponse.challengeName: value must be a string, got undefined'
        )
      );
      expect(() => {
        response.issueTokens = 'yes' as never;
      }).toThrow(
        new TypeError(
          'DefineAuthChallengeTriggerEventResponse.issueTokens: value must be a boolean, got string'
        )
      );
      expect(() => {
        response.failAuthentication = 0 as never;
      }).toThrow(
        new TypeError(
          'DefineAuthChallengeTriggerEventResponse.failAuthentication: value must be a boolean, got number 0'
        )
      );
    });
  });

  describe('testing factory', () => {
    it('builds the sample with both flags false, as @types/aws-lambda declares them', () => {
      const raw = createDefineAuthChallengeTriggerEvent({
        event: { request: { session: [] } },
      });

      expect(raw.response).toEqual({
        issueTokens: false,
        failAuthentication: false,
      });
      expect(raw.request.session).toEqual([]);
    });
  });

  describe('malformed input', () => {
    it('throws MissingFieldError naming the session when it is absent', () => {
      const raw = patchEvent<RawDefineAuthChallengeTriggerEvent>(
        FIXTURE,
        (event) => {
          delete (event.request as { session?: unknown }).session;
        }
      );

      expectEvtError(
        () => new DefineAuthChallengeTriggerEvent(raw).request.session,
        MissingFieldError,
        'DefineAuthChallengeTriggerEvent: request.session is missing'
      );
    });

    it('throws FieldTypeError naming a challenge result that is not a boolean', () => {
      const raw = patchEvent<RawDefineAuthChallengeTriggerEvent>(
        FIXTURE,
        (event) => {
          (
            event.request.session[1] as { challengeResult: unknown }
          ).challengeResult = 'true';
        }
      );

      expectEvtError(
        () =>
          new DefineAuthChallengeTriggerEvent(raw).request.session[1]
            ?.challengeResult,
        FieldTypeError,
        'DefineAuthChallengeTriggerEvent: request.session[1].challengeResult must be boolean, got string'
      );
    });
  });
});
