// An example handler for @evt/workmail, generated with the package: replace it with a handler
// that does what a Amazon WorkMail function really does. `pnpm example` runs it on
// examples/events/workmail-records.json.
import { type RawWorkMailEvent, WorkMailEvent } from '@evt/workmail';

export const handler = async (raw: RawWorkMailEvent) => {
  const event = new WorkMailEvent<{ id: string }>(raw);
  return event.records.map((record) => ({
    change: record.eventName,
    region: record.awsRegion ?? 'unknown',
    item: record.jsonBody?.id,
  }));
};
