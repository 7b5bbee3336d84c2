import {
  CodeDeployLifecycleHookEvent,
  type LifecycleHookStatusInput,
  lifecycleHookStatusInput,
  type RawCodeDeployLifecycleHookEvent,
} from '@evt/codedeploy';

/** A change freeze: no traffic shifts to a new version between these days (UTC, inclusive). */
interface Freeze {
  readonly reason: string;
  /** Month (1–12) and day of the first frozen day. */
  readonly from: readonly [month: number, day: number];
  /** Month and day of the last frozen day; before `from` when the freeze spans New Year. */
  readonly to: readonly [month: number, day: number];
}

const FREEZES: readonly Freeze[] = [
  { reason: 'year-end freeze', from: [12, 20], to: [1, 3] },
  { reason: 'quarter-end close', from: [3, 30], to: [3, 31] },
];

/** The freeze `date` falls in, if any. */
function freezeOn(date: Date): Freeze | undefined {
  const day = (date.getUTCMonth() + 1) * 100 + date.getUTCDate();
  return FREEZES.find(({ from, to }) => {
    const first = from[0] * 100 + from[1];
    const last = to[0] * 100 + to[1];
    return first <= last
      ? day >= first && day <= last
      : day >= first || day <= last;
  });
}

/**
 * A `BeforeAllowTraffic` hook of a Lambda deployment: refuses to shift traffic to the new
 * version during a change freeze, so CodeDeploy stops (and rolls back) the deployment.
 *
 * It returns the input of `PutLifecycleEventHookExecutionStatus` instead of sending it, so the
 * example runs without AWS; a deployed hook sends it with `@aws-sdk/client-codedeploy`:
 * `await codeDeploy.send(new PutLifecycleEventHookExecutionStatusCommand(input))`.
 */
export const handler = async (
  raw: RawCodeDeployLifecycleHookEvent
): Promise<LifecycleHookStatusInput> => {
  const event = new CodeDeployLifecycleHookEvent(raw);
  const freeze = freezeOn(new Date());
  if (freeze) {
    console.warn(`Deployment ${event.deploymentId} refused: ${freeze.reason}`);
  }
  return lifecycleHookStatusInput(event, freeze ? 'Failed' : 'Succeeded');
};
