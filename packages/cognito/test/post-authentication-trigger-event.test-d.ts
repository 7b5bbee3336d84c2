import type { PostAuthenticationTriggerEvent as AwsPostAuthenticationTriggerEvent } from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  PostAuthenticationTriggerEvent,
  type PostAuthenticationTriggerSource,
  type RawPostAuthenticationTriggerEvent,
} from '../src/index';
import { createPostAuthenticationTriggerEvent } from '../src/testing';

describe('PostAuthenticationTriggerEvent types', () => {
  it('accepts the @types/aws-lambda event, and the sample fits it', () => {
    expectTypeOf<AwsPostAuthenticationTriggerEvent>().toExtend<RawPostAuthenticationTriggerEvent>();
    expectTypeOf(
      createPostAuthenticationTriggerEvent()
    ).toExtend<AwsPostAuthenticationTriggerEvent>();
  });

  it('types the trigger source and the members', () => {
    const event = new PostAuthenticationTriggerEvent(
      createPostAuthenticationTriggerEvent()
    );

    expectTypeOf(
      event.triggerSource
    ).toEqualTypeOf<PostAuthenticationTriggerSource>();
    expectTypeOf(event.request.newDeviceUsed).toEqualTypeOf<
      boolean | undefined
    >();
  });
});
