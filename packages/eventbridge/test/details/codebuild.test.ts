import { describe, expect, it } from 'vitest';
import type {
  CodeBuildBuildPhaseChangeDetail,
  CodeBuildBuildPhaseChangeDetailType,
  CodeBuildBuildStateChangeDetail,
  CodeBuildBuildStateChangeDetailType,
} from '../../src/index';
import { serviceEvent } from './helpers';

const BUILD_ID =
  'arn:aws:codebuild:us-west-2:123456789012:build/checkout-service:8745a7a9-c340-456a-9166-edf953571bEX';

describe('CodeBuildBuildStateChangeDetail', () => {
  it('reads the build, its status and what CodeBuild reports about it', () => {
    const event = serviceEvent<
      CodeBuildBuildStateChangeDetail,
      CodeBuildBuildStateChangeDetailType
    >('codebuild-build-state-change');
    const { detail } = event;
    const info = detail['additional-information'];

    expect(event.source).toBe('aws.codebuild');
    expect(event.detailType).toBe('CodeBuild Build State Change');
    expect(detail['build-status']).toBe('SUCCEEDED');
    expect(detail['project-name']).toBe('checkout-service');
    expect(detail['build-id']).toBe(BUILD_ID);
    expect(detail['current-phase']).toBe('COMPLETED');
    expect(detail['current-phase-context']).toBe('[]');
    expect(detail.version).toBe('1');
    expect(info['build-complete']).toBe(true);
    expect(info.initiator).toBe('codepipeline/checkout-pipeline');
    expect(info['timeout-in-minutes']).toBe(60);
    expect(info.environment.image).toBe('aws/codebuild/standard:7.0');
    expect(info.environment['environment-variables']).toEqual([
      { name: 'STAGE', type: 'PLAINTEXT', value: 'prod' },
    ]);
    expect(info.source).toEqual({
      location:
        'codebuild-123456789012-input-bucket/checkout-service/source.zip',
      type: 'S3',
    });
    expect(info.artifact?.location).toBe(
      'arn:aws:s3:::codebuild-123456789012-output-bucket/checkout-service/build.zip'
    );
    expect(info.logs?.['group-name']).toBe('/aws/codebuild/checkout-service');
    expect(info.phases?.map((phase) => phase['phase-type'])).toEqual([
      'SUBMITTED',
      'QUEUED',
      'PROVISIONING',
      'DOWNLOAD_SOURCE',
      'INSTALL',
      'PRE_BUILD',
      'BUILD',
      'POST_BUILD',
      'UPLOAD_ARTIFACTS',
      'FINALIZING',
      'COMPLETED',
    ]);
    expect(info.phases?.[6]).toEqual({
      'phase-context': [],
      'start-time': 'May 14, 2024 9:20:53 AM',
      'end-time': 'May 14, 2024 9:22:04 AM',
      'duration-in-seconds': 70,
      'phase-type': 'BUILD',
      'phase-status': 'SUCCEEDED',
    });
    expect(info.phases?.[10]).toEqual({
      'start-time': 'May 14, 2024 9:22:10 AM',
      'phase-type': 'COMPLETED',
    });
  });
});

describe('CodeBuildBuildPhaseChangeDetail', () => {
  it('reads the completed phase, its status and timing', () => {
    const event = serviceEvent<
      CodeBuildBuildPhaseChangeDetail,
      CodeBuildBuildPhaseChangeDetailType
    >('codebuild-build-phase-change');
    const { detail } = event;

    expect(event.detailType).toBe('CodeBuild Build Phase Change');
    expect(detail['completed-phase']).toBe('FINALIZING');
    expect(detail['completed-phase-status']).toBe('SUCCEEDED');
    expect(detail['completed-phase-duration-seconds']).toBe(4);
    expect(detail['completed-phase-start']).toBe('May 14, 2024 9:22:06 AM');
    expect(detail['completed-phase-end']).toBe('May 14, 2024 9:22:10 AM');
    expect(detail['completed-phase-context']).toBe('[]');
    expect(detail['build-id']).toBe(BUILD_ID);
    expect(detail['project-name']).toBe('checkout-service');
    expect(detail.version).toBe('1');
    expect(detail['additional-information'].environment['compute-type']).toBe(
      'BUILD_GENERAL1_SMALL'
    );
  });
});
