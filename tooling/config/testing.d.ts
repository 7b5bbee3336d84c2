/** Runs `read` once and returns what it threw; fails the test when it returned. */
export declare function thrownBy(read: () => unknown): unknown;

/**
 * Asserts, with one read, that `read` throws an instance of `ErrorClass` whose message is
 * exactly `message`; returns the error for further checks.
 */
export declare function expectEvtError<E extends Error>(
  read: () => unknown,
  ErrorClass: abstract new (...args: never[]) => E,
  message: string
): E;

/**
 * Loads `test/events/<name>.json` as a mutable copy, applies `patch`, and returns it
 * deep-frozen (or mutable with `{ frozen: false }`).
 */
export declare function patchEvent<T = unknown>(
  name: string,
  patch: (event: T) => void,
  options?: { dir?: string; frozen?: boolean }
): T;

/** Reads each named getter into a plain object and compares it with `expected`. */
export declare function expectGetters(
  wrapper: object,
  expected: Record<string, unknown>
): void;

/** Wraps a function so that `calls` counts how often it ran. */
export declare function counted<F extends (...args: never[]) => unknown>(
  implementation: F
): F & { calls: number };

/** The raw record {@link nestedStandIns}' `NestedS3Record` reads: a trimmed S3 notification record. */
export interface RawNestedS3Record {
  eventName: string;
  s3: { bucket: { name: string }; object: { key: string } };
}

/** The raw event {@link nestedStandIns}' `NestedS3Event` reads. */
export interface RawNestedS3Event {
  Records: RawNestedS3Record[];
}

/** The raw envelope {@link nestedStandIns}' `NestedSNSMessage` reads. */
export interface RawNestedSNSMessage {
  TopicArn: string;
  Message: string;
}

/** A stand-in S3 notification record. */
export interface NestedS3Record {
  readonly rawEvent: RawNestedS3Record;
  readonly eventName: string;
  readonly bucketName: string;
  readonly objectKey: string;
}

/** A stand-in S3 notification; `records` is built once. */
export interface NestedS3Event {
  readonly rawEvent: RawNestedS3Event;
  readonly records: NestedS3Record[];
}

/** A stand-in SNS envelope. */
export interface NestedSNSMessage {
  readonly rawEvent: RawNestedSNSMessage;
  readonly topicArn: string;
  readonly message: string;
}

/** The classes {@link nestedStandIns} returns, each constructible as `decodeNested` does. */
export interface NestedStandIns {
  NestedS3Event: new (raw: RawNestedS3Event, options?: object) => NestedS3Event;
  NestedS3Record: new (
    raw: RawNestedS3Record,
    options?: object
  ) => NestedS3Record;
  NestedSNSMessage: new (
    raw: RawNestedSNSMessage,
    options?: object
  ) => NestedSNSMessage;
}

/**
 * Builds minimal stand-ins for other sources' classes (an S3 notification, an SNS envelope),
 * so a package tests `decodeNested` without importing another evt package. Pass the kit from
 * `@evt/core` (`@evt/tooling-config` cannot import it without a workspace cycle):
 * `nestedStandIns({ EventWrapper, requireString, wrapEach })`.
 */
export declare function nestedStandIns(core: {
  EventWrapper: abstract new (raw: never, options?: never) => object;
  requireString: (owner: never, value: never, path: never) => string;
  wrapEach: (owner: never, key: never, Wrapper: never) => unknown[];
}): NestedStandIns;

/** The message `JSON.parse` gives for `text` (which must not parse). */
export declare function jsonErrorOf(text: string): string;
