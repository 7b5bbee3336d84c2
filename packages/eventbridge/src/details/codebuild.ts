// The `detail` of the events AWS CodeBuild sends to EventBridge (`source` `aws.codebuild`) as a
// build runs. Types only.

/** The status of a build. */
export type CodeBuildBuildStatus =
  | 'IN_PROGRESS'
  | 'SUCCEEDED'
  | 'FAILED'
  | 'FAULT'
  | 'STOPPED'
  | 'TIMED_OUT';

/** The phases of a build, in the order they run. */
export type CodeBuildPhaseType =
  | 'SUBMITTED'
  | 'QUEUED'
  | 'PROVISIONING'
  | 'DOWNLOAD_SOURCE'
  | 'INSTALL'
  | 'PRE_BUILD'
  | 'BUILD'
  | 'POST_BUILD'
  | 'UPLOAD_ARTIFACTS'
  | 'FINALIZING'
  | 'COMPLETED';

/** The status a build phase completed with. */
export type CodeBuildPhaseStatus =
  | 'SUCCEEDED'
  | 'FAILED'
  | 'FAULT'
  | 'TIMED_OUT'
  | 'STOPPED'
  | 'CLIENT_ERROR';

/** The output artifact of a build. */
export interface CodeBuildArtifact {
  /** Where the artifact is, e.g. the ARN of an S3 object. */
  location?: string | undefined;
  /** The MD5 hash of the artifact. */
  md5sum?: string | undefined;
  /** The SHA-256 hash of the artifact. */
  sha256sum?: string | undefined;
}

/** An environment variable of a build. */
export interface CodeBuildEnvironmentVariable {
  /** The name of the variable. */
  name: string;
  /** The value, or the name of the parameter or secret that holds it. */
  value: string;
  /** Where the value comes from: `PLAINTEXT`, `PARAMETER_STORE` or `SECRETS_MANAGER`. */
  type?: string | undefined;
}

/** The build environment: the image, the compute and the variables. */
export interface CodeBuildEnvironment {
  /** The Docker image of the build, e.g. `aws/codebuild/standard:4.0`. */
  image: string;
  /** Whether the build runs Docker in privileged mode. */
  'privileged-mode': boolean;
  /** The credentials CodeBuild pulls the image with: `CODEBUILD` or `SERVICE_ROLE`. */
  'image-pull-credentials-type'?: string | undefined;
  /** The compute type, e.g. `BUILD_GENERAL1_SMALL`. */
  'compute-type': string;
  /** The environment type, e.g. `LINUX_CONTAINER`. */
  type: string;
  /** The environment variables of the build. */
  'environment-variables': CodeBuildEnvironmentVariable[];
}

/** The source code of a build. */
export interface CodeBuildSource {
  /** Where the source is, e.g. a bucket and key or a repository URL. */
  location?: string | undefined;
  /** The kind of source, e.g. `S3`, `CODECOMMIT`, `GITHUB` or `NO_SOURCE`. */
  type: string;
  /** The buildspec, when the project defines one. */
  buildspec?: string | undefined;
}

/** Where the logs of a build are. */
export interface CodeBuildLogs {
  /** The CloudWatch Logs group. */
  'group-name'?: string | undefined;
  /** The CloudWatch Logs stream. */
  'stream-name'?: string | undefined;
  /** A link to the logs in the console. */
  'deep-link': string;
}

/** The build cache. */
export interface CodeBuildCache {
  /** The kind of cache: `NO_CACHE`, `LOCAL` or `S3`. */
  type: string;
  /** Where an S3 cache is. */
  location?: string | undefined;
}

/** A phase of a build, as the build's events list it. */
export interface CodeBuildBuildPhase {
  /** Messages about the phase; absent from the `COMPLETED` phase. */
  'phase-context'?: string[] | undefined;
  /** When the phase started, e.g. `Sep 1, 2017 4:12:29 PM`. */
  'start-time': string;
  /** When the phase ended; absent from the `COMPLETED` phase. */
  'end-time'?: string | undefined;
  /** How long the phase took, in seconds; absent from the `COMPLETED` phase. */
  'duration-in-seconds'?: number | undefined;
  /** The phase. */
  'phase-type': CodeBuildPhaseType;
  /** The status the phase ended with; absent from the `COMPLETED` phase. */
  'phase-status'?: CodeBuildPhaseStatus | undefined;
}

/** What CodeBuild reports about the build in its events. */
export interface CodeBuildAdditionalInformation {
  /** The output artifact, when the build has one. */
  artifact?: CodeBuildArtifact | undefined;
  /** The build environment. */
  environment: CodeBuildEnvironment;
  /** How long the build may run, in minutes. */
  'timeout-in-minutes': number;
  /** How long the build may wait in the queue, in minutes. */
  'queued-timeout-in-minutes'?: number | undefined;
  /** Whether the build has finished. */
  'build-complete': boolean;
  /** The number of the build in its project. */
  'build-number'?: number | undefined;
  /** Who started the build: a user, or `codepipeline/<pipeline>` and the like. */
  initiator: string;
  /** When the build started, e.g. `Sep 1, 2017 4:12:29 PM`. */
  'build-start-time': string;
  /** The source code of the build. */
  source: CodeBuildSource;
  /** The version of the source built, e.g. a commit ID. */
  'source-version'?: string | undefined;
  /** Where the logs are. */
  logs?: CodeBuildLogs | undefined;
  /** The phases so far. */
  phases?: CodeBuildBuildPhase[] | undefined;
  /** The build cache. */
  cache?: CodeBuildCache | undefined;
  /** The file systems mounted in the build. */
  'project-file-system-locations'?: unknown[] | undefined;
}

/**
 * The `detail` of the event AWS CodeBuild sends when a build changes status (`IN_PROGRESS`,
 * then `SUCCEEDED`, `FAILED`, `FAULT`, `STOPPED` or `TIMED_OUT`).
 *
 * @example
 * ```ts
 * import {
 *   type CodeBuildBuildStateChangeDetail,
 *   type CodeBuildBuildStateChangeDetailType,
 *   EventBridgeEvent,
 *   type RawEventBridgeEvent,
 * } from '@evt/eventbridge';
 *
 * export const handler = async (
 *   raw: RawEventBridgeEvent<
 *     CodeBuildBuildStateChangeDetail,
 *     CodeBuildBuildStateChangeDetailType
 *   >
 * ) => {
 *   const { detail } = new EventBridgeEvent(raw);
 *   if (detail['build-status'] === 'FAILED') {
 *     console.error(detail['project-name'], detail['additional-information'].logs?.['deep-link']);
 *   }
 * };
 * ```
 * @see https://docs.aws.amazon.com/codebuild/latest/userguide/sample-build-notifications.html
 */
export interface CodeBuildBuildStateChangeDetail {
  /** The status the build entered. */
  'build-status': CodeBuildBuildStatus;
  /** The name of the build project. */
  'project-name': string;
  /** The ARN of the build. */
  'build-id': string;
  /** What CodeBuild reports about the build. */
  'additional-information': CodeBuildAdditionalInformation;
  /** The phase the build is in. */
  'current-phase': CodeBuildPhaseType;
  /** Messages about the current phase, as text, e.g. `[]`. */
  'current-phase-context': string;
  /** The version of the event's format, e.g. `1`. */
  version: string;
}

/** The `detail-type` of a CodeBuild build state-change event. */
export type CodeBuildBuildStateChangeDetailType =
  'CodeBuild Build State Change';

/**
 * The `detail` of the event AWS CodeBuild sends when a build phase completes: the phase, its
 * status and timing, and the build.
 *
 * @see https://docs.aws.amazon.com/codebuild/latest/userguide/sample-build-notifications.html
 */
export interface CodeBuildBuildPhaseChangeDetail {
  /** The phase that completed. */
  'completed-phase': CodeBuildPhaseType;
  /** The name of the build project. */
  'project-name': string;
  /** The ARN of the build. */
  'build-id': string;
  /** Messages about the completed phase, as text, e.g. `[]`. */
  'completed-phase-context': string;
  /** What CodeBuild reports about the build. */
  'additional-information': CodeBuildAdditionalInformation;
  /** The status the phase completed with. */
  'completed-phase-status': CodeBuildPhaseStatus;
  /** How long the phase took, in seconds. */
  'completed-phase-duration-seconds': number;
  /** The version of the event's format, e.g. `1`. */
  version: string;
  /** When the phase started, e.g. `Sep 1, 2017 4:14:21 PM`. */
  'completed-phase-start': string;
  /** When the phase ended. */
  'completed-phase-end': string;
}

/** The `detail-type` of a CodeBuild build phase-change event. */
export type CodeBuildBuildPhaseChangeDetailType =
  'CodeBuild Build Phase Change';
