import { expectTypeOf, it } from 'vitest';
import {
  isCodeDeployLifecycleHookEvent,
  type RawCodeDeployLifecycleHookEvent,
} from '../src/index';

it('narrows an unknown value to the raw event', () => {
  const raw: unknown = undefined;
  if (isCodeDeployLifecycleHookEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawCodeDeployLifecycleHookEvent>();
});
