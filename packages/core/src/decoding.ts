import { Buffer, isUtf8 } from 'node:buffer';
import { createRequire } from 'node:module';
import { DecodeError, PayloadTooLargeError } from './errors';
import { type EventWrapper, locate, optionOf } from './event-wrapper';

type Zlib = typeof import('node:zlib');
let zlib: Zlib | undefined;

/**
 * Loads `node:zlib` on first use: importing it costs about 2 ms of cold start, which only
 * functions that actually inflate should pay.
 */
function loadZlib(): Zlib {
  zlib ??=
    (process.getBuiltinModule?.('node:zlib') as Zlib | undefined) ??
    (createRequire(import.meta.url)('node:zlib') as Zlib);
  return zlib;
}

/** The inflate cap used when no wrapper option or argument sets one: 64 MiB. */
export const DEFAULT_MAX_INFLATED_BYTES: number = 64 * 1024 * 1024;

/**
 * Where the text or bytes being decoded came from, so that a `DecodeError` names the class and
 * the path (`KinesisStreamEvent: Records[0].kinesis.data`). Both are optional: a Lambda author
 * decoding a value of their own passes nothing.
 */
export interface DecodeOptions {
  /** The wrapper the field belongs to; its class and path go into the error. */
  readonly owner?: EventWrapper | undefined;
  /** The field's path inside the owner's raw value, e.g. `data`. */
  readonly path?: string | undefined;
}

/** Options of {@link parseJson}. */
export interface ParseJsonOptions extends DecodeOptions {
  /**
   * The function that parses the text. Defaults to the owner's `jsonDeserializer` option, else
   * `JSON.parse`.
   */
  readonly deserializer?: ((text: string) => unknown) | undefined;
}

/** Options of {@link inflate}. */
export interface InflateOptions extends DecodeOptions {
  /**
   * The largest number of inflated bytes allowed. Defaults to the owner's `maxInflatedBytes`
   * option, else 64 MiB.
   */
  readonly maxBytes?: number | undefined;
}

function locationOf(options: DecodeOptions | undefined) {
  const path = options?.path ?? '';
  return options?.owner ? locate(options.owner, path) : { path };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The byte length `text` decodes to if it is well-formed base64, or -1 if it cannot be. */
function base64ByteLength(text: string): number {
  const length = text.length;
  let padding = 0;
  if (length > 0 && text.charCodeAt(length - 1) === 61 /* = */) {
    padding = text.charCodeAt(length - 2) === 61 ? 2 : 1;
    if (length % 4 !== 0) return -1;
  }
  const significant = length - padding;
  if (significant % 4 === 1) return -1;
  return Math.floor((significant * 3) / 4);
}

// Below about 40 characters a JavaScript table decode beats the call into Buffer's decoder.
const SHORT = 32;

function invalidBase64(options: DecodeOptions | undefined): DecodeError {
  return new DecodeError(
    'base64',
    'unexpected character, padding or length',
    locationOf(options)
  );
}

/** The 6-bit value of each ASCII base64 character (both alphabets, as Buffer accepts), or -1. */
function base64Table(): Int8Array {
  const table = new Int8Array(128).fill(-1);
  const alphabet =
    'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let index = 0; index < 64; index++) {
    table[alphabet.charCodeAt(index)] = index;
  }
  table[45 /* - */] = 62;
  table[95 /* _ */] = 63;
  return table;
}

const BASE64_VALUES: Int8Array = /* @__PURE__ */ base64Table();

/**
 * Decodes short base64 text in JavaScript: for the keys, headers and attribute values of a
 * batch, crossing into Buffer's native decoder costs more than the decoding itself.
 */
function decodeShortBase64(
  text: string,
  byteLength: number
): Uint8Array | undefined {
  const bytes = new Uint8Array(byteLength);
  let bits = 0;
  let buffered = 0;
  let written = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 61 /* = */) break;
    const value = code < 128 ? (BASE64_VALUES[code] as number) : -1;
    if (value < 0) return undefined;
    buffered = (buffered << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[written++] = (buffered >> bits) & 0xff;
    }
  }
  return written === byteLength ? bytes : undefined;
}

/**
 * Decodes base64 (standard alphabet, padding optional) to bytes. Unlike `Buffer.from`, which
 * skips characters it does not know, any character outside the alphabet, misplaced padding or
 * an impossible length is an error.
 *
 * @param text The base64 text.
 * @param options Where the value came from, for the error's class and path.
 * @returns The decoded bytes.
 * @throws {@link DecodeError} when `text` is not valid base64.
 * @example
 * ```ts
 * import { decodeBase64 } from '@evt/core';
 *
 * decodeBase64('aGVsbG8='); // Uint8Array [104, 101, 108, 108, 111]
 * ```
 */
export function decodeBase64(
  text: string,
  options?: DecodeOptions
): Uint8Array {
  const byteLength = base64ByteLength(text);
  const bytes =
    text.length <= SHORT && byteLength >= 0
      ? decodeShortBase64(text, byteLength)
      : Buffer.from(text, 'base64');
  if (bytes?.length !== byteLength) throw invalidBase64(options);
  return bytes;
}

/**
 * Decodes UTF-8 bytes to a string, rejecting invalid sequences instead of replacing them.
 *
 * @param bytes The bytes.
 * @param options Where the value came from, for the error's class and path.
 * @returns The text.
 * @throws {@link DecodeError} when the bytes are not valid UTF-8.
 */
export function decodeUtf8(bytes: Uint8Array, options?: DecodeOptions): string {
  if (!isUtf8(bytes)) {
    throw new DecodeError(
      'UTF-8',
      'invalid byte sequence',
      locationOf(options)
    );
  }
  return (
    Buffer.isBuffer(bytes)
      ? bytes
      : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  ).toString('utf8');
}

/**
 * Decodes base64 text whose bytes are UTF-8 text.
 *
 * @param text The base64 text.
 * @param options Where the value came from, for the error's class and path.
 * @returns The decoded text.
 * @throws {@link DecodeError} when `text` is not base64 or its bytes are not UTF-8.
 * @example
 * ```ts
 * import { decodeBase64Text } from '@evt/core';
 *
 * decodeBase64Text('aGVsbG8='); // 'hello'
 * ```
 */
export function decodeBase64Text(
  text: string,
  options?: DecodeOptions
): string {
  return decodeUtf8(decodeBase64Buffer(text, options), options);
}

/**
 * Decodes base64 with Buffer's decoder whatever the length, as strictly as
 * {@link decodeBase64}: for payloads (a record's `data`), which are seldom short, and whose
 * bytes are read as text without another copy. Not exported from the package: it keeps the
 * short-value table out of bundles that only decode payloads.
 *
 * @param text The base64 text.
 * @param options Where the value came from, for the error's class and path.
 * @returns The decoded bytes.
 * @throws {@link DecodeError} when `text` is not valid base64.
 */
export function decodeBase64Buffer(
  text: string,
  options?: DecodeOptions
): Buffer {
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length !== base64ByteLength(text)) throw invalidBase64(options);
  return bytes;
}

/**
 * Encodes bytes, or a string as UTF-8, to standard padded base64.
 *
 * @param data The bytes or text.
 * @returns The base64 text.
 * @example
 * ```ts
 * import { encodeBase64 } from '@evt/core';
 *
 * encodeBase64('hello'); // 'aGVsbG8='
 * ```
 */
export function encodeBase64(data: Uint8Array | string): string {
  return typeof data === 'string'
    ? Buffer.from(data, 'utf8').toString('base64')
    : Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString(
        'base64'
      );
}

/**
 * Parses JSON text with the given deserializer, else the owner's `jsonDeserializer` option,
 * else `JSON.parse`.
 *
 * @param text The JSON text.
 * @param options The deserializer, and where the text came from (for the error).
 * @returns The parsed value.
 * @throws {@link DecodeError} when the text does not parse; `cause` is the parser's error.
 * @example
 * ```ts
 * import { parseJson } from '@evt/core';
 *
 * parseJson<{ id: number }>('{"id":1}').id; // 1
 * ```
 */
export function parseJson<T = unknown>(
  text: string,
  options?: ParseJsonOptions
): T {
  const deserializer =
    options?.deserializer ??
    optionOf(options?.owner, 'jsonDeserializer') ??
    JSON.parse;
  try {
    return deserializer(text) as T;
  } catch (error) {
    throw new DecodeError('JSON', messageOf(error), {
      ...locationOf(options),
      cause: error,
    });
  }
}

/**
 * Inflates gzip or zlib data (the format is detected from the header), stopping as soon as
 * the output would pass the cap.
 *
 * @param bytes The compressed bytes.
 * @param options The cap, and where the bytes came from (for the error).
 * @returns The inflated bytes.
 * @throws {@link PayloadTooLargeError} when the output would exceed the cap.
 * @throws {@link DecodeError} when the data is corrupt or truncated.
 * @example
 * ```ts
 * import { gzipSync } from 'node:zlib';
 * import { inflate } from '@evt/core';
 *
 * inflate(gzipSync('hello'), { maxBytes: 1024 }); // bytes of 'hello'
 * ```
 */
export function inflate(
  bytes: Uint8Array,
  options?: InflateOptions
): Uint8Array {
  const limit =
    options?.maxBytes ??
    optionOf(options?.owner, 'maxInflatedBytes') ??
    DEFAULT_MAX_INFLATED_BYTES;
  try {
    return loadZlib().unzipSync(bytes, { maxOutputLength: limit });
  } catch (error) {
    const location = { ...locationOf(options), cause: error };
    if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new PayloadTooLargeError(limit, location);
    }
    throw new DecodeError('gzip/zlib data', messageOf(error), location);
  }
}
