import type { RawClientVpnConnectionHandlerEvent } from './client-vpn-connection-handler-event';

/** Any value's named fields, read without throwing on primitives, `null` or `undefined`. */
type Fields = { readonly [name: string]: unknown } | null | undefined;

/**
 * Whether a value is the request AWS Client VPN sends to a client connect handler: it names the
 * connection (`connection-id`), the endpoint (`endpoint-id`) and the request schema
 * (`schema-version`), keys no other AWS event has. Only those fields are checked, not every
 * field {@link ClientVpnConnectionHandlerEvent} reads.
 *
 * @example
 * ```ts
 * import {
 *   ClientVpnConnectionHandlerEvent,
 *   clientVpnConnectionHandlerResponse,
 *   isClientVpnConnectionHandlerEvent,
 * } from '@evt/clientvpn';
 *
 * export const handler = async (raw: unknown) => {
 *   if (!isClientVpnConnectionHandlerEvent(raw)) {
 *     throw new TypeError('not a Client VPN connection request');
 *   }
 *   const event = new ClientVpnConnectionHandlerEvent(raw);
 *   return clientVpnConnectionHandlerResponse({ allow: event.username !== '' });
 * };
 * ```
 */
export function isClientVpnConnectionHandlerEvent(
  raw: unknown
): raw is RawClientVpnConnectionHandlerEvent {
  const event = raw as Fields;
  return (
    typeof event?.['connection-id'] === 'string' &&
    typeof event['endpoint-id'] === 'string' &&
    typeof event['schema-version'] === 'string'
  );
}
