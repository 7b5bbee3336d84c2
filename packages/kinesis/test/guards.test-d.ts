import { expectTypeOf, it } from 'vitest';
import { isKinesisStreamEvent, type RawKinesisStreamEvent } from '../src/index';

it('narrows an unknown value to the raw event', () => {
  const raw: unknown = undefined;
  if (isKinesisStreamEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawKinesisStreamEvent>();
});
