// An example handler for @evt/documentdb, generated with the package: replace it with a handler
// that does what a Amazon DocumentDB function really does. `pnpm example` runs it on
// examples/events/documentdb-records.json.
import { DocumentDBEvent, type RawDocumentDBEvent } from '@evt/documentdb';

export const handler = async (raw: RawDocumentDBEvent) => {
  const event = new DocumentDBEvent<{ id: string }>(raw);
  return event.records.map((record) => ({
    change: record.eventName,
    region: record.awsRegion ?? 'unknown',
    item: record.jsonBody?.id,
  }));
};
