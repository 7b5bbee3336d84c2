import { expectTypeOf, it } from 'vitest';
import {
  isTransferFamilyAuthorizer,
  type RawTransferFamilyAuthorizer,
} from '../src/index';

it('narrows an unknown value to the raw event', () => {
  const raw: unknown = undefined;
  if (isTransferFamilyAuthorizer(raw))
    expectTypeOf(raw).toEqualTypeOf<RawTransferFamilyAuthorizer>();
});
