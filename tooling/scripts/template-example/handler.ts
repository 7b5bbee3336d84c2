// An example handler for @evt/example-source, generated with the package: replace it with a handler
// that does what a Example Service function really does. `pnpm example` runs it on
// examples/events/example-source-records.json.
import {
  ExampleSourceEvent,
  type RawExampleSourceEvent,
} from '@evt/example-source';

export const handler = async (raw: RawExampleSourceEvent) => {
  const event = new ExampleSourceEvent<{ id: string }>(raw);
  return event.records.map((record) => ({
    change: record.eventName,
    region: record.awsRegion ?? 'unknown',
    item: record.jsonBody?.id,
  }));
};
