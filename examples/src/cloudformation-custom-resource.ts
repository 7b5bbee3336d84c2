// An example handler for @evt/cloudformation, generated with the package: replace it with a handler
// that does what a AWS CloudFormation function really does. `pnpm example` runs it on
// examples/events/cloudformation-records.json.
import {
  CloudFormationCustomResourceEvent,
  type RawCloudFormationCustomResourceEvent,
} from '@evt/cloudformation';

export const handler = async (raw: RawCloudFormationCustomResourceEvent) => {
  const event = new CloudFormationCustomResourceEvent<{ id: string }>(raw);
  return event.records.map((record) => ({
    change: record.eventName,
    region: record.awsRegion ?? 'unknown',
    item: record.jsonBody?.id,
  }));
};
