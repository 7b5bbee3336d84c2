import type * as S3 from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import type {
  Artifact as AwsArtifact,
  CodePipelineEvent as AwsCodePipelineEvent,
  Credentials as AwsCredentials,
  EncryptionKey as AwsEncryptionKey,
} from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type ArtifactS3Client,
  type ArtifactS3Sdk,
  type CodePipelineArtifact,
  type CodePipelineArtifactCredentials,
  type CodePipelineConfiguration,
  type CodePipelineData,
  type CodePipelineEncryptionKey,
  CodePipelineJobEvent,
  type RawCodePipelineArtifact,
  type RawCodePipelineArtifactCredentials,
  type RawCodePipelineEncryptionKey,
  type RawCodePipelineJobEvent,
} from '../src/index';

interface Parameters {
  stage: string;
}

declare const raw: RawCodePipelineJobEvent;

describe('CodePipelineJobEvent', () => {
  it('accepts the @types/aws-lambda event', () => {
    expectTypeOf<AwsCodePipelineEvent>().toExtend<RawCodePipelineJobEvent>();
    expectTypeOf<AwsArtifact>().toExtend<RawCodePipelineArtifact>();
    expectTypeOf<AwsCredentials>().toExtend<RawCodePipelineArtifactCredentials>();
    expectTypeOf<AwsEncryptionKey>().toExtend<RawCodePipelineEncryptionKey>();
  });

  it('carries the user parameters type to the configuration', () => {
    const event = new CodePipelineJobEvent<Parameters>(raw);

    expectTypeOf(event.decodedUserParameters).toEqualTypeOf<
      Parameters | undefined
    >();
    expectTypeOf(event.data).toEqualTypeOf<CodePipelineData<Parameters>>();
    expectTypeOf(event.data.actionConfiguration.configuration).toEqualTypeOf<
      CodePipelineConfiguration<Parameters>
    >();
    expectTypeOf(
      new CodePipelineJobEvent(raw).decodedUserParameters
    ).toEqualTypeOf<unknown>();
  });

  it('types every member', () => {
    const event = new CodePipelineJobEvent(raw);

    expectTypeOf(event.id).toBeString();
    expectTypeOf(event.accountId).toBeString();
    expectTypeOf(event.userParameters).toEqualTypeOf<string | undefined>();
    expectTypeOf(event.inputBucketName).toBeString();
    expectTypeOf(event.inputObjectKey).toBeString();
    expectTypeOf(event.data.inputArtifacts).toEqualTypeOf<
      CodePipelineArtifact[]
    >();
    expectTypeOf(
      event.data.artifactCredentials
    ).toEqualTypeOf<CodePipelineArtifactCredentials>();
    expectTypeOf(event.data.artifactCredentials.expirationTime).toEqualTypeOf<
      number | undefined
    >();
    expectTypeOf(event.data.encryptionKey).toEqualTypeOf<
      CodePipelineEncryptionKey | undefined
    >();
    expectTypeOf(event.data.continuationToken).toEqualTypeOf<
      string | undefined
    >();
    expectTypeOf(event.findInputArtifact('a')).toEqualTypeOf<
      CodePipelineArtifact | undefined
    >();
    expectTypeOf(event.data.inputArtifacts[0]?.revision).toEqualTypeOf<
      string | undefined
    >();
  });

  it('types getArtifact by whether a file is named', () => {
    const event = new CodePipelineJobEvent(raw);

    expectTypeOf(event.getArtifact('a', 'b.json')).toEqualTypeOf<
      Promise<string | undefined>
    >();
    expectTypeOf(event.getArtifact('a')).toEqualTypeOf<
      Promise<Uint8Array | undefined>
    >();
    expectTypeOf(event.putArtifact('a', 'b', 'text/plain')).toEqualTypeOf<
      Promise<void>
    >();
  });

  it('takes the SDK module and its client as they are', () => {
    expectTypeOf<typeof S3>().toExtend<ArtifactS3Sdk>();
    expectTypeOf<S3Client>().toExtend<ArtifactS3Client>();
  });
});
