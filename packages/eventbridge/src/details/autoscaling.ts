// The `detail` of the events Amazon EC2 Auto Scaling sends to EventBridge (`source`
// `aws.autoscaling`) as instances launch and terminate. Types only.

/**
 * Where an instance comes from or goes to in an Auto Scaling event: Amazon EC2, the Auto
 * Scaling group, or the group's warm pool.
 */
export type AutoScalingInstanceLocation =
  | 'EC2'
  | 'AutoScalingGroup'
  | 'WarmPool';

/** The transition a lifecycle hook holds an instance in. */
export type AutoScalingLifecycleTransition =
  | 'autoscaling:EC2_INSTANCE_LAUNCHING'
  | 'autoscaling:EC2_INSTANCE_TERMINATING';

/**
 * The `detail` of the event Amazon EC2 Auto Scaling sends when a lifecycle hook puts an
 * instance in a wait state: `Pending:Wait` on scale-out, `Terminating:Wait` on scale-in. The
 * function finishes the action with `CompleteLifecycleAction`, passing the token.
 *
 * @see https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-event-reference.html
 */
export interface AutoScalingLifecycleActionDetail {
  /** The token that identifies this lifecycle action, for `CompleteLifecycleAction`. */
  LifecycleActionToken: string;
  /** The name of the Auto Scaling group. */
  AutoScalingGroupName: string;
  /** The name of the lifecycle hook. */
  LifecycleHookName: string;
  /** The ID of the instance the hook holds. */
  EC2InstanceId: string;
  /** The transition the instance is in: launching or terminating. */
  LifecycleTransition: AutoScalingLifecycleTransition;
  /** The notification metadata set on the hook, if any. */
  NotificationMetadata?: string | undefined;
  /** Where the instance comes from; absent from older events. */
  Origin?: AutoScalingInstanceLocation | undefined;
  /** Where the instance goes; absent from older events. */
  Destination?: AutoScalingInstanceLocation | undefined;
}

/** The `detail-type` of an Auto Scaling lifecycle action event, for scale-out and scale-in. */
export type AutoScalingLifecycleActionDetailType =
  | 'EC2 Instance-launch Lifecycle Action'
  | 'EC2 Instance-terminate Lifecycle Action';

/** Where a launched or terminated instance is placed, as an Auto Scaling activity reports it. */
export interface AutoScalingActivityDetails {
  /** The Availability Zone of the instance, e.g. `us-west-2b`. */
  'Availability Zone'?: string | undefined;
  /** The ID of the subnet of the instance. */
  'Subnet ID'?: string | undefined;
  /** Other details Amazon EC2 Auto Scaling adds. */
  [detail: string]: string | undefined;
}

/**
 * The `detail` of the events Amazon EC2 Auto Scaling sends when it has launched or terminated
 * an instance, or failed to: the scaling activity, its status and cause, and the instance.
 *
 * @example
 * ```ts
 * import {
 *   type AutoScalingInstanceActivityDetail,
 *   type AutoScalingInstanceActivityDetailType,
 *   EventBridgeEvent,
 *   type RawEventBridgeEvent,
 * } from '@evt/eventbridge';
 *
 * export const handler = async (
 *   raw: RawEventBridgeEvent<
 *     AutoScalingInstanceActivityDetail,
 *     AutoScalingInstanceActivityDetailType
 *   >
 * ) => {
 *   const event = new EventBridgeEvent(raw);
 *   if (event.detailType === 'EC2 Instance Launch Unsuccessful') {
 *     console.error(event.detail.AutoScalingGroupName, event.detail.StatusMessage);
 *   }
 * };
 * ```
 * @see https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-event-reference.html
 */
export interface AutoScalingInstanceActivityDetail {
  /** The status of the scaling activity, e.g. `InProgress` or `Failed`. */
  StatusCode: string;
  /** A description of the activity, e.g. `Launching a new EC2 instance: i-…`. */
  Description?: string | undefined;
  /** The name of the Auto Scaling group. */
  AutoScalingGroupName: string;
  /** The ID of the scaling activity. */
  ActivityId: string;
  /** Where the instance is placed: its Availability Zone and subnet. */
  Details: AutoScalingActivityDetails;
  /** The ID of the request that started the activity. */
  RequestId: string;
  /** A message about the status; empty when there is none, the error when it failed. */
  StatusMessage: string;
  /** When the activity ended. */
  EndTime: string;
  /** The ID of the instance. */
  EC2InstanceId: string;
  /** When the activity started. */
  StartTime: string;
  /** Why the activity happened. */
  Cause: string;
  /** Where the instance comes from; absent from older events. */
  Origin?: AutoScalingInstanceLocation | undefined;
  /** Where the instance goes; absent from older events. */
  Destination?: AutoScalingInstanceLocation | undefined;
}

/** The `detail-type` of an Auto Scaling launch or terminate activity event. */
export type AutoScalingInstanceActivityDetailType =
  | 'EC2 Instance Launch Successful'
  | 'EC2 Instance Launch Unsuccessful'
  | 'EC2 Instance Terminate Successful'
  | 'EC2 Instance Terminate Unsuccessful';
