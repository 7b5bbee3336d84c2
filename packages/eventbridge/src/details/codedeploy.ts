// The `detail` of the events AWS CodeDeploy sends to EventBridge (`source` `aws.codedeploy`) as
// deployments and the instances they deploy to change state. Types only.

/** The states of a CodeDeploy deployment, or of an instance in one. */
export type CodeDeployState =
  | 'START'
  | 'SUCCESS'
  | 'FAILURE'
  | 'STOP'
  | 'READY';

/**
 * The `detail` of the event AWS CodeDeploy sends when a deployment changes state.
 *
 * @example
 * ```ts
 * import {
 *   type CodeDeployDeploymentStateChangeDetail,
 *   type CodeDeployDeploymentStateChangeDetailType,
 *   EventBridgeEvent,
 *   type RawEventBridgeEvent,
 * } from '@evt/eventbridge';
 *
 * export const handler = async (
 *   raw: RawEventBridgeEvent<
 *     CodeDeployDeploymentStateChangeDetail,
 *     CodeDeployDeploymentStateChangeDetailType
 *   >
 * ) => {
 *   const { detail } = new EventBridgeEvent(raw);
 *   if (detail.state === 'FAILURE') console.error(detail.application, detail.deploymentId);
 * };
 * ```
 * @see https://docs.aws.amazon.com/codedeploy/latest/userguide/monitoring-cloudwatch-events.html
 */
export interface CodeDeployDeploymentStateChangeDetail {
  /** The ID of the instance group of the deployment. */
  instanceGroupId: string;
  /** The AWS Region of the deployment. */
  region: string;
  /** The name of the CodeDeploy application. */
  application: string;
  /** The ID of the deployment, e.g. `d-123456789`. */
  deploymentId: string;
  /** The state the deployment entered. */
  state: CodeDeployState;
  /** The name of the deployment group. */
  deploymentGroup: string;
}

/** The `detail-type` of a CodeDeploy deployment state-change event. */
export type CodeDeployDeploymentStateChangeDetailType =
  'CodeDeploy Deployment State-change Notification';

/**
 * The `detail` of the event AWS CodeDeploy sends when an instance in a deployment changes
 * state: the deployment's fields and the instance.
 *
 * @see https://docs.aws.amazon.com/codedeploy/latest/userguide/monitoring-cloudwatch-events.html
 */
export interface CodeDeployInstanceStateChangeDetail
  extends CodeDeployDeploymentStateChangeDetail {
  /** The ID of the instance, e.g. `i-0000000aaaaaaaaaa`. */
  instanceId: string;
}

/** The `detail-type` of a CodeDeploy instance state-change event. */
export type CodeDeployInstanceStateChangeDetailType =
  'CodeDeploy Instance State-change Notification';
