import {
  argumentError,
  arrayOrEmpty,
  Base64Data,
  checkWrapper,
  DecodeError,
  decodeBase64,
  decodeUtf8,
  type EventOptions,
  EventWrapper,
  extendEventWrapper,
  FieldTypeError,
  fieldError,
  hasOwnKey,
  locate,
  MissingFieldError,
  optionalChild,
  optionalString,
  requireArray,
  requireNumber,
  requireObject,
  requireString,
  UNSET,
} from '@evt/core';

/**
 * One header of a Kafka record as Lambda delivers it: the header name mapped to the bytes of
 * its value, each byte a number (Java sends bytes above 127 as negative numbers).
 */
export type RawKafkaEventRecordHeader = Record<string, number[]>;

/** The schema registry metadata Lambda adds to a record's key or value. */
export interface RawKafkaEventRecordSchemaMetadata {
  /** The format the schema describes, e.g. `AVRO`, `PROTOBUF` or `JSON`. */
  dataFormat?: string;
  /** The identifier of the schema in the registry. */
  schemaId?: string;
}

/** One Kafka record, as Lambda documents it for Amazon MSK and self-managed Kafka. */
export interface RawKafkaEventRecord {
  /** The topic the record was read from. */
  topic: string;
  /** The partition of the topic the record was read from. */
  partition: number;
  /** The offset of the record in its partition. */
  offset: number;
  /** The record's timestamp, in milliseconds since the epoch. */
  timestamp: number;
  /** What the timestamp records: `CREATE_TIME` or `LOG_APPEND_TIME`. */
  timestampType: 'CREATE_TIME' | 'LOG_APPEND_TIME';
  /** The record key, base64-encoded; absent or `null` when the producer sent none. */
  key?: string | null;
  /** The record value, base64-encoded. */
  value: string;
  /** The record headers, one object per header. */
  headers: RawKafkaEventRecordHeader[];
  /** The schema registry metadata of the key, when a schema registry is configured. */
  keySchemaMetadata?: RawKafkaEventRecordSchemaMetadata | null;
  /** The schema registry metadata of the value, when a schema registry is configured. */
  valueSchemaMetadata?: RawKafkaEventRecordSchemaMetadata | null;
}

/** The event Lambda sends for a batch of Kafka records (Amazon MSK or self-managed). */
export interface RawKafkaEvent {
  /** `aws:kafka` for Amazon MSK, `SelfManagedKafka` for a self-managed cluster. */
  eventSource: string;
  /** The ARN of the MSK cluster; absent for self-managed Kafka. */
  eventSourceArn?: string;
  /** The bootstrap brokers, as one comma-separated string. */
  bootstrapServers: string;
  /** The records, grouped under `<topic>-<partition>` keys. */
  records: Record<string, RawKafkaEventRecord[]>;
}

/**
 * Wrapper for the schema registry metadata that Lambda attaches to a Kafka record's key or
 * value when the event source mapping validates records against a schema registry.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-consume-kafka-events.html
 */
export class KafkaEventRecordSchemaMetadata extends EventWrapper<RawKafkaEventRecordSchemaMetadata> {
  static override readonly typeName: string = 'KafkaEventRecordSchemaMetadata';

  /** The format the schema describes, e.g. `AVRO`, `PROTOBUF` or `JSON` (`dataFormat`). */
  get dataFormat(): string | undefined {
    return optionalString(this, this.raw.dataFormat, 'dataFormat');
  }

  /** The identifier of the schema in the schema registry (`schemaId`). */
  get schemaId(): string | undefined {
    return optionalString(this, this.raw.schemaId, 'schemaId');
  }
}

/**
 * Header values up to this many bytes that are all ASCII are read as text directly; longer ones
 * go to the native UTF-8 decoder, whose fixed cost is then smaller than a loop's.
 */
const SHORT_HEADER = 128;

/** The path of one header value inside its record: `headers[<index>].<name>`. */
const headerPath = (index: number, name: string): string =>
  `headers[${index}].${name}`;

/**
 * The bytes of one header value, a JSON array of byte values. Kafka's Java client sends bytes
 * above 127 as negative numbers, so -128 to 255 are accepted; storing into a Uint8Array wraps
 * each value modulo 256, which turns -128 to -1 into the 128 to 255 they stand for. A value
 * that is not an array is a field of the wrong type (or a missing one, when `null`); an array
 * that holds something other than bytes does not decode. Items are copied one by one, so no
 * length is too long (a value is never passed as call arguments, which V8 caps).
 */
function headerBytes(
  owner: EventWrapper,
  value: unknown,
  index: number,
  name: string
): Uint8Array {
  if (!Array.isArray(value)) {
    throw fieldError(owner, headerPath(index, name), 'array', value);
  }
  const bytes = new Uint8Array(value.length);
  for (let position = 0; position < value.length; position++) {
    const item: unknown = value[position];
    if (
      typeof item !== 'number' ||
      !Number.isInteger(item) ||
      item < -128 ||
      item > 255
    ) {
      throw new DecodeError(
        'byte array',
        `item ${position} is not an integer from -128 to 255`,
        locate(owner, headerPath(index, name))
      );
    }
    bytes[position] = item;
  }
  return bytes;
}

/**
 * One header value read as UTF-8 text. A short all-ASCII value (the usual case: ids, content
 * types) is read without building a byte array; anything else goes through
 * {@link headerBytes} and core's UTF-8 decoder, so the errors name the header.
 */
function headerText(
  owner: EventWrapper,
  value: unknown,
  index: number,
  name: string
): string {
  if (Array.isArray(value) && value.length <= SHORT_HEADER) {
    let position = 0;
    for (; position < value.length; position++) {
      const item: unknown = value[position];
      // An integer from 0 to 127, and nothing else, equals itself masked with 127.
      if (typeof item !== 'number' || (item & 127) !== item) break;
    }
    // `apply` spreads the array into arguments, which is fastest for a short value and safe
    // only while short: past ~120k items it overflows the stack (finding C1).
    if (position === value.length) {
      return String.fromCharCode.apply(null, value as number[]);
    }
  }
  return decodeUtf8(headerBytes(owner, value, index, name), {
    owner,
    path: headerPath(index, name),
  });
}

/**
 * A lookup's name in lower case. A name that is not a string is a programmer error, not a bad
 * event: a `TypeError` naming the method.
 */
function lowerName(name: unknown, method: string): string {
  if (typeof name !== 'string') {
    throw argumentError(`KafkaHeaderMap.${method}`, 'name', 'a string', name);
  }
  return name.toLowerCase();
}

/** The last own key of `header` that is `name` in any case (`lower` is `name` lower-cased). */
function lastKey(
  header: Record<string, unknown>,
  name: string,
  lower: string
): string | undefined {
  let last: string | undefined;
  for (const key in header) {
    if (
      hasOwnKey(header, key) &&
      (key === name || key.toLowerCase() === lower)
    ) {
      last = key;
    }
  }
  return last;
}

/** One header object of a record; anything else at its place is a field of the wrong type. */
function headerAt(
  owner: EventWrapper,
  headers: readonly unknown[],
  index: number
): Record<string, unknown> {
  const header: unknown = headers[index];
  if (typeof header !== 'object' || header === null || Array.isArray(header)) {
    throw fieldError(owner, `headers[${index}]`, 'object', header);
  }
  return header as Record<string, unknown>;
}

/**
 * A read-only view of a Kafka record's headers: each header name mapped to its value, as bytes
 * (`KafkaHeaderMap<Uint8Array>`, {@link KafkaEventRecord.decodedHeaders}) or as UTF-8 text
 * (`KafkaHeaderMap<string>`, {@link KafkaEventRecord.headersAsText}). Lookups ignore case.
 *
 * The map reads the record's raw headers in place: nothing is decoded until a value is read,
 * and each value is decoded once. A header whose value is not what its view needs (not an
 * array of bytes; for text, not UTF-8) throws only when that header is read, naming it
 * (`headers[1].X-Trace-Id`); iteration, `size` and `toJSON` read every header.
 *
 * Kafka lets a record carry a header name more than once: `get` returns the last value, as
 * Kafka's `lastHeader` and Powertools' `decoded_headers` do, and `getAll` every value in order.
 *
 * @example
 * ```ts
 * import { KafkaEvent, type RawKafkaEvent } from '@evt/kafka';
 *
 * export const handler = async (raw: RawKafkaEvent) => {
 *   const [record] = new KafkaEvent(raw).records;
 *   const signature = record?.decodedHeaders.get('x-signature'); // Uint8Array
 *   const traceId = record?.headersAsText.get('X-Trace-Id'); // string
 *   return { signature: signature?.length, traceId };
 * };
 * ```
 */
export class KafkaHeaderMap<TValue extends Uint8Array | string>
  implements Iterable<[string, TValue]>
{
  readonly #record: EventWrapper;
  readonly #headers: readonly unknown[];
  readonly #decode: typeof headerBytes | typeof headerText;
  // Decoded values by the raw value they came from, filled as headers are read: the first in
  // two fields (a record's headers are mostly read one at a time), the others in a map.
  #firstRaw: unknown;
  #first: TValue | undefined;
  #decoded?: Map<unknown, TValue>;

  /**
   * Builds the view over a record's headers; {@link KafkaEventRecord} does this for you.
   *
   * @param record The record the headers belong to.
   * @param asText Read values as UTF-8 text instead of bytes.
   */
  constructor(record: KafkaEventRecord<unknown>, asText: boolean) {
    this.#record = record;
    this.#headers = record.headers;
    this.#decode = asText ? headerText : headerBytes;
  }

  #value(header: Record<string, unknown>, index: number, name: string): TValue {
    const raw = header[name];
    if (raw === this.#firstRaw && this.#first !== undefined) return this.#first;
    let value = this.#decoded?.get(raw);
    if (value === undefined) {
      value = this.#decode(this.#record, raw, index, name) as TValue;
      if (this.#first === undefined) {
        this.#firstRaw = raw;
        this.#first = value;
      } else (this.#decoded ??= new Map()).set(raw, value);
    }
    return value;
  }

  /** Every entry in order, as [header, index, name]. */
  #entries(): [Record<string, unknown>, number, string][] {
    const entries: [Record<string, unknown>, number, string][] = [];
    for (let index = 0; index < this.#headers.length; index++) {
      const header = headerAt(this.#record, this.#headers, index);
      for (const name of Object.keys(header))
        entries.push([header, index, name]);
    }
    return entries;
  }

  /** The number of headers (a repeated name counts each time). */
  get size(): number {
    return this.#entries().length;
  }

  /**
   * Returns the value of a header, whatever the case of `name`; the last one when the name
   * repeats.
   *
   * @param name The header name.
   * @returns The value, or `undefined` when the record has no such header.
   * @throws {TypeError} when `name` is not a string.
   * @throws {@link DecodeError} when the header's value is not an array of bytes or, read as
   * text, not UTF-8.
   */
  get(name: string): TValue | undefined {
    // From the last header back, so those before the one found are not read.
    const lower = lowerName(name, 'get');
    for (let index = this.#headers.length - 1; index >= 0; index--) {
      const header = headerAt(this.#record, this.#headers, index);
      const key = lastKey(header, name, lower);
      if (key !== undefined) return this.#value(header, index, key);
    }
    return undefined;
  }

  /**
   * Returns every value of a header, whatever the case of `name`, in the order sent.
   *
   * @param name The header name.
   * @returns The values, or `[]` when the record has no such header.
   * @throws {TypeError} when `name` is not a string.
   * @throws {@link DecodeError} when one of the values does not decode.
   */
  getAll(name: string): TValue[] {
    const lower = lowerName(name, 'getAll');
    return this.#entries()
      .filter(([, , key]) => key === name || key.toLowerCase() === lower)
      .map((entry) => this.#value(...entry));
  }

  /**
   * Tells whether the record has a header, whatever the case of `name`. Decodes nothing.
   *
   * @param name The header name.
   * @returns `true` when present.
   * @throws {TypeError} when `name` is not a string.
   */
  has(name: string): boolean {
    const lower = lowerName(name, 'has');
    for (let index = this.#headers.length - 1; index >= 0; index--) {
      const header = headerAt(this.#record, this.#headers, index);
      if (lastKey(header, name, lower) !== undefined) return true;
    }
    return false;
  }

  /**
   * The header names as sent, in order.
   *
   * @returns An iterator over the names.
   */
  keys(): IterableIterator<string> {
    return this.#entries()
      .map(([, , name]) => name)
      [Symbol.iterator]();
  }

  /**
   * The header values, in order.
   *
   * @returns An iterator over the values.
   * @throws {@link DecodeError} when a value does not decode.
   */
  values(): IterableIterator<TValue> {
    return this.#entries()
      .map((entry) => this.#value(...entry))
      [Symbol.iterator]();
  }

  /**
   * The `[name, value]` pairs as sent, in order.
   *
   * @returns An iterator over the pairs.
   * @throws {@link DecodeError} when a value does not decode.
   */
  entries(): IterableIterator<[string, TValue]> {
    return this.#entries()
      .map((entry): [string, TValue] => [entry[2], this.#value(...entry)])
      [Symbol.iterator]();
  }

  /**
   * Iterates the `[name, value]` pairs as sent, in order.
   *
   * @returns An iterator over the pairs.
   * @throws {@link DecodeError} when a value does not decode.
   */
  [Symbol.iterator](): IterableIterator<[string, TValue]> {
    return this.entries();
  }

  /**
   * A plain object of the headers, with no prototype: each name as sent, with its last value.
   *
   * @returns The headers as an object.
   * @throws {@link DecodeError} when a value does not decode.
   */
  toJSON(): Record<string, TValue> {
    const object: Record<string, TValue> = Object.create(null);
    for (const [name, value] of this.entries()) object[name] = value;
    return object;
  }
}

// biome-ignore lint/correctness/noUnusedVariables: a merged interface repeats the class's type parameters
export interface KafkaEventRecord<TValue = unknown>
  extends EventWrapper<RawKafkaEventRecord> {}
/**
 * Wrapper for one record of the event that Amazon MSK or self-managed Apache Kafka sends
 * when Lambda reads a batch from a topic.
 *
 * @example
 * ```ts
 * import { KafkaEvent, type RawKafkaEvent } from '@evt/kafka';
 *
 * interface Order { id: string }
 *
 * export const handler = async (raw: RawKafkaEvent) => {
 *   const event = new KafkaEvent<Order>(raw);
 *   for (const record of event.records) {
 *     console.log(record.topic, record.jsonValue.id, record.headersAsText.get('trace-id'));
 *   }
 * };
 * ```
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html
 */
export class KafkaEventRecord<TValue = unknown> {
  /** The class name used in error messages and the debug view. */
  static readonly typeName: string = /* @__PURE__ */ extendEventWrapper(
    KafkaEventRecord,
    'KafkaEventRecord'
  );
  declare protected readonly raw: RawKafkaEventRecord;
  declare protected readonly options: EventOptions | undefined;

  /**
   * @param raw The raw value this class describes.
   * @param options The decoding options; evt passes them on, with the value's place in the
   * event, to the parts it wraps.
   */
  constructor(raw: RawKafkaEventRecord, options?: EventOptions) {
    this.raw = raw;
    this.options = options;
    checkWrapper(this, raw, options);
  }
  #decodedKey: Uint8Array | undefined | typeof UNSET = UNSET;
  #value?: Base64Data<TValue>;
  #decodedHeaders?: KafkaHeaderMap<Uint8Array>;
  #headersAsText?: KafkaHeaderMap<string>;
  #keySchemaMetadata:
    | KafkaEventRecordSchemaMetadata
    | undefined
    | typeof UNSET = UNSET;
  #valueSchemaMetadata:
    | KafkaEventRecordSchemaMetadata
    | undefined
    | typeof UNSET = UNSET;

  get #decodedValueData(): Base64Data<TValue> {
    return (this.#value ??= new Base64Data(this, this.value, 'value'));
  }

  /** The topic the record was read from (`topic`). */
  get topic(): string {
    return requireString(this, this.raw.topic, 'topic');
  }

  /** The partition of the topic the record was read from (`partition`). */
  get partition(): number {
    return requireNumber(this, this.raw.partition, 'partition');
  }

  /** The offset of the record in its partition (`offset`). */
  get offset(): number {
    return requireNumber(this, this.raw.offset, 'offset');
  }

  /** The record's timestamp, in milliseconds since the epoch (`timestamp`). */
  get timestamp(): number {
    return requireNumber(this, this.raw.timestamp, 'timestamp');
  }

  /** The meaning of the timestamp: `CREATE_TIME` or `LOG_APPEND_TIME` (`timestampType`). */
  get timestampType(): 'CREATE_TIME' | 'LOG_APPEND_TIME' {
    return requireString(this, this.raw.timestampType, 'timestampType');
  }

  /**
   * The record key as sent, base64-encoded (`key`). `undefined` when the producer sent no
   * key (Kafka then picks the partition itself).
   */
  get key(): string | undefined {
    return optionalString(this, this.raw.key, 'key');
  }

  /**
   * The bytes of the record key (`key`, base64-decoded). `undefined` when the record has no
   * key.
   *
   * @throws {@link DecodeError} when the key is not valid base64.
   */
  get decodedKey(): Uint8Array | undefined {
    if (this.#decodedKey === UNSET) {
      const key = this.key;
      this.#decodedKey =
        key === undefined
          ? undefined
          : decodeBase64(key, { owner: this, path: 'key' });
    }
    return this.#decodedKey;
  }

  /** The record value as sent, base64-encoded (`value`). */
  get value(): string {
    return requireString(this, this.raw.value, 'value');
  }

  /**
   * The bytes of the record value (`value`, base64-decoded).
   *
   * @throws {@link DecodeError} when the value is not valid base64.
   */
  get decodedValue(): Uint8Array {
    return this.#decodedValueData.bytes;
  }

  /**
   * The record value parsed as JSON (`value`, base64-decoded, read as UTF-8, then parsed with
   * the `jsonDeserializer` option).
   *
   * @throws {@link DecodeError} when the value is not base64, UTF-8 or JSON.
   * @example
   * ```ts
   * import { KafkaEvent, type RawKafkaEvent } from '@evt/kafka';
   *
   * interface Order { id: string; total: number }
   *
   * export const handler = async (raw: RawKafkaEvent) => {
   *   const event = new KafkaEvent<Order>(raw);
   *   return event.records.map((record) => record.jsonValue.total);
   * };
   * ```
   */
  get jsonValue(): TValue {
    return this.#decodedValueData.json;
  }

  /**
   * The record headers as sent: one object per header, mapping its name to the bytes of its
   * value (`headers`). Empty array when the record has none.
   */
  get headers(): readonly RawKafkaEventRecordHeader[] {
    return arrayOrEmpty(this, this.raw.headers, 'headers');
  }

  /**
   * The record headers with each value as bytes, in a map whose lookups ignore case
   * (`headers`). Header values are bytes and may be binary (signatures, serialized ids); read
   * text headers through {@link KafkaEventRecord.headersAsText}. Each value is decoded when first
   * read, then cached; a repeated name keeps every value (`getAll`), and `get` returns the last.
   *
   * @throws {@link FieldTypeError} when `headers` is not an array; from the map's reads, when a
   * header is not an object or a header value is not an array (a {@link MissingFieldError}
   * when it is `null`), naming the header.
   * @example
   * ```ts
   * import { KafkaEvent, type RawKafkaEvent } from '@evt/kafka';
   *
   * export const handler = async (raw: RawKafkaEvent) => {
   *   const [record] = new KafkaEvent(raw).records;
   *   const signature = record?.decodedHeaders.get('x-signature'); // Uint8Array | undefined
   *   return signature && Buffer.from(signature).toString('hex');
   * };
   * ```
   */
  get decodedHeaders(): KafkaHeaderMap<Uint8Array> {
    return (this.#decodedHeaders ??= new KafkaHeaderMap(this, false));
  }

  /**
   * The record headers with each value read as UTF-8 text, in a map whose lookups ignore case
   * (`headers`). Each value is decoded when first read, then cached, so a binary header fails
   * only when it is read as text.
   *
   * @throws {@link FieldTypeError} when `headers` is not an array; from the map's reads, when a
   * header is not an object or a header value is not an array (a {@link MissingFieldError}
   * when it is `null`), and a {@link DecodeError} naming the header when its value holds
   * something other than bytes, or bytes that are not UTF-8.
   * @example
   * ```ts
   * import { KafkaEvent, type RawKafkaEvent } from '@evt/kafka';
   *
   * export const handler = async (raw: RawKafkaEvent) => {
   *   const [record] = new KafkaEvent(raw).records;
   *   return record?.headersAsText.get('Content-Type');
   * };
   * ```
   */
  get headersAsText(): KafkaHeaderMap<string> {
    return (this.#headersAsText ??= new KafkaHeaderMap(this, true));
  }

  /**
   * The schema registry metadata of the key (`keySchemaMetadata`). `undefined` when no schema
   * registry is configured.
   */
  get keySchemaMetadata(): KafkaEventRecordSchemaMetadata | undefined {
    if (this.#keySchemaMetadata === UNSET) {
      this.#keySchemaMetadata = optionalChild(
        this,
        'keySchemaMetadata',
        KafkaEventRecordSchemaMetadata
      );
    }
    return this.#keySchemaMetadata;
  }

  /**
   * The schema registry metadata of the value (`valueSchemaMetadata`). `undefined` when no
   * schema registry is configured.
   */
  get valueSchemaMetadata(): KafkaEventRecordSchemaMetadata | undefined {
    if (this.#valueSchemaMetadata === UNSET) {
      this.#valueSchemaMetadata = optionalChild(
        this,
        'valueSchemaMetadata',
        KafkaEventRecordSchemaMetadata
      );
    }
    return this.#valueSchemaMetadata;
  }
}

// biome-ignore lint/correctness/noUnusedVariables: a merged interface repeats the class's type parameters
export interface KafkaEvent<TValue = unknown>
  extends EventWrapper<RawKafkaEvent> {}
/**
 * Wrapper for the event that Amazon MSK or a self-managed Apache Kafka cluster sends when
 * Lambda reads a batch of records from the topics it polls.
 *
 * @example
 * ```ts
 * import { KafkaEvent, type RawKafkaEvent } from '@evt/kafka';
 *
 * export const handler = async (raw: RawKafkaEvent) => {
 *   const event = new KafkaEvent(raw);
 *   console.log(event.eventSource, event.decodedBootstrapServers);
 *   for (const record of event.records) {
 *     console.log(record.topic, record.offset);
 *   }
 * };
 * ```
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-kafka.html
 */
export class KafkaEvent<TValue = unknown> {
  /** The class name used in error messages and the debug view. */
  static readonly typeName: string = /* @__PURE__ */ extendEventWrapper(
    KafkaEvent,
    'KafkaEvent'
  );
  declare protected readonly raw: RawKafkaEvent;
  declare protected readonly options: EventOptions | undefined;

  /**
   * @param raw The raw value this class describes.
   * @param options The decoding options; evt passes them on, with the value's place in the
   * event, to the parts it wraps.
   */
  constructor(raw: RawKafkaEvent, options?: EventOptions) {
    this.raw = raw;
    this.options = options;
    checkWrapper(this, raw, options);
  }
  #decodedBootstrapServers?: readonly string[];
  #records?: readonly KafkaEventRecord<TValue>[];

  /**
   * The service the records come from: `aws:kafka` for Amazon MSK, `SelfManagedKafka` for a
   * self-managed cluster (`eventSource`).
   */
  get eventSource(): string {
    return requireString(this, this.raw.eventSource, 'eventSource');
  }

  /**
   * The ARN of the MSK cluster (`eventSourceArn`). `undefined` for self-managed Kafka.
   */
  get eventSourceArn(): string | undefined {
    return optionalString(this, this.raw.eventSourceArn, 'eventSourceArn');
  }

  /** The bootstrap brokers, as one comma-separated string (`bootstrapServers`). */
  get bootstrapServers(): string {
    return requireString(this, this.raw.bootstrapServers, 'bootstrapServers');
  }

  /** The bootstrap brokers, one `host:port` per item (`bootstrapServers`, split on commas). */
  get decodedBootstrapServers(): readonly string[] {
    return (this.#decodedBootstrapServers ??= this.bootstrapServers.split(','));
  }

  /**
   * The records of every topic partition in the batch, in the order Lambda delivered them
   * (`records`, flattened across its `<topic>-<partition>` keys).
   */
  get records(): readonly KafkaEventRecord<TValue>[] {
    return (this.#records ??= this.#readRecords());
  }

  /**
   * The first record of the batch: the first record of the first topic partition that has one
   * (`records.<topic>-<partition>[0]`).
   *
   * @throws {@link MissingFieldError} when the batch holds no record, naming the first record
   * of the first topic partition (`records.mytopic-0[0]`).
   * @throws {@link FieldTypeError} when `records` holds no topic partition at all (`{}`).
   */
  get record(): KafkaEventRecord<TValue> {
    const records = this.records;
    const first = records[0];
    if (first !== undefined) return first;
    // `records` has been read and checked to be an object. Name where the first record is
    // absent: the first partition's first item, a path the event really lacks. With no
    // partition there is no such path to name; `records` itself holds the wrong value.
    const [partition] = Object.keys(this.raw.records);
    if (partition === undefined) {
      throw new FieldTypeError(
        'non-empty object',
        'object',
        locate(this, 'records')
      );
    }
    throw new MissingFieldError(locate(this, `records.${partition}[0]`));
  }

  #readRecords(): KafkaEventRecord<TValue>[] {
    const groups = requireObject(this, this.raw.records, 'records');
    const records: KafkaEventRecord<TValue>[] = [];
    for (const partition of Object.keys(groups)) {
      const path = `records.${partition}` as const;
      const items = requireArray(this, groups[partition], path);
      for (let index = 0; index < items.length; index++) {
        records.push(
          new KafkaEventRecord<TValue>(items[index] as RawKafkaEventRecord, {
            parent: this,
            path,
            index,
          })
        );
      }
    }
    return records;
  }
}
