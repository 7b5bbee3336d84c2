import { hasOwnKey } from './own-key';
import type { StandardSchemaIssue } from './standard-schema';

/** Options common to every {@link EvtError}. */
export interface EvtErrorOptions {
  /** The wrapper class the failing read started from, e.g. `S3Event`. */
  readonly className?: string;
  /** The path of the field inside the raw event, e.g. `Records[0].s3.bucket.name`. */
  readonly path?: string;
  /** The underlying error, when there is one. */
  readonly cause?: unknown;
}

/** The longest path an error message quotes; longer ones keep their start and end. */
const MAX_PATH_IN_MESSAGE = 200;

/** C0 controls, DEL, C1 controls and the Unicode line and paragraph separators. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is its job
const UNSAFE_IN_ONE_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * `text` made safe to quote on one log line: control characters (C0, DEL, C1) and the Unicode
 * line and paragraph separators become `\uXXXX` (a newline in a map key would forge a second
 * line), and text longer than `max` keeps its start and end around a `…`. Every error message
 * that quotes event data (a key in a path, a type tag) goes through it.
 *
 * @param text Any text taken from an event, such as a map key in a path.
 * @param max The most characters to keep.
 * @returns The escaped, shortened text.
 * @example
 * ```ts
 * import { oneLine } from '@evt/core';
 *
 * oneLine('a\nforged', 32); // 'a\\u000aforged'
 * ```
 *
 * @category Authoring kit
 */
export function oneLine(text: string, max: number): string {
  // Escaping never shortens, so the first `max + 1` characters decide whether `text` fits.
  const safe = escapeControls(text.slice(0, max + 1));
  if (safe.length <= max) return safe;
  const half = Math.max(0, Math.floor((max - 1) / 2));
  const end = escapeControls(text.slice(text.length - half));
  return `${safe.slice(0, half)}…${end.slice(end.length - half)}`;
}

/** `text` with every character of {@link UNSAFE_IN_ONE_LINE} written as `\uXXXX`. */
function escapeControls(text: string): string {
  return text.replace(
    UNSAFE_IN_ONE_LINE,
    (found) => `\\u${found.charCodeAt(0).toString(16).padStart(4, '0')}`
  );
}

// Every error evt itself throws, so a catch can tell them apart without `instanceof`, which runs
// a Proxy's traps when a user's deserializer throws one.
const thrownByEvt = new WeakSet<object>();

/**
 * Marks an error as evt's own.
 *
 * @param error An error evt is about to throw.
 */
export function markOwn(error: object): void {
  thrownByEvt.add(error);
}

/**
 * Whether a caught value is an error evt threw, without touching the value.
 *
 * @param value Anything caught.
 * @returns `true` for an `EvtError` or another error evt marked as its own.
 */
export function isOwn(value: unknown): boolean {
  // A WeakSet answers false for a primitive, without reading it.
  return thrownByEvt.has(value as object);
}

// Marks the base class's prototype with a key every copy of @evt/core shares: when npm nests a
// second copy (a version conflict), an error thrown by one copy is still `instanceof` the other
// copy's classes.
const BRAND = Symbol.for('@evt/core/error');

/**
 * `instanceof` for the error classes: the ordinary check, or else an error of evt (its chain
 * reaches the branded `EvtError.prototype` of some copy) with a class on its prototype chain
 * whose `typeName` is this class's. So a `MissingFieldError` of either copy, or of a subclass
 * of one, is `instanceof` both copies' `MissingFieldError` and `EvtError`. A subclass of your
 * own without a `typeName` of its own gets the ordinary check only, not its parent's name.
 */
function isInstance(this: typeof EvtError, value: unknown): boolean {
  if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
  const name =
    hasOwnKey(this, 'typeName') &&
    (value as { [BRAND]?: true } | null)?.[BRAND] &&
    this.typeName;
  for (
    let prototype = name && Object.getPrototypeOf(value);
    prototype;
    prototype = Object.getPrototypeOf(prototype)
  ) {
    if (prototype.constructor?.typeName === name) return true;
  }
  return false;
}

function where(options: EvtErrorOptions): string {
  const { className } = options;
  const path = options.path ? oneLine(options.path, MAX_PATH_IN_MESSAGE) : '';
  if (className && path) return `${className}: ${path}`;
  return className || path || '(event)';
}

/**
 * The base class of every error evt throws. Catch this to handle any malformed event.
 *
 * `instanceof` works across copies of `@evt/core`: when npm installs a second copy (say, nested
 * under one source package after a version conflict), an error thrown by either copy is
 * `instanceof EvtError`, and of its own class (`MissingFieldError`, ...), whichever copy the
 * class is imported from. A subclass of your own keeps the ordinary `instanceof`.
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
  /**
   * The class name, which minifiers do not rename: `instanceof` compares it to recognise an
   * error from another copy of `@evt/core`.
   */
  static readonly typeName: string = 'EvtError';

  static {
    Object.defineProperty(EvtError.prototype, BRAND, { value: true });
    // Inherited by every subclass. Defined here rather than as a static method so that the
    // declarations keep TypeScript's ordinary `instanceof` narrowing.
    Object.defineProperty(EvtError, Symbol.hasInstance, { value: isInstance });
  }

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
    markOwn(this);
    // The class's own `typeName`, or the nearest base's: `MissingFieldError`, `DecodeError`...
    this.name = new.target.typeName;
    this.className = options.className ?? '';
    this.path = options.path ?? '';
  }
}

/**
 * A required field is absent (or `null`). The message names the class and the path, e.g.
 * `S3Event: Records[0].s3.bucket.name is missing`.
 */
export class MissingFieldError extends EvtError {
  /** The class name, which minifiers do not rename. */
  static override readonly typeName: string = 'MissingFieldError';

  /**
   * Creates the error for a field that is absent.
   *
   * @param options The class and the path of the missing field.
   */
  constructor(options: EvtErrorOptions) {
    super(`${where(options)} is missing`, options);
  }
}

/**
 * A field holds a value of the wrong type (a number where AWS documents a string, a string
 * where it documents an object, ...). The message names the class, the path, what was
 * expected and what was found.
 */
export class FieldTypeError extends EvtError {
  /** The class name, which minifiers do not rename. */
  static override readonly typeName: string = 'FieldTypeError';

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
  /** The class name, which minifiers do not rename. */
  static override readonly typeName: string = 'DecodeError';

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
    this.format = format;
  }
}

/** Which budget a {@link PayloadTooLargeError} ran into. */
export type PayloadLimit =
  | 'maxInflatedBytes'
  | 'maxJsonBytes'
  | 'string length';

/** Options of a {@link PayloadTooLargeError}. */
export interface PayloadTooLargeErrorOptions extends EvtErrorOptions {
  /**
   * The budget that was exceeded: the event's inflate budget (`maxInflatedBytes`, the default),
   * its JSON budget (`maxJsonBytes`), or the longest string the JavaScript engine can build.
   */
  readonly option?: PayloadLimit | undefined;
}

const TOO_LARGE: Readonly<Record<PayloadLimit, string>> = {
  maxInflatedBytes: 'inflates to more than',
  maxJsonBytes: "would pass the event's JSON budget of",
  'string length': 'is too large to read as text: more than',
};

/**
 * Decoding a field would pass one of the event's budgets, so it was stopped before allocating
 * more: the bytes all compressed fields of one event may inflate to together
 * (`maxInflatedBytes`, 64 MiB unless set), the JSON text its compressed fields may inflate to
 * and hand to the parser together (`maxJsonBytes`, 8 MiB unless set), or the longest string
 * the JavaScript engine can hold.
 */
export class PayloadTooLargeError extends EvtError {
  /** The class name, which minifiers do not rename. */
  static override readonly typeName: string = 'PayloadTooLargeError';

  /** The budget, in bytes, that decoding would have exceeded. */
  declare readonly limit: number;
  /** Which budget it was: `maxInflatedBytes`, `maxJsonBytes` or `string length`. */
  declare readonly option: PayloadLimit;

  /**
   * Creates the error for a payload over a budget.
   *
   * @param limit The budget in bytes.
   * @param options The budget's name, the class, the path and the cause.
   */
  constructor(limit: number, options: PayloadTooLargeErrorOptions = {}) {
    const option = options.option ?? 'maxInflatedBytes';
    const named = option === 'string length' ? '' : ` (${option})`;
    super(
      `${where(options)} ${TOO_LARGE[option]} ${limit} bytes${named}`,
      options
    );
    this.limit = limit;
    this.option = option;
  }
}

/**
 * A value did not match the schema it was parsed with (`wrapper.parse(member, schema)`). The
 * message names the class, the raw path and how many issues there are, e.g. `SQSEvent:
 * Records[1].body does not match the schema: 2 issues`; the issues themselves are in
 * `issues`, as the schema library reported them.
 *
 * @example
 * ```ts
 * import { ValidationError } from '@evt/core';
 * import { type RawSQSEvent, SQSEvent } from '@evt/sqs';
 * import { z } from 'zod';
 *
 * const Order = z.object({ orderId: z.string(), quantity: z.number() });
 *
 * export const handler = async (raw: RawSQSEvent) => {
 *   for (const record of new SQSEvent(raw).records) {
 *     try {
 *       const order = record.parse('jsonBody', Order);
 *       console.log(order.quantity);
 *     } catch (error) {
 *       if (error instanceof ValidationError) console.error(error.message, error.issues);
 *       throw error;
 *     }
 *   }
 * };
 * ```
 */
export class ValidationError extends EvtError {
  /** The class name, which minifiers do not rename. */
  static override readonly typeName: string = 'ValidationError';

  /**
   * The issues the schema reported, each with a message and the path inside the value. Not
   * enumerable: some libraries put the rejected value in an issue, so a logger that
   * serialises the error's fields does not print payload data unless you log `issues`.
   */
  declare readonly issues: readonly StandardSchemaIssue[];

  /**
   * Creates the error for a value a schema rejected.
   *
   * @param issues The schema's issues.
   * @param options The class and the raw path of the value.
   */
  constructor(
    issues: readonly StandardSchemaIssue[],
    options: EvtErrorOptions = {}
  ) {
    const count = issues.length;
    super(
      `${where(options)} does not match the schema: ${count} issue${count === 1 ? '' : 's'}`,
      options
    );
    Object.defineProperty(this, 'issues', { value: issues });
  }
}
