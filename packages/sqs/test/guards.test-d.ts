import { expectTypeOf, it } from 'vitest';
import { isSQSEvent, type RawSQSEvent } from '../src/index';

it('narrows an unknown value to the raw event', () => {
  const raw: unknown = undefined;
  if (isSQSEvent(raw)) expectTypeOf(raw).toEqualTypeOf<RawSQSEvent>();
});
