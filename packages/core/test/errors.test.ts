import { describe, expect, it } from 'vitest';
import {
  DecodeError,
  EvtError,
  FieldTypeError,
  MissingFieldError,
  oneLine,
  PayloadTooLargeError,
  ValidationError,
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

  it("takes its name from the class's typeName, or the nearest base's", () => {
    class QuotaError extends DecodeError {
      static override readonly typeName: string = 'QuotaError';
    }
    class SilentDecodeError extends DecodeError {}

    const quota = new QuotaError('JSON', 'over quota');

    expect(quota.name).toBe('QuotaError');
    expect(String(quota)).toBe(
      'QuotaError: (event) is not valid JSON: over quota'
    );
    expect(quota.stack?.split('\n')[0]).toBe(String(quota));
    expect(new SilentDecodeError('JSON', 'x').name).toBe('DecodeError');
    expect(Object.keys(quota)).toContain('name');
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

describe('ValidationError', () => {
  it('names the class, the path and how many issues, and keeps the issues', () => {
    const issues = [
      {
        message: 'Invalid input: expected number, received string',
        path: ['quantity'],
      },
      { message: 'Required', path: [{ key: 'orderId' }] },
    ];

    const error = new ValidationError(issues, {
      className: 'SQSEvent',
      path: 'Records[1].body',
    });

    expect(error).toBeInstanceOf(EvtError);
    expect(error.name).toBe('ValidationError');
    expect(error.message).toBe(
      'SQSEvent: Records[1].body does not match the schema: 2 issues'
    );
    expect(error.issues).toBe(issues);
  });

  it('says "1 issue" for one, and names the event when there is no path', () => {
    const error = new ValidationError([{ message: 'Expected string' }], {
      className: 'SQSEvent',
    });

    expect(error.message).toBe('SQSEvent does not match the schema: 1 issue');
  });
});

describe('instanceof across copies of @evt/core', () => {
  // A second copy, as npm installs one nested under a package after a version conflict: the
  // same module loaded again, with classes of its own.
  async function otherCopy(): Promise<typeof import('../src/errors')> {
    const specifier = '../src/errors?second-copy';
    return import(/* @vite-ignore */ specifier);
  }

  it('is a second copy, whose classes the ordinary check tells apart', async () => {
    const other = await otherCopy();

    expect(other.EvtError).not.toBe(EvtError);
    expect(
      Function.prototype[Symbol.hasInstance].call(
        EvtError,
        new other.EvtError('x')
      )
    ).toBe(false);
  });

  it('recognises each error class of the other copy as its own', async () => {
    const other = await otherCopy();
    const location = { className: 'S3Event', path: 'Records[0].s3' };
    const pairs: [
      Error,
      Error,
      abstract new (...args: never[]) => Error,
      abstract new (...args: never[]) => Error,
    ][] = [
      [new other.EvtError('x'), new EvtError('x'), EvtError, other.EvtError],
      [
        new other.MissingFieldError(location),
        new MissingFieldError(location),
        MissingFieldError,
        other.MissingFieldError,
      ],
      [
        new other.FieldTypeError('string', 'number', location),
        new FieldTypeError('string', 'number', location),
        FieldTypeError,
        other.FieldTypeError,
      ],
      [
        new other.DecodeError('JSON', 'bad', location),
        new DecodeError('JSON', 'bad', location),
        DecodeError,
        other.DecodeError,
      ],
      [
        new other.PayloadTooLargeError(10, location),
        new PayloadTooLargeError(10, location),
        PayloadTooLargeError,
        other.PayloadTooLargeError,
      ],
      [
        new other.ValidationError([], location),
        new ValidationError([], location),
        ValidationError,
        other.ValidationError,
      ],
    ];

    for (const [fromOther, fromThis, ThisClass, OtherClass] of pairs) {
      expect(fromOther).toBeInstanceOf(ThisClass);
      expect(fromOther).toBeInstanceOf(EvtError);
      expect(fromThis).toBeInstanceOf(OtherClass);
      expect(fromThis).toBeInstanceOf(other.EvtError);
    }
  });

  it('does not confuse one error class with another', async () => {
    const other = await otherCopy();
    const missing = new other.MissingFieldError({ path: 'body' });

    expect(missing).not.toBeInstanceOf(DecodeError);
    expect(missing).not.toBeInstanceOf(FieldTypeError);
    expect(new other.EvtError('x')).not.toBeInstanceOf(MissingFieldError);
    expect(new EvtError('x')).not.toBeInstanceOf(other.ValidationError);
  });

  it('keeps the ordinary check for a subclass of your own', async () => {
    const other = await otherCopy();
    class OrderError extends EvtError {}
    class MissingOrderField extends MissingFieldError {}

    expect(new OrderError('x')).toBeInstanceOf(OrderError);
    expect(new OrderError('x')).toBeInstanceOf(other.EvtError);
    expect(new MissingOrderField({ path: 'id' })).toBeInstanceOf(
      other.MissingFieldError
    );
    expect(new EvtError('x')).not.toBeInstanceOf(OrderError);
    expect(new other.EvtError('x')).not.toBeInstanceOf(OrderError);
    expect(new MissingFieldError({ path: 'id' })).not.toBeInstanceOf(
      MissingOrderField
    );
    expect(new OrderError('x')).not.toBeInstanceOf(MissingOrderField);
  });

  it('is false for values that are not errors of evt', async () => {
    const other = await otherCopy();

    for (const value of [
      new Error('x'),
      new TypeError('x'),
      { name: 'EvtError', message: 'x' },
      Object.create(null),
      null,
      undefined,
      'EvtError',
      42,
      // Branded, with a prototype that has no constructor: read without throwing.
      Object.create(
        Object.assign(Object.create(null), {
          [Symbol.for('@evt/core/error')]: true,
        })
      ),
    ]) {
      expect(value instanceof EvtError).toBe(false);
      expect(value instanceof other.MissingFieldError).toBe(false);
    }
  });
});

describe('oneLine', () => {
  it('keeps text of exactly max characters whole, and cuts one more around a …', () => {
    expect(oneLine('a'.repeat(200), 200)).toBe('a'.repeat(200));
    expect(oneLine(`${'a'.repeat(100)}${'b'.repeat(101)}`, 200)).toBe(
      `${'a'.repeat(99)}…${'b'.repeat(99)}`
    );
    expect(oneLine('tab\there', 20)).toBe('tab\\u0009here');
  });
});
