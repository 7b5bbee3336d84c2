// An example handler for @evt/alexa, generated with the package: replace it with a handler
// that does what a Alexa Skills Kit function really does. `pnpm example` runs it on
// examples/events/alexa-records.json.
import { AlexaSkillEvent, type RawAlexaSkillEvent } from '@evt/alexa';

export const handler = async (raw: RawAlexaSkillEvent) => {
  const event = new AlexaSkillEvent<{ id: string }>(raw);
  return event.records.map((record) => ({
    change: record.eventName,
    region: record.awsRegion ?? 'unknown',
    item: record.jsonBody?.id,
  }));
};
