import { loadEvent } from '@evt/tooling-config/events';
import { EventBridgeEvent, type RawEventBridgeEvent } from '../../src/index';

/**
 * Loads `test/events/event-bridge-event.<variant>.json`, a documented AWS service event
 * (deep-frozen, as every fixture), and wraps it typed with the given detail and detail type:
 * `new EventBridgeEvent<TDetail, TDetailType>(raw)`, as a handler would.
 */
export function serviceEvent<TDetail, TDetailType extends string>(
  variant: string
): EventBridgeEvent<TDetail, TDetailType> {
  return new EventBridgeEvent<TDetail, TDetailType>(
    loadEvent<RawEventBridgeEvent<TDetail, TDetailType>>(
      `event-bridge-event.${variant}`
    )
  );
}
