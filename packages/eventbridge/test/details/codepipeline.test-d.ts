import type {
  CodePipelineCloudWatchActionEvent,
  CodePipelineCloudWatchPipelineEvent,
  CodePipelineCloudWatchStageEvent,
} from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type CodePipelineActionExecutionState,
  type CodePipelineActionExecutionStateChangeDetail,
  type CodePipelineActionExecutionStateChangeDetailType,
  type CodePipelinePipelineExecutionState,
  type CodePipelinePipelineExecutionStateChangeDetail,
  type CodePipelinePipelineExecutionStateChangeDetailType,
  type CodePipelineStageExecutionState,
  type CodePipelineStageExecutionStateChangeDetail,
  type CodePipelineStageExecutionStateChangeDetailType,
  EventBridgeEvent,
  type RawEventBridgeEvent,
} from '../../src/index';
import action from '../events/event-bridge-event.codepipeline-action-execution.json';
import pipeline from '../events/event-bridge-event.codepipeline-pipeline-execution.json';
import stage from '../events/event-bridge-event.codepipeline-stage-execution.json';
import type { Undeclared, Widened } from './detail-types';

describe('CodePipeline detail types', () => {
  it('fit the documented samples', () => {
    expectTypeOf(pipeline.detail).toExtend<
      Widened<CodePipelinePipelineExecutionStateChangeDetail>
    >();
    expectTypeOf<
      Undeclared<
        typeof pipeline.detail,
        CodePipelinePipelineExecutionStateChangeDetail
      >
    >().toEqualTypeOf<never>();
    expectTypeOf(stage.detail).toExtend<
      Widened<CodePipelineStageExecutionStateChangeDetail>
    >();
    expectTypeOf<
      Undeclared<
        typeof stage.detail,
        CodePipelineStageExecutionStateChangeDetail
      >
    >().toEqualTypeOf<never>();
    expectTypeOf(action.detail).toExtend<
      Widened<CodePipelineActionExecutionStateChangeDetail>
    >();
    expectTypeOf<
      Undeclared<
        typeof action.detail,
        CodePipelineActionExecutionStateChangeDetail
      >
    >().toEqualTypeOf<never>();
  });

  it('accept the details of the @types/aws-lambda events', () => {
    expectTypeOf<
      CodePipelineCloudWatchPipelineEvent['detail']
    >().toExtend<CodePipelinePipelineExecutionStateChangeDetail>();
    expectTypeOf<
      CodePipelineCloudWatchStageEvent['detail']
    >().toExtend<CodePipelineStageExecutionStateChangeDetail>();
    expectTypeOf<
      CodePipelineCloudWatchActionEvent['detail']
    >().toExtend<CodePipelineActionExecutionStateChangeDetail>();
    expectTypeOf<CodePipelineCloudWatchActionEvent>().toExtend<
      RawEventBridgeEvent<
        CodePipelineActionExecutionStateChangeDetail,
        CodePipelineActionExecutionStateChangeDetailType
      >
    >();
  });

  it('type the states and detail types of the wrapped events', () => {
    const pipelineEvent = new EventBridgeEvent(
      {} as RawEventBridgeEvent<
        CodePipelinePipelineExecutionStateChangeDetail,
        CodePipelinePipelineExecutionStateChangeDetailType
      >
    );
    const stageEvent = new EventBridgeEvent(
      {} as RawEventBridgeEvent<
        CodePipelineStageExecutionStateChangeDetail,
        CodePipelineStageExecutionStateChangeDetailType
      >
    );
    const actionEvent = new EventBridgeEvent(
      {} as RawEventBridgeEvent<
        CodePipelineActionExecutionStateChangeDetail,
        CodePipelineActionExecutionStateChangeDetailType
      >
    );

    expectTypeOf(
      pipelineEvent.detail.state
    ).toEqualTypeOf<CodePipelinePipelineExecutionState>();
    expectTypeOf(
      pipelineEvent.detailType
    ).toEqualTypeOf<'CodePipeline Pipeline Execution State Change'>();
    expectTypeOf(
      stageEvent.detail.state
    ).toEqualTypeOf<CodePipelineStageExecutionState>();
    expectTypeOf(
      stageEvent.detailType
    ).toEqualTypeOf<'CodePipeline Stage Execution State Change'>();
    expectTypeOf(
      actionEvent.detail.state
    ).toEqualTypeOf<CodePipelineActionExecutionState>();
    expectTypeOf(actionEvent.detail.type.version).toEqualTypeOf<
      string | number
    >();
    expectTypeOf(
      actionEvent.detailType
    ).toEqualTypeOf<'CodePipeline Action Execution State Change'>();
  });
});
