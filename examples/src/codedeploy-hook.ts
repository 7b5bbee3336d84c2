// An example handler for @evt/codedeploy, generated with the package: replace it with a handler
// that does what a AWS CodeDeploy function really does. `pnpm example` runs it on
// examples/events/codedeploy-records.json.
import {
  CodeDeployLifecycleHookEvent,
  type RawCodeDeployLifecycleHookEvent,
} from '@evt/codedeploy';

export const handler = async (raw: RawCodeDeployLifecycleHookEvent) => {
  const event = new CodeDeployLifecycleHookEvent<{ id: string }>(raw);
  return event.records.map((record) => ({
    change: record.eventName,
    region: record.awsRegion ?? 'unknown',
    item: record.jsonBody?.id,
  }));
};
