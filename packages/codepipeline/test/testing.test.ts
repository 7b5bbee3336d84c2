import { loadEvent } from '@evt/tooling-config/events';
import { describe, expect, it } from 'vitest';
import {
  CodePipelineJobEvent,
  type RawCodePipelineJobEvent,
} from '../src/index';
import {
  createCodePipelineJobEvent,
  type SampleCodePipelineArtifact,
} from '../src/testing';

describe('createCodePipelineJobEvent', () => {
  it('builds a fresh copy of the Lambda Developer Guide sample', () => {
    const raw = createCodePipelineJobEvent();

    expect(raw).toEqual(
      loadEvent<RawCodePipelineJobEvent>('code-pipeline-job-event')
    );
    expect(raw).not.toBe(createCodePipelineJobEvent());
  });

  it('replaces the job fields it is given', () => {
    const artifact: SampleCodePipelineArtifact = {
      name: 'BuildOutput',
      revision: null,
      location: {
        type: 'S3',
        s3Location: {
          bucketName: 'artifacts-bucket',
          objectKey: 'p/Build/abc',
        },
      },
    };

    const event = new CodePipelineJobEvent<{ stage: string }>(
      createCodePipelineJobEvent({
        id: 'job-2',
        accountId: '444455556666',
        functionName: 'deployer',
        userParameters: { stage: 'beta' },
        inputArtifacts: [artifact],
        outputArtifacts: [],
        encryptionKeyId: 'alias/aws/s3',
        continuationToken: 'token-1',
      })
    );

    expect(event.id).toBe('job-2');
    expect(event.accountId).toBe('444455556666');
    expect(event.data.actionConfiguration.configuration.functionName).toBe(
      'deployer'
    );
    expect(event.userParameters).toBe('{"stage":"beta"}');
    expect(event.decodedUserParameters?.stage).toBe('beta');
    expect(event.inputBucketName).toBe('artifacts-bucket');
    expect(event.findInputArtifact('BuildOutput')?.rawEvent).not.toBe(artifact);
    expect(event.data.outputArtifacts).toEqual([]);
    expect(event.data.encryptionKey?.id).toBe('alias/aws/s3');
    expect(event.data.encryptionKey?.type).toBe('KMS');
    expect(event.data.continuationToken).toBe('token-1');
  });

  it('keeps text user parameters as they are', () => {
    const event = new CodePipelineJobEvent(
      createCodePipelineJobEvent({ userParameters: 'https://example.com' })
    );

    expect(event.userParameters).toBe('https://example.com');
  });

  it('merges the event changes last', () => {
    const event = new CodePipelineJobEvent(
      createCodePipelineJobEvent({
        id: 'job-2',
        event: {
          'CodePipeline.job': {
            id: 'job-3',
            data: { artifactCredentials: { accessKeyId: 'ASIAEXAMPLE' } },
          },
        },
      })
    );

    expect(event.id).toBe('job-3');
    expect(event.data.artifactCredentials.accessKeyId).toBe('ASIAEXAMPLE');
    expect(event.data.artifactCredentials.secretAccessKey).toBe(
      'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
    );
  });
});
