import {
  child,
  EventWrapper,
  EvtError,
  firstOf,
  optionalString,
  requireString,
  stringMapOrEmpty,
  wrapEach,
} from '@evt/core';
import { unquotePlus } from './unquote-plus';

/**
 * The result of one S3 Batch Operations task: `Succeeded`, `TemporaryFailure` (S3 retries
 * the task) or `PermanentFailure`.
 */
export type S3BatchOperationResultCode =
  | 'Succeeded'
  | 'TemporaryFailure'
  | 'PermanentFailure';

/** The result codes S3 Batch Operations accepts, in the order AWS lists them. */
export const VALID_RESULT_CODES: readonly S3BatchOperationResultCode[] = [
  'Succeeded',
  'TemporaryFailure',
  'PermanentFailure',
];

/** The `job` part of an S3 Batch Operations event. */
export interface RawS3BatchOperationJob {
  /** The ID of the Batch Operations job. */
  id: string;
  /** The key-value pairs given when the job was created (schema `2.0` only). */
  userArguments?: Readonly<Record<string, string>> | null | undefined;
}

/** One task of an S3 Batch Operations event. */
export interface RawS3BatchOperationTask {
  /** The ID of the task. */
  taskId: string;
  /** The object key, URL-encoded. */
  s3Key: string;
  /** The object version, or `null` when the bucket is not versioned. */
  s3VersionId?: string | null | undefined;
  /** The bucket ARN (schema `1.0`). */
  s3BucketArn?: string | undefined;
  /** The bucket name (schema `2.0`). */
  s3Bucket?: string | undefined;
}

/** The event S3 Batch Operations sends to a Lambda function, as AWS documents it. */
export interface RawS3BatchOperationEvent {
  /** The schema version of the event, `1.0` or `2.0`. */
  invocationSchemaVersion: string;
  /** The ID of this invocation. */
  invocationId: string;
  /** The job the task belongs to. */
  job: RawS3BatchOperationJob;
  /** The tasks to perform; S3 currently sends one per invocation. */
  tasks: RawS3BatchOperationTask[];
}

/** One result of an S3 Batch Operations response, as S3 reads it. */
export interface RawS3BatchOperationResponseRecord {
  /** The ID of the task, copied from the event. */
  taskId: string;
  /** The outcome of the task. */
  resultCode: S3BatchOperationResultCode;
  /** A message S3 writes to the completion report, or `null`. */
  resultString: string | null;
}

/** The response a Lambda function returns to S3 Batch Operations, as S3 reads it. */
export interface RawS3BatchOperationResponse {
  /** The schema version, copied from the event. */
  invocationSchemaVersion: string;
  /** The result code S3 uses for tasks the response does not mention. */
  treatMissingKeysAs: S3BatchOperationResultCode;
  /** The ID of the invocation, copied from the event. */
  invocationId: string;
  /** The task results. */
  results: RawS3BatchOperationResponseRecord[];
}

/** The bucket name in a bucket ARN: the part after `:::`, or the whole text without one. */
function bucketOfArn(arn: string): string {
  const separator = arn.lastIndexOf(':::');
  return separator === -1 ? arn : arn.slice(separator + 3);
}

function warnIfInvalid(code: string, what: string): void {
  if ((VALID_RESULT_CODES as readonly string[]).includes(code)) return;
  process.emitWarning(
    `${what} ${JSON.stringify(code)} is not valid; use one of ${VALID_RESULT_CODES.map(
      (valid) => `'${valid}'`
    ).join(', ')}`,
    { code: 'EVT_S3_RESULT_CODE' }
  );
}

/**
 * The result of one task, for the response a Lambda function returns to S3 Batch Operations.
 * Build one with {@link S3BatchOperationTask.buildTaskBatchResponse} or directly.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/batch-ops-invoke-lambda.html
 * @example
 * ```ts
 * import { S3BatchOperationResponseRecord } from '@evt/s3';
 *
 * const result = new S3BatchOperationResponseRecord('dGFza2lk', 'Succeeded', 'copied');
 * result.asDict(); // { taskId: 'dGFza2lk', resultCode: 'Succeeded', resultString: 'copied' }
 * ```
 */
export class S3BatchOperationResponseRecord {
  /** The ID of the task, copied from the event. */
  taskId: string;
  /** The outcome of the task. */
  resultCode: S3BatchOperationResultCode;
  /** A message S3 writes to the completion report; `undefined` is sent as `null`. */
  resultString: string | undefined;

  /**
   * Creates the result of one task.
   *
   * @param taskId The ID of the task, copied from the event.
   * @param resultCode The outcome of the task.
   * @param resultString A message for the completion report.
   */
  constructor(
    taskId: string,
    resultCode: S3BatchOperationResultCode,
    resultString?: string
  ) {
    this.taskId = taskId;
    this.resultCode = resultCode;
    this.resultString = resultString;
  }

  /**
   * Returns the result as S3 Batch Operations reads it. An invalid result code emits a
   * process warning (`EVT_S3_RESULT_CODE`), as the result would fail the task.
   *
   * @returns The plain result object.
   */
  asDict(): RawS3BatchOperationResponseRecord {
    warnIfInvalid(this.resultCode, 'The resultCode');
    return {
      taskId: this.taskId,
      resultCode: this.resultCode,
      resultString: this.resultString ?? null,
    };
  }

  /**
   * Returns the same object as {@link S3BatchOperationResponseRecord.asDict}, so
   * `JSON.stringify` gives what S3 expects.
   *
   * @returns The plain result object.
   */
  toJSON(): RawS3BatchOperationResponseRecord {
    return this.asDict();
  }
}

/**
 * The response a Lambda function returns to S3 Batch Operations: the invocation it answers
 * and the result of its task. Return it from the handler (it serialises through `toJSON`) or
 * return `asDict()`.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/batch-ops-invoke-lambda.html
 * @example
 * ```ts
 * import {
 *   type RawS3BatchOperationEvent,
 *   S3BatchOperationEvent,
 *   S3BatchOperationResponse,
 * } from '@evt/s3';
 *
 * export const handler = async (raw: RawS3BatchOperationEvent) => {
 *   const event = new S3BatchOperationEvent(raw);
 *   const response = new S3BatchOperationResponse(
 *     event.invocationSchemaVersion,
 *     event.invocationId,
 *     'PermanentFailure'
 *   );
 *   const task = event.task;
 *   response.addResult(
 *     task.buildTaskBatchResponse('Succeeded', `s3://${task.s3Bucket}/${task.s3Key}`)
 *   );
 *   return response;
 * };
 * ```
 */
export class S3BatchOperationResponse {
  /** The schema version, copied from the event (`1.0` or `2.0`). */
  invocationSchemaVersion: string;
  /** The ID of the invocation, copied from the event. */
  invocationId: string;
  /** The result code S3 uses for tasks the response does not mention; `Succeeded` unless set. */
  treatMissingKeysAs: S3BatchOperationResultCode;
  /** The task results; S3 expects exactly one. */
  results: S3BatchOperationResponseRecord[];

  /**
   * Creates the response. An invalid `treatMissingKeysAs` emits a process warning
   * (`EVT_S3_RESULT_CODE`).
   *
   * @param invocationSchemaVersion The schema version, copied from the event.
   * @param invocationId The ID of the invocation, copied from the event.
   * @param treatMissingKeysAs The result code for tasks the response does not mention.
   * @param results The task results, if already known; add more with `addResult`.
   */
  constructor(
    invocationSchemaVersion: string,
    invocationId: string,
    treatMissingKeysAs: S3BatchOperationResultCode = 'Succeeded',
    results: S3BatchOperationResponseRecord[] = []
  ) {
    this.invocationSchemaVersion = invocationSchemaVersion;
    this.invocationId = invocationId;
    this.treatMissingKeysAs = treatMissingKeysAs;
    this.results = results;
    warnIfInvalid(treatMissingKeysAs, 'The treatMissingKeysAs value');
  }

  /**
   * Adds the result of a task.
   *
   * @param result The result to add.
   */
  addResult(result: S3BatchOperationResponseRecord): void {
    this.results.push(result);
  }

  /**
   * Returns the response as S3 Batch Operations reads it.
   *
   * @returns The plain response object.
   * @throws {@link EvtError} when the response does not hold exactly one result.
   */
  asDict(): RawS3BatchOperationResponse {
    const count = this.results.length;
    if (count !== 1) {
      throw new EvtError(
        `S3BatchOperationResponse: results must hold exactly one result, got ${count}`,
        { className: 'S3BatchOperationResponse', path: 'results' }
      );
    }
    return {
      invocationSchemaVersion: this.invocationSchemaVersion,
      treatMissingKeysAs: this.treatMissingKeysAs,
      invocationId: this.invocationId,
      results: this.results.map((result) => result.asDict()),
    };
  }

  /**
   * Returns the same object as {@link S3BatchOperationResponse.asDict}, so returning the
   * response from a handler gives S3 what it expects.
   *
   * @returns The plain response object.
   * @throws {@link EvtError} when the response does not hold exactly one result.
   */
  toJSON(): RawS3BatchOperationResponse {
    return this.asDict();
  }
}

/**
 * Wrapper for the job part (`job`) of the event that S3 Batch Operations sends when a job
 * invokes a Lambda function.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/batch-ops-invoke-lambda.html
 */
export class S3BatchOperationJob extends EventWrapper<RawS3BatchOperationJob> {
  static override readonly typeName: string = 'S3BatchOperationJob';

  /** The ID of the Batch Operations job (`id`). */
  get id(): string {
    return requireString(this, this.raw.id, 'id');
  }

  /**
   * The key-value pairs given when the job was created, schema `2.0` only
   * (`userArguments`). Empty object when the event has none.
   */
  get userArguments(): Readonly<Record<string, string>> {
    return stringMapOrEmpty(this, this.raw.userArguments, 'userArguments');
  }
}

/**
 * Wrapper for one task (`tasks[n]`) of the event that S3 Batch Operations sends when a job
 * invokes a Lambda function.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/batch-ops-invoke-lambda.html
 */
export class S3BatchOperationTask extends EventWrapper<RawS3BatchOperationTask> {
  static override readonly typeName: string = 'S3BatchOperationTask';
  #s3Key?: string;

  /** The ID of the task (`taskId`). */
  get taskId(): string {
    return requireString(this, this.raw.taskId, 'taskId');
  }

  /**
   * The object key, URL-decoded: `+` is a space, then percent-escapes are decoded (`s3Key`).
   *
   * @throws {@link DecodeError} when the key holds a malformed percent-escape.
   */
  get s3Key(): string {
    return (this.#s3Key ??= unquotePlus(
      this,
      requireString(this, this.raw.s3Key, 's3Key'),
      's3Key'
    ));
  }

  /** The version of the object, or `undefined` when the bucket is not versioned (`s3VersionId`). */
  get s3VersionId(): string | undefined {
    return optionalString(this, this.raw.s3VersionId, 's3VersionId');
  }

  /** The ARN of the bucket, present with schema `1.0` only (`s3BucketArn`). */
  get s3BucketArn(): string | undefined {
    return optionalString(this, this.raw.s3BucketArn, 's3BucketArn');
  }

  /**
   * The name of the bucket: the part of `s3BucketArn` after `:::` (schema `1.0`), else
   * `s3Bucket` (schema `2.0`).
   *
   * @throws {@link MissingFieldError} when the task has neither field, naming the one its
   * event's schema uses: `s3BucketArn` when the event's `invocationSchemaVersion` is `1.0`,
   * else `s3Bucket`.
   */
  get s3Bucket(): string {
    const arn = this.s3BucketArn;
    if (arn) return bucketOfArn(arn);
    if (
      this.raw.s3Bucket == null &&
      this.parentWrapper?.get('invocationSchemaVersion') === '1.0'
    ) {
      return bucketOfArn(
        requireString(this, this.raw.s3BucketArn, 's3BucketArn')
      );
    }
    return requireString(this, this.raw.s3Bucket, 's3Bucket');
  }

  /**
   * Builds the result of this task for the response, with this task's ID.
   *
   * @param resultCode The outcome of the task; `Succeeded` unless given.
   * @param resultString A message for the completion report; empty unless given.
   * @returns The result, ready for {@link S3BatchOperationResponse.addResult}.
   * @throws {@link MissingFieldError} when the task has no `taskId`.
   */
  buildTaskBatchResponse(
    resultCode: S3BatchOperationResultCode = 'Succeeded',
    resultString = ''
  ): S3BatchOperationResponseRecord {
    return new S3BatchOperationResponseRecord(
      this.taskId,
      resultCode,
      resultString
    );
  }
}

/**
 * Wrapper for the event that S3 Batch Operations sends when a job invokes a Lambda function
 * on an object (schema `1.0` or `2.0`).
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/batch-ops-invoke-lambda.html
 * @example
 * ```ts
 * import {
 *   type RawS3BatchOperationEvent,
 *   S3BatchOperationEvent,
 *   S3BatchOperationResponse,
 * } from '@evt/s3';
 *
 * export const handler = async (raw: RawS3BatchOperationEvent) => {
 *   const event = new S3BatchOperationEvent(raw);
 *   const task = event.task;
 *   console.log(event.job.id, task.s3Bucket, task.s3Key);
 *   return new S3BatchOperationResponse(
 *     event.invocationSchemaVersion,
 *     event.invocationId,
 *     'PermanentFailure',
 *     [task.buildTaskBatchResponse('Succeeded', 'done')]
 *   );
 * };
 * ```
 */
export class S3BatchOperationEvent extends EventWrapper<RawS3BatchOperationEvent> {
  static override readonly typeName: string = 'S3BatchOperationEvent';
  #job?: S3BatchOperationJob;
  #tasks?: S3BatchOperationTask[];

  /** The ID of this invocation, to copy into the response (`invocationId`). */
  get invocationId(): string {
    return requireString(this, this.raw.invocationId, 'invocationId');
  }

  /** The schema version of the event, `1.0` or `2.0`, to copy into the response (`invocationSchemaVersion`). */
  get invocationSchemaVersion(): string {
    return requireString(
      this,
      this.raw.invocationSchemaVersion,
      'invocationSchemaVersion'
    );
  }

  /** The tasks to perform, in order (`tasks`). */
  get tasks(): S3BatchOperationTask[] {
    return (this.#tasks ??= wrapEach(this, 'tasks', S3BatchOperationTask));
  }

  /**
   * The first task (`tasks[0]`).
   *
   * @throws {@link MissingFieldError} when `tasks` is empty.
   */
  get task(): S3BatchOperationTask {
    return firstOf(this, this.tasks, 'tasks');
  }

  /** The job the task belongs to (`job`). */
  get job(): S3BatchOperationJob {
    return (this.#job ??= child(this, 'job', S3BatchOperationJob));
  }
}
