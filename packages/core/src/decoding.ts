import { Buffer, constants, isUtf8 } from 'node:buffer';
import { createRequire } from 'node:module';
import { NotDecoded, viewing } from './debug-view';
import {
  DecodeError,
  isOwn,
  oneLine,
  type PayloadLimit,
  PayloadTooLargeError,
} from './errors';
import {
  type EventWrapper,
  locate,
  optionOf,
  own,
  positiveSafeInteger,
  settingsOf,
} from './event-wrapper';

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

// Sizes are written as literals: esbuild keeps an unused `64 * 1024 * 1024` in every bundle.

/** The inflate budget of one event when no wrapper option or argument sets one: 64 MiB. */
export const DEFAULT_MAX_INFLATED_BYTES: number = 67_108_864;

/** The JSON budget of one event when no wrapper option sets one: 8 MiB. */
export const DEFAULT_MAX_JSON_BYTES: number = 8_388_608;

/**
 * Where the text or bytes being decoded came from, so that a `DecodeError` names the class and
 * the path (`KinesisStreamEvent: Records[0].kinesis.data`). Both are optional: a Lambda author
 * decoding a value of their own passes nothing.
 */
export interface DecodeOptions {
  /**
   * The wrapper the field belongs to; its class and path go into the error, and inflating is
   * charged to its event's budgets (`maxInflatedBytes`, and `maxJsonBytes` for JSON).
   */
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
   * The largest number of inflated bytes allowed for this call. Without it, the limit is what
   * is left of the owner's event budget (`maxInflatedBytes`), else 64 MiB.
   */
  readonly maxBytes?: number | undefined;
}

// Own properties only (`own`): a polluted `Object.prototype.owner` must not redirect an error
// or a budget.
function ownerOf(options: DecodeOptions | undefined): EventWrapper | undefined {
  return own(options, 'owner');
}

function locationOf(options: DecodeOptions | undefined) {
  const path = own(options, 'path') ?? '';
  const owner = ownerOf(options);
  return owner ? locate(owner, path) : { path };
}

/** What one event has spent of its decoding budgets, kept beside its outermost wrapper. */
interface Spent {
  inflated: number;
  json: number;
}

// Kept on the outermost wrapper under a symbol: a WeakMap entry per event measured several
// hundred nanoseconds per parse.
const SPENT = Symbol('evt.spent');

function spentOf(root: EventWrapper): Spent {
  const slot = root as unknown as { [SPENT]?: Spent };
  return (slot[SPENT] ??= { inflated: 0, json: 0 });
}

/**
 * The byte length `text` decodes to if it is well-formed base64, or -1 if it cannot be. The
 * final run of `=` is padding whatever its length: none or too little (Node accepts both, and
 * some encoders omit it) or too much (Node and Python both accept it). What comes before it is
 * the data, and data that leaves one character over cannot be base64.
 */
function base64ByteLength(text: string): number {
  let significant = text.length;
  while (significant > 0 && text.charCodeAt(significant - 1) === 61 /* = */) {
    significant--;
  }
  if (significant % 4 === 1) return -1;
  return Math.floor((significant * 3) / 4);
}

// Below about 40 characters a JavaScript table decode beats the call into Buffer's decoder.
const SHORT = 32;

const LINE_BREAKS = /[\r\n]/g;

function invalidBase64(options: DecodeOptions | undefined): DecodeError {
  return new DecodeError(
    'base64',
    'unexpected character, padding or length',
    locationOf(options)
  );
}

/** The 6-bit value of each character of the standard base64 alphabet, or -1. */
function base64Table(): Int8Array {
  const table = new Int8Array(128).fill(-1);
  const alphabet =
    'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let index = 0; index < 64; index++) {
    table[alphabet.charCodeAt(index)] = index;
  }
  return table;
}

const BASE64_VALUES: Int8Array = /* @__PURE__ */ base64Table();

/**
 * Decodes short base64 text in JavaScript: for the keys, headers and attribute values of a
 * batch, crossing into Buffer's native decoder costs more than the decoding itself. Returns
 * `undefined` for anything that is not standard base64 without line breaks.
 */
function decodeShortBase64(text: string): Uint8Array | undefined {
  const byteLength = base64ByteLength(text);
  if (byteLength < 0) return undefined;
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

/** Throws the debug view's refusal when a view is being built: it decodes nothing new. */
function refuseInView(size: number): void {
  if (viewing()) throw new NotDecoded(size);
}

/**
 * Decodes base64 to bytes: the standard alphabet (`A–Z a–z 0–9 + /`) then any amount of `=`
 * padding (none, too little or too much), with line breaks (`\r`, `\n`) ignored, as Node and
 * the AWS SDKs accept it (Python also accepts excess padding and line breaks). Unlike
 * `Buffer.from`, which skips characters it does not know and stops at the first `=`, any other
 * character (the URL-safe `-` and `_`, spaces, anything outside ASCII), data after padding
 * (which both Node and Python silently drop) or an impossible length is an error. Unused bits
 * in the last character are ignored, as every common decoder does.
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
  if (text.length > SHORT) return decodeBase64Buffer(text, options);
  refuseInView(text.length);
  const bytes = decodeShortBase64(text);
  if (bytes) return bytes;
  // Line breaks are rare in short values; the strict long path handles them.
  return decodeBase64Buffer(text, options);
}

/**
 * Decodes UTF-8 bytes to a string, rejecting invalid sequences instead of replacing them.
 *
 * @param bytes The bytes.
 * @param options Where the value came from, for the error's class and path.
 * @returns The text.
 * @throws {@link DecodeError} when the bytes are not valid UTF-8.
 * @throws {@link PayloadTooLargeError} when the text would be longer than the JavaScript
 * engine's longest string (about 512 MiB on 64-bit Node).
 */
export function decodeUtf8(bytes: Uint8Array, options?: DecodeOptions): string {
  // Each UTF-16 unit of the result takes at least one byte, so this check is exact enough to
  // keep Node's own ERR_STRING_TOO_LONG from escaping.
  if (bytes.byteLength > constants.MAX_STRING_LENGTH) {
    throw new PayloadTooLargeError(constants.MAX_STRING_LENGTH, {
      ...locationOf(options),
      option: 'string length',
    });
  }
  const text = (
    Buffer.isBuffer(bytes)
      ? bytes
      : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  ).toString('utf8');
  // Node's decoder writes U+FFFD for every invalid sequence, so text without one came from
  // valid bytes: the search is a builtin (and returns at once on text that is all Latin-1),
  // cheaper than the native validation, which only text holding U+FFFD still needs.
  if (text.indexOf('\uFFFD') >= 0 && !isUtf8(bytes)) {
    throw new DecodeError(
      'UTF-8',
      'invalid byte sequence',
      locationOf(options)
    );
  }
  return text;
}

/**
 * Decodes base64 text whose bytes are UTF-8 text; accepts what {@link decodeBase64} accepts.
 * Up to 16 KiB of bytes are decoded in one buffer that every call reuses (allocated on the
 * first call and kept), so no Buffer is allocated for them.
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
  refuseInView(text.length);
  // The common case (a record's JSON data, a request body) goes through the reused buffer:
  // these bytes are never kept, and allocating a Buffer only to read it back measured 744 of
  // the ~3,500 instructions that decoding a 64-character Kinesis record took. Anything else
  // (longer, line breaks, invalid, U+FFFD) takes the general path below, which names errors.
  const expected = base64ByteLength(text);
  if (expected >= 0 && expected <= SCRATCH_BYTES && isStandardAscii(text)) {
    const buffer = scratch ?? scratchBuffer();
    // A count short of the expected one means Buffer skipped a character or stopped at `=`.
    if (buffer !== null && buffer.base64Write(text, 0) === expected) {
      const decoded = buffer.utf8Slice(0, expected);
      // As in decodeUtf8: text without U+FFFD came from valid bytes.
      if (decoded.indexOf('\uFFFD') < 0) return decoded;
    }
  }
  return decodeUtf8(decodeBase64Buffer(text, options), options);
}

/** The most bytes {@link decodeBase64Text} decodes in its reused buffer (16 KiB). */
const SCRATCH_BYTES = 16_384;

/**
 * Node's own codecs, which `buffer.write(text, offset, 'base64')` and
 * `buffer.toString('utf8', start, end)` call once they have sorted out their arguments. They
 * are on Buffer.prototype in Node 20, 22 and 24, though undocumented: calling them directly
 * measured about 360 instructions less per record than the documented pair, and a Node
 * without them gets the general path.
 */
interface BufferCodecs {
  base64Write(text: string, offset: number): number;
  utf8Slice(start: number, end: number): string;
}

/** The reused buffer, allocated on first use; `null` on a Node without the codecs. */
let scratch: (Buffer & BufferCodecs) | null | undefined;

function scratchBuffer(): (Buffer & BufferCodecs) | null {
  if (scratch === null) return null;
  const buffer: Buffer & Partial<BufferCodecs> = Buffer.alloc(SCRATCH_BYTES);
  scratch =
    typeof buffer.base64Write === 'function' &&
    typeof buffer.utf8Slice === 'function'
      ? (buffer as Buffer & BufferCodecs)
      : null;
  return scratch;
}

/**
 * Whether `text` is free of what Buffer's base64 decoder misreads rather than skips: `-` and
 * `_`, which it reads as the URL-safe alphabet, and characters outside ASCII (Node 20 to 24
 * read one outside Latin-1 by its low byte, `Ł` as `A`). The UTF-8 length equals the length
 * only for ASCII text; all three checks are native scans.
 */
function isStandardAscii(text: string): boolean {
  return (
    text.indexOf('-') < 0 &&
    text.indexOf('_') < 0 &&
    Buffer.byteLength(text) === text.length
  );
}

/**
 * Decodes base64 with Buffer's decoder whatever the length, accepting exactly what
 * {@link decodeBase64} accepts: for payloads (a record's `data`), which are seldom short, and
 * whose bytes are read as text without another copy. Not exported from the package: it keeps
 * the short-value table out of bundles that only decode payloads.
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
  refuseInView(text.length);
  // Buffer's decoder skips what it does not know (caught below by the length), but misreads
  // some characters: those are refused first.
  if (!isStandardAscii(text)) throw invalidBase64(options);
  let bytes = Buffer.from(text, 'base64');
  let expected = base64ByteLength(text);
  if (bytes.length !== expected) {
    // Line breaks (which Buffer skips) are the one thing to tolerate: without them, the
    // length must match.
    const joined = text.replace(LINE_BREAKS, '');
    if (joined.length === text.length) {
      throw invalidBase64(options);
    }
    bytes = Buffer.from(joined, 'base64');
    expected = base64ByteLength(joined);
    if (bytes.length !== expected) throw invalidBase64(options);
  }
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

// The fields being parsed right now, as [owner, path, owner, path, ...]: a deserializer that
// reads the same field again (directly, or by logging the event) would otherwise recurse until
// the stack runs out.
const parsing: unknown[] = [];

function isParsing(owner: EventWrapper, path: string): boolean {
  for (let position = 0; position < parsing.length; position += 2) {
    if (parsing[position] === owner && parsing[position + 1] === path) {
      return true;
    }
  }
  return false;
}

/**
 * Parses JSON text with the given deserializer, else the owner's `jsonDeserializer` option,
 * else `JSON.parse`.
 *
 * Text taken from the event as it is (a body, a message, base64-decoded data) is bounded by
 * the invocation's own size, so it is not charged to a budget; JSON inflated from compressed
 * data is, through {@link inflateJson}.
 *
 * The error's message never quotes the text: it keeps the parser's reason up to where V8
 * would start quoting. The parser's own error is the `cause` only when it comes from a custom
 * deserializer.
 *
 * @param text The JSON text.
 * @param options The deserializer, and where the text came from (for the error).
 * @returns The parsed value.
 * @throws {@link DecodeError} when the text does not parse, or when the deserializer reads
 * the same field again while parsing it.
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
  // The common case, kept lean because it runs once per record: a field of an event with no
  // deserializer anywhere, parsed by JSON.parse. `owner` is not checked to be own: an owner
  // inherited from a polluted prototype gets here only when it sets no deserializer, and then
  // this is what parseCharged does without it (JSON.parse, the error located by own options).
  // (Checking it, even with hasOwnKey, measured +1 % on Kinesis and +9 % on SQS.)
  if (
    !viewing() &&
    options !== undefined &&
    options.deserializer === undefined &&
    options.owner !== undefined &&
    optionOf(options.owner, 'jsonDeserializer') === undefined
  ) {
    try {
      return JSON.parse(text) as T;
    } catch (error) {
      throw jsonParseError(error, options);
    }
  }
  return parseCharged<T>(text, options, undefined);
}

/** Parses, refunding `spent` (the event's JSON budget, already charged) when parsing fails. */
function parseCharged<T>(
  text: string,
  options: ParseJsonOptions | undefined,
  spent: Spent | undefined
): T {
  refuseInView(text.length);
  const owner = ownerOf(options);
  const deserializer =
    (options?.deserializer === undefined
      ? undefined
      : own(options, 'deserializer')) ??
    (owner && optionOf(owner, 'jsonDeserializer')) ??
    JSON.parse;
  // JSON.parse cannot read the event again; only a custom deserializer needs the guard.
  if (!owner || deserializer === JSON.parse) {
    return callParser(deserializer, text, options, spent) as T;
  }
  const path = own(options, 'path') ?? '';
  if (isParsing(owner, path)) {
    if (spent) spent.json -= text.length;
    throw new DecodeError(
      'JSON',
      'the deserializer read this field again while parsing it',
      locationOf(options)
    );
  }
  parsing.push(owner, path);
  try {
    return callParser(deserializer, text, options, spent) as T;
  } finally {
    parsing.length -= 2;
  }
}

function callParser(
  deserializer: (text: string) => unknown,
  text: string,
  options: ParseJsonOptions | undefined,
  spent: Spent | undefined
): unknown {
  try {
    return deserializer(text);
  } catch (error) {
    // Text that failed to parse holds nothing: a retry is charged again, not twice.
    if (spent) spent.json -= text.length;
    // A nested read's own error (the view's refusal, a re-entered field) passes unchanged.
    if (isOwn(error)) throw error;
    if (deserializer !== JSON.parse) {
      throw new DecodeError(
        'JSON',
        `the deserializer failed on ${text.length} characters`,
        { ...locationOf(options), cause: error }
      );
    }
    throw jsonParseError(error, options);
  }
}

/**
 * The error for text JSON.parse refused. V8's SyntaxError quotes the text around the fault
 * after a `"` ("Unexpected token 'o', "nope" is not valid JSON"): only what comes before it is
 * kept, and the SyntaxError itself is not the cause.
 */
function jsonParseError(
  error: unknown,
  options: DecodeOptions | undefined
): DecodeError {
  const message = (error as Error).message;
  let end = message.length;
  for (const marker of [', "', ', ...', '"']) {
    const at = message.indexOf(marker);
    if (at >= 0 && at < end) end = at;
  }
  return new DecodeError(
    'JSON',
    oneLine(message.slice(0, end), 80),
    locationOf(options)
  );
}

/**
 * Inflates gzip or zlib data (the format is detected from the header), stopping as soon as
 * the output would pass the limit. With an owner, the output is charged to its event's inflate
 * budget (`maxInflatedBytes`, 64 MiB unless set): all the compressed fields of one event
 * together may inflate to at most that many bytes.
 *
 * @param bytes The compressed bytes.
 * @param options The limit for this call, and where the bytes came from (for the error and
 * the budget).
 * @returns The inflated bytes.
 * @throws {@link PayloadTooLargeError} when the output would pass the limit or the budget.
 * @throws {@link DecodeError} when the data is corrupt or truncated.
 * @throws {RangeError} when `maxBytes` is not a positive safe integer (a programmer error).
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
  const given = own(options, 'maxBytes');
  const callLimit =
    given === undefined
      ? undefined
      : positiveSafeInteger(given, 'inflate: options.maxBytes');
  return inflateWithin(
    bytes,
    options,
    callLimit === undefined
      ? undefined
      : { left: callLimit, total: callLimit, option: 'maxInflatedBytes' }
  );
}

/** A limit besides the event's inflate budget: how much is left of it, its total and name. */
interface OtherLimit {
  readonly left: number;
  readonly total: number;
  readonly option: PayloadLimit;
}

function inflateWithin(
  bytes: Uint8Array,
  options: DecodeOptions | undefined,
  other: OtherLimit | undefined
): Uint8Array {
  refuseInView(bytes.byteLength);
  const owner = ownerOf(options);
  const settings = owner ? settingsOf(owner) : undefined;
  const budget = settings
    ? (settings.maxInflatedBytes ?? DEFAULT_MAX_INFLATED_BYTES)
    : (other?.total ?? DEFAULT_MAX_INFLATED_BYTES);
  const spent = settings ? spentOf(settings.root) : undefined;
  const left = budget - (spent?.inflated ?? 0);
  const binding: OtherLimit =
    other !== undefined && other.left <= left
      ? other
      : { left, total: budget, option: 'maxInflatedBytes' };
  let inflated: Uint8Array;
  try {
    if (binding.left <= 0) {
      throw Object.assign(new Error('budget spent'), { code: TOO_LARGE });
    }
    inflated = loadZlib().unzipSync(bytes, { maxOutputLength: binding.left });
  } catch (error) {
    if ((error as { code?: unknown }).code === TOO_LARGE) {
      throw new PayloadTooLargeError(binding.total, {
        ...locationOf(options),
        option: binding.option,
        cause: error,
      });
    }
    // zlib's messages are fixed texts ("incorrect header check"); they quote no data.
    throw new DecodeError(
      'gzip/zlib data',
      error instanceof Error ? error.message : 'corrupt or truncated stream',
      { ...locationOf(options), cause: error }
    );
  }
  if (spent) spent.inflated += inflated.byteLength;
  return inflated;
}

/**
 * Inflates gzip or zlib data whose bytes are UTF-8 JSON, and parses it: for payloads such as
 * CloudWatch Logs data delivered through Kinesis. With an owner, inflating stops as soon as
 * the output would pass what is left of either of its event's budgets (`maxInflatedBytes`,
 * `maxJsonBytes`), so a small payload that would inflate to gigabytes of JSON costs no more
 * than the budget before it is refused.
 *
 * @param bytes The compressed bytes.
 * @param options The deserializer, and where the bytes came from (for the error and budgets).
 * @returns The parsed value.
 * @throws {@link PayloadTooLargeError} when the output would pass either budget.
 * @throws {@link DecodeError} when the data is corrupt, not UTF-8 or not JSON.
 * @example
 * ```ts
 * import { gzipSync } from 'node:zlib';
 * import { inflateJson } from '@evt/core';
 *
 * inflateJson<{ ok: boolean }>(gzipSync('{"ok":true}')).ok; // true
 * ```
 *
 * @category Authoring kit
 */
export function inflateJson<T = unknown>(
  bytes: Uint8Array,
  options?: ParseJsonOptions
): T {
  const owner = ownerOf(options);
  if (!owner) {
    return parseCharged<T>(
      decodeUtf8(inflateWithin(bytes, options, undefined), options),
      options,
      undefined
    );
  }
  const settings = settingsOf(owner);
  const spent = spentOf(settings.root);
  const total = settings.maxJsonBytes ?? DEFAULT_MAX_JSON_BYTES;
  const text = decodeUtf8(
    inflateWithin(bytes, options, {
      left: total - spent.json,
      total,
      option: 'maxJsonBytes',
    }),
    options
  );
  spent.json += text.length;
  return parseCharged<T>(text, options, spent);
}

const TOO_LARGE = 'ERR_BUFFER_TOO_LARGE';

/** Whether a UTF-16 code unit is a hex digit (`0-9`, `A-F`, `a-f`). */
function isHexDigit(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x46) ||
    (code >= 0x61 && code <= 0x66)
  );
}

/** Decodes one run of escapes, replacing bytes that are not UTF-8 with U+FFFD. */
function decodeEscapeRun(run: string): string {
  try {
    return decodeURIComponent(run);
  } catch {
    return Buffer.from(run.replaceAll('%', ''), 'hex').toString('utf8');
  }
}

/**
 * Decodes the percent-escapes of a URL component as RFC 3986 defines them (and as Python's
 * `urllib.parse.unquote` does): `+` stays `+`, a `%` not followed by two hex digits stays as
 * sent, and escaped bytes that are not UTF-8 become U+FFFD. Never throws. Use it for values a
 * service forwards as the client sent them, such as an Application Load Balancer's query
 * string; for form-encoded text (`+` meaning a space) use `URLSearchParams`.
 *
 * @param text The encoded text, e.g. `hello%20world`.
 * @returns The decoded text, e.g. `hello world`; `text` itself when it has no `%`.
 * @example
 * ```ts
 * import { decodePercentEscapes } from '@evt/core';
 *
 * decodePercentEscapes('caf%C3%A9+au+lait'); // 'café+au+lait'
 * decodePercentEscapes('100%'); // '100%'
 * ```
 */
export function decodePercentEscapes(text: string): string {
  if (!text.includes('%')) return text;
  refuseInView(text.length);
  try {
    return decodeURIComponent(text);
  } catch {
    // A stray `%` or bytes that are not UTF-8: each run of escapes is decoded on its own, so
    // that a character encoded as several bytes (`%C3%A9`) still decodes as one.
  }
  let decoded = '';
  let from = 0;
  for (let at = text.indexOf('%'); at !== -1; at = text.indexOf('%', from)) {
    let end = at;
    while (
      end + 2 < text.length &&
      text[end] === '%' &&
      isHexDigit(text.charCodeAt(end + 1)) &&
      isHexDigit(text.charCodeAt(end + 2))
    ) {
      end += 3;
    }
    if (end === at) {
      decoded += text.slice(from, at + 1);
      from = at + 1;
    } else {
      decoded += text.slice(from, at) + decodeEscapeRun(text.slice(at, end));
      from = end;
    }
  }
  return decoded + text.slice(from);
}
