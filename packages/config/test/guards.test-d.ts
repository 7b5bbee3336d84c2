import { expectTypeOf, it } from 'vitest';
import { isAWSConfigRuleEvent, type RawAWSConfigRuleEvent } from '../src/index';

it('narrows an unknown value to the raw event', () => {
  const raw: unknown = undefined;
  if (isAWSConfigRuleEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawAWSConfigRuleEvent>();
});
