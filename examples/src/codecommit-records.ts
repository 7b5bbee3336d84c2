// An example handler for @evt/codecommit, generated with the package: replace it with a handler
// that does what a AWS CodeCommit function really does. `pnpm example` runs it on
// examples/events/codecommit-records.json.
import { CodeCommitEvent, type RawCodeCommitEvent } from '@evt/codecommit';

export const handler = async (raw: RawCodeCommitEvent) => {
  const event = new CodeCommitEvent<{ id: string }>(raw);
  return event.records.map((record) => ({
    change: record.eventName,
    region: record.awsRegion ?? 'unknown',
    item: record.jsonBody?.id,
  }));
};
