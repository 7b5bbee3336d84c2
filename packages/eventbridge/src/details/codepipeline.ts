// The `detail` of the events AWS CodePipeline sends to EventBridge (`source` `aws.codepipeline`)
// as pipeline, stage and action executions change state. Types only.

/** The states of a pipeline execution. */
export type CodePipelinePipelineExecutionState =
  | 'CANCELED'
  | 'FAILED'
  | 'RESUMED'
  | 'STARTED'
  | 'STOPPED'
  | 'STOPPING'
  | 'SUCCEEDED'
  | 'SUPERSEDED';

/** The states of a stage execution: those of a pipeline execution but `SUPERSEDED`. */
export type CodePipelineStageExecutionState = Exclude<
  CodePipelinePipelineExecutionState,
  'SUPERSEDED'
>;

/** The states of an action execution. */
export type CodePipelineActionExecutionState =
  | 'ABANDONED'
  | 'CANCELED'
  | 'FAILED'
  | 'STARTED'
  | 'SUCCEEDED';

/** What started a pipeline execution. */
export interface CodePipelineExecutionTrigger {
  /** The kind of trigger, e.g. `StartPipelineExecution` or `Webhook`. */
  'trigger-type': string;
  /** What the trigger names, e.g. the ARN of the caller. */
  'trigger-detail'?: string | undefined;
}

/**
 * The `detail` of the event AWS CodePipeline sends when a pipeline execution changes state.
 *
 * @example
 * ```ts
 * import {
 *   type CodePipelinePipelineExecutionStateChangeDetail,
 *   type CodePipelinePipelineExecutionStateChangeDetailType,
 *   EventBridgeEvent,
 *   type RawEventBridgeEvent,
 * } from '@evt/eventbridge';
 *
 * export const handler = async (
 *   raw: RawEventBridgeEvent<
 *     CodePipelinePipelineExecutionStateChangeDetail,
 *     CodePipelinePipelineExecutionStateChangeDetailType
 *   >
 * ) => {
 *   const { detail } = new EventBridgeEvent(raw);
 *   if (detail.state === 'FAILED') console.error(detail.pipeline, detail['execution-id']);
 * };
 * ```
 * @see https://docs.aws.amazon.com/codepipeline/latest/userguide/detect-state-changes-cloudwatch-events.html
 */
export interface CodePipelinePipelineExecutionStateChangeDetail {
  /** The name of the pipeline. */
  pipeline: string;
  /** The ID of the pipeline execution. */
  'execution-id': string;
  /** What started the execution; sent with `STARTED`. */
  'execution-trigger'?: CodePipelineExecutionTrigger | undefined;
  /** The state the execution entered. */
  state: CodePipelinePipelineExecutionState;
  /** The version of the pipeline's structure. */
  version: number;
  /** The comments given when the execution was stopped; sent with `STOPPING`. */
  'stop-execution-comments'?: string | undefined;
}

/** The `detail-type` of a CodePipeline pipeline execution state-change event. */
export type CodePipelinePipelineExecutionStateChangeDetailType =
  'CodePipeline Pipeline Execution State Change';

/**
 * The `detail` of the event AWS CodePipeline sends when a stage execution changes state.
 *
 * @see https://docs.aws.amazon.com/codepipeline/latest/userguide/detect-state-changes-cloudwatch-events.html
 */
export interface CodePipelineStageExecutionStateChangeDetail {
  /** The name of the pipeline. */
  pipeline: string;
  /** The ID of the pipeline execution. */
  'execution-id': string;
  /** The name of the stage. */
  stage: string;
  /** The state the stage execution entered. */
  state: CodePipelineStageExecutionState;
  /** The version of the pipeline's structure. */
  version: number;
}

/** The `detail-type` of a CodePipeline stage execution state-change event. */
export type CodePipelineStageExecutionStateChangeDetailType =
  'CodePipeline Stage Execution State Change';

/** The kind of an action: who owns it, its category and its provider. */
export interface CodePipelineActionType {
  /** Who owns the action type: `AWS`, `ThirdParty` or `Custom`. */
  owner: 'AWS' | 'ThirdParty' | 'Custom';
  /** The category of the action, e.g. `Source`, `Build` or `Deploy`. */
  category:
    | 'Source'
    | 'Build'
    | 'Test'
    | 'Deploy'
    | 'Approval'
    | 'Invoke'
    | 'Compute';
  /** The provider of the action, e.g. `CodeCommit`, `CodeBuild` or `CodeDeploy`. */
  provider: string;
  /** The version of the action type; events carry it as a string or a number. */
  version: string | number;
}

/** What an action execution's provider reported. */
export interface CodePipelineActionExecutionResult {
  /** A link to the execution in the provider, e.g. the CodeBuild build. */
  'external-execution-url'?: string | undefined;
  /** The provider's summary of the execution. */
  'external-execution-summary'?: string | undefined;
  /** The provider's ID of the execution, e.g. a build ID or a commit ID. */
  'external-execution-id'?: string | undefined;
  /** The error code of a failed execution, e.g. `JobFailed`. */
  'error-code'?: string | undefined;
}

/** Where an artifact is stored in Amazon S3. */
export interface CodePipelineArtifactLocation {
  /** The bucket. */
  bucket: string;
  /** The key of the object. */
  key: string;
}

/** An input or output artifact of an action. */
export interface CodePipelineArtifact {
  /** The name of the artifact, e.g. `SourceArtifact`. */
  name: string;
  /** Where the artifact is stored. */
  s3location?: CodePipelineArtifactLocation | undefined;
}

/**
 * The `detail` of the event AWS CodePipeline sends when an action execution changes state.
 *
 * @see https://docs.aws.amazon.com/codepipeline/latest/userguide/detect-state-changes-cloudwatch-events.html
 */
export interface CodePipelineActionExecutionStateChangeDetail {
  /** The name of the pipeline. */
  pipeline: string;
  /** The ID of the pipeline execution. */
  'execution-id': string;
  /** The name of the stage. */
  stage: string;
  /** The name of the action. */
  action: string;
  /** The state the action execution entered. */
  state: CodePipelineActionExecutionState;
  /** The Region the action runs in, which may differ from the pipeline's. */
  region?: string | undefined;
  /** The kind of action. */
  type: CodePipelineActionType;
  /** The version of the pipeline's structure. */
  version: number;
  /** What the provider reported, once the action has run. */
  'execution-result'?: CodePipelineActionExecutionResult | undefined;
  /** The artifacts the action read. */
  'input-artifacts'?: CodePipelineArtifact[] | undefined;
  /** The artifacts the action produced. */
  'output-artifacts'?: CodePipelineArtifact[] | undefined;
}

/** The `detail-type` of a CodePipeline action execution state-change event. */
export type CodePipelineActionExecutionStateChangeDetailType =
  'CodePipeline Action Execution State Change';
