import { expectTypeOf, it } from 'vitest';
import {
  isLambdaFunctionUrlEvent,
  type RawLambdaFunctionUrlEvent,
} from '../src/index';

it('narrows an unknown value to the raw event', () => {
  const raw: unknown = undefined;
  if (isLambdaFunctionUrlEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawLambdaFunctionUrlEvent>();
});
