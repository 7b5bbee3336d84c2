import {
  child,
  EventWrapper,
  requireNumber,
  requireString,
  wrapEach,
} from '@evt/core';
import {
  KinesisAnalyticsInputPreprocessingEventBase,
  KinesisAnalyticsInputPreprocessingRecordBase,
  type RawKinesisAnalyticsInputPreprocessingEventBase,
  type RawKinesisAnalyticsRecordBase,
} from './kinesis-analytics-base';

/** The Kinesis metadata of a record read from a Kinesis data stream. */
export interface RawKinesisAnalyticsStreamRecordMetadata {
  /** The sequence number of the record within its shard. */
  sequenceNumber: string;
  /** The partition key the producer wrote the record with. */
  partitionKey: string;
  /** The ID of the shard the record was read from. */
  shardId: string;
  /** The time the data stream received the record, as a number since the epoch. */
  approximateArrivalTimestamp: number;
}

/** One record read from a Kinesis data stream, as Kinesis Data Analytics sends it to preprocess. */
export interface RawKinesisAnalyticsStreamsInputPreprocessingRecord
  extends RawKinesisAnalyticsRecordBase {
  /** The Kinesis metadata of the record. */
  kinesisStreamRecordMetadata: RawKinesisAnalyticsStreamRecordMetadata;
}

/**
 * The event Kinesis Data Analytics sends to a preprocessing function when the application's
 * streaming source is a Kinesis data stream.
 */
export interface RawKinesisAnalyticsStreamsInputPreprocessingEvent
  extends RawKinesisAnalyticsInputPreprocessingEventBase {
  /** The records to preprocess. */
  records: RawKinesisAnalyticsStreamsInputPreprocessingRecord[];
}

/**
 * Wrapper for the Kinesis metadata of a record that Kinesis Data Analytics sends to a
 * preprocessing function, when the application reads a Kinesis data stream: where the record
 * sits in the stream.
 *
 * @see https://docs.aws.amazon.com/kinesisanalytics/latest/dev/lambda-preprocessing.html
 */
export class KinesisAnalyticsStreamRecordMetadata extends EventWrapper<RawKinesisAnalyticsStreamRecordMetadata> {
  static override readonly typeName: string =
    'KinesisAnalyticsStreamRecordMetadata';

  /** The sequence number of the record within its shard (`kinesisStreamRecordMetadata.sequenceNumber`). */
  get sequenceNumber(): string {
    return requireString(this, this.raw.sequenceNumber, 'sequenceNumber');
  }

  /** The partition key the producer wrote the record with (`kinesisStreamRecordMetadata.partitionKey`). */
  get partitionKey(): string {
    return requireString(this, this.raw.partitionKey, 'partitionKey');
  }

  /** The ID of the shard the record was read from, e.g. `shardId-000000000003` (`kinesisStreamRecordMetadata.shardId`). */
  get shardId(): string {
    return requireString(this, this.raw.shardId, 'shardId');
  }

  /**
   * The approximate time the data stream received the record, as a number since the epoch
   * (`kinesisStreamRecordMetadata.approximateArrivalTimestamp`). AWS's guide does not give the
   * unit, and its own sample holds a value in seconds where the event libraries of other
   * runtimes read milliseconds; the number is returned as sent.
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
 * Wrapper for one record that Kinesis Data Analytics sends to a preprocessing function when
 * the application reads a Kinesis data stream, before the application's SQL sees it. Its
 * `recordId` is based on the record's sequence number.
 *
 * @see https://docs.aws.amazon.com/kinesisanalytics/latest/dev/lambda-preprocessing.html
 */
export class KinesisAnalyticsStreamsInputPreprocessingRecord<
  TData = unknown,
> extends KinesisAnalyticsInputPreprocessingRecordBase<
  RawKinesisAnalyticsStreamsInputPreprocessingRecord,
  TData
> {
  static override readonly typeName: string =
    'KinesisAnalyticsStreamsInputPreprocessingRecord';
  #kinesisStreamRecordMetadata?: KinesisAnalyticsStreamRecordMetadata;

  /**
   * The Kinesis metadata of the record: its shard, partition key, sequence number and arrival
   * time (`kinesisStreamRecordMetadata`).
   *
   * @throws {@link MissingFieldError} when the record has none.
   */
  get kinesisStreamRecordMetadata(): KinesisAnalyticsStreamRecordMetadata {
    return (this.#kinesisStreamRecordMetadata ??= child(
      this,
      'kinesisStreamRecordMetadata',
      KinesisAnalyticsStreamRecordMetadata
    ));
  }
}

/**
 * Wrapper for the event that Kinesis Data Analytics sends to a Lambda function that
 * preprocesses the records of a SQL application's streaming source, when that source is a
 * Kinesis data stream (for instance to deaggregate records a KPL producer packed together).
 * The function answers each record with a {@link KinesisAnalyticsInputPreprocessingResponse}:
 * new data, dropped, or failed.
 *
 * `TData` types the JSON payload of every record; it is not checked at runtime.
 *
 * @see https://docs.aws.amazon.com/kinesisanalytics/latest/dev/lambda-preprocessing.html
 * @example
 * ```ts
 * import {
 *   KinesisAnalyticsStreamsInputPreprocessingEvent,
 *   type RawKinesisAnalyticsStreamsInputPreprocessingEvent,
 * } from '@evt/kinesis-analytics';
 *
 * export const handler = async (raw: RawKinesisAnalyticsStreamsInputPreprocessingEvent) => {
 *   const event = new KinesisAnalyticsStreamsInputPreprocessingEvent(raw);
 *   for (const record of event.records) {
 *     const { shardId, sequenceNumber } = record.kinesisStreamRecordMetadata;
 *     console.log(shardId, sequenceNumber, record.dataAsText);
 *   }
 * };
 * ```
 */
export class KinesisAnalyticsStreamsInputPreprocessingEvent<
  TData = unknown,
> extends KinesisAnalyticsInputPreprocessingEventBase<RawKinesisAnalyticsStreamsInputPreprocessingEvent> {
  static override readonly typeName: string =
    'KinesisAnalyticsStreamsInputPreprocessingEvent';
  #records?: KinesisAnalyticsStreamsInputPreprocessingRecord<TData>[];

  /** The records to preprocess, in order (`records`). */
  get records(): KinesisAnalyticsStreamsInputPreprocessingRecord<TData>[] {
    return (this.#records ??= wrapEach(
      this,
      'records',
      KinesisAnalyticsStreamsInputPreprocessingRecord<TData>
    ));
  }
}
