import { expectTypeOf, it } from 'vitest';
import { isKafkaEvent, type RawKafkaEvent } from '../src/index';

it('narrows an unknown value to the raw event', () => {
  const raw: unknown = undefined;
  if (isKafkaEvent(raw)) expectTypeOf(raw).toEqualTypeOf<RawKafkaEvent>();
});
