// An example handler for @evt/lambda-url, generated with the package: replace it with a handler
// that does what a AWS Lambda function URLs function really does. `pnpm example` runs it on
// examples/events/lambda-url-records.json.
import {
  LambdaFunctionUrlEvent,
  type RawLambdaFunctionUrlEvent,
} from '@evt/lambda-url';

export const handler = async (raw: RawLambdaFunctionUrlEvent) => {
  const event = new LambdaFunctionUrlEvent<{ id: string }>(raw);
  return event.records.map((record) => ({
    change: record.eventName,
    region: record.awsRegion ?? 'unknown',
    item: record.jsonBody?.id,
  }));
};
