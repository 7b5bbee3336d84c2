import type { CustomMessageTriggerEvent as AwsCustomMessageTriggerEvent } from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  CustomMessageTriggerEvent,
  type CustomMessageTriggerSource,
  type RawCustomMessageTriggerEvent,
} from '../src/index';
import { createCustomMessageTriggerEvent } from '../src/testing';

describe('CustomMessageTriggerEvent types', () => {
  it('accepts the @types/aws-lambda event, and the sample fits it', () => {
    expectTypeOf<AwsCustomMessageTriggerEvent>().toExtend<RawCustomMessageTriggerEvent>();
    expectTypeOf(
      createCustomMessageTriggerEvent()
    ).toExtend<AwsCustomMessageTriggerEvent>();
    expectTypeOf(
      createCustomMessageTriggerEvent({
        triggerSource: 'CustomMessage_AdminCreateUser',
      })
    ).toExtend<AwsCustomMessageTriggerEvent>();
  });

  it('types the trigger source and the members', () => {
    const event = new CustomMessageTriggerEvent(
      createCustomMessageTriggerEvent()
    );

    expectTypeOf(
      event.triggerSource
    ).toEqualTypeOf<CustomMessageTriggerSource>();
    expectTypeOf(event.request.codeParameter).toEqualTypeOf<string>();
    expectTypeOf(event.request.usernameParameter).toEqualTypeOf<
      string | undefined
    >();
    expectTypeOf(event.response.smsMessage).toEqualTypeOf<string | undefined>();
  });
});
