// An example handler for @evt/codepipeline, generated with the package: replace it with a handler
// that does what a AWS CodePipeline function really does. `pnpm example` runs it on
// examples/events/codepipeline-records.json.
import {
  CodePipelineJobEvent,
  type RawCodePipelineJobEvent,
} from '@evt/codepipeline';

export const handler = async (raw: RawCodePipelineJobEvent) => {
  const event = new CodePipelineJobEvent<{ id: string }>(raw);
  return event.records.map((record) => ({
    change: record.eventName,
    region: record.awsRegion ?? 'unknown',
    item: record.jsonBody?.id,
  }));
};
