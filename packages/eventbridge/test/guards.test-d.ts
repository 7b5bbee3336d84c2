import { expectTypeOf, it } from 'vitest';
import { isEventBridgeEvent, type RawEventBridgeEvent } from '../src/index';

it('narrows an unknown value to the raw event', () => {
  const raw: unknown = undefined;
  if (isEventBridgeEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawEventBridgeEvent>();
});
