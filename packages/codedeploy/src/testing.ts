import type { Sample } from '@evt/core/testing';
import sample from '../test/events/code-deploy-lifecycle-hook-event.json';
import type { RawCodeDeployLifecycleHookEvent } from './code-deploy-lifecycle-hook-event';

/** The event {@link createCodeDeployLifecycleHookEvent} returns: a fresh copy you may change. */
export type SampleCodeDeployLifecycleHookEvent =
  Sample<RawCodeDeployLifecycleHookEvent>;

/** The fields of the sample event that {@link createCodeDeployLifecycleHookEvent} can replace. */
export interface CodeDeployLifecycleHookEventOverrides {
  /** The deployment's ID (`DeploymentId`). */
  readonly deploymentId?: string | undefined;
  /** The ID of the hook's run (`LifecycleEventHookExecutionId`). */
  readonly lifecycleEventHookExecutionId?: string | undefined;
}

/**
 * Builds a sample event of an AWS CodeDeploy lifecycle hook, as a fresh copy you may change.
 *
 * @param overrides The fields to replace.
 * @returns The raw event.
 * @example
 * ```ts
 * import { lifecycleHookStatusInput } from '@evt/codedeploy';
 * import { createCodeDeployLifecycleHookEvent } from '@evt/codedeploy/testing';
 *
 * const raw = createCodeDeployLifecycleHookEvent({ deploymentId: 'd-TEST00001' });
 * lifecycleHookStatusInput(raw, 'Failed').deploymentId; // 'd-TEST00001'
 * ```
 */
export function createCodeDeployLifecycleHookEvent(
  overrides: CodeDeployLifecycleHookEventOverrides = {}
): SampleCodeDeployLifecycleHookEvent {
  return {
    DeploymentId: overrides.deploymentId ?? sample.DeploymentId,
    LifecycleEventHookExecutionId:
      overrides.lifecycleEventHookExecutionId ??
      sample.LifecycleEventHookExecutionId,
  };
}
