// An example handler for @evt/sagemaker, generated with the package: replace it with a handler
// that does what a Amazon SageMaker Ground Truth function really does. `pnpm example` runs it on
// examples/events/sagemaker-records.json.
import {
  GroundTruthPreHumanTaskEvent,
  type RawGroundTruthPreHumanTaskEvent,
} from '@evt/sagemaker';

export const handler = async (raw: RawGroundTruthPreHumanTaskEvent) => {
  const event = new GroundTruthPreHumanTaskEvent<{ id: string }>(raw);
  return event.records.map((record) => ({
    change: record.eventName,
    region: record.awsRegion ?? 'unknown',
    item: record.jsonBody?.id,
  }));
};
