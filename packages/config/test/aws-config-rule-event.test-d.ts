import { describe, expectTypeOf, it } from 'vitest';
import {
  AWSConfigRuleEvent,
  type AWSConfigRuleEventRecord,
} from '../src/index';
import { createAWSConfigRuleEvent } from '../src/testing';

describe('AWSConfigRuleEvent types', () => {
  it('carries the body type to each record', () => {
    const event = new AWSConfigRuleEvent<{ id: string }>(
      createAWSConfigRuleEvent()
    );

    expectTypeOf(event.records).toEqualTypeOf<
      AWSConfigRuleEventRecord<{ id: string }>[]
    >();
    expectTypeOf(event.record.jsonBody).toEqualTypeOf<
      { id: string } | undefined
    >();
    expectTypeOf(event.record.awsRegion).toEqualTypeOf<string | undefined>();
  });
});
