import {
  Base64Data,
  checkWrapper,
  child,
  type EventOptions,
  type EventWrapper,
  extendEventWrapper,
  inflateJson,
  optionalString,
  type RawTumblingWindowBatch,
  requireNumber,
  requireString,
  TumblingWindowBatch,
  UNSET,
  wrapEach,
} from '@evt/core';

/** The Kinesis part of a stream record, as Lambda delivers it. */
export interface RawKinesisStreamRecordPayload {
  /** The time Kinesis Data Streams received the record, in seconds since the epoch with milliseconds. */
  approximateArrivalTimestamp: number;
  /** The record's data blob, base64-encoded. */
  data: string;
  /** The version of the Kinesis record format, e.g. `1.0`. */
  kinesisSchemaVersion: string;
  /** The partition key the producer wrote the record with. */
  partitionKey: string;
  /** The sequence number of the record within its shard. */
  sequenceNumber: string;
  /** The server-side encryption of the record in the stream: `NONE` or `KMS`. */
  encryptionType?: string | undefined;
}

/** One record of a Kinesis Data Streams event, as Lambda delivers it. */
export interface RawKinesisStreamRecord {
  /** The Region of the stream, e.g. `us-east-2`. */
  awsRegion: string;
  /** The shard ID and sequence number of the record, joined by a colon. */
  eventID: string;
  /** The event type, `aws:kinesis:record`. */
  eventName: string;
  /** The service that produced the record, `aws:kinesis`. */
  eventSource: string;
  /** The ARN of the stream (or stream consumer) the record was read from. */
  eventSourceARN: string;
  /** The version of the record format, e.g. `1.0`. */
  eventVersion: string;
  /** The ARN of the execution role Lambda read the stream with. */
  invokeIdentityArn: string;
  /** The Kinesis part of the record: data, keys and timestamps. */
  kinesis: RawKinesisStreamRecordPayload;
}

/**
 * The event Lambda sends for a batch of Kinesis Data Streams records. Tumbling-window
 * invocations add the window fields of {@link RawTumblingWindowBatch}; `TState` types the
 * state the function carries from one invocation of a window to the next.
 */
export interface RawKinesisStreamEvent<
  TState extends object = { [key: string]: unknown },
> extends RawTumblingWindowBatch<TState> {
  /** The records of the batch, all from one shard. */
  Records: RawKinesisStreamRecord[];
}

// biome-ignore lint/correctness/noUnusedVariables: a merged interface repeats the class's type parameters
export interface KinesisStreamRecordPayload<TData = unknown>
  extends EventWrapper<RawKinesisStreamRecordPayload> {}
/**
 * Wrapper for the Kinesis part of a record that Kinesis Data Streams sends when Lambda reads
 * a batch from a stream: the data blob, its keys and timestamps, and decoded views of the data.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html
 * @example
 * ```ts
 * import { KinesisStreamEvent, type RawKinesisStreamEvent } from '@evt/kinesis';
 *
 * interface Order { id: string }
 *
 * export const handler = async (raw: RawKinesisStreamEvent) => {
 *   const event = new KinesisStreamEvent<Order>(raw);
 *   for (const record of event.records) {
 *     console.log(record.kinesis.partitionKey, record.kinesis.dataAsJson.id);
 *   }
 * };
 * ```
 */
export class KinesisStreamRecordPayload<TData = unknown> {
  /** The class name used in error messages and the debug view. */
  static readonly typeName: string = /* @__PURE__ */ extendEventWrapper(
    KinesisStreamRecordPayload,
    'KinesisStreamRecordPayload'
  );
  declare protected readonly raw: RawKinesisStreamRecordPayload;
  declare protected readonly options: EventOptions | undefined;

  /**
   * @param raw The raw value this class describes.
   * @param options The decoding options; evt passes them on, with the value's place in the
   * event, to the parts it wraps.
   */
  constructor(raw: RawKinesisStreamRecordPayload, options?: EventOptions) {
    this.raw = raw;
    this.options = options;
    checkWrapper(this, raw, options);
  }
  #data?: Base64Data<TData>;
  #dataZlibCompressedAsJson: TData | typeof UNSET = UNSET;

  get #decoded(): Base64Data<TData> {
    return (this.#data ??= new Base64Data(this, this.data, 'data'));
  }

  /** The time Kinesis Data Streams received the record, in seconds since the epoch (`approximateArrivalTimestamp`). */
  get approximateArrivalTimestamp(): number {
    return requireNumber(
      this,
      this.raw.approximateArrivalTimestamp,
      'approximateArrivalTimestamp'
    );
  }

  /** The record's data blob as sent, base64-encoded (`data`). */
  get data(): string {
    return requireString(this, this.raw.data, 'data');
  }

  /** The version of the Kinesis record format, e.g. `1.0` (`kinesisSchemaVersion`). */
  get kinesisSchemaVersion(): string {
    return requireString(
      this,
      this.raw.kinesisSchemaVersion,
      'kinesisSchemaVersion'
    );
  }

  /** The partition key the producer wrote the record with, which chose its shard (`partitionKey`). */
  get partitionKey(): string {
    return requireString(this, this.raw.partitionKey, 'partitionKey');
  }

  /** The sequence number of the record within its shard (`sequenceNumber`). */
  get sequenceNumber(): string {
    return requireString(this, this.raw.sequenceNumber, 'sequenceNumber');
  }

  /**
   * The server-side encryption of the record in the stream, `NONE` or `KMS`
   * (`encryptionType`). Undefined when the event has none.
   */
  get encryptionType(): string | undefined {
    return optionalString(this, this.raw.encryptionType, 'encryptionType');
  }

  /**
   * The record's data blob, decoded from base64 (`data`). Decoded once, then cached.
   *
   * @throws {@link DecodeError} when `data` is not valid base64.
   */
  get dataAsBytes(): Uint8Array {
    return this.#decoded.bytes;
  }

  /**
   * The record's data blob, decoded from base64 and read as UTF-8 text (`data`). Decoded
   * once, then cached.
   *
   * @throws {@link DecodeError} when `data` is not valid base64 or not UTF-8.
   */
  get dataAsText(): string {
    return this.#decoded.text;
  }

  /**
   * The record's data blob, decoded from base64 and parsed as JSON (`data`). Parsed once, with
   * the `jsonDeserializer` option when one is set.
   *
   * @throws {@link DecodeError} when `data` is not base64, UTF-8 or JSON.
   * @example
   * ```ts
   * import { KinesisStreamEvent, type RawKinesisStreamEvent } from '@evt/kinesis';
   *
   * export const handler = async (raw: RawKinesisStreamEvent) => {
   *   const event = new KinesisStreamEvent<{ id: string }>(raw);
   *   return event.records.map((record) => record.kinesis.dataAsJson.id);
   * };
   * ```
   */
  get dataAsJson(): TData {
    return this.#decoded.json;
  }

  /**
   * The record's data blob, decoded from base64, inflated (gzip or zlib) and parsed as JSON
   * (`data`). This is how CloudWatch Logs subscription filters deliver log events to a stream.
   * Every record of the event shares one inflate budget (`maxInflatedBytes`, 64 MiB unless
   * set) and one JSON budget (`maxJsonBytes`, 8 MiB unless set); inflating stops as soon as
   * either would be passed. Parsed once, with the `jsonDeserializer` option when one is set.
   *
   * @throws {@link DecodeError} when `data` is not base64, not gzip/zlib data, not UTF-8 or
   * not JSON.
   * @throws {@link PayloadTooLargeError} when the inflated data would pass either budget.
   * @example
   * ```ts
   * import { KinesisStreamEvent, type RawKinesisStreamEvent } from '@evt/kinesis';
   *
   * export const handler = async (raw: RawKinesisStreamEvent) => {
   *   const event = new KinesisStreamEvent<{ logGroup: string }>(raw);
   *   return event.records.map(
   *     (record) => record.kinesis.dataZlibCompressedAsJson.logGroup
   *   );
   * };
   * ```
   */
  get dataZlibCompressedAsJson(): TData {
    if (this.#dataZlibCompressedAsJson === UNSET) {
      this.#dataZlibCompressedAsJson = inflateJson<TData>(this.#decoded.bytes, {
        owner: this,
        path: 'data',
      });
    }
    return this.#dataZlibCompressedAsJson;
  }
}

// biome-ignore lint/correctness/noUnusedVariables: a merged interface repeats the class's type parameters
export interface KinesisStreamRecord<TData = unknown>
  extends EventWrapper<RawKinesisStreamRecord> {}
/**
 * Wrapper for one record of the event that Kinesis Data Streams sends when Lambda reads a
 * batch from a stream.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html
 * @example
 * ```ts
 * import { KinesisStreamEvent, type RawKinesisStreamEvent } from '@evt/kinesis';
 *
 * export const handler = async (raw: RawKinesisStreamEvent) => {
 *   for (const record of new KinesisStreamEvent(raw).records) {
 *     console.log(record.eventId, record.awsRegion, record.kinesis.dataAsText);
 *   }
 * };
 * ```
 */
export class KinesisStreamRecord<TData = unknown> {
  /** The class name used in error messages and the debug view. */
  static readonly typeName: string = /* @__PURE__ */ extendEventWrapper(
    KinesisStreamRecord,
    'KinesisStreamRecord'
  );
  declare protected readonly raw: RawKinesisStreamRecord;
  declare protected readonly options: EventOptions | undefined;

  /**
   * @param raw The raw value this class describes.
   * @param options The decoding options; evt passes them on, with the value's place in the
   * event, to the parts it wraps.
   */
  constructor(raw: RawKinesisStreamRecord, options?: EventOptions) {
    this.raw = raw;
    this.options = options;
    checkWrapper(this, raw, options);
  }
  #kinesis?: KinesisStreamRecordPayload<TData>;

  /** The Region of the stream, e.g. `us-east-2` (`awsRegion`). */
  get awsRegion(): string {
    return requireString(this, this.raw.awsRegion, 'awsRegion');
  }

  /** The unique ID of the record: its shard ID and sequence number, joined by a colon (`eventID`). */
  get eventId(): string {
    return requireString(this, this.raw.eventID, 'eventID');
  }

  /** The event type, `aws:kinesis:record` (`eventName`). */
  get eventName(): string {
    return requireString(this, this.raw.eventName, 'eventName');
  }

  /** The service that produced the record, `aws:kinesis` (`eventSource`). */
  get eventSource(): string {
    return requireString(this, this.raw.eventSource, 'eventSource');
  }

  /** The ARN of the stream (or stream consumer) the record was read from (`eventSourceARN`). */
  get eventSourceArn(): string {
    return requireString(this, this.raw.eventSourceARN, 'eventSourceARN');
  }

  /** The version of the record format, `<major>.<minor>` (`eventVersion`). */
  get eventVersion(): string {
    return requireString(this, this.raw.eventVersion, 'eventVersion');
  }

  /** The ARN of the execution role Lambda read the stream with (`invokeIdentityArn`). */
  get invokeIdentityArn(): string {
    return requireString(this, this.raw.invokeIdentityArn, 'invokeIdentityArn');
  }

  /** The Kinesis part of the record: data, keys and timestamps (`kinesis`). */
  get kinesis(): KinesisStreamRecordPayload<TData> {
    return (this.#kinesis ??= child(
      this,
      'kinesis',
      KinesisStreamRecordPayload<TData>
    ));
  }
}

/**
 * Wrapper for the event that Kinesis Data Streams sends when Lambda reads a batch of records
 * from a stream, including the window and state fields of tumbling-window invocations
 * (inherited from `TumblingWindowBatch`).
 *
 * `TData` types the decoded data of every record; `TState` types the window state.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html
 * @example
 * ```ts
 * import { KinesisStreamEvent, type RawKinesisStreamEvent } from '@evt/kinesis';
 *
 * interface Reading { sensor: string; value: number }
 *
 * export const handler = async (raw: RawKinesisStreamEvent) => {
 *   const event = new KinesisStreamEvent<Reading>(raw);
 *   return event.records.map((record) => ({
 *     key: record.kinesis.partitionKey,
 *     sensor: record.kinesis.dataAsJson.sensor,
 *   }));
 * };
 * ```
 */
export class KinesisStreamEvent<
  TData = unknown,
  TState extends object = { [key: string]: unknown },
> extends TumblingWindowBatch<RawKinesisStreamEvent<TState>, TState> {
  static override readonly typeName: string = 'KinesisStreamEvent';
  #records?: KinesisStreamRecord<TData>[];

  /**
   * Wraps a Kinesis Data Streams event. Nothing is read or copied beyond checking that it is
   * an object.
   *
   * @param raw The event as Lambda delivers it. Its `state`, of whatever declared type, is
   * read as `TState`.
   * @param options The JSON deserializer and the inflate cap for the records' data.
   * @throws {@link MissingFieldError} when `raw` is `null` or `undefined`.
   * @throws {@link FieldTypeError} when `raw` is not an object.
   */
  constructor(raw: RawKinesisStreamEvent<object>, options?: EventOptions) {
    super(raw as RawKinesisStreamEvent<TState>, options);
  }

  /** The records of the batch, in shard order (`Records`). */
  get records(): KinesisStreamRecord<TData>[] {
    return (this.#records ??= wrapEach(
      this,
      'Records',
      KinesisStreamRecord<TData>
    ));
  }
}
