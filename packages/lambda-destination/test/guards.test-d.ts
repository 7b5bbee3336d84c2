import { expectTypeOf, it } from 'vitest';
import {
  isLambdaDestinationEvent,
  type RawLambdaDestinationEvent,
} from '../src/index';

it('narrows an unknown value to the raw event', () => {
  const raw: unknown = undefined;
  if (isLambdaDestinationEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawLambdaDestinationEvent>();
});
