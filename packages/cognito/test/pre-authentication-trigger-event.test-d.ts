import type { PreAuthenticationTriggerEvent as AwsPreAuthenticationTriggerEvent } from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  PreAuthenticationTriggerEvent,
  type PreAuthenticationTriggerSource,
  type RawPreAuthenticationTriggerEvent,
} from '../src/index';
import { createPreAuthenticationTriggerEvent } from '../src/testing';

describe('PreAuthenticationTriggerEvent types', () => {
  it('accepts the @types/aws-lambda event, and the sample fits it', () => {
    expectTypeOf<AwsPreAuthenticationTriggerEvent>().toExtend<RawPreAuthenticationTriggerEvent>();
    expectTypeOf(
      createPreAuthenticationTriggerEvent()
    ).toExtend<AwsPreAuthenticationTriggerEvent>();
  });

  it('types the trigger source and the members', () => {
    const event = new PreAuthenticationTriggerEvent(
      createPreAuthenticationTriggerEvent()
    );

    expectTypeOf(
      event.triggerSource
    ).toEqualTypeOf<PreAuthenticationTriggerSource>();
    expectTypeOf(event.request.userNotFound).toEqualTypeOf<
      boolean | undefined
    >();
  });
});
