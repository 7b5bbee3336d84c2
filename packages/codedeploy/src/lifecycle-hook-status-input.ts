import { argumentError } from '@evt/core';
import {
  CodeDeployLifecycleHookEvent,
  type RawCodeDeployLifecycleHookEvent,
} from './code-deploy-lifecycle-hook-event';

/**
 * The result a lifecycle hook reports: `'Succeeded'` lets the deployment go on, `'Failed'`
 * stops it (and rolls it back when the deployment group says so). CodeDeploy's API lists other
 * lifecycle statuses, but accepts only these two from a hook.
 */
export type LifecycleHookStatus = 'Succeeded' | 'Failed';

/**
 * The input of CodeDeploy's `PutLifecycleEventHookExecutionStatus` action, with the field
 * names the API takes (camelCase, unlike the event's). It fits the
 * `PutLifecycleEventHookExecutionStatusCommand` of `@aws-sdk/client-codedeploy` as it is.
 */
export interface LifecycleHookStatusInput {
  /** The unique ID of the deployment, from the event's `DeploymentId`. */
  deploymentId: string;
  /** The ID of the hook's run, from the event's `LifecycleEventHookExecutionId`. */
  lifecycleEventHookExecutionId: string;
  /** The result of the hook's validation. */
  status: LifecycleHookStatus;
}

/**
 * Builds the input of `PutLifecycleEventHookExecutionStatus` that reports a lifecycle hook's
 * result to CodeDeploy. It only builds the object: sending it (with the AWS SDK) is the
 * handler's job, and until it is sent the deployment waits.
 *
 * @param event The hook's event, wrapped or as AWS sent it.
 * @param status The result to report: `'Succeeded'` or `'Failed'`.
 * @returns The API input: `{ deploymentId, lifecycleEventHookExecutionId, status }`.
 * @throws {TypeError} when `event` is not an object, or `status` is not `'Succeeded'` or
 * `'Failed'`.
 * @throws {@link MissingFieldError} when the event lacks `DeploymentId` or
 * `LifecycleEventHookExecutionId`; {@link FieldTypeError} when one is not a string.
 * @example
 * ```ts
 * import {
 *   CodeDeployClient,
 *   PutLifecycleEventHookExecutionStatusCommand,
 * } from '@aws-sdk/client-codedeploy';
 * import {
 *   lifecycleHookStatusInput,
 *   type RawCodeDeployLifecycleHookEvent,
 * } from '@evt/codedeploy';
 *
 * const codeDeploy = new CodeDeployClient({});
 *
 * export const handler = async (raw: RawCodeDeployLifecycleHookEvent) => {
 *   const healthy = await fetch('https://example.com/health').then((r) => r.ok);
 *   await codeDeploy.send(
 *     new PutLifecycleEventHookExecutionStatusCommand(
 *       lifecycleHookStatusInput(raw, healthy ? 'Succeeded' : 'Failed')
 *     )
 *   );
 * };
 * ```
 * @see https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_PutLifecycleEventHookExecutionStatus.html
 */
export function lifecycleHookStatusInput(
  event: CodeDeployLifecycleHookEvent | RawCodeDeployLifecycleHookEvent,
  status: LifecycleHookStatus
): LifecycleHookStatusInput {
  if (typeof event !== 'object' || event === null) {
    throw argumentError(
      'lifecycleHookStatusInput',
      'event',
      'a CodeDeploy lifecycle hook event',
      event
    );
  }
  // Read as unknown: untyped callers pass anything.
  const given: unknown = status;
  if (given !== 'Succeeded' && given !== 'Failed') {
    throw argumentError(
      'lifecycleHookStatusInput',
      'status',
      "'Succeeded' or 'Failed'",
      given
    );
  }
  const hook =
    event instanceof CodeDeployLifecycleHookEvent
      ? event
      : new CodeDeployLifecycleHookEvent(event);
  return {
    deploymentId: hook.deploymentId,
    lifecycleEventHookExecutionId: hook.lifecycleEventHookExecutionId,
    status: given,
  };
}
