import { expectTypeOf, it } from 'vitest';
import { isSESEvent, type RawSESEvent } from '../src/index';

it('narrows an unknown value to the raw event', () => {
  const raw: unknown = undefined;
  if (isSESEvent(raw)) expectTypeOf(raw).toEqualTypeOf<RawSESEvent>();
});
