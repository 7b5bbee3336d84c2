import type { RawCodeDeployLifecycleHookEvent } from './code-deploy-lifecycle-hook-event';

/** Any value's named fields, read without throwing on primitives, `null` or `undefined`. */
type Fields = { readonly [name: string]: unknown } | null | undefined;

/**
 * Whether a value is the event CodeDeploy sends to a lifecycle hook function: it has a
 * `DeploymentId` and a `LifecycleEventHookExecutionId`.
 *
 * @example
 * ```ts
 * import { CodeDeployLifecycleHookEvent, isCodeDeployLifecycleHookEvent } from '@evt/codedeploy';
 *
 * export const handler = async (raw: unknown) => {
 *   if (!isCodeDeployLifecycleHookEvent(raw)) throw new TypeError('not a CodeDeploy hook');
 *   return new CodeDeployLifecycleHookEvent(raw).deploymentId;
 * };
 * ```
 */
export function isCodeDeployLifecycleHookEvent(
  raw: unknown
): raw is RawCodeDeployLifecycleHookEvent {
  const event = raw as Fields;
  return (
    typeof event?.DeploymentId === 'string' &&
    typeof event.LifecycleEventHookExecutionId === 'string'
  );
}
