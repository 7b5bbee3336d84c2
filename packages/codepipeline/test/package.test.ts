import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';

describe('@evt/codepipeline', () => {
  it('is named after its folder', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

    expect(manifest.name).toBe('@evt/codepipeline');
  });

  it('has @aws-sdk/client-s3 as an optional peer, not a dependency', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

    expect(Object.keys(manifest.dependencies)).toEqual(['@evt/core']);
    expect(manifest.peerDependencies).toEqual({
      '@aws-sdk/client-s3': '^3.0.0',
    });
    expect(manifest.peerDependenciesMeta).toEqual({
      '@aws-sdk/client-s3': { optional: true },
    });
  });

  it('exports exactly its wrappers and the error classes', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'DecodeError',
        'EvtError',
        'FieldTypeError',
        'MissingFieldError',
        'PayloadTooLargeError',
        'ValidationError',
        'CodePipelineActionConfiguration',
        'CodePipelineArtifact',
        'CodePipelineArtifactCredentials',
        'CodePipelineConfiguration',
        'CodePipelineData',
        'CodePipelineEncryptionKey',
        'CodePipelineJobEvent',
        'CodePipelineLocation',
        'CodePipelineS3Location',
        'isCodePipelineJobEvent',
      ].sort()
    );
  });
});
