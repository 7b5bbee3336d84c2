import {
  arrayOrEmpty,
  DecodeError,
  decodeBase64,
  decodeUtf8,
  EventWrapper,
  fieldError,
  HeaderMap,
  locate,
  optionalObject,
  optionalString,
  parseJson,
  requireArray,
  requireNumber,
  requireObject,
  requireString,
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
 * Decodes one header value, a JSON array of byte values (Kafka sends signed bytes, so -128 to
 * 255 are accepted), to text. An all-ASCII value (the usual case) is read without building a
 * byte array; the path is only built for an error.
 */
function headerText(
  owner: EventWrapper,
  value: unknown,
  index: number,
  name: string
): string {
  const path = (): string => `headers[${index}].${name}`;
  if (!Array.isArray(value)) {
    throw new DecodeError(
      'byte array',
      'expected an array of byte values',
      locate(owner, path())
    );
  }
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
  if (ascii) return String.fromCharCode.apply(null, value as number[]);
  const bytes = Uint8Array.from(value as number[], (item) => item & 0xff);
  return decodeUtf8(bytes, owner, path());
}

/**
 * Wrapper for one record of the event that Amazon MSK or self-managed Apache Kafka sends
 * when Lambda reads a batch from a topic.
 *
 * @example
 * ```ts
 * import { KafkaEvent } from '@evt/kafka';
 *
 * interface Order { id: string }
 *
 * export const handler = async (raw: unknown) => {
 *   const event = new KafkaEvent<Order>(raw as never);
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
  #decodedKey?: Uint8Array | undefined;
  #hasDecodedKey = false;
  #decodedValue?: Uint8Array;
  #jsonValue?: TValue;
  #hasJsonValue = false;
  #decodedHeaders?: HeaderMap;
  #keySchemaMetadata?: KafkaEventRecordSchemaMetadata | undefined;
  #hasKeySchemaMetadata = false;
  #valueSchemaMetadata?: KafkaEventRecordSchemaMetadata | undefined;
  #hasValueSchemaMetadata = false;

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
    if (!this.#hasDecodedKey) {
      const key = this.key;
      this.#decodedKey =
        key === undefined ? undefined : decodeBase64(key, this, 'key');
      this.#hasDecodedKey = true;
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
    this.#decodedValue ??= decodeBase64(this.value, this, 'value');
    return this.#decodedValue;
  }

  /**
   * The record value parsed as JSON (`value`, base64-decoded, read as UTF-8, then parsed with
   * the `jsonDeserializer` option).
   *
   * @throws {@link DecodeError} when the value is not base64, UTF-8 or JSON.
   * @example
   * ```ts
   * import { KafkaEvent } from '@evt/kafka';
   *
   * interface Order { id: string; total: number }
   *
   * export const handler = async (raw: unknown) => {
   *   const event = new KafkaEvent<Order>(raw as never);
   *   return event.records.map((record) => record.jsonValue.total);
   * };
   * ```
   */
  get jsonValue(): TValue {
    if (!this.#hasJsonValue) {
      this.#jsonValue = parseJson<TValue>(
        decodeUtf8(this.decodedValue, this, 'value'),
        this,
        'value'
      );
      this.#hasJsonValue = true;
    }
    return this.#jsonValue as TValue;
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
   * @throws {@link DecodeError} when a header value is not an array of byte values or is not
   * valid UTF-8.
   * @example
   * ```ts
   * import { KafkaEvent } from '@evt/kafka';
   *
   * export const handler = async (raw: unknown) => {
   *   const [record] = new KafkaEvent(raw as never).records;
   *   return record?.decodedHeaders.get('Content-Type');
   * };
   * ```
   */
  get decodedHeaders(): HeaderMap {
    if (this.#decodedHeaders === undefined) {
      const headers = this.headers;
      const entries: [string, string][] = [];
      for (let index = 0; index < headers.length; index++) {
        const header = requireObject(this, headers[index], `headers[${index}]`);
        for (const name of Object.keys(header)) {
          entries.push([name, headerText(this, header[name], index, name)]);
        }
      }
      this.#decodedHeaders = new HeaderMap(entries);
    }
    return this.#decodedHeaders;
  }

  /**
   * The schema registry metadata of the key (`keySchemaMetadata`). `undefined` when no schema
   * registry is configured.
   */
  get keySchemaMetadata(): KafkaEventRecordSchemaMetadata | undefined {
    if (!this.#hasKeySchemaMetadata) {
      const metadata = optionalObject(
        this,
        this.raw.keySchemaMetadata,
        'keySchemaMetadata'
      );
      this.#keySchemaMetadata =
        metadata === undefined
          ? undefined
          : new KafkaEventRecordSchemaMetadata(metadata, {
              parent: this,
              path: 'keySchemaMetadata',
            });
      this.#hasKeySchemaMetadata = true;
    }
    return this.#keySchemaMetadata;
  }

  /**
   * The schema registry metadata of the value (`valueSchemaMetadata`). `undefined` when no
   * schema registry is configured.
   */
  get valueSchemaMetadata(): KafkaEventRecordSchemaMetadata | undefined {
    if (!this.#hasValueSchemaMetadata) {
      const metadata = optionalObject(
        this,
        this.raw.valueSchemaMetadata,
        'valueSchemaMetadata'
      );
      this.#valueSchemaMetadata =
        metadata === undefined
          ? undefined
          : new KafkaEventRecordSchemaMetadata(metadata, {
              parent: this,
              path: 'valueSchemaMetadata',
            });
      this.#hasValueSchemaMetadata = true;
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
 * import { KafkaEvent } from '@evt/kafka';
 *
 * export const handler = async (raw: unknown) => {
 *   const event = new KafkaEvent(raw as never);
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
    this.#decodedBootstrapServers ??= this.bootstrapServers.split(',');
    return this.#decodedBootstrapServers;
  }

  /**
   * The records of every topic partition in the batch, in the order Lambda delivered them
   * (`records`, flattened across its `<topic>-<partition>` keys).
   */
  get records(): readonly KafkaEventRecord<TValue>[] {
    if (this.#records === undefined) {
      const groups = requireObject(this, this.raw.records, 'records');
      const records: KafkaEventRecord<TValue>[] = [];
      for (const partition of Object.keys(groups)) {
        const path = `records.${partition}`;
        const items = requireArray(this, groups[partition], path);
        for (let index = 0; index < items.length; index++) {
          records.push(
            new KafkaEventRecord<TValue>(items[index] as RawKafkaEventRecord, {
              parent: this,
              path: `${path}[${index}]`,
            })
          );
        }
      }
      this.#records = records;
    }
    return this.#records;
  }

  /**
   * The first record of the batch (`records`).
   *
   * @throws {@link MissingFieldError} when the batch holds no record.
   */
  get record(): KafkaEventRecord<TValue> {
    const record = this.records[0];
    if (record === undefined)
      throw fieldError(this, 'records', 'record', record);
    return record;
  }
}
