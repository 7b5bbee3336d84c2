import { expectTypeOf, it } from 'vitest';
import {
  isKinesisFirehoseEvent,
  type RawKinesisFirehoseEvent,
} from '../src/index';

it('narrows an unknown value to the raw event', () => {
  const raw: unknown = undefined;
  if (isKinesisFirehoseEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawKinesisFirehoseEvent>();
});
