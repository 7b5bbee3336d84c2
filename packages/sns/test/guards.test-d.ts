import { expectTypeOf, it } from 'vitest';
import { isSNSEvent, type RawSNSEvent } from '../src/index';

it('narrows an unknown value to the raw event', () => {
  const raw: unknown = undefined;
  if (isSNSEvent(raw)) expectTypeOf(raw).toEqualTypeOf<RawSNSEvent>();
});
