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
export type {
  ArtifactGetObjectInput,
  ArtifactOptions,
  ArtifactPutObjectInput,
  ArtifactS3Client,
  ArtifactS3ClientClass,
  ArtifactS3ClientConfig,
  ArtifactS3CommandClass,
  ArtifactS3Sdk,
  GetArtifactOptions,
  S3ClientOptions,
} from './artifact-store';
export {
  CodePipelineActionConfiguration,
  CodePipelineArtifact,
  CodePipelineArtifactCredentials,
  CodePipelineConfiguration,
  CodePipelineData,
  CodePipelineEncryptionKey,
  CodePipelineJobEvent,
  CodePipelineLocation,
  CodePipelineS3Location,
  type RawCodePipelineActionConfiguration,
  type RawCodePipelineArtifact,
  type RawCodePipelineArtifactCredentials,
  type RawCodePipelineConfiguration,
  type RawCodePipelineData,
  type RawCodePipelineEncryptionKey,
  type RawCodePipelineJob,
  type RawCodePipelineJobEvent,
  type RawCodePipelineLocation,
  type RawCodePipelineS3Location,
} from './code-pipeline-job-event';
export { isCodePipelineJobEvent } from './guards';
