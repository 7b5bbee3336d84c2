// @ts-check
import { expect } from 'vitest';
import { deepFreeze, loadEvent } from './events.js';

/**
 * Runs `read` once and returns what it threw, or fails the test when it returned.
 *
 * @param {() => unknown} read
 * @returns {unknown}
 */
export function thrownBy(read) {
  try {
    read();
  } catch (error) {
    return error;
  }
  throw new Error('expected the read to throw, but it returned');
}

/**
 * Asserts, with one read, that `read` throws an instance of `ErrorClass` whose message is
 * exactly `message`.
 *
 * @param {() => unknown} read
 * @param {abstract new (...args: never[]) => Error} ErrorClass
 * @param {string} message
 * @returns {Error}
 */
export function expectEvtError(read, ErrorClass, message) {
  const error = thrownBy(read);
  expect(error).toBeInstanceOf(ErrorClass);
  expect(/** @type {Error} */ (error).message).toBe(message);
  return /** @type {Error} */ (error);
}

/**
 * Loads a fixture as a mutable copy, lets `patch` change it, and returns it deep-frozen, so
 * a test states only the field it changes.
 *
 * @template T
 * @param {string} name
 * @param {(event: T) => void} patch
 * @param {{ dir?: string, frozen?: boolean }} [options]
 * @returns {T}
 */
export function patchEvent(name, patch, options = {}) {
  const event = loadEvent(name, { ...options, frozen: false });
  patch(/** @type {T} */ (event));
  return options.frozen === false
    ? /** @type {T} */ (event)
    : /** @type {T} */ (deepFreeze(event));
}

/**
 * Reads each named getter of `wrapper` into a plain object and compares it with `expected`,
 * so a failure diffs by getter name.
 *
 * @param {object} wrapper
 * @param {Record<string, unknown>} expected
 */
export function expectGetters(wrapper, expected) {
  /** @type {Record<string, unknown>} */
  const actual = {};
  for (const name of Object.keys(expected)) {
    actual[name] = /** @type {Record<string, unknown>} */ (wrapper)[name];
  }
  expect(actual).toEqual(expected);
}

/**
 * Wraps a function so a test can count its calls: a JSON deserializer passed as an option,
 * say, to prove a cached getter parses once.
 *
 * @template {(...args: never[]) => unknown} F
 * @param {F} implementation
 * @returns {F & { calls: number }}
 */
export function counted(implementation) {
  const wrapped = /** @type {F & { calls: number }} */ (
    /** @type {unknown} */ (
      (/** @type {Parameters<F>} */ ...args) => {
        wrapped.calls++;
        return implementation(...args);
      }
    )
  );
  wrapped.calls = 0;
  return wrapped;
}

/**
 * Minimal stand-ins for other sources' classes (an S3 notification and the SNS envelope an
 * SQS queue receives), so a package tests `decodeNested` without importing another evt
 * package. The kit comes in as an argument: `@evt/tooling-config` must not import `@evt/core`, whose
 * tests import `@evt/tooling-config` (a workspace cycle).
 *
 * @param {{
 *   EventWrapper: new (raw: any, options?: any) => any,
 *   requireString: (owner: any, value: unknown, path: any) => string,
 *   wrapEach: (owner: any, key: any, Wrapper: any) => unknown[],
 * }} core
 */
export function nestedStandIns({ EventWrapper, requireString, wrapEach }) {
  class NestedS3Record extends EventWrapper {
    static typeName = 'NestedS3Record';

    get eventName() {
      return requireString(this, this.raw.eventName, 'eventName');
    }

    get bucketName() {
      return requireString(this, this.raw.s3?.bucket?.name, 's3.bucket.name');
    }

    get objectKey() {
      return requireString(this, this.raw.s3?.object?.key, 's3.object.key');
    }
  }

  class NestedS3Event extends EventWrapper {
    static typeName = 'NestedS3Event';
    /** @type {unknown[] | undefined} */
    #records;

    get records() {
      return (this.#records ??= wrapEach(this, 'Records', NestedS3Record));
    }
  }

  class NestedSNSMessage extends EventWrapper {
    static typeName = 'NestedSNSMessage';

    get topicArn() {
      return requireString(this, this.raw.TopicArn, 'TopicArn');
    }

    get message() {
      return requireString(this, this.raw.Message, 'Message');
    }
  }

  return { NestedS3Event, NestedS3Record, NestedSNSMessage };
}

/**
 * The part of `JSON.parse`'s message for `text` that evt keeps (V8's message up to where it
 * starts quoting the text), so a test can state the exact `DecodeError` message
 * (`… is not valid JSON: <message>`) on any Node version.
 *
 * @param {string} text
 * @returns {string}
 */
export function jsonErrorOf(text) {
  try {
    JSON.parse(text);
  } catch (error) {
    // evt keeps V8's message up to where it would start quoting the text.
    const message = /** @type {Error} */ (error).message;
    let end = message.length;
    for (const marker of [', "', ', ...', '"']) {
      const at = message.indexOf(marker);
      if (at >= 0 && at < end) end = at;
    }
    return message.slice(0, end);
  }
  throw new Error(`expected ${JSON.stringify(text)} not to parse as JSON`);
}
