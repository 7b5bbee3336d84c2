import type { PostConfirmationTriggerEvent as AwsPostConfirmationTriggerEvent } from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  PostConfirmationTriggerEvent,
  type PostConfirmationTriggerSource,
  type RawPostConfirmationTriggerEvent,
} from '../src/index';
import { createPostConfirmationTriggerEvent } from '../src/testing';

describe('PostConfirmationTriggerEvent types', () => {
  it('accepts the @types/aws-lambda event, and the sample fits it', () => {
    expectTypeOf<AwsPostConfirmationTriggerEvent>().toExtend<RawPostConfirmationTriggerEvent>();
    expectTypeOf(
      createPostConfirmationTriggerEvent()
    ).toExtend<AwsPostConfirmationTriggerEvent>();
    expectTypeOf(
      createPostConfirmationTriggerEvent({
        triggerSource: 'PostConfirmation_ConfirmForgotPassword',
      })
    ).toExtend<AwsPostConfirmationTriggerEvent>();
  });

  it('types the trigger source and the members', () => {
    const event = new PostConfirmationTriggerEvent(
      createPostConfirmationTriggerEvent()
    );

    expectTypeOf(
      event.triggerSource
    ).toEqualTypeOf<PostConfirmationTriggerSource>();
    expectTypeOf(event.request.userAttributes).toEqualTypeOf<
      Record<string, string>
    >();
    expectTypeOf(event.request.clientMetadata).toEqualTypeOf<
      Record<string, string>
    >();
  });
});
