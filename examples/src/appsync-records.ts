// An example handler for @evt/appsync, generated with the package: replace it with a handler
// that does what a AWS AppSync function really does. `pnpm example` runs it on
// examples/events/appsync-records.json.
import {
  AppSyncResolverEvent,
  type RawAppSyncResolverEvent,
} from '@evt/appsync';

export const handler = async (raw: RawAppSyncResolverEvent) => {
  const event = new AppSyncResolverEvent<{ id: string }>(raw);
  return event.records.map((record) => ({
    change: record.eventName,
    region: record.awsRegion ?? 'unknown',
    item: record.jsonBody?.id,
  }));
};
