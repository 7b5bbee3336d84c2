// An example handler for @evt/lambda-destination, generated with the package: replace it with a handler
// that does what a AWS Lambda destinations function really does. `pnpm example` runs it on
// examples/events/lambda-destination-records.json.
import {
  LambdaDestinationEvent,
  type RawLambdaDestinationEvent,
} from '@evt/lambda-destination';

export const handler = async (raw: RawLambdaDestinationEvent) => {
  const event = new LambdaDestinationEvent<{ id: string }>(raw);
  return event.records.map((record) => ({
    change: record.eventName,
    region: record.awsRegion ?? 'unknown',
    item: record.jsonBody?.id,
  }));
};
