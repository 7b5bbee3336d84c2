import { expectTypeOf, it } from 'vitest';
import {
  isBedrockAgentEvent,
  isBedrockAgentFunctionEvent,
  type RawBedrockAgentEvent,
  type RawBedrockAgentFunctionEvent,
} from '../src/index';

it('narrows an unknown value to the raw event', () => {
  const raw: unknown = undefined;
  if (isBedrockAgentEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawBedrockAgentEvent>();
  if (isBedrockAgentFunctionEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawBedrockAgentFunctionEvent>();
});
