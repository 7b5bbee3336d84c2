import { expectTypeOf, it } from 'vitest';
import {
  isCloudFormationCustomResourceEvent,
  type RawCloudFormationCustomResourceEvent,
} from '../src/index';

it('narrows an unknown value to the raw event', () => {
  const raw: unknown = undefined;
  if (isCloudFormationCustomResourceEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawCloudFormationCustomResourceEvent>();
});
