import { describe, expectTypeOf, it } from 'vitest';
import {
  PreSignUpTriggerEvent,
  type PreSignUpTriggerEventRecord,
} from '../src/index';
import { createPreSignUpTriggerEvent } from '../src/testing';

describe('PreSignUpTriggerEvent types', () => {
  it('carries the body type to each record', () => {
    const event = new PreSignUpTriggerEvent<{ id: string }>(
      createPreSignUpTriggerEvent()
    );

    expectTypeOf(event.records).toEqualTypeOf<
      PreSignUpTriggerEventRecord<{ id: string }>[]
    >();
    expectTypeOf(event.record.jsonBody).toEqualTypeOf<
      { id: string } | undefined
    >();
    expectTypeOf(event.record.awsRegion).toEqualTypeOf<string | undefined>();
  });
});
