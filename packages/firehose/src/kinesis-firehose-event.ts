import {
  Base64Data,
  EventWrapper,
  optionalChild,
  optionalNumber,
  optionalString,
  requireNumber,
  requireString,
  UNSET,
  wrapEach,
} from '@evt/core';
import {
  KinesisFirehoseDataTransformationRecord,
  type KinesisFirehoseDataTransformationRecordMetadata,
  type KinesisFirehoseDataTransformationResult,
} from './kinesis-firehose-response';

/** The Kinesis metadata of a record, when the Firehose stream reads from a Kinesis data stream. */
export interface RawKinesisFirehoseRecordMetadata {
  /** The ID of the shard the record was read from. */
  shardId: string;
  /** The partition key the producer wrote the record with. */
  partitionKey: string;
  /** The time the Kinesis data stream received the record, in milliseconds since the epoch. */
  approximateArrivalTimestamp: number;
  /** The sequence number of the record within its shard. */
  sequenceNumber: string;
  /** The position of the record within an aggregated Kinesis record. */
  subsequenceNumber?: number | string | undefined;
}

/** The Amazon MSK metadata of a record, when the Firehose stream reads from an MSK topic. */
export interface RawKinesisFirehoseMSKRecordMetadata {
  /** The offset of the Kafka record within its partition, as decimal text. */
  offset: string;
  /** The ID of the topic partition the record was read from, as decimal text. */
  partitionId: string;
  /** The time the record reached the topic, in milliseconds since the epoch. */
  approximateArrivalTimestamp: number;
}

/**
 * One record of a Firehose data-transformation event: `data` for direct PUTs and Kinesis
 * data streams, `kafkaRecordValue` (with `mskRecordMetadata`) for an Amazon MSK topic.
 */
export interface RawKinesisFirehoseRecord {
  /** The ID of the record within the batch; the response must return it. */
  recordId: string;
  /** The time Firehose received the record, in milliseconds since the epoch. */
  approximateArrivalTimestamp: number;
  /** The record's data blob, base64-encoded; absent from records of an MSK topic. */
  data?: string | undefined;
  /** The Kinesis metadata, when the Firehose stream reads from a Kinesis data stream. */
  kinesisRecordMetadata?: RawKinesisFirehoseRecordMetadata | undefined;
  /** The value of the Kafka record, base64-encoded, when the Firehose stream reads from MSK. */
  kafkaRecordValue?: string | undefined;
  /** The topic partition and offset, when the Firehose stream reads from MSK. */
  mskRecordMetadata?: RawKinesisFirehoseMSKRecordMetadata | undefined;
}

/** The event Firehose sends to a data-transformation function. */
export interface RawKinesisFirehoseEvent {
  /** The ID of this invocation. */
  invocationId: string;
  /** The ARN of the Firehose stream. */
  deliveryStreamArn: string;
  /** The ARN of the Kinesis data stream, when the Firehose stream reads from one. */
  sourceKinesisStreamArn?: string | undefined;
  /** The ARN of the Amazon MSK cluster, when the Firehose stream reads from one of its topics. */
  sourceMSKArn?: string | undefined;
  /** The Region of the Firehose stream. */
  region: string;
  /** The records to transform. */
  records: RawKinesisFirehoseRecord[];
}

/**
 * Wrapper for the Kinesis metadata of a record that Firehose sends when a Firehose stream that
 * reads from a Kinesis data stream invokes a data-transformation function.
 *
 * @see https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html
 */
export class KinesisFirehoseRecordMetadata extends EventWrapper<RawKinesisFirehoseRecordMetadata> {
  static override readonly typeName: string = 'KinesisFirehoseRecordMetadata';

  /** The ID of the shard the record was read from (`kinesisRecordMetadata.shardId`). */
  get shardId(): string {
    return requireString(this, this.raw.shardId, 'shardId');
  }

  /** The partition key the producer wrote the record with (`kinesisRecordMetadata.partitionKey`). */
  get partitionKey(): string {
    return requireString(this, this.raw.partitionKey, 'partitionKey');
  }

  /**
   * The time the Kinesis data stream received the record, in milliseconds since the epoch
   * (`kinesisRecordMetadata.approximateArrivalTimestamp`).
   */
  get approximateArrivalTimestamp(): number {
    return requireNumber(
      this,
      this.raw.approximateArrivalTimestamp,
      'approximateArrivalTimestamp'
    );
  }

  /** The sequence number of the record within its shard (`kinesisRecordMetadata.sequenceNumber`). */
  get sequenceNumber(): string {
    return requireString(this, this.raw.sequenceNumber, 'sequenceNumber');
  }

  /**
   * The position of the record within an aggregated Kinesis record
   * (`kinesisRecordMetadata.subsequenceNumber`): a number, or a string in older events.
   * Undefined when the event has none.
   */
  get subsequenceNumber(): number | string | undefined {
    const value = this.raw.subsequenceNumber;
    return typeof value === 'string'
      ? value
      : optionalNumber(this, value, 'subsequenceNumber');
  }
}

/**
 * Wrapper for one record of the event that Firehose sends when it invokes a
 * data-transformation function, from any source: a direct PUT, a Kinesis data stream
 * ({@link KinesisFirehoseRecord.metadata}) or an Amazon MSK topic
 * ({@link KinesisFirehoseRecord.mskRecordMetadata}, with the Kafka record's value as `data`).
 *
 * @see https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html
 * @example
 * ```ts
 * import { KinesisFirehoseEvent, type RawKinesisFirehoseEvent } from '@evt/firehose';
 *
 * export const handler = async (raw: RawKinesisFirehoseEvent) => {
 *   for (const record of new KinesisFirehoseEvent(raw).records) {
 *     console.log(record.recordId, record.dataAsText, record.metadata?.shardId);
 *   }
 * };
 * ```
 */
export class KinesisFirehoseRecord<
  TData = unknown,
> extends EventWrapper<RawKinesisFirehoseRecord> {
  static override readonly typeName: string = 'KinesisFirehoseRecord';
  #metadata: KinesisFirehoseRecordMetadata | undefined | typeof UNSET = UNSET;
  #mskRecordMetadata:
    | KinesisFirehoseMSKRecordMetadata
    | undefined
    | typeof UNSET = UNSET;
  #data?: Base64Data<TData>;

  get #decoded(): Base64Data<TData> {
    return (this.#data ??= new Base64Data(this, this.data, this.#field));
  }

  /**
   * The field that holds the record's data: `data` when the record has it, `kafkaRecordValue`
   * when it has that or its MSK metadata instead, and otherwise the field of the event's
   * source (`kafkaRecordValue` for a {@link KinesisFirehoseMSKRecord}).
   */
  get #field(): 'data' | 'kafkaRecordValue' {
    const raw = this.raw;
    if (raw.data !== undefined) return 'data';
    return raw.kafkaRecordValue !== undefined ||
      raw.mskRecordMetadata !== undefined ||
      this instanceof KinesisFirehoseMSKRecord
      ? 'kafkaRecordValue'
      : 'data';
  }

  /** The time Firehose received the record, in milliseconds since the epoch (`approximateArrivalTimestamp`). */
  get approximateArrivalTimestamp(): number {
    return requireNumber(
      this,
      this.raw.approximateArrivalTimestamp,
      'approximateArrivalTimestamp'
    );
  }

  /** The ID of the record within the batch, which the response must return (`recordId`). */
  get recordId(): string {
    return requireString(this, this.raw.recordId, 'recordId');
  }

  /**
   * The record's data blob as sent, base64-encoded (`data`); for a record of an Amazon MSK
   * topic, the Kafka record's value (`kafkaRecordValue`).
   */
  get data(): string {
    return this.#field === 'data'
      ? requireString(this, this.raw.data, 'data')
      : requireString(this, this.raw.kafkaRecordValue, 'kafkaRecordValue');
  }

  /**
   * The Kinesis metadata of the record, when the Firehose stream reads from a Kinesis data
   * stream (`kinesisRecordMetadata`). Undefined when the event has none.
   */
  get metadata(): KinesisFirehoseRecordMetadata | undefined {
    if (this.#metadata === UNSET) {
      this.#metadata = optionalChild(
        this,
        'kinesisRecordMetadata',
        KinesisFirehoseRecordMetadata
      );
    }
    return this.#metadata;
  }

  /**
   * The topic partition and offset of a record of an Amazon MSK topic
   * (`mskRecordMetadata`). Undefined when the record has none (other sources).
   */
  get mskRecordMetadata(): KinesisFirehoseMSKRecordMetadata | undefined {
    if (this.#mskRecordMetadata === UNSET) {
      this.#mskRecordMetadata = optionalChild(
        this,
        'mskRecordMetadata',
        KinesisFirehoseMSKRecordMetadata
      );
    }
    return this.#mskRecordMetadata;
  }

  /**
   * The record's data blob, decoded from base64 (`data`, or `kafkaRecordValue` on an MSK
   * source). Decoded once, then cached.
   *
   * @throws {@link DecodeError} when the data is not valid base64.
   */
  get dataAsBytes(): Uint8Array {
    return this.#decoded.bytes;
  }

  /**
   * The record's data blob, decoded from base64 and read as UTF-8 text (`data`, or
   * `kafkaRecordValue` on an MSK source). Decoded once, then cached.
   *
   * @throws {@link DecodeError} when the data is not valid base64 or not UTF-8.
   */
  get dataAsText(): string {
    return this.#decoded.text;
  }

  /**
   * The record's data blob, decoded from base64 and parsed as JSON (`data`, or
   * `kafkaRecordValue` on an MSK source). Parsed once, with the `jsonDeserializer` option
   * when one is set.
   *
   * @throws {@link DecodeError} when the data is not base64, UTF-8 or JSON.
   * @example
   * ```ts
   * import { KinesisFirehoseEvent, type RawKinesisFirehoseEvent } from '@evt/firehose';
   *
   * export const handler = async (raw: RawKinesisFirehoseEvent) => {
   *   const event = new KinesisFirehoseEvent<{ ticker: string }>(raw);
   *   return event.records.map((record) => record.dataAsJson.ticker);
   * };
   * ```
   */
  get dataAsJson(): TData {
    return this.#decoded.json;
  }

  /**
   * Builds the transformation result for this record, carrying its `recordId`. For a record
   * of an Amazon MSK topic the new data goes in `kafkaRecordValue`, which Firehose reads for
   * that source, instead of `data`.
   *
   * @param data The transformed data, base64-encoded (see `base64FromString` and
   * `base64FromJson`); empty by default.
   * @param result The outcome: `Ok` (the default), `Dropped` or `ProcessingFailed`.
   * @param metadata The partition keys for dynamic partitioning.
   * @returns The result record, to add to a `KinesisFirehoseDataTransformationResponse`.
   * @throws {@link MissingFieldError} when the record has no `recordId`.
   * @example
   * ```ts
   * import {
   *   base64FromJson,
   *   KinesisFirehoseDataTransformationResponse,
   *   KinesisFirehoseEvent,
   *   type RawKinesisFirehoseEvent,
   * } from '@evt/firehose';
   *
   * export const handler = async (raw: RawKinesisFirehoseEvent) => {
   *   const response = new KinesisFirehoseDataTransformationResponse();
   *   for (const record of new KinesisFirehoseEvent(raw).records) {
   *     response.addRecord(
   *       record.buildDataTransformationResponse(base64FromJson({ text: record.dataAsText }))
   *     );
   *   }
   *   return response;
   * };
   * ```
   */
  buildDataTransformationResponse(
    data?: string,
    result?: KinesisFirehoseDataTransformationResult,
    metadata?: KinesisFirehoseDataTransformationRecordMetadata
  ): KinesisFirehoseDataTransformationRecord {
    return new KinesisFirehoseDataTransformationRecord(
      this.#field === 'data'
        ? { recordId: this.recordId, data, result, metadata }
        : {
            recordId: this.recordId,
            kafkaRecordValue: data ?? '',
            result,
            metadata,
          }
    );
  }
}

/**
 * Wrapper for one record of the event that Firehose sends when a Firehose stream that reads
 * from an Amazon MSK topic invokes a data-transformation function: the records of an event
 * with `sourceMSKArn`. It reads as any {@link KinesisFirehoseRecord} (`data` and the decoded
 * getters read the Kafka record's value, `kafkaRecordValue`, and
 * {@link KinesisFirehoseRecord.mskRecordMetadata} gives the partition and offset), and its
 * `buildDataTransformationResponse` answers with `kafkaRecordValue`, as Firehose expects for
 * MSK. Tell the kinds apart with `instanceof` or the event's `sourceMskArn`.
 *
 * @see https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html
 * @example
 * ```ts
 * import {
 *   KinesisFirehoseEvent,
 *   KinesisFirehoseMSKRecord,
 *   type RawKinesisFirehoseEvent,
 * } from '@evt/firehose';
 *
 * export const handler = async (raw: RawKinesisFirehoseEvent) => {
 *   for (const record of new KinesisFirehoseEvent(raw).records) {
 *     if (record instanceof KinesisFirehoseMSKRecord) {
 *       console.log(record.mskRecordMetadata?.offset, record.dataAsText);
 *     }
 *   }
 * };
 * ```
 */
export class KinesisFirehoseMSKRecord<
  TData = unknown,
> extends KinesisFirehoseRecord<TData> {
  static override readonly typeName: string = 'KinesisFirehoseMSKRecord';
}

/**
 * Wrapper for the topic partition and offset of a record that Firehose sends when a Firehose
 * stream that reads from an Amazon MSK topic invokes a data-transformation function.
 *
 * @see https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html
 */
export class KinesisFirehoseMSKRecordMetadata extends EventWrapper<RawKinesisFirehoseMSKRecordMetadata> {
  static override readonly typeName: string =
    'KinesisFirehoseMSKRecordMetadata';

  /** The offset of the Kafka record within its partition, as decimal text (`mskRecordMetadata.offset`). */
  get offset(): string {
    return requireString(this, this.raw.offset, 'offset');
  }

  /** The ID of the topic partition the record was read from, as decimal text (`mskRecordMetadata.partitionId`). */
  get partitionId(): string {
    return requireString(this, this.raw.partitionId, 'partitionId');
  }

  /**
   * The time the record reached the topic, in milliseconds since the epoch
   * (`mskRecordMetadata.approximateArrivalTimestamp`).
   */
  get approximateArrivalTimestamp(): number {
    return requireNumber(
      this,
      this.raw.approximateArrivalTimestamp,
      'approximateArrivalTimestamp'
    );
  }
}

/**
 * Wrapper for the event that Firehose sends when it invokes a data-transformation function
 * with a batch of records, from direct PUTs, a Kinesis data stream or an Amazon MSK topic
 * (`sourceKinesisStreamArn` and `sourceMskArn` say which). The records of an MSK source are
 * {@link KinesisFirehoseMSKRecord}s, which read as any {@link KinesisFirehoseRecord}: `data`
 * and the decoded getters read the Kafka record's value, and the response they build carries
 * it as Firehose expects.
 *
 * `TData` types the decoded JSON data of every record.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-kinesisfirehose.html
 * @example
 * ```ts
 * import { KinesisFirehoseEvent, type RawKinesisFirehoseEvent } from '@evt/firehose';
 *
 * export const handler = async (raw: RawKinesisFirehoseEvent) => {
 *   const event = new KinesisFirehoseEvent(raw);
 *   console.log(event.deliveryStreamArn, event.region, event.records.length);
 * };
 * ```
 */
export class KinesisFirehoseEvent<
  TData = unknown,
> extends EventWrapper<RawKinesisFirehoseEvent> {
  static override readonly typeName: string = 'KinesisFirehoseEvent';
  #records?: KinesisFirehoseRecord<TData>[];

  /** The ID of this invocation (`invocationId`). */
  get invocationId(): string {
    return requireString(this, this.raw.invocationId, 'invocationId');
  }

  /** The ARN of the Firehose stream (`deliveryStreamArn`). */
  get deliveryStreamArn(): string {
    return requireString(this, this.raw.deliveryStreamArn, 'deliveryStreamArn');
  }

  /**
   * The ARN of the Kinesis data stream the Firehose stream reads from
   * (`sourceKinesisStreamArn`). Undefined when the event has none (direct PUT).
   */
  get sourceKinesisStreamArn(): string | undefined {
    return optionalString(
      this,
      this.raw.sourceKinesisStreamArn,
      'sourceKinesisStreamArn'
    );
  }

  /**
   * The ARN of the Amazon MSK cluster whose topic the Firehose stream reads from
   * (`sourceMSKArn`). Undefined when the event has none (direct PUT or Kinesis).
   */
  get sourceMskArn(): string | undefined {
    return optionalString(this, this.raw.sourceMSKArn, 'sourceMSKArn');
  }

  /** The Region of the Firehose stream, e.g. `us-east-1` (`region`). */
  get region(): string {
    return requireString(this, this.raw.region, 'region');
  }

  /**
   * The records to transform, in order (`records`): {@link KinesisFirehoseMSKRecord}s when the
   * event comes from an Amazon MSK topic (it has `sourceMSKArn`), else
   * {@link KinesisFirehoseRecord}s.
   */
  get records(): KinesisFirehoseRecord<TData>[] {
    return (this.#records ??= wrapEach(
      this,
      'records',
      this.sourceMskArn === undefined
        ? KinesisFirehoseRecord<TData>
        : KinesisFirehoseMSKRecord<TData>
    ));
  }
}
