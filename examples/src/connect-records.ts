// An example handler for @evt/connect, generated with the package: replace it with a handler
// that does what a Amazon Connect function really does. `pnpm example` runs it on
// examples/events/connect-records.json.
import {
  ConnectContactFlowEvent,
  type RawConnectContactFlowEvent,
} from '@evt/connect';

export const handler = async (raw: RawConnectContactFlowEvent) => {
  const event = new ConnectContactFlowEvent<{ id: string }>(raw);
  return event.records.map((record) => ({
    change: record.eventName,
    region: record.awsRegion ?? 'unknown',
    item: record.jsonBody?.id,
  }));
};
