import { expectTypeOf, it } from 'vitest';
import {
  isClientVpnConnectionHandlerEvent,
  type RawClientVpnConnectionHandlerEvent,
} from '../src/index';

it('narrows an unknown value to the raw event', () => {
  const raw: unknown = undefined;
  if (isClientVpnConnectionHandlerEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawClientVpnConnectionHandlerEvent>();
});
