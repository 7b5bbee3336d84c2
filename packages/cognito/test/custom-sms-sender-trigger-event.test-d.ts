import type { CustomSMSSenderTriggerEvent as AwsCustomSMSSenderTriggerEvent } from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  CustomSMSSenderTriggerEvent,
  type CustomSMSSenderTriggerSource,
  type RawCustomSMSSenderTriggerEvent,
} from '../src/index';
import { createCustomSMSSenderTriggerEvent } from '../src/testing';

describe('CustomSMSSenderTriggerEvent types', () => {
  it('accepts the @types/aws-lambda event, and the sample fits it', () => {
    expectTypeOf<AwsCustomSMSSenderTriggerEvent>().toExtend<RawCustomSMSSenderTriggerEvent>();
    expectTypeOf(
      createCustomSMSSenderTriggerEvent()
    ).toExtend<AwsCustomSMSSenderTriggerEvent>();
  });

  it('types the trigger source and the members', () => {
    const event = new CustomSMSSenderTriggerEvent(
      createCustomSMSSenderTriggerEvent()
    );

    expectTypeOf(
      event.triggerSource
    ).toEqualTypeOf<CustomSMSSenderTriggerSource>();
    expectTypeOf(event.request.type).toEqualTypeOf<string>();
    expectTypeOf(event.decryptCode).returns.toEqualTypeOf<Promise<string>>();
  });
});
