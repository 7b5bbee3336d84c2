import type { CreateAuthChallengeTriggerEvent as AwsCreateAuthChallengeTriggerEvent } from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  CreateAuthChallengeTriggerEvent,
  type CreateAuthChallengeTriggerSource,
  type RawCreateAuthChallengeTriggerEvent,
} from '../src/index';
import { createCreateAuthChallengeTriggerEvent } from '../src/testing';

describe('CreateAuthChallengeTriggerEvent types', () => {
  it('accepts the @types/aws-lambda event, and the sample fits it', () => {
    expectTypeOf<AwsCreateAuthChallengeTriggerEvent>().toExtend<RawCreateAuthChallengeTriggerEvent>();
    expectTypeOf(
      createCreateAuthChallengeTriggerEvent()
    ).toExtend<AwsCreateAuthChallengeTriggerEvent>();
  });

  it('types the trigger source and the members', () => {
    const event = new CreateAuthChallengeTriggerEvent(
      createCreateAuthChallengeTriggerEvent()
    );

    expectTypeOf(
      event.triggerSource
    ).toEqualTypeOf<CreateAuthChallengeTriggerSource>();
    expectTypeOf(event.request.challengeName).toEqualTypeOf<string>();
    expectTypeOf(event.response.challengeMetadata).toEqualTypeOf<
      string | undefined
    >();
  });
});
