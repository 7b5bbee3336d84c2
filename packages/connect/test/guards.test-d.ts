import { expectTypeOf, it } from 'vitest';
import {
  isConnectContactFlowEvent,
  type RawConnectContactFlowEvent,
} from '../src/index';

it('narrows an unknown value to the raw event', () => {
  const raw: unknown = undefined;
  if (isConnectContactFlowEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawConnectContactFlowEvent>();
});
