import type { DefineAuthChallengeTriggerEvent as AwsDefineAuthChallengeTriggerEvent } from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  DefineAuthChallengeTriggerEvent,
  type DefineAuthChallengeTriggerSource,
  type RawDefineAuthChallengeTriggerEvent,
} from '../src/index';
import { createDefineAuthChallengeTriggerEvent } from '../src/testing';

describe('DefineAuthChallengeTriggerEvent types', () => {
  it('accepts the @types/aws-lambda event, and the sample fits it', () => {
    expectTypeOf<AwsDefineAuthChallengeTriggerEvent>().toExtend<RawDefineAuthChallengeTriggerEvent>();
    expectTypeOf(
      createDefineAuthChallengeTriggerEvent()
    ).toExtend<AwsDefineAuthChallengeTriggerEvent>();
  });

  it('types the trigger source and the members', () => {
    const event = new DefineAuthChallengeTriggerEvent(
      createDefineAuthChallengeTriggerEvent()
    );

    expectTypeOf(
      event.triggerSource
    ).toEqualTypeOf<DefineAuthChallengeTriggerSource>();
    expectTypeOf(event.response.issueTokens).toEqualTypeOf<boolean>();
    expectTypeOf(event.request.session[0]?.challengeMetadata).toEqualTypeOf<
      string | undefined
    >();
  });
});
