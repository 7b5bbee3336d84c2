import { describe, expect, it } from 'vitest';
import type {
  CodePipelineActionExecutionStateChangeDetail,
  CodePipelineActionExecutionStateChangeDetailType,
  CodePipelinePipelineExecutionStateChangeDetail,
  CodePipelinePipelineExecutionStateChangeDetailType,
  CodePipelineStageExecutionStateChangeDetail,
  CodePipelineStageExecutionStateChangeDetailType,
} from '../../src/index';
import { serviceEvent } from './helpers';

const EXECUTION_ID = '12345678-1234-5678-abcd-12345678abcd';

describe('CodePipelinePipelineExecutionStateChangeDetail', () => {
  it('reads the pipeline, the execution, its trigger and state', () => {
    const event = serviceEvent<
      CodePipelinePipelineExecutionStateChangeDetail,
      CodePipelinePipelineExecutionStateChangeDetailType
    >('codepipeline-pipeline-execution');

    expect(event.source).toBe('aws.codepipeline');
    expect(event.detailType).toBe(
      'CodePipeline Pipeline Execution State Change'
    );
    expect(event.detail).toEqual({
      pipeline: 'checkout-pipeline',
      'execution-id': EXECUTION_ID,
      'execution-trigger': {
        'trigger-type': 'StartPipelineExecution',
        'trigger-detail':
          'arn:aws:sts::123456789012:assumed-role/Admin/release-manager',
      },
      state: 'STARTED',
      version: 3,
    });
    expect(event.detail['stop-execution-comments']).toBeUndefined();
  });
});

describe('CodePipelineStageExecutionStateChangeDetail', () => {
  it('reads the stage and its state', () => {
    const event = serviceEvent<
      CodePipelineStageExecutionStateChangeDetail,
      CodePipelineStageExecutionStateChangeDetailType
    >('codepipeline-stage-execution');

    expect(event.detailType).toBe('CodePipeline Stage Execution State Change');
    expect(event.detail.stage).toBe('Deploy');
    expect(event.detail.state).toBe('FAILED');
    expect(event.detail.pipeline).toBe('checkout-pipeline');
    expect(event.detail['execution-id']).toBe(EXECUTION_ID);
    expect(event.detail.version).toBe(3);
  });
});

describe('CodePipelineActionExecutionStateChangeDetail', () => {
  it('reads the action, its kind, result and artifacts', () => {
    const event = serviceEvent<
      CodePipelineActionExecutionStateChangeDetail,
      CodePipelineActionExecutionStateChangeDetailType
    >('codepipeline-action-execution');
    const { detail } = event;

    expect(event.detailType).toBe('CodePipeline Action Execution State Change');
    expect([detail.stage, detail.action, detail.state, detail.region]).toEqual([
      'Build',
      'Build',
      'SUCCEEDED',
      'us-west-2',
    ]);
    expect(detail.type).toEqual({
      owner: 'AWS',
      provider: 'CodeBuild',
      category: 'Build',
      version: '1',
    });
    expect(detail['execution-result']).toEqual({
      'external-execution-url':
        'https://console.aws.amazon.com/codebuild/home?region=us-west-2#/builds/checkout-service:8745a7a9-c340-456a-9166-edf953571bEX/view/new',
      'external-execution-summary': 'Build terminated with state: SUCCEEDED',
      'external-execution-id':
        'checkout-service:8745a7a9-c340-456a-9166-edf953571bEX',
    });
    expect(detail['output-artifacts']).toEqual([
      {
        name: 'BuildArtifact',
        s3location: {
          bucket: 'codepipeline-us-west-2-123456789012',
          key: 'checkout-pipeline/BuildArtif/Xk2vQ9a',
        },
      },
    ]);
    expect(detail['input-artifacts']).toBeUndefined();
    expect(detail.version).toBe(3);
  });
});
