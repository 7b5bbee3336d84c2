import type { VerifyAuthChallengeResponseTriggerEvent as AwsVerifyAuthChallengeResponseTriggerEvent } from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type RawVerifyAuthChallengeResponseTriggerEvent,
  VerifyAuthChallengeResponseTriggerEvent,
  type VerifyAuthChallengeResponseTriggerSource,
} from '../src/index';
import { createVerifyAuthChallengeResponseTriggerEvent } from '../src/testing';

describe('VerifyAuthChallengeResponseTriggerEvent types', () => {
  it('accepts the @types/aws-lambda event, and the sample fits it', () => {
    expectTypeOf<AwsVerifyAuthChallengeResponseTriggerEvent>().toExtend<RawVerifyAuthChallengeResponseTriggerEvent>();
    expectTypeOf(
      createVerifyAuthChallengeResponseTriggerEvent()
    ).toExtend<AwsVerifyAuthChallengeResponseTriggerEvent>();
  });

  it('types the trigger source and the members', () => {
    const event = new VerifyAuthChallengeResponseTriggerEvent(
      createVerifyAuthChallengeResponseTriggerEvent()
    );

    expectTypeOf(
      event.triggerSource
    ).toEqualTypeOf<VerifyAuthChallengeResponseTriggerSource>();
    expectTypeOf(event.request.challengeAnswer).toEqualTypeOf<string>();
    expectTypeOf(event.response.answerCorrect).toEqualTypeOf<boolean>();
  });
});
