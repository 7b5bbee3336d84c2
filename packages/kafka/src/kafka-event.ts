import {
  arrayOrEmpty,
  Base64Data,
  DecodeError,
  decodeBase64,
  decodeUtf8,
  EventWrapper,
  FieldTypeError,
  fieldError,
  HeaderMap,
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
 * Header values up to this many bytes that are all ASCII are built as a string directly; longer
 * ones go to the native UTF-8 decoder, whose fixed cost is then smaller than a loop's.
 */
const SHORT_HEADER = 128;

/**
 * Decodes one header value, a JSON array of byte values (Kafka sends signed bytes, so -128 to
 * 255 are accepted), to text. A short all-ASCII value (the usual case: ids, content types) is
 * read without building a byte array; anything else is copied into one and decoded natively, so
 * no length is too long (a value is never passed as call arguments, which V8 caps). The path is
 * only built for an error. A value that is not an array at all is a field of the wrong type (or
 * a missing one, when `null`); an array that holds something other than bytes, or bytes that
 * are not UTF-8, does not decode.
 */
function headerText(
  owner: EventWrapper,
  value: unknown,
  index: number,
  name: string
): string {
  const path = (): string => `headers[${index}].${name}`;
  if (!Array.isArray(value)) throw fieldError(owner, path(), 'array', value);
  let ascii = true;
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
        locate(owner, path())
      );
    }
    if (item < 0 || item > 127) ascii = false;
  }
  const bytes = value as number[];
  // `apply` spreads the array into arguments, which is fastest for a short header and safe
  // only while short: past ~120k items it overflows the stack (finding C1), so it is bounded.
  if (ascii && bytes.length <= SHORT_HEADER) {
    return String.fromCharCode.apply(null, bytes);
  }
  // Storing into a Uint8Array wraps each value modulo 256, which turns Java's signed bytes
  // (-128 to -1) into the unsigned ones they stand for (128 to 255).
  return decodeUtf8(new Uint8Array(bytes), { owner, path: path() });
}

/** The record headers, each value's bytes read as text, in one case-insensitive map. */
function decodeHeaders(record: KafkaEventRecord): HeaderMap {
  const headers = record.headers;
  const entries: [string, string][] = [];
  for (let index = 0; index < headers.length; index++) {
    const header: unknown = headers[index];
    if (
      typeof header !== 'object' ||
      header === null ||
      Array.isArray(header)
    ) {
      throw fieldError(record, `headers[${index}]`, 'object', header);
    }
    for (const name of Object.keys(header)) {
      entries.push([
        name,
        headerText(
          record,
          (header as RawKafkaEventRecordHeader)[name],
          index,
          name
        ),
      ]);
    }
  }
  return new HeaderMap(entries);
}

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
 *     console.log(record.topic, record.jsonValue.id, record.decodedHeaders.get('trace-id'));
 *   }
 * };
 * ```
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html
 */
export class KafkaEventRecord<
  TValue = unknown,
> extends EventWrapper<RawKafkaEventRecord> {
  static override readonly typeName: string = 'KafkaEventRecord';
  #decodedKey: Uint8Array | undefined | typeof UNSET = UNSET;
  #value?: Base64Data<TValue>;
  #decodedHeaders?: HeaderMap;
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
   * The record headers with each value's bytes read as UTF-8 text, in a case-insensitive map
   * (`headers`). A header sent twice keeps both values (`getAll`).
   *
   * @throws {@link FieldTypeError} when a header is not an object, or a header value is not an
   * array.
   * @throws {@link MissingFieldError} when a header or a header value is `null`.
   * @throws {@link DecodeError} when a header value holds something other than byte values, or
   * bytes that are not valid UTF-8.
   * @example
   * ```ts
   * import { KafkaEvent, type RawKafkaEvent } from '@evt/kafka';
   *
   * export const handler = async (raw: RawKafkaEvent) => {
   *   const [record] = new KafkaEvent(raw).records;
   *   return record?.decodedHeaders.get('Content-Type');
   * };
   * ```
   */
  get decodedHeaders(): HeaderMap {
    return (this.#decodedHeaders ??= decodeHeaders(this));
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
export class KafkaEvent<TValue = unknown> extends EventWrapper<RawKafkaEvent> {
  static override readonly typeName: string = 'KafkaEvent';
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
          new KafkaEventRecord<TValue>(
            items[index] as RawKafkaEventRecord,
            this,
            path,
            index
          )
        );
      }
    }
    return records;
  }
}
