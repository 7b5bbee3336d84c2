// An example handler for @evt/lex, generated with the package: replace it with a handler
// that does what a Amazon Lex function really does. `pnpm example` runs it on
// examples/events/lex-records.json.
import { LexEvent, type RawLexEvent } from '@evt/lex';

export const handler = async (raw: RawLexEvent) => {
  const event = new LexEvent<{ id: string }>(raw);
  return event.records.map((record) => ({
    change: record.eventName,
    region: record.awsRegion ?? 'unknown',
    item: record.jsonBody?.id,
  }));
};
