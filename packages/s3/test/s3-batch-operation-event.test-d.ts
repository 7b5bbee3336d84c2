import type {
  S3BatchEvent,
  S3BatchEventTask,
  S3BatchResultResultCode,
} from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type RawS3BatchOperationEvent,
  type RawS3BatchOperationResponse,
  type RawS3BatchOperationResponseRecord,
  type RawS3BatchOperationTask,
  S3BatchOperationEvent,
  type S3BatchOperationJob,
  S3BatchOperationResponse,
  S3BatchOperationResponseRecord,
  type S3BatchOperationResultCode,
  type S3BatchOperationTask,
} from '../src/s3-batch-operation-event';

describe('S3BatchOperationEvent types', () => {
  it('accepts the @types/aws-lambda event', () => {
    expectTypeOf<S3BatchEvent>().toExtend<RawS3BatchOperationEvent>();
    expectTypeOf<S3BatchEventTask>().toExtend<RawS3BatchOperationTask>();
    expectTypeOf<S3BatchOperationResultCode>().toEqualTypeOf<S3BatchResultResultCode>();
  });

  it('types the getters', () => {
    const event = new S3BatchOperationEvent({} as RawS3BatchOperationEvent);

    expectTypeOf(event.invocationId).toEqualTypeOf<string>();
    expectTypeOf(event.invocationSchemaVersion).toEqualTypeOf<string>();
    expectTypeOf(event.tasks).toEqualTypeOf<S3BatchOperationTask[]>();
    expectTypeOf(event.task).toEqualTypeOf<S3BatchOperationTask>();
    expectTypeOf(event.job).toEqualTypeOf<S3BatchOperationJob>();
    expectTypeOf(event.job.userArguments).toEqualTypeOf<
      Readonly<Record<string, string>>
    >();
    expectTypeOf(event.task.s3VersionId).toEqualTypeOf<string | undefined>();
    expectTypeOf(event.task.s3BucketArn).toEqualTypeOf<string | undefined>();
    expectTypeOf(event.task.s3Bucket).toEqualTypeOf<string>();
    expectTypeOf(
      event.task.buildTaskBatchResponse()
    ).toEqualTypeOf<S3BatchOperationResponseRecord>();
  });

  it('types the response', () => {
    const response = new S3BatchOperationResponse('1.0', 'id');

    expectTypeOf(
      response.asDict()
    ).toEqualTypeOf<RawS3BatchOperationResponse>();
    expectTypeOf(
      response.toJSON()
    ).toEqualTypeOf<RawS3BatchOperationResponse>();
    expectTypeOf(
      new S3BatchOperationResponseRecord('t', 'Succeeded').asDict()
    ).toEqualTypeOf<RawS3BatchOperationResponseRecord>();
    // @ts-expect-error only the three documented result codes are accepted
    new S3BatchOperationResponseRecord('t', 'Failed');
  });
});
