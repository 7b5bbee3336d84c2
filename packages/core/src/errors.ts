/** Options common to every {@link EvtError}. */
export interface EvtErrorOptions {
  /** The wrapper class the failing read started from, e.g. `S3Event`. */
  readonly className?: string;
  /** The path of the field inside the raw event, e.g. `Records[0].s3.bucket.name`. */
  readonly path?: string;
  /** The underlying error, when there is one. */
  readonly cause?: unknown;
}

function where(options: EvtErrorOptions): string {
  const { className, path } = options;
  if (className && path) return `${className}: ${path}`;
  return className || path || '(event)';
}

/**
 * The base class of every error evt throws. Catch this to handle any malformed event.
 *
 * @example
 * ```ts
 * import { EvtError } from '@evt/core';
 * import { S3Event } from '@evt/s3';
 *
 * export const handler = async (raw: unknown) => {
 *   try {
 *     return new S3Event(raw as never).bucketName;
 *   } catch (error) {
 *     if (error instanceof EvtError) console.error(error.className, error.path);
 *     throw error;
 *   }
 * };
 * ```
 */
export class EvtError extends Error {
  /** The wrapper class the failing read started from, e.g. `S3Event`; empty when unknown. */
  declare readonly className: string;
  /** The path of the field inside the raw event, e.g. `Records[0].s3.bucket.name`. */
  declare readonly path: string;

  /**
   * Creates an error whose message is prefixed by where it happened.
   *
   * @param message What went wrong.
   * @param options The class, path and cause.
   */
  constructor(message: string, options: EvtErrorOptions = {}) {
    // Error reads only `cause`, and only when the options have that key.
    super(message, options);
    this.name = 'EvtError';
    this.className = options.className ?? '';
    this.path = options.path ?? '';
  }
}

/**
 * A required field is absent (or `null`). The message names the class and the path, e.g.
 * `S3Event: Records[0].s3.bucket.name is missing`.
 */
export class MissingFieldError extends EvtError {
  /**
   * Creates the error for a field that is absent.
   *
   * @param options The class and the path of the missing field.
   */
  constructor(options: EvtErrorOptions) {
    super(`${where(options)} is missing`, options);
    this.name = 'MissingFieldError';
  }
}

/**
 * A field holds a value of the wrong type (a number where AWS documents a string, a string
 * where it documents an object, ...). The message names the class, the path, what was
 * expected and what was found.
 */
export class FieldTypeError extends EvtError {
  /** What the field should hold, e.g. `string`, `object`, `array`. */
  declare readonly expected: string;
  /** What the field holds, e.g. `number`, `null`, `array`. */
  declare readonly actual: string;

  /**
   * Creates the error for a field of the wrong type.
   *
   * @param expected What the field should hold.
   * @param actual What it holds.
   * @param options The class and the path of the field.
   */
  constructor(expected: string, actual: string, options: EvtErrorOptions) {
    super(`${where(options)} must be ${expected}, got ${actual}`, options);
    this.name = 'FieldTypeError';
    this.expected = expected;
    this.actual = actual;
  }
}

/**
 * A field could not be decoded: invalid base64, invalid UTF-8, JSON that does not parse, a
 * corrupt or truncated gzip/zlib stream, or a malformed DynamoDB attribute value. `cause`
 * holds the underlying error when there is one.
 */
export class DecodeError extends EvtError {
  /** The encoding that failed, e.g. `base64`, `JSON`, `gzip`. */
  declare readonly format: string;

  /**
   * Creates the error for a value that failed to decode.
   *
   * @param format The encoding that failed.
   * @param detail What was wrong with it.
   * @param options The class, the path and the cause.
   */
  constructor(format: string, detail: string, options: EvtErrorOptions = {}) {
    super(`${where(options)} is not valid ${format}: ${detail}`, options);
    this.name = 'DecodeError';
    this.format = format;
  }
}

/**
 * Inflating a compressed field would produce more bytes than the configured cap
 * (`maxInflatedBytes`, 64 MiB unless set), so it was stopped before allocating more.
 */
export class PayloadTooLargeError extends EvtError {
  /** The cap, in bytes, that the inflated payload would have exceeded. */
  declare readonly limit: number;

  /**
   * Creates the error for a payload over the inflate cap.
   *
   * @param limit The cap in bytes.
   * @param options The class, the path and the cause.
   */
  constructor(limit: number, options: EvtErrorOptions = {}) {
    super(
      `${where(options)} inflates to more than ${limit} bytes (maxInflatedBytes)`,
      options
    );
    this.name = 'PayloadTooLargeError';
    this.limit = limit;
  }
}
