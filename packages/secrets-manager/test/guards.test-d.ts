import { expectTypeOf, it } from 'vitest';
import {
  isSecretsManagerEvent,
  type RawSecretsManagerEvent,
} from '../src/index';

it('narrows an unknown value to the raw event', () => {
  const raw: unknown = undefined;
  if (isSecretsManagerEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawSecretsManagerEvent>();
});
