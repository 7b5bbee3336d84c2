import { child, EventWrapper, requireNumber, wrapEach } from '@evt/core';
import {
  KinesisAnalyticsInputPreprocessingEventBase,
  KinesisAnalyticsInputPreprocessingRecordBase,
  type RawKinesisAnalyticsInputPreprocessingEventBase,
  type RawKinesisAnalyticsRecordBase,
} from './kinesis-analytics-base';

/** The Firehose metadata of a record read from a Firehose delivery stream. */
export interface RawKinesisAnalyticsFirehoseRecordMetadata {
  /** The time the delivery stream received the record, as a number since the epoch. */
  approximateArrivalTimestamp: number;
}

/** One record read from a Firehose delivery stream, as Kinesis Data Analytics sends it to preprocess. */
export interface RawKinesisAnalyticsFirehoseInputPreprocessingRecord
  extends RawKinesisAnalyticsRecordBase {
  /** The Firehose metadata of the record. */
  kinesisFirehoseRecordMetadata: RawKinesisAnalyticsFirehoseRecordMetadata;
}

/**
 * The event Kinesis Data Analytics sends to a preprocessing function when the application's
 * streaming source is a Firehose delivery stream.
 */
export interface RawKinesisAnalyticsFirehoseInputPreprocessingEvent
  extends RawKinesisAnalyticsInputPreprocessingEventBase {
  /** The records to preprocess. */
  records: RawKinesisAnalyticsFirehoseInputPreprocessingRecord[];
}

/**
 * Wrapper for the Firehose metadata of a record that Kinesis Data Analytics sends to a
 * preprocessing function, when the application reads a Firehose delivery stream.
 *
 * @see https://docs.aws.amazon.com/kinesisanalytics/latest/dev/lambda-preprocessing.html
 */
export class KinesisAnalyticsFirehoseRecordMetadata extends EventWrapper<RawKinesisAnalyticsFirehoseRecordMetadata> {
  static override readonly typeName: string =
    'KinesisAnalyticsFirehoseRecordMetadata';

  /**
   * The approximate time the delivery stream received the record, as a number since the epoch
   * (`kinesisFirehoseRecordMetadata.approximateArrivalTimestamp`). AWS's guide does not give
   * the unit, and its own sample holds a value in seconds where the event libraries of other
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
 * the application reads a Firehose delivery stream, before the application's SQL sees it.
 *
 * @see https://docs.aws.amazon.com/kinesisanalytics/latest/dev/lambda-preprocessing.html
 */
export class KinesisAnalyticsFirehoseInputPreprocessingRecord<
  TData = unknown,
> extends KinesisAnalyticsInputPreprocessingRecordBase<
  RawKinesisAnalyticsFirehoseInputPreprocessingRecord,
  TData
> {
  static override readonly typeName: string =
    'KinesisAnalyticsFirehoseInputPreprocessingRecord';
  #kinesisFirehoseRecordMetadata?: KinesisAnalyticsFirehoseRecordMetadata;

  /**
   * The Firehose metadata of the record: when the delivery stream received it
   * (`kinesisFirehoseRecordMetadata`).
   *
   * @throws {@link MissingFieldError} when the record has none.
   */
  get kinesisFirehoseRecordMetadata(): KinesisAnalyticsFirehoseRecordMetadata {
    return (this.#kinesisFirehoseRecordMetadata ??= child(
      this,
      'kinesisFirehoseRecordMetadata',
      KinesisAnalyticsFirehoseRecordMetadata
    ));
  }
}

/**
 * Wrapper for the event that Kinesis Data Analytics sends to a Lambda function that
 * preprocesses the records of a SQL application's streaming source, when that source is a
 * Firehose delivery stream. The function answers each record with a
 * {@link KinesisAnalyticsInputPreprocessingResponse}: new data, dropped, or failed.
 *
 * `TData` types the JSON payload of every record; it is not checked at runtime.
 *
 * @see https://docs.aws.amazon.com/kinesisanalytics/latest/dev/lambda-preprocessing.html
 * @example
 * ```ts
 * import {
 *   KinesisAnalyticsFirehoseInputPreprocessingEvent,
 *   type RawKinesisAnalyticsFirehoseInputPreprocessingEvent,
 * } from '@evt/kinesis-analytics';
 *
 * export const handler = async (raw: RawKinesisAnalyticsFirehoseInputPreprocessingEvent) => {
 *   const event = new KinesisAnalyticsFirehoseInputPreprocessingEvent(raw);
 *   for (const record of event.records) {
 *     console.log(event.streamArn, record.recordId, record.dataAsText);
 *   }
 * };
 * ```
 */
export class KinesisAnalyticsFirehoseInputPreprocessingEvent<
  TData = unknown,
> extends KinesisAnalyticsInputPreprocessingEventBase<RawKinesisAnalyticsFirehoseInputPreprocessingEvent> {
  static override readonly typeName: string =
    'KinesisAnalyticsFirehoseInputPreprocessingEvent';
  #records?: KinesisAnalyticsFirehoseInputPreprocessingRecord<TData>[];

  /** The records to preprocess, in order (`records`). */
  get records(): KinesisAnalyticsFirehoseInputPreprocessingRecord<TData>[] {
    return (this.#records ??= wrapEach(
      this,
      'records',
      KinesisAnalyticsFirehoseInputPreprocessingRecord<TData>
    ));
  }
}
