import {
  DecodeError,
  EvtError,
  FieldTypeError,
  MissingFieldError,
} from '@evt/core';
import { loadEvent } from '@evt/tooling-config/events';
import { expectEvtError, patchEvent } from '@evt/tooling-config/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type RawS3BatchOperationEvent,
  S3BatchOperationEvent,
  S3BatchOperationJob,
  S3BatchOperationResponse,
  S3BatchOperationResponseRecord,
  type S3BatchOperationResultCode,
  S3BatchOperationTask,
  VALID_RESULT_CODES,
} from '../src/s3-batch-operation-event';

const raw = (name = 's3-batch-operation-event'): RawS3BatchOperationEvent =>
  loadEvent<RawS3BatchOperationEvent>(name);

const load = (name?: string): S3BatchOperationEvent =>
  new S3BatchOperationEvent(raw(name));

const v2 = (): S3BatchOperationEvent => load('s3-batch-operation-event.v2');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('S3BatchOperationEvent', () => {
  describe('invocationId', () => {
    it('returns the invocation ID', () => {
      expect(load().invocationId).toBe(
        'YXNkbGZqYWRmaiBhc2RmdW9hZHNmZGpmaGFzbGtkaGZza2RmaAo'
      );
    });
  });

  describe('invocationSchemaVersion', () => {
    it('returns 1.0 for schema 1.0', () => {
      expect(load().invocationSchemaVersion).toBe('1.0');
    });

    it('returns 2.0 for schema 2.0', () => {
      expect(v2().invocationSchemaVersion).toBe('2.0');
    });
  });

  describe('tasks', () => {
    it('wraps every task, the same array on every access', () => {
      const source = raw();
      const event = new S3BatchOperationEvent(source);

      expect(event.tasks).toHaveLength(1);
      expect(event.tasks[0]).toBeInstanceOf(S3BatchOperationTask);
      expect(event.tasks[0]?.rawEvent).toBe(source.tasks[0]);
      expect(event.tasks).toBe(event.tasks);
    });
  });

  describe('task', () => {
    it('returns the first task', () => {
      const event = load();

      expect(event.task).toBe(event.tasks[0]);
      expect(event.task.taskId).toBe('dGFza2lkZ29lc2hlcmUK');
    });
  });

  describe('job', () => {
    it('wraps job, the same wrapper on every access', () => {
      const source = raw();
      const event = new S3BatchOperationEvent(source);

      expect(event.job).toBeInstanceOf(S3BatchOperationJob);
      expect(event.job.rawEvent).toBe(source.job);
      expect(event.job).toBe(event.job);
    });
  });
});

describe('S3BatchOperationJob', () => {
  describe('id', () => {
    it('returns the job ID', () => {
      expect(load().job.id).toBe('f3cc4f60-61f6-4a2b-8a21-d07600c373ce');
    });
  });

  describe('userArguments', () => {
    it('returns the user arguments of schema 2.0', () => {
      expect(v2().job.userArguments).toEqual({ k1: 'v1', k2: 'v2' });
    });

    it('returns an empty object for schema 1.0', () => {
      expect(load().job.userArguments).toEqual({});
    });
  });
});

describe('S3BatchOperationTask', () => {
  describe('taskId', () => {
    it('returns the task ID', () => {
      expect(v2().task.taskId).toBe('dGFza2lkZ29lc2hlcmUK');
    });
  });

  describe('s3Key', () => {
    it('returns the key', () => {
      expect(load().task.s3Key).toBe('customerImage1.jpg');
    });

    it('URL-decodes the key', () => {
      expect(v2().task.s3Key).toBe('Sample Object(2).txt');
    });

    it('decodes the key once, however often it is read', () => {
      const task = v2().task;
      const decode = vi.spyOn(globalThis, 'decodeURIComponent');

      const first = task.s3Key;
      const again = task.s3Key;

      expect(first).toBe('Sample Object(2).txt');
      expect(again).toBe('Sample Object(2).txt');
      expect(decode).toHaveBeenCalledTimes(1);
    });
  });

  describe('s3VersionId', () => {
    it('returns the version ID', () => {
      expect(load().task.s3VersionId).toBe('1');
    });

    it('returns undefined when S3 sends null', () => {
      expect(v2().task.s3VersionId).toBeUndefined();
    });
  });

  describe('s3BucketArn', () => {
    it('returns the bucket ARN of schema 1.0', () => {
      expect(load().task.s3BucketArn).toBe('arn:aws:s3:::amzn-s3-demo-bucket1');
    });

    it('returns undefined for schema 2.0', () => {
      expect(v2().task.s3BucketArn).toBeUndefined();
    });
  });

  describe('s3Bucket', () => {
    it('derives the bucket name from the ARN for schema 1.0', () => {
      expect(load().task.s3Bucket).toBe('amzn-s3-demo-bucket1');
    });

    it('returns the bucket name of schema 2.0', () => {
      expect(v2().task.s3Bucket).toBe('amzn-s3-demo-bucket');
    });

    it('returns s3Bucket when a schema 1.0 task carries it instead of the ARN', () => {
      const event = new S3BatchOperationEvent(
        patchEvent<RawS3BatchOperationEvent>(
          's3-batch-operation-event',
          (event) => {
            delete event.tasks[0]?.s3BucketArn;
            Object.assign(event.tasks[0] ?? {}, { s3Bucket: 'named-bucket' });
          }
        )
      );

      expect(event.task.s3Bucket).toBe('named-bucket');
    });

    it('returns an empty name for an empty schema 1.0 ARN', () => {
      const event = new S3BatchOperationEvent(
        patchEvent<RawS3BatchOperationEvent>(
          's3-batch-operation-event',
          (event) => {
            Object.assign(event.tasks[0] ?? {}, { s3BucketArn: '' });
          }
        )
      );

      expect(event.task.s3Bucket).toBe('');
    });

    it('returns an ARN without ::: whole', () => {
      const task = new S3BatchOperationTask({
        taskId: 't',
        s3Key: 'k',
        s3BucketArn: 'amzn-s3-demo-bucket',
      });

      expect(task.s3Bucket).toBe('amzn-s3-demo-bucket');
    });
  });

  describe('buildTaskBatchResponse', () => {
    it('returns a Succeeded result with an empty string by default', () => {
      const result = load().task.buildTaskBatchResponse();

      expect(result).toBeInstanceOf(S3BatchOperationResponseRecord);
      expect(result.asDict()).toEqual({
        taskId: 'dGFza2lkZ29lc2hlcmUK',
        resultCode: 'Succeeded',
        resultString: '',
      });
    });

    it('returns the given code and message', () => {
      const result = load().task.buildTaskBatchResponse(
        'TemporaryFailure',
        'Timeout - trying again'
      );

      expect(result.taskId).toBe('dGFza2lkZ29lc2hlcmUK');
      expect(result.resultCode).toBe('TemporaryFailure');
      expect(result.resultString).toBe('Timeout - trying again');
    });
  });
});

describe('S3BatchOperationResponseRecord', () => {
  describe('asDict', () => {
    it('returns the result as S3 reads it', () => {
      const record = new S3BatchOperationResponseRecord(
        'dGFza2lkZ29lc2hlcmUK',
        'Succeeded',
        '["Mary Major", "John Stiles"]'
      );

      expect(record.asDict()).toEqual({
        taskId: 'dGFza2lkZ29lc2hlcmUK',
        resultCode: 'Succeeded',
        resultString: '["Mary Major", "John Stiles"]',
      });
    });

    it('returns a null resultString when none was given', () => {
      const record = new S3BatchOperationResponseRecord(
        't',
        'PermanentFailure'
      );

      expect(record.asDict().resultString).toBeNull();
    });

    it('emits a warning for an invalid result code', () => {
      const warn = vi
        .spyOn(process, 'emitWarning')
        .mockImplementation(() => {});
      const record = new S3BatchOperationResponseRecord(
        't',
        'Failed' as S3BatchOperationResultCode
      );

      expect(record.asDict().resultCode).toBe('Failed');
      expect(warn).toHaveBeenCalledWith(
        `The resultCode "Failed" is not valid; use one of 'Succeeded', 'TemporaryFailure', 'PermanentFailure'`,
        { code: 'EVT_S3_RESULT_CODE' }
      );
    });
  });

  describe('toJSON', () => {
    it('returns the same object as asDict', () => {
      const record = new S3BatchOperationResponseRecord('t', 'Succeeded', 'ok');

      expect(JSON.parse(JSON.stringify(record))).toEqual(record.asDict());
    });
  });
});

describe('S3BatchOperationResponse', () => {
  describe('constructor', () => {
    it('defaults treatMissingKeysAs to Succeeded and results to empty', () => {
      const response = new S3BatchOperationResponse('1.0', 'id');

      expect(response.treatMissingKeysAs).toBe('Succeeded');
      expect(response.results).toEqual([]);
      expect(response.invocationSchemaVersion).toBe('1.0');
      expect(response.invocationId).toBe('id');
    });

    it('emits a warning for an invalid treatMissingKeysAs', () => {
      const warn = vi
        .spyOn(process, 'emitWarning')
        .mockImplementation(() => {});

      new S3BatchOperationResponse(
        '1.0',
        'id',
        'Ignore' as S3BatchOperationResultCode
      );

      expect(warn).toHaveBeenCalledWith(
        `The treatMissingKeysAs value "Ignore" is not valid; use one of 'Succeeded', 'TemporaryFailure', 'PermanentFailure'`,
        { code: 'EVT_S3_RESULT_CODE' }
      );
    });

    it('emits no warning for a valid code', () => {
      const warn = vi
        .spyOn(process, 'emitWarning')
        .mockImplementation(() => {});

      new S3BatchOperationResponse('1.0', 'id', 'PermanentFailure');

      expect(warn).not.toHaveBeenCalled();
    });
  });

  describe('addResult', () => {
    it('appends a result', () => {
      const response = new S3BatchOperationResponse('1.0', 'id');
      const result = new S3BatchOperationResponseRecord('t', 'Succeeded');

      response.addResult(result);

      expect(response.results).toEqual([result]);
    });
  });

  describe('asDict', () => {
    it('returns the response S3 Batch Operations expects', () => {
      const event = load();
      const response = new S3BatchOperationResponse(
        event.invocationSchemaVersion,
        event.invocationId,
        'PermanentFailure'
      );
      response.addResult(
        event.task.buildTaskBatchResponse(
          'Succeeded',
          '["Mary Major", "John Stiles"]'
        )
      );

      const result = response.asDict();

      expect(result).toEqual({
        invocationSchemaVersion: '1.0',
        treatMissingKeysAs: 'PermanentFailure',
        invocationId: 'YXNkbGZqYWRmaiBhc2RmdW9hZHNmZGpmaGFzbGtkaGZza2RmaAo',
        results: [
          {
            taskId: 'dGFza2lkZ29lc2hlcmUK',
            resultCode: 'Succeeded',
            resultString: '["Mary Major", "John Stiles"]',
          },
        ],
      });
    });

    it('throws EvtError when there is no result', () => {
      const response = new S3BatchOperationResponse('2.0', 'id');

      expectEvtError(
        () => response.asDict(),
        EvtError,
        'S3BatchOperationResponse: results must hold exactly one result, got 0'
      );
    });

    it('throws EvtError when there are two results', () => {
      const result = new S3BatchOperationResponseRecord('t', 'Succeeded');
      const response = new S3BatchOperationResponse('2.0', 'id', 'Succeeded', [
        result,
        result,
      ]);

      expectEvtError(
        () => response.asDict(),
        EvtError,
        'S3BatchOperationResponse: results must hold exactly one result, got 2'
      );
    });
  });

  describe('toJSON', () => {
    it('serialises to the same object as asDict', () => {
      const response = new S3BatchOperationResponse('2.0', 'id', 'Succeeded', [
        new S3BatchOperationResponseRecord('t', 'Succeeded', 'ok'),
      ]);

      expect(JSON.parse(JSON.stringify(response))).toEqual(response.asDict());
      expect(response.toJSON()).toEqual(response.asDict());
    });
  });
});

describe('VALID_RESULT_CODES', () => {
  it('lists the three result codes', () => {
    expect(VALID_RESULT_CODES).toEqual([
      'Succeeded',
      'TemporaryFailure',
      'PermanentFailure',
    ]);
  });
});

describe('malformed input', () => {
  const patched = (
    // biome-ignore lint/suspicious/noExplicitAny: the patches write shapes the raw type forbids
    patch: (event: any) => void,
    name = 's3-batch-operation-event'
  ): S3BatchOperationEvent =>
    new S3BatchOperationEvent(
      patchEvent<RawS3BatchOperationEvent>(name, patch)
    );

  it('throws MissingFieldError when tasks is missing', () => {
    const event = patched((event) => {
      delete event.tasks;
    });

    expectEvtError(
      () => event.tasks,
      MissingFieldError,
      'S3BatchOperationEvent: tasks is missing'
    );
  });

  it('throws MissingFieldError naming tasks[0] when tasks is empty', () => {
    const event = patched((event) => {
      event.tasks = [];
    });

    expectEvtError(
      () => event.task,
      MissingFieldError,
      'S3BatchOperationEvent: tasks[0] is missing'
    );
  });

  it('throws MissingFieldError when job is missing', () => {
    const event = patched((event) => {
      delete event.job;
    });

    expectEvtError(
      () => event.job,
      MissingFieldError,
      'S3BatchOperationEvent: job is missing'
    );
  });

  it('throws MissingFieldError naming s3BucketArn when a schema 1.0 task has no bucket', () => {
    const event = patched((event) => {
      delete event.tasks[0].s3BucketArn;
    });

    expectEvtError(
      () => event.task.s3Bucket,
      MissingFieldError,
      'S3BatchOperationEvent: tasks[0].s3BucketArn is missing'
    );
  });

  it('throws MissingFieldError naming s3Bucket when a schema 2.0 task has no bucket', () => {
    const event = patched((event) => {
      delete event.tasks[0].s3Bucket;
    }, 's3-batch-operation-event.v2');

    expectEvtError(
      () => event.task.s3Bucket,
      MissingFieldError,
      'S3BatchOperationEvent: tasks[0].s3Bucket is missing'
    );
  });

  it('throws MissingFieldError naming s3Bucket when a task outside an event has no bucket', () => {
    const task = new S3BatchOperationTask({ taskId: 't', s3Key: 'k' });

    expectEvtError(
      () => task.s3Bucket,
      MissingFieldError,
      'S3BatchOperationTask: s3Bucket is missing'
    );
  });

  it('throws FieldTypeError naming s3BucketArn when a schema 1.0 task has a numeric ARN', () => {
    const event = patched((event) => {
      event.tasks[0].s3BucketArn = 5;
    });

    expectEvtError(
      () => event.task.s3Bucket,
      FieldTypeError,
      'S3BatchOperationEvent: tasks[0].s3BucketArn must be string, got number'
    );
  });

  it('throws DecodeError for a malformed escape in the key', () => {
    const event = patched((event) => {
      event.tasks[0].s3Key = 'a%2';
    });

    expectEvtError(
      () => event.task.s3Key,
      DecodeError,
      'S3BatchOperationEvent: tasks[0].s3Key is not valid URL encoding: malformed percent-escape'
    );
  });

  it('throws FieldTypeError when a user argument is not a string', () => {
    const event = patched((event) => {
      event.job.userArguments = { k1: 1 };
    });

    expectEvtError(
      () => event.job.userArguments,
      FieldTypeError,
      'S3BatchOperationEvent: job.userArguments.k1 must be string, got number'
    );
  });

  it('throws MissingFieldError from buildTaskBatchResponse without a task ID', () => {
    const event = patched((event) => {
      delete event.tasks[0].taskId;
    });

    expectEvtError(
      () => event.task.buildTaskBatchResponse(),
      MissingFieldError,
      'S3BatchOperationEvent: tasks[0].taskId is missing'
    );
  });

  it('throws FieldTypeError when the job ID is a number', () => {
    const event = patched((event) => {
      event.job = { id: 5 };
    });

    expectEvtError(
      () => event.job.id,
      FieldTypeError,
      'S3BatchOperationEvent: job.id must be string, got number'
    );
  });
});
