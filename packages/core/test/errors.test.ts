import { describe, expect, it } from 'vitest';
import {
  DecodeError,
  EvtError,
  FieldTypeError,
  MissingFieldError,
  PayloadTooLargeError,
} from '../src/index';

describe('EvtError', () => {
  it('carries the class name, the path and the cause', () => {
    const cause = new Error('inner');

    const error = new EvtError('broken', {
      className: 'S3Event',
      path: 'Records[0]',
      cause,
    });

    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('EvtError');
    expect(error.message).toBe('broken');
    expect(error.className).toBe('S3Event');
    expect(error.path).toBe('Records[0]');
    expect(error.cause).toBe(cause);
  });

  it('defaults the class name and path to empty strings', () => {
    const error = new EvtError('broken');

    expect(error.className).toBe('');
    expect(error.path).toBe('');
    expect('cause' in error).toBe(false);
  });
});

describe('MissingFieldError', () => {
  it('names the class and the path', () => {
    const error = new MissingFieldError({
      className: 'S3Event',
      path: 'Records[0].s3.bucket.name',
    });

    expect(error).toBeInstanceOf(EvtError);
    expect(error.name).toBe('MissingFieldError');
    expect(error.message).toBe('S3Event: Records[0].s3.bucket.name is missing');
  });

  it('names only the class when the path is empty', () => {
    expect(new MissingFieldError({ className: 'S3Event' }).message).toBe(
      'S3Event is missing'
    );
  });

  it('names only the path when the class is unknown', () => {
    expect(new MissingFieldError({ path: 'body' }).message).toBe(
      'body is missing'
    );
  });
});

describe('FieldTypeError', () => {
  it('names the expected and the actual kind', () => {
    const error = new FieldTypeError('string', 'number', {
      className: 'SQSEvent',
      path: 'Records[1].body',
    });

    expect(error.name).toBe('FieldTypeError');
    expect(error.expected).toBe('string');
    expect(error.actual).toBe('number');
    expect(error.message).toBe(
      'SQSEvent: Records[1].body must be string, got number'
    );
  });
});

describe('DecodeError', () => {
  it('names the format and the detail', () => {
    const error = new DecodeError('base64', 'bad character', {
      className: 'KinesisStreamEvent',
      path: 'Records[0].kinesis.data',
    });

    expect(error.name).toBe('DecodeError');
    expect(error.format).toBe('base64');
    expect(error.message).toBe(
      'KinesisStreamEvent: Records[0].kinesis.data is not valid base64: bad character'
    );
  });

  it('says (event) when it has no location', () => {
    expect(new DecodeError('JSON', 'oops').message).toBe(
      '(event) is not valid JSON: oops'
    );
  });
});

describe('PayloadTooLargeError', () => {
  it('names the limit', () => {
    const error = new PayloadTooLargeError(1024, {
      className: 'CloudWatchLogsEvent',
      path: 'awslogs.data',
    });

    expect(error.name).toBe('PayloadTooLargeError');
    expect(error.limit).toBe(1024);
    expect(error.message).toBe(
      'CloudWatchLogsEvent: awslogs.data inflates to more than 1024 bytes (maxInflatedBytes)'
    );
  });

  it('defaults its location', () => {
    expect(new PayloadTooLargeError(1).message).toBe(
      '(event) inflates to more than 1 bytes (maxInflatedBytes)'
    );
  });
});
