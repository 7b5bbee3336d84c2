import { expectTypeOf, it } from 'vitest';
import { isALBEvent, type RawALBEvent } from '../src/index';

it('narrows an unknown value to the raw event', () => {
  const raw: unknown = undefined;
  if (isALBEvent(raw)) expectTypeOf(raw).toEqualTypeOf<RawALBEvent>();
});
