import { expectTypeOf, it } from 'vitest';
import {
  isAlexaSkillEvent,
  isAlexaSmartHomeEvent,
  type RawAlexaSkillEvent,
  type RawAlexaSmartHomeEvent,
} from '../src/index';

it('narrows an unknown value to the raw skill request', () => {
  const raw: unknown = undefined;
  if (isAlexaSkillEvent(raw)) {
    expectTypeOf(raw).toEqualTypeOf<RawAlexaSkillEvent>();
  }
});

it('narrows an unknown value to the raw Smart Home directive', () => {
  const raw: unknown = undefined;
  if (isAlexaSmartHomeEvent(raw)) {
    expectTypeOf(raw).toEqualTypeOf<RawAlexaSmartHomeEvent>();
  }
});
