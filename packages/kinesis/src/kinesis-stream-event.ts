import {
  decodeBase64,
  decodeUtf8,
  EventWrapper,
  inflate,
  mapOrEmpty,
  optionalBoolean,
  optionalObject,
  optionalString,
  parseJson,
  type RawTumblingWindow,
  requireNumber,
  requireString,
  TumblingWindow,
  wrapEach,
} from '@evt/core';

// Marks a cached decoded value that has not been computed yet (`undefined` may be a result).
const UNSET: unique symbol = /* @__PURE__ */ Symbol('unset');

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

/** The event Lambda sends for a batch of Kinesis Data Streams records. */
export interface RawKinesisStreamEvent {
  /** The records of the batch, all from one shard. */
  Records: RawKinesisStreamRecord[];
  /** The time window, when the event source mapping uses tumbling windows. */
  window?: RawTumblingWindow | undefined;
  /** The state the function returned on its previous invocation in this window. */
  state?: { [key: string]: unknown } | undefined;
  /** The shard the records come from, when the mapping uses tumbling windows. */
  shardId?: string | undefined;
  /** The ARN of the stream, when the mapping uses tumbling windows. */
  eventSourceARN?: string | undefined;
  /** Whether this is the last invocation of the window. */
  isFinalInvokeForWindow?: boolean | undefined;
  /** Whether the window ended early because the state grew past 1 MB. */
  isWindowTerminatedEarly?: boolean | undefined;
}

/**
 * Wrapper for the Kinesis part of a record that Kinesis Data Streams sends when Lambda reads
 * a batch from a stream: the data blob, its keys and timestamps, and decoded views of the data.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html
 * @example
 * ```ts
 * import { KinesisStreamEvent } from '@evt/kinesis';
 *
 * interface Order { id: string }
 *
 * export const handler = async (raw: unknown) => {
 *   const event = new KinesisStreamEvent<Order>(raw as never);
 *   for (const record of event.records) {
 *     console.log(record.kinesis.partitionKey, record.kinesis.dataAsJson.id);
 *   }
 * };
 * ```
 */
export class KinesisStreamRecordPayload<
  TData = unknown,
> extends EventWrapper<RawKinesisStreamRecordPayload> {
  static override readonly typeName: string = 'KinesisStreamRecordPayload';
  #dataAsBytes?: Uint8Array;
  #dataAsText?: string;
  #dataAsJson: TData | typeof UNSET = UNSET;
  #dataZlibCompressedAsJson: TData | typeof UNSET = UNSET;

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
   * @throws DecodeError when `data` is not valid base64.
   */
  get dataAsBytes(): Uint8Array {
    this.#dataAsBytes ??= decodeBase64(this.data, this, 'data');
    return this.#dataAsBytes;
  }

  /**
   * The record's data blob, decoded from base64 and read as UTF-8 text (`data`).
   *
   * @throws DecodeError when `data` is not valid base64 or not UTF-8.
   */
  get dataAsText(): string {
    this.#dataAsText ??= decodeUtf8(this.dataAsBytes, this, 'data');
    return this.#dataAsText;
  }

  /**
   * The record's data blob, decoded from base64 and parsed as JSON (`data`). Parsed with the
   * `jsonDeserializer` option when one is set.
   *
   * @throws DecodeError when `data` is not base64, UTF-8 or JSON.
   * @example
   * ```ts
   * import { KinesisStreamEvent } from '@evt/kinesis';
   *
   * const event = new KinesisStreamEvent<{ id: string }>(raw);
   * const id = event.records[0]?.kinesis.dataAsJson.id;
   * ```
   */
  get dataAsJson(): TData {
    if (this.#dataAsJson === UNSET) {
      this.#dataAsJson = parseJson<TData>(this.dataAsText, this, 'data');
    }
    return this.#dataAsJson;
  }

  /**
   * The record's data blob, decoded from base64, inflated (gzip or zlib) and parsed as JSON
   * (`data`). This is how CloudWatch Logs subscription filters deliver log events to a stream.
   * Inflating stops at the `maxInflatedBytes` option (64 MiB unless set).
   *
   * @throws DecodeError when `data` is not base64, not gzip/zlib data, or not JSON.
   * @throws PayloadTooLargeError when the inflated data would pass the cap.
   * @example
   * ```ts
   * import { KinesisStreamEvent } from '@evt/kinesis';
   *
   * const event = new KinesisStreamEvent<{ logGroup: string }>(raw);
   * const logGroup = event.records[0]?.kinesis.dataZlibCompressedAsJson.logGroup;
   * ```
   */
  get dataZlibCompressedAsJson(): TData {
    if (this.#dataZlibCompressedAsJson === UNSET) {
      const inflated = inflate(this.dataAsBytes, this, 'data');
      this.#dataZlibCompressedAsJson = parseJson<TData>(
        decodeUtf8(inflated, this, 'data'),
        this,
        'data'
      );
    }
    return this.#dataZlibCompressedAsJson;
  }
}

/**
 * Wrapper for one record of the event that Kinesis Data Streams sends when Lambda reads a
 * batch from a stream.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html
 * @example
 * ```ts
 * import { KinesisStreamEvent } from '@evt/kinesis';
 *
 * export const handler = async (raw: unknown) => {
 *   for (const record of new KinesisStreamEvent(raw as never).records) {
 *     console.log(record.eventId, record.awsRegion, record.kinesis.dataAsText);
 *   }
 * };
 * ```
 */
export class KinesisStreamRecord<
  TData = unknown,
> extends EventWrapper<RawKinesisStreamRecord> {
  static override readonly typeName: string = 'KinesisStreamRecord';
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
    this.#kinesis ??= new KinesisStreamRecordPayload<TData>(this.raw.kinesis, {
      parent: this,
      path: 'kinesis',
    });
    return this.#kinesis;
  }
}

/**
 * Wrapper for the event that Kinesis Data Streams sends when Lambda reads a batch of records
 * from a stream, including the window and state fields of tumbling-window invocations.
 *
 * `TData` types the decoded data of every record; `TState` types the window state.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html
 * @example
 * ```ts
 * import { KinesisStreamEvent } from '@evt/kinesis';
 *
 * interface Reading { sensor: string; value: number }
 *
 * export const handler = async (raw: unknown) => {
 *   const event = new KinesisStreamEvent<Reading>(raw as never);
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
> extends EventWrapper<RawKinesisStreamEvent> {
  static override readonly typeName: string = 'KinesisStreamEvent';
  #records?: KinesisStreamRecord<TData>[];
  #window?: TumblingWindow;

  /** The records of the batch, in shard order (`Records`). */
  get records(): KinesisStreamRecord<TData>[] {
    this.#records ??= wrapEach<
      RawKinesisStreamRecord,
      KinesisStreamRecord<TData>
    >(this, this.raw.Records, 'Records', KinesisStreamRecord);
    return this.#records;
  }

  /**
   * The time window of a tumbling-window invocation (`window`). Undefined when the event has
   * none.
   */
  get window(): TumblingWindow | undefined {
    if (this.#window) return this.#window;
    const window = optionalObject(this, this.raw.window, 'window');
    if (window) {
      this.#window = new TumblingWindow(window, {
        parent: this,
        path: 'window',
      });
    }
    return this.#window;
  }

  /**
   * The state the function returned on its previous invocation in this window (`state`).
   * Empty object when the event has none.
   */
  get state(): TState {
    return mapOrEmpty(this, this.raw.state, 'state') as TState;
  }

  /** The shard the records come from, in a tumbling-window invocation (`shardId`). */
  get shardId(): string | undefined {
    return optionalString(this, this.raw.shardId, 'shardId');
  }

  /** The ARN of the stream, in a tumbling-window invocation (`eventSourceARN`). */
  get eventSourceArn(): string | undefined {
    return optionalString(this, this.raw.eventSourceARN, 'eventSourceARN');
  }

  /** The flag Lambda sets on the last invocation of a window (`isFinalInvokeForWindow`). */
  get isFinalInvokeForWindow(): boolean | undefined {
    return optionalBoolean(
      this,
      this.raw.isFinalInvokeForWindow,
      'isFinalInvokeForWindow'
    );
  }

  /**
   * The flag Lambda sets when the window ended early because its state grew past 1 MB
   * (`isWindowTerminatedEarly`).
   */
  get isWindowTerminatedEarly(): boolean | undefined {
    return optionalBoolean(
      this,
      this.raw.isWindowTerminatedEarly,
      'isWindowTerminatedEarly'
    );
  }
}
