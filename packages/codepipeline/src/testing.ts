import { type DeepPartial, mergeDeep, type Sample } from '@evt/core/testing';
import sample from '../test/events/code-pipeline-job-event.json';
import type {
  RawCodePipelineArtifact,
  RawCodePipelineArtifactCredentials,
  RawCodePipelineData,
  RawCodePipelineS3Location,
} from './code-pipeline-job-event';

/** An artifact as {@link createCodePipelineJobEvent} builds it: `revision` always present. */
export interface SampleCodePipelineArtifact
  extends Sample<Omit<RawCodePipelineArtifact, 'revision' | 'location'>> {
  /** The revision of the artifact, or `null`. */
  revision: string | null;
  /** Where the artifact is stored. */
  location: {
    /** The kind of store. */
    type: 'S3';
    /** The artifact's S3 location. */
    s3Location: Sample<RawCodePipelineS3Location>;
  };
}

/** The encryption key of a sample job: a KMS key, the only kind CodePipeline documents. */
export interface SampleCodePipelineEncryptionKey {
  /** The key's ID or ARN. */
  id: string;
  /** The kind of key. */
  type: 'KMS';
}

/** The details of a sample job, with the fields the sample always has. */
export interface SampleCodePipelineData
  extends Sample<
    Omit<
      RawCodePipelineData,
      | 'actionConfiguration'
      | 'inputArtifacts'
      | 'outputArtifacts'
      | 'artifactCredentials'
      | 'encryptionKey'
    >
  > {
  /** The action's configuration. */
  actionConfiguration: {
    /** The configuration of the Lambda invoke action. */
    configuration: {
      /** The name of the function. */
      FunctionName: string;
      /** The user parameters. */
      UserParameters: string;
    };
  };
  /** The artifacts the action reads. */
  inputArtifacts: SampleCodePipelineArtifact[];
  /** The artifacts the action writes. */
  outputArtifacts: SampleCodePipelineArtifact[];
  /** The temporary credentials for the artifact bucket. */
  artifactCredentials: Sample<
    Omit<RawCodePipelineArtifactCredentials, 'sessionToken'>
  > & {
    /** The session token. */
    sessionToken: string;
  };
  /** The key that encrypts the artifacts, when set. */
  encryptionKey?: SampleCodePipelineEncryptionKey;
}

/**
 * The event {@link createCodePipelineJobEvent} returns: a fresh copy that fits both
 * `CodePipelineJobEvent`'s constructor and the `CodePipelineEvent` of `@types/aws-lambda`.
 */
export interface SampleCodePipelineJobEvent {
  /** The job. */
  'CodePipeline.job': {
    /** The job's ID. */
    id: string;
    /** The account that owns the pipeline. */
    accountId: string;
    /** The details of the job. */
    data: SampleCodePipelineData;
  };
}

/**
 * The fields of the sample job that {@link createCodePipelineJobEvent} can replace.
 *
 * @typeParam TUserParameters The type of the user parameters, to check test data against the
 * handler's.
 */
export interface CodePipelineJobEventOverrides<TUserParameters = unknown> {
  /** The job's ID (`CodePipeline.job.id`). */
  readonly id?: string | undefined;
  /** The account ID (`CodePipeline.job.accountId`). */
  readonly accountId?: string | undefined;
  /** The function's name (`FunctionName`). */
  readonly functionName?: string | undefined;
  /** The user parameters (`UserParameters`); a value that is not a string is JSON-encoded. */
  readonly userParameters?: TUserParameters | string | undefined;
  /** The input artifacts (`inputArtifacts`), replacing the sample's. */
  readonly inputArtifacts?: readonly SampleCodePipelineArtifact[] | undefined;
  /** The output artifacts (`outputArtifacts`), replacing the sample's. */
  readonly outputArtifacts?: readonly SampleCodePipelineArtifact[] | undefined;
  /** The ID or ARN of a KMS key that encrypts the artifacts (`encryptionKey`). */
  readonly encryptionKeyId?: string | undefined;
  /** The continuation token of a continued job (`continuationToken`). */
  readonly continuationToken?: string | undefined;
  /** Changes merged into the whole event, at any depth, applied last. */
  readonly event?: DeepPartial<SampleCodePipelineJobEvent> | undefined;
}

/**
 * Builds a sample AWS CodePipeline job event (the Lambda Developer Guide's example: JSON user
 * parameters, one input and one output artifact, no encryption key), as a fresh copy you may
 * change.
 *
 * @typeParam TUserParameters The type of the user parameters.
 * @param overrides The fields to replace in the sample.
 * @returns The raw event; it fits the `CodePipelineEvent` of `@types/aws-lambda` as it is.
 * @example
 * ```ts
 * import { CodePipelineJobEvent } from '@evt/codepipeline';
 * import { createCodePipelineJobEvent } from '@evt/codepipeline/testing';
 *
 * const event = new CodePipelineJobEvent<{ stage: string }>(
 *   createCodePipelineJobEvent({
 *     userParameters: { stage: 'prod' },
 *     encryptionKeyId: 'alias/codepipeline',
 *   })
 * );
 * event.decodedUserParameters?.stage; // 'prod'
 * ```
 */
export function createCodePipelineJobEvent<TUserParameters = unknown>(
  overrides: CodePipelineJobEventOverrides<TUserParameters> = {}
): SampleCodePipelineJobEvent {
  const event = structuredClone(sample) as SampleCodePipelineJobEvent;
  const job = event['CodePipeline.job'];
  const { data } = job;
  const configuration = data.actionConfiguration.configuration;
  const { userParameters } = overrides;
  if (overrides.id !== undefined) job.id = overrides.id;
  if (overrides.accountId !== undefined) job.accountId = overrides.accountId;
  if (overrides.functionName !== undefined) {
    configuration.FunctionName = overrides.functionName;
  }
  if (userParameters !== undefined) {
    configuration.UserParameters =
      typeof userParameters === 'string'
        ? userParameters
        : JSON.stringify(userParameters);
  }
  if (overrides.inputArtifacts !== undefined) {
    data.inputArtifacts = structuredClone([...overrides.inputArtifacts]);
  }
  if (overrides.outputArtifacts !== undefined) {
    data.outputArtifacts = structuredClone([...overrides.outputArtifacts]);
  }
  if (overrides.encryptionKeyId !== undefined) {
    data.encryptionKey = { id: overrides.encryptionKeyId, type: 'KMS' };
  }
  if (overrides.continuationToken !== undefined) {
    data.continuationToken = overrides.continuationToken;
  }
  return mergeDeep(event, overrides.event);
}
