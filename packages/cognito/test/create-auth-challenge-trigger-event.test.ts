import {
  expectEvtError,
  expectGetters,
  patchEvent,
} from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  CreateAuthChallengeTriggerEvent,
  MissingFieldError,
  type RawCreateAuthChallengeTriggerEvent,
} from '../src/index';
import { createCreateAuthChallengeTriggerEvent } from '../src/testing';
import { fixtureLoaders } from './helpers';

const FIXTURE = 'create-auth-challenge-trigger-event';

const { load, loadMutable } = fixtureLoaders(
  CreateAuthChallengeTriggerEvent,
  FIXTURE
);

describe('CreateAuthChallengeTriggerEvent', () => {
  it('returns the common fields', () => {
    expectGetters(load(), {
      triggerSource: 'CreateAuthChallenge_Authentication',
      userName: 'testuser',
    });
  });

  describe('request', () => {
    it('returns the challenge to create, the session and the user', () => {
      const { request } = load();

      expectGetters(request, {
        challengeName: 'CUSTOM_CHALLENGE',
        userNotFound: false,
        clientMetadata: { app: 'storefront' },
      });
      expect(
        request.session.map((challenge) => challenge.challengeName)
      ).toEqual(['SRP_A', 'PASSWORD_VERIFIER']);
      expect(request.userAttributes.email).toBe('testuser@example.com');
    });
  });

  describe('response', () => {
    it('reads the empty response Amazon Cognito sends as unset', () => {
      expectGetters(load().response, {
        publicChallengeParameters: {},
        privateChallengeParameters: {},
        challengeMetadata: undefined,
      });
    });

    it('writes the challenge into the raw response, as Amazon Cognito documents it', () => {
      const raw = loadMutable();
      const { response } = new CreateAuthChallengeTriggerEvent(raw);

      response.publicChallengeParameters = { question: '3 + 4 = ?' };
      response.privateChallengeParameters = { answer: '7' };
      response.challengeMetadata = 'ARITHMETIC';

      expect(raw.response).toEqual({
        publicChallengeParameters: { question: '3 + 4 = ?' },
        privateChallengeParameters: { answer: '7' },
        challengeMetadata: 'ARITHMETIC',
      });
      expectGetters(response, {
        publicChallengeParameters: { question: '3 + 4 = ?' },
        privateChallengeParameters: { answer: '7' },
        challengeMetadata: 'ARITHMETIC',
      });
    });

    it('hides the private challenge parameters in the debug view', () => {
      const raw = loadMutable();
      const event = new CreateAuthChallengeTriggerEvent(raw);
      event.response.publicChallengeParameters = { question: '3 + 4 = ?' };
      event.response.privateChallengeParameters = { answer: 'seven' };

      const text = String(event);

      expect(text).toContain('"privateChallengeParameters": "[SENSITIVE]"');
      expect(text).toContain('3 + 4 = ?');
      expect(text).not.toContain('seven');
    });

    it('throws TypeError naming the setter for a wrong value', () => {
      const { response } = new CreateAuthChallengeTriggerEvent(loadMutable());

      expect(() => {
        response.publicChallengeParameters = { count: 3 } as never;
      }).toThrow(
        new TypeError(
          'CreateAuthChallengeTriggerEventResponse.publicChallengeParameters: value.count must be a string, got number 3'
        )
      );
      expect(() => {
        response.privateChallengeParameters = new Map() as never;
      }).toThrow(
        new TypeError(
          'CreateAuthChallengeTriggerEventResponse.privateChallengeParameters: value must be an object, got object'
        )
      );
      expect(() => {
        response.challengeMetadata = 1 as never;
      }).toThrow(
        new TypeError(
          'CreateAuthChallengeTriggerEventResponse.challengeMetadata: value must be a string, got number 1'
        )
      );
    });
  });

  describe('testing factory', () => {
    it('builds the sample with the empty response @types/aws-lambda declares', () => {
      expect(createCreateAuthChallengeTriggerEvent().response).toEqual({
        publicChallengeParameters: {},
        privateChallengeParameters: {},
        challengeMetadata: '',
      });
    });
  });

  describe('malformed input', () => {
    it('throws MissingFieldError naming the challenge name when it is absent', () => {
      const raw = patchEvent<RawCreateAuthChallengeTriggerEvent>(
        FIXTURE,
        (event) => {
          delete (event.request as { challengeName?: string }).challengeName;
        }
      );

      expectEvtError(
        () => new CreateAuthChallengeTriggerEvent(raw).request.challengeName,
        MissingFieldError,
        'CreateAuthChallengeTriggerEvent: request.challengeName is missing'
      );
    });
  });
});
