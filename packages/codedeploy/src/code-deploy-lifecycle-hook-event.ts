import { EventWrapper, requireString } from '@evt/core';

/**
 * The event AWS CodeDeploy sends to a Lambda function named in the `hooks` section of an
 * AppSpec file, as AWS documents it. The same two fields reach every hook (`BeforeAllowTraffic`
 * and `AfterAllowTraffic` in a Lambda deployment; `BeforeInstall`, `AfterInstall`,
 * `AfterAllowTestTraffic`, `BeforeAllowTraffic` and `AfterAllowTraffic` in an Amazon ECS one):
 * the event does not say which hook it is for.
 */
export interface RawCodeDeployLifecycleHookEvent {
  /** The unique ID of the deployment that runs the hook. */
  DeploymentId: string;
  /** The ID of this run of the hook, which the status report must name. */
  LifecycleEventHookExecutionId: string;
}

/**
 * Wrapper for the event that AWS CodeDeploy sends when a deployment reaches a lifecycle hook
 * whose validation function is a Lambda function. The deployment waits until the function
 * reports `Succeeded` or `Failed` with `PutLifecycleEventHookExecutionStatus` (see
 * {@link lifecycleHookStatusInput}), or until the hook times out.
 *
 * @example
 * ```ts
 * import {
 *   CodeDeployLifecycleHookEvent,
 *   type RawCodeDeployLifecycleHookEvent,
 * } from '@evt/codedeploy';
 *
 * export const handler = async (raw: RawCodeDeployLifecycleHookEvent) => {
 *   const event = new CodeDeployLifecycleHookEvent(raw);
 *   console.log(event.deploymentId, event.lifecycleEventHookExecutionId);
 * };
 * ```
 * @see https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html#appspec-hooks-lambda
 */
export class CodeDeployLifecycleHookEvent extends EventWrapper<RawCodeDeployLifecycleHookEvent> {
  static override readonly typeName: string = 'CodeDeployLifecycleHookEvent';

  /** The unique ID of the deployment that runs the hook, e.g. `d-A1B2C3D4E` (`DeploymentId`). */
  get deploymentId(): string {
    return requireString(this, this.raw.DeploymentId, 'DeploymentId');
  }

  /**
   * The ID of this run of the lifecycle hook, an opaque string the status report must name
   * (`LifecycleEventHookExecutionId`).
   */
  get lifecycleEventHookExecutionId(): string {
    return requireString(
      this,
      this.raw.LifecycleEventHookExecutionId,
      'LifecycleEventHookExecutionId'
    );
  }
}
