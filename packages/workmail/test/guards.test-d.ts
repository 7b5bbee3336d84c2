import { expectTypeOf, it } from 'vitest';
import { isWorkMailEvent, type RawWorkMailEvent } from '../src/index';

it('narrows an unknown value to the raw event', () => {
  const raw: unknown = undefined;
  if (isWorkMailEvent(raw)) expectTypeOf(raw).toEqualTypeOf<RawWorkMailEvent>();
});
