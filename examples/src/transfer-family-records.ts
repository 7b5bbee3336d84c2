// An example handler for @evt/transfer-family, generated with the package: replace it with a handler
// that does what a AWS Transfer Family function really does. `pnpm example` runs it on
// examples/events/transfer-family-records.json.
import {
  type RawTransferFamilyAuthorizer,
  TransferFamilyAuthorizer,
} from '@evt/transfer-family';

export const handler = async (raw: RawTransferFamilyAuthorizer) => {
  const event = new TransferFamilyAuthorizer<{ id: string }>(raw);
  return event.records.map((record) => ({
    change: record.eventName,
    region: record.awsRegion ?? 'unknown',
    item: record.jsonBody?.id,
  }));
};
