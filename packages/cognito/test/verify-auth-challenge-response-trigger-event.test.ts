import { loadEvent } from '@evt/tooling-config/events';
import {
  expectEvtError,
  expectGetters,
  patchEvent,
} from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  MissingFieldError,
  type RawVerifyAuthChallengeResponseTriggerEvent,
  VerifyAuthChallengeResponseTriggerEvent,
} from '../src/index';
import { createVerifyAuthChallengeResponseTriggerEvent } from '../src/testing';
import { fixtureLoaders } from './helpers';

const FIXTURE = 'verify-auth-challenge-response-trigger-event';

const { load } = fixtureLoaders(
  VerifyAuthChallengeResponseTriggerEvent,
  FIXTURE
);

describe('VerifyAuthChallengeResponseTriggerEvent', () => {
  it('returns the common fields', () => {
    expectGetters(load(), {
      triggerSource: 'VerifyAuthChallengeResponse_Authentication',
      userName: 'testuser',
    });
  });

  it('returns the answer, what to check it against, and the user', () => {
    expectGetters(load().request, {
      privateChallengeParameters: { answer: '7' },
      challengeAnswer: '7',
      userNotFound: false,
      clientMetadata: { app: 'storefront' },
    });
    expect(load().request.userAttributes.sub).toBe(
      'a36036a8-9061-424d-a737-56d57dae7bbc'
    );
  });

  it('returns undefined for userNotFound when the app client does not set it', () => {
    const raw = patchEvent<RawVerifyAuthChallengeResponseTriggerEvent>(
      FIXTURE,
      (event) => {
        delete event.request.userNotFound;
      }
    );

    expect(
      new VerifyAuthChallengeResponseTriggerEvent(raw).request.userNotFound
    ).toBeUndefined();
  });

  it('hides the expected and given answers in the debug view', () => {
    const text = String(load());

    expect(text).toContain('"privateChallengeParameters": "[SENSITIVE]"');
    expect(text).toContain('"challengeAnswer": "[SENSITIVE]"');
    expect(text).not.toMatch(/"7"/);
  });

  describe('response', () => {
    it('reads the empty response Amazon Cognito sends as a wrong answer', () => {
      expect(load().response.answerCorrect).toBe(false);
    });

    it('writes the verdict into the raw response, as Amazon Cognito documents it', () => {
      const raw = loadEvent<RawVerifyAuthChallengeResponseTriggerEvent>(
        FIXTURE,
        { frozen: false }
      );
      const event = new VerifyAuthChallengeResponseTriggerEvent(raw);

      event.response.answerCorrect =
        event.request.challengeAnswer ===
        event.request.privateChallengeParameters.answer;

      expect(raw.response).toEqual({ answerCorrect: true });
      expect(event.response.answerCorrect).toBe(true);
      expect(() => {
        event.response.answerCorrect = 'true' as never;
      }).toThrow(
        new TypeError(
          'VerifyAuthChallengeResponseTriggerEventResponse.answerCorrect: value must be a boolean, got string'
        )
      );
    });
  });

  it('builds the sample with answerCorrect false, as @types/aws-lambda declares it', () => {
    expect(createVerifyAuthChallengeResponseTriggerEvent().response).toEqual({
      answerCorrect: false,
    });
  });

  it('throws MissingFieldError naming the answer when it is absent', () => {
    const raw = patchEvent<RawVerifyAuthChallengeResponseTriggerEvent>(
      FIXTURE,
      (event) => {
        delete (event.request as { challengeAnswer?: string }).challengeAnswer;
      }
    );

    expectEvtError(
      () =>
        new VerifyAuthChallengeResponseTriggerEvent(raw).request
          .challengeAnswer,
      MissingFieldError,
      'VerifyAuthChallengeResponseTriggerEvent: request.challengeAnswer is missing'
    );
  });
});
