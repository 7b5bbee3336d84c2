import type { CustomEmailSenderTriggerEvent as AwsCustomEmailSenderTriggerEvent } from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  CustomEmailSenderTriggerEvent,
  type CustomEmailSenderTriggerSource,
  type RawCustomEmailSenderTriggerEvent,
} from '../src/index';
import { createCustomEmailSenderTriggerEvent } from '../src/testing';

describe('CustomEmailSenderTriggerEvent types', () => {
  it('accepts the @types/aws-lambda event, and the sample fits it', () => {
    expectTypeOf<AwsCustomEmailSenderTriggerEvent>().toExtend<RawCustomEmailSenderTriggerEvent>();
    expectTypeOf(
      createCustomEmailSenderTriggerEvent()
    ).toExtend<AwsCustomEmailSenderTriggerEvent>();
    expectTypeOf(
      createCustomEmailSenderTriggerEvent({
        triggerSource: 'CustomEmailSender_Authentication',
      })
    ).toExtend<AwsCustomEmailSenderTriggerEvent>();
  });

  it('types the trigger source and the members', () => {
    const event = new CustomEmailSenderTriggerEvent(
      createCustomEmailSenderTriggerEvent()
    );

    expectTypeOf(
      event.triggerSource
    ).toEqualTypeOf<CustomEmailSenderTriggerSource>();
    expectTypeOf(event.request.code).toEqualTypeOf<string | undefined>();
    expectTypeOf(event.decryptCode).parameter(0).toEqualTypeOf<object>();
    expectTypeOf(event.decryptCode).returns.toEqualTypeOf<Promise<string>>();
  });
});
