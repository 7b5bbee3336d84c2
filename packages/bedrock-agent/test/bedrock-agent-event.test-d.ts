import { describe, expectTypeOf, it } from 'vitest';
import { BedrockAgentEvent, type BedrockAgentEventRecord } from '../src/index';
import { createBedrockAgentEvent } from '../src/testing';

describe('BedrockAgentEvent types', () => {
  it('carries the body type to each record', () => {
    const event = new BedrockAgentEvent<{ id: string }>(
      createBedrockAgentEvent()
    );

    expectTypeOf(event.records).toEqualTypeOf<
      BedrockAgentEventRecord<{ id: string }>[]
    >();
    expectTypeOf(event.record.jsonBody).toEqualTypeOf<
      { id: string } | undefined
    >();
    expectTypeOf(event.record.awsRegion).toEqualTypeOf<string | undefined>();
  });
});
