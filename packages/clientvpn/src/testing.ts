import { type DeepPartial, mergeDeep, type Sample } from '@evt/core/testing';
import sample from '../test/events/client-vpn-connection-handler-event.json';
import type { RawClientVpnConnectionHandlerEvent } from './client-vpn-connection-handler-event';

/**
 * The event {@link createClientVpnConnectionHandlerEvent} returns: a fresh copy that fits
 * `ClientVpnConnectionHandlerEvent`'s constructor. (`@types/aws-lambda` has no type for this
 * event.)
 */
export interface SampleClientVpnConnectionHandlerEvent
  extends Sample<RawClientVpnConnectionHandlerEvent> {}

/**
 * Builds a sample request of an AWS Client VPN client connect handler (a user on a Windows
 * laptop), as a fresh copy you may change.
 *
 * @param changes The fields to replace, by their raw kebab-case keys.
 * @returns The raw event.
 * @example
 * ```ts
 * import { ClientVpnConnectionHandlerEvent } from '@evt/clientvpn';
 * import { createClientVpnConnectionHandlerEvent } from '@evt/clientvpn/testing';
 *
 * const event = new ClientVpnConnectionHandlerEvent(
 *   createClientVpnConnectionHandlerEvent({ platform: 'mac', 'public-ip': '198.51.100.4' })
 * );
 * event.publicIp; // '198.51.100.4'
 * ```
 */
export function createClientVpnConnectionHandlerEvent(
  changes?: DeepPartial<RawClientVpnConnectionHandlerEvent>
): SampleClientVpnConnectionHandlerEvent {
  return mergeDeep(
    structuredClone(sample) as SampleClientVpnConnectionHandlerEvent,
    changes
  );
}
