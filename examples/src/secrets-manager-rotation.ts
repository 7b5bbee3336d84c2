// An example handler for @evt/secrets-manager, generated with the package: replace it with a handler
// that does what a AWS Secrets Manager function really does. `pnpm example` runs it on
// examples/events/secrets-manager-records.json.
import {
  type RawSecretsManagerEvent,
  SecretsManagerEvent,
} from '@evt/secrets-manager';

export const handler = async (raw: RawSecretsManagerEvent) => {
  const event = new SecretsManagerEvent<{ id: string }>(raw);
  return event.records.map((record) => ({
    change: record.eventName,
    region: record.awsRegion ?? 'unknown',
    item: record.jsonBody?.id,
  }));
};
