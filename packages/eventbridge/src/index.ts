// The errors evt throws, re-exported so that handlers can catch them (and TypeDoc can resolve
// the `@throws` links inherited from `EventWrapper`) without importing @evt/core.
export {
  DecodeError,
  EvtError,
  FieldTypeError,
  MissingFieldError,
  PayloadTooLargeError,
  ValidationError,
} from '@evt/core';
// The detail types of the AWS service events most often routed to Lambda: types only, so that
// `new EventBridgeEvent<EC2InstanceStateChangeDetail, EC2InstanceStateChangeDetailType>(raw)` is
// typed without adding a byte to a bundle.
export type {
  AutoScalingActivityDetails,
  AutoScalingInstanceActivityDetail,
  AutoScalingInstanceActivityDetailType,
  AutoScalingInstanceLocation,
  AutoScalingLifecycleActionDetail,
  AutoScalingLifecycleActionDetailType,
  AutoScalingLifecycleTransition,
} from './details/autoscaling';
export type {
  BatchAttempt,
  BatchContainer,
  BatchEnvironmentVariable,
  BatchJobDependency,
  BatchJobStateChangeDetail,
  BatchJobStateChangeDetailType,
  BatchJobStatus,
  BatchResourceRequirement,
  BatchRetryStrategy,
  BatchSecret,
} from './details/batch';
export type {
  AWSAPICallViaCloudTrailDetail,
  AWSAPICallViaCloudTrailDetailType,
  CloudTrailResource,
  CloudTrailSessionAttributes,
  CloudTrailSessionContext,
  CloudTrailSessionIssuer,
  CloudTrailTlsDetails,
  CloudTrailUserIdentity,
} from './details/cloudtrail';
export type {
  CodeBuildAdditionalInformation,
  CodeBuildArtifact,
  CodeBuildBuildPhase,
  CodeBuildBuildPhaseChangeDetail,
  CodeBuildBuildPhaseChangeDetailType,
  CodeBuildBuildStateChangeDetail,
  CodeBuildBuildStateChangeDetailType,
  CodeBuildBuildStatus,
  CodeBuildCache,
  CodeBuildEnvironment,
  CodeBuildEnvironmentVariable,
  CodeBuildLogs,
  CodeBuildPhaseStatus,
  CodeBuildPhaseType,
  CodeBuildSource,
} from './details/codebuild';
export type {
  CodeDeployDeploymentStateChangeDetail,
  CodeDeployDeploymentStateChangeDetailType,
  CodeDeployInstanceStateChangeDetail,
  CodeDeployInstanceStateChangeDetailType,
  CodeDeployState,
} from './details/codedeploy';
export type {
  CodePipelineActionExecutionResult,
  CodePipelineActionExecutionState,
  CodePipelineActionExecutionStateChangeDetail,
  CodePipelineActionExecutionStateChangeDetailType,
  CodePipelineActionType,
  CodePipelineArtifact,
  CodePipelineArtifactLocation,
  CodePipelineExecutionTrigger,
  CodePipelinePipelineExecutionState,
  CodePipelinePipelineExecutionStateChangeDetail,
  CodePipelinePipelineExecutionStateChangeDetailType,
  CodePipelineStageExecutionState,
  CodePipelineStageExecutionStateChangeDetail,
  CodePipelineStageExecutionStateChangeDetailType,
} from './details/codepipeline';
export type {
  EC2InstanceState,
  EC2InstanceStateChangeDetail,
  EC2InstanceStateChangeDetailType,
} from './details/ec2';
export type {
  ECRFindingSeverity,
  ECRFindingSeverityCounts,
  ECRImageActionDetail,
  ECRImageActionDetailType,
  ECRImageScanDetail,
  ECRImageScanDetailType,
} from './details/ecr';
export type {
  ECSAttachment,
  ECSContainer,
  ECSContainerInstanceStateChangeDetail,
  ECSContainerInstanceStateChangeDetailType,
  ECSContainerOverride,
  ECSEphemeralStorage,
  ECSKeyValuePair,
  ECSNetworkBinding,
  ECSNetworkInterface,
  ECSResource,
  ECSTaskOverrides,
  ECSTaskStateChangeDetail,
  ECSTaskStateChangeDetailType,
  ECSTaskStatus,
  ECSVersionInfo,
} from './details/ecs';
export type {
  GlueJobState,
  GlueJobStateChangeDetail,
  GlueJobStateChangeDetailType,
} from './details/glue';
export type {
  GuardDutyAction,
  GuardDutyFindingDetail,
  GuardDutyFindingDetailType,
  GuardDutyResource,
  GuardDutyService,
} from './details/guardduty';
export type {
  AWSHealthAffectedEntity,
  AWSHealthEventDescription,
  AWSHealthEventDetail,
  AWSHealthEventDetailType,
} from './details/health';
export type {
  ScheduledEventDetail,
  ScheduledEventDetailType,
} from './details/schedule';
export type {
  StepFunctionsExecutionDataDetails,
  StepFunctionsExecutionStatus,
  StepFunctionsExecutionStatusChangeDetail,
  StepFunctionsExecutionStatusChangeDetailType,
} from './details/step-functions';
export {
  EventBridgeEvent,
  type RawEventBridgeEvent,
} from './event-bridge-event';
export { isEventBridgeEvent } from './guards';
