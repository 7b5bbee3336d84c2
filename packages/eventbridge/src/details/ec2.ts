// The `detail` of the events Amazon EC2 sends to EventBridge (`source` `aws.ec2`). Types only:
// they describe what `EventBridgeEvent.detail` holds and add nothing to a bundle.

/** The states an EC2 instance passes through, as AWS documents them for its state-change events. */
export type EC2InstanceState =
  | 'pending'
  | 'running'
  | 'stopping'
  | 'stopped'
  | 'shutting-down'
  | 'terminated';

/**
 * The `detail` of the event Amazon EC2 sends when an instance changes state: the instance and
 * the state it entered (`pending` then `running` on launch or start, `stopping` then `stopped`
 * on stop, `shutting-down` then `terminated` on termination).
 *
 * @example
 * ```ts
 * import {
 *   type EC2InstanceStateChangeDetail,
 *   type EC2InstanceStateChangeDetailType,
 *   EventBridgeEvent,
 *   type RawEventBridgeEvent,
 * } from '@evt/eventbridge';
 *
 * export const handler = async (
 *   raw: RawEventBridgeEvent<EC2InstanceStateChangeDetail, EC2InstanceStateChangeDetailType>
 * ) => {
 *   const { detail } = new EventBridgeEvent(raw);
 *   if (detail.state === 'stopped') console.log('stopped', detail['instance-id']);
 * };
 * ```
 * @see https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/monitoring-instance-state-changes.html
 */
export interface EC2InstanceStateChangeDetail {
  /** The ID of the instance, e.g. `i-1234567890abcdef0`. */
  'instance-id': string;
  /** The state the instance entered. */
  state: EC2InstanceState;
}

/** The `detail-type` of an EC2 instance state-change event. */
export type EC2InstanceStateChangeDetailType =
  'EC2 Instance State-change Notification';
