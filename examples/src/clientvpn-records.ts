// An example handler for @evt/clientvpn, generated with the package: replace it with a handler
// that does what a AWS Client VPN function really does. `pnpm example` runs it on
// examples/events/clientvpn-records.json.
import {
  ClientVpnConnectionHandlerEvent,
  type RawClientVpnConnectionHandlerEvent,
} from '@evt/clientvpn';

export const handler = async (raw: RawClientVpnConnectionHandlerEvent) => {
  const event = new ClientVpnConnectionHandlerEvent<{ id: string }>(raw);
  return event.records.map((record) => ({
    change: record.eventName,
    region: record.awsRegion ?? 'unknown',
    item: record.jsonBody?.id,
  }));
};
