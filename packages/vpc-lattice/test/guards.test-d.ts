import { expectTypeOf, it } from 'vitest';
import {
  isVPCLatticeEvent,
  isVPCLatticeEventV2,
  type RawVPCLatticeEvent,
  type RawVPCLatticeEventV2,
} from '../src/index';

it('narrows an unknown value to the raw event', () => {
  const raw: unknown = undefined;
  if (isVPCLatticeEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawVPCLatticeEvent>();
  if (isVPCLatticeEventV2(raw))
    expectTypeOf(raw).toEqualTypeOf<RawVPCLatticeEventV2>();
});
