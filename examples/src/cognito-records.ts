// An example handler for @evt/cognito, generated with the package: replace it with a handler
// that does what a Amazon Cognito function really does. `pnpm example` runs it on
// examples/events/cognito-records.json.
import {
  PreSignUpTriggerEvent,
  type RawPreSignUpTriggerEvent,
} from '@evt/cognito';

export const handler = async (raw: RawPreSignUpTriggerEvent) => {
  const event = new PreSignUpTriggerEvent<{ id: string }>(raw);
  return event.records.map((record) => ({
    change: record.eventName,
    region: record.awsRegion ?? 'unknown',
    item: record.jsonBody?.id,
  }));
};
