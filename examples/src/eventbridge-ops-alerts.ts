import {
  type CodePipelinePipelineExecutionStateChangeDetail,
  type CodePipelinePipelineExecutionStateChangeDetailType,
  type EC2InstanceStateChangeDetail,
  type EC2InstanceStateChangeDetailType,
  type ECSTaskStateChangeDetail,
  type ECSTaskStateChangeDetailType,
  EventBridgeEvent,
  type GuardDutyFindingDetail,
  type GuardDutyFindingDetailType,
  type RawEventBridgeEvent,
} from '@evt/eventbridge';

/** The AWS service events one EventBridge rule routes to this function. */
type RawOpsEvent =
  | RawEventBridgeEvent<
      EC2InstanceStateChangeDetail,
      EC2InstanceStateChangeDetailType
    >
  | RawEventBridgeEvent<ECSTaskStateChangeDetail, ECSTaskStateChangeDetailType>
  | RawEventBridgeEvent<
      CodePipelinePipelineExecutionStateChangeDetail,
      CodePipelinePipelineExecutionStateChangeDetailType
    >
  | RawEventBridgeEvent<GuardDutyFindingDetail, GuardDutyFindingDetailType>;

/** What the on-call channel receives. */
interface Alert {
  severity: 'info' | 'warning' | 'critical';
  title: string;
  resource: string;
  account: string;
  at: string;
}

/**
 * Turns the operational events of an account into alerts for the on-call channel: instances
 * stopping unexpectedly, ECS tasks whose essential container failed, failed pipeline runs and
 * GuardDuty findings. Each event is read with the detail type of its service, chosen by its
 * `detail-type`; events that need no alert give `null`.
 */
export const handler = async (raw: RawOpsEvent): Promise<Alert | null> => {
  switch (raw['detail-type']) {
    case 'EC2 Instance State-change Notification': {
      const event = new EventBridgeEvent(raw);
      const { state } = event.detail;
      if (state !== 'stopped' && state !== 'terminated') return null;
      return {
        severity: state === 'terminated' ? 'warning' : 'info',
        title: `Instance ${state}`,
        resource: event.detail['instance-id'],
        account: event.account,
        at: event.time,
      };
    }
    case 'ECS Task State Change': {
      const event = new EventBridgeEvent(raw);
      const { detail } = event;
      const failed = detail.containers.filter(
        (container) =>
          container.exitCode !== undefined && container.exitCode !== 0
      );
      if (detail.lastStatus !== 'STOPPED' || failed.length === 0) return null;
      const exits = failed.map(
        (container) => `${container.name} exited ${container.exitCode}`
      );
      return {
        severity: 'warning',
        title: `${detail.stoppedReason ?? 'Task stopped'}: ${exits.join(', ')}`,
        resource: detail.taskArn,
        account: event.account,
        at: detail.stoppedAt ?? event.time,
      };
    }
    case 'CodePipeline Pipeline Execution State Change': {
      const event = new EventBridgeEvent(raw);
      if (event.detail.state !== 'FAILED') return null;
      return {
        severity: 'warning',
        title: `Pipeline ${event.detail.pipeline} failed`,
        resource: event.detail['execution-id'],
        account: event.account,
        at: event.time,
      };
    }
    case 'GuardDuty Finding': {
      const event = new EventBridgeEvent(raw);
      const { detail } = event;
      return {
        severity: detail.severity >= 7 ? 'critical' : 'warning',
        title: detail.title ?? detail.type,
        resource: `${detail.resource.resourceType} (${detail.type})`,
        account: detail.accountId,
        at: detail.updatedAt,
      };
    }
  }
};
