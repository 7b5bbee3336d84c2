// An example handler for @evt/config, generated with the package: replace it with a handler
// that does what a AWS Config function really does. `pnpm example` runs it on
// examples/events/config-records.json.
import { AWSConfigRuleEvent, type RawAWSConfigRuleEvent } from '@evt/config';

export const handler = async (raw: RawAWSConfigRuleEvent) => {
  const event = new AWSConfigRuleEvent<{ id: string }>(raw);
  return event.records.map((record) => ({
    change: record.eventName,
    region: record.awsRegion ?? 'unknown',
    item: record.jsonBody?.id,
  }));
};
