import type { PreSignUpTriggerEvent as AwsPreSignUpTriggerEvent } from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  PreSignUpTriggerEvent,
  type PreSignUpTriggerSource,
  type RawPreSignUpTriggerEvent,
} from '../src/index';
import { createPreSignUpTriggerEvent } from '../src/testing';

describe('PreSignUpTriggerEvent types', () => {
  it('accepts the @types/aws-lambda event, and the sample fits it', () => {
    expectTypeOf<AwsPreSignUpTriggerEvent>().toExtend<RawPreSignUpTriggerEvent>();
    expectTypeOf(
      createPreSignUpTriggerEvent()
    ).toExtend<AwsPreSignUpTriggerEvent>();
    expectTypeOf(
      createPreSignUpTriggerEvent({
        triggerSource: 'PreSignUp_ExternalProvider',
      })
    ).toExtend<AwsPreSignUpTriggerEvent>();
  });

  it('types the trigger source and the members', () => {
    const event = new PreSignUpTriggerEvent(createPreSignUpTriggerEvent());

    expectTypeOf(event.triggerSource).toEqualTypeOf<PreSignUpTriggerSource>();
    expectTypeOf(event.userName).toEqualTypeOf<string | undefined>();
    expectTypeOf(event.request.validationData).toEqualTypeOf<
      Record<string, string>
    >();
    expectTypeOf(event.response.autoConfirmUser).toEqualTypeOf<boolean>();
  });

  it('takes only booleans in the response setters', () => {
    const event = new PreSignUpTriggerEvent(createPreSignUpTriggerEvent());

    event.response.autoVerifyEmail = true;
    // @ts-expect-error a string is not a boolean
    event.response.autoConfirmUser = 'true';
  });
});
