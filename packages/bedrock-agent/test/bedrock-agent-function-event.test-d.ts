import { eventSource } from '@evt/core';
import { describe, expectTypeOf, it } from 'vitest';
import {
  BedrockAgentFunctionEvent,
  type BedrockAgentFunctionParameter,
  type BedrockAgentFunctionResponse,
  type BedrockAgentParameterValue,
  bedrockAgentFunctionResponse,
  bedrockAgentResponse,
  type RawBedrockAgentFunctionEvent,
} from '../src/index';
import { createBedrockAgentFunctionEvent } from '../src/testing';

declare const raw: RawBedrockAgentFunctionEvent;

describe('BedrockAgentFunctionEvent', () => {
  it('accepts what the testing factory builds, also through eventSource', () => {
    expectTypeOf(
      createBedrockAgentFunctionEvent()
    ).toExtend<RawBedrockAgentFunctionEvent>();

    const handler = eventSource(
      BedrockAgentFunctionEvent,
      async (event) => event.function
    );

    expectTypeOf(handler)
      .parameter(0)
      .toEqualTypeOf<RawBedrockAgentFunctionEvent>();
  });

  it('types its getters and methods', () => {
    const event = new BedrockAgentFunctionEvent(raw);

    expectTypeOf(event.function).toEqualTypeOf<string>();
    expectTypeOf(event.parameters).toEqualTypeOf<
      BedrockAgentFunctionParameter[]
    >();
    expectTypeOf(event.parameterValues).toEqualTypeOf<
      Readonly<Record<string, BedrockAgentParameterValue>>
    >();
    expectTypeOf(event.promptSessionAttributes).toEqualTypeOf<
      Record<string, string>
    >();
  });

  it('is answered by bedrockAgentFunctionResponse, not by the OpenAPI builder', () => {
    const event = new BedrockAgentFunctionEvent(raw);

    expectTypeOf(
      bedrockAgentFunctionResponse(event, {
        body: 'ok',
        responseState: 'REPROMPT',
      })
    ).toEqualTypeOf<BedrockAgentFunctionResponse>();
    // @ts-expect-error: a function event has no API path or method to echo.
    bedrockAgentResponse(event, { body: 'ok' });
    // @ts-expect-error: the agent knows only FAILURE and REPROMPT.
    bedrockAgentFunctionResponse(event, { body: 'ok', responseState: 'RETRY' });
  });
});
