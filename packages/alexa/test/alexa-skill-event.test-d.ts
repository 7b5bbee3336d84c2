import { describe, expectTypeOf, it } from 'vitest';
import { AlexaSkillEvent, type AlexaSkillEventRecord } from '../src/index';
import { createAlexaSkillEvent } from '../src/testing';

describe('AlexaSkillEvent types', () => {
  it('carries the body type to each record', () => {
    const event = new AlexaSkillEvent<{ id: string }>(createAlexaSkillEvent());

    expectTypeOf(event.records).toEqualTypeOf<
      AlexaSkillEventRecord<{ id: string }>[]
    >();
    expectTypeOf(event.record.jsonBody).toEqualTypeOf<
      { id: string } | undefined
    >();
    expectTypeOf(event.record.awsRegion).toEqualTypeOf<string | undefined>();
  });
});
