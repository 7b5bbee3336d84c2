// The `detail` of the events AWS Batch sends to EventBridge (`source` `aws.batch`) when a job
// changes status. It resembles the job as `DescribeJobs` returns it. Types only.

/** The statuses of an AWS Batch job. */
export type BatchJobStatus =
  | 'SUBMITTED'
  | 'PENDING'
  | 'RUNNABLE'
  | 'STARTING'
  | 'RUNNING'
  | 'SUCCEEDED'
  | 'FAILED';

/** A resource a job's container needs. */
export interface BatchResourceRequirement {
  /** The kind of resource: `VCPU`, `MEMORY` or `GPU`. */
  type: string;
  /** The quantity, as text, e.g. `2` or `256`. */
  value: string;
}

/** An environment variable of a job's container. */
export interface BatchEnvironmentVariable {
  /** The name of the variable. */
  name: string;
  /** The value of the variable. */
  value: string;
}

/** A secret exposed to a job's container. */
export interface BatchSecret {
  /** The name the container sees. */
  name: string;
  /** The ARN of the secret or parameter. */
  valueFrom: string;
}

/** The container of a single-container job. */
export interface BatchContainer {
  /** The image of the container. */
  image?: string | undefined;
  /** The command the container runs. */
  command?: string[] | undefined;
  /** The volumes of the container. */
  volumes?: unknown[] | undefined;
  /** The environment variables of the container. */
  environment?: BatchEnvironmentVariable[] | undefined;
  /** The mount points of the container. */
  mountPoints?: unknown[] | undefined;
  /** The ulimits of the container. */
  ulimits?: unknown[] | undefined;
  /** The network interfaces of the container. */
  networkInterfaces?: unknown[] | undefined;
  /** The resources the container needs. */
  resourceRequirements?: BatchResourceRequirement[] | undefined;
  /** The secrets exposed to the container. */
  secrets?: BatchSecret[] | undefined;
  /** The exit code of a finished container. */
  exitCode?: number | undefined;
  /** Why the container stopped. */
  reason?: string | undefined;
  /** The CloudWatch Logs stream of the container. */
  logStreamName?: string | undefined;
  /** The ARN of the ECS task of the container. */
  taskArn?: string | undefined;
  /** The ARN of the ECS container instance the container runs on. */
  containerInstanceArn?: string | undefined;
}

/** One attempt to run a job. */
export interface BatchAttempt {
  /** The container of the attempt. */
  container?: BatchContainer | undefined;
  /** When the attempt started, in milliseconds since the epoch. */
  startedAt?: number | undefined;
  /** When the attempt stopped, in milliseconds since the epoch. */
  stoppedAt?: number | undefined;
  /** Why the attempt ended in its status. */
  statusReason?: string | undefined;
}

/** How AWS Batch retries a failed job. */
export interface BatchRetryStrategy {
  /** How many times the job may be attempted. */
  attempts?: number | undefined;
  /** The conditions on which to retry or exit. */
  evaluateOnExit?: unknown[] | undefined;
}

/** A job this job depends on. */
export interface BatchJobDependency {
  /** The ID of the job. */
  jobId?: string | undefined;
  /** The kind of dependency: `N_TO_N` or `SEQUENTIAL`. */
  type?: string | undefined;
}

/**
 * The `detail` of the event AWS Batch sends when a job that was submitted changes status
 * (events are not sent for the submission itself).
 *
 * @example
 * ```ts
 * import {
 *   type BatchJobStateChangeDetail,
 *   type BatchJobStateChangeDetailType,
 *   EventBridgeEvent,
 *   type RawEventBridgeEvent,
 * } from '@evt/eventbridge';
 *
 * export const handler = async (
 *   raw: RawEventBridgeEvent<BatchJobStateChangeDetail, BatchJobStateChangeDetailType>
 * ) => {
 *   const { detail } = new EventBridgeEvent(raw);
 *   if (detail.status === 'FAILED') console.error(detail.jobName, detail.statusReason);
 * };
 * ```
 * @see https://docs.aws.amazon.com/batch/latest/userguide/batch_job_events.html
 */
export interface BatchJobStateChangeDetail {
  /** The ARN of the job. */
  jobArn?: string | undefined;
  /** The name of the job. */
  jobName: string;
  /** The ID of the job. */
  jobId: string;
  /** The ARN of the job queue. */
  jobQueue: string;
  /** The status the job entered. */
  status: BatchJobStatus;
  /** Why the job is in its status. */
  statusReason?: string | undefined;
  /** The attempts to run the job so far. */
  attempts?: BatchAttempt[] | undefined;
  /** When the job was created, in milliseconds since the epoch. */
  createdAt?: number | undefined;
  /** When the job started running, in milliseconds since the epoch. */
  startedAt?: number | undefined;
  /** When the job stopped, in milliseconds since the epoch. */
  stoppedAt?: number | undefined;
  /** How AWS Batch retries the job. */
  retryStrategy?: BatchRetryStrategy | undefined;
  /** The jobs this job depends on. */
  dependsOn?: BatchJobDependency[] | undefined;
  /** The ARN of the job definition. */
  jobDefinition: string;
  /** The parameters of the job. */
  parameters?: Record<string, string> | undefined;
  /** The container of a single-container job. */
  container?: BatchContainer | undefined;
  /** The tags of the job. */
  tags?: Record<string, string> | undefined;
  /** Whether the job's tags are put on its ECS task. */
  propagateTags?: boolean | undefined;
  /** The platforms the job runs on: `EC2` or `FARGATE`. */
  platformCapabilities?: string[] | undefined;
}

/** The `detail-type` of an AWS Batch job state-change event. */
export type BatchJobStateChangeDetailType = 'Batch Job State Change';
