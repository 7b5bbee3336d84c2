import { loadEvent } from '@evt/tooling-config/events';
import type { RawEventBridgeEvent } from '../../src/index';

/**
 * Loads `test/events/event-bridge-event.<variant>.json`, a documented AWS service event, typed
 * as the EventBridge event with the given detail and detail type (deep-frozen, as every
 * fixture).
 */
export function loadServiceEvent<TDetail, TDetailType extends string>(
  variant: string
): RawEventBridgeEvent<TDetail, TDetailType> {
  return loadEvent<RawEventBridgeEvent<TDetail, TDetailType>>(
    `event-bridge-event.${variant}`
  );
}
