import {
  EventWrapper,
  optionalChild,
  requireNumber,
  UNSET,
  wrapEach,
} from '@evt/core';
import {
  checkedResult,
  KinesisAnalyticsEventBase,
  KinesisAnalyticsRecordBase,
  type RawKinesisAnalyticsEventBase,
  type RawKinesisAnalyticsRecordBase,
} from './kinesis-analytics-base';
import {
  KinesisAnalyticsOutputDeliveryResponseRecord,
  type KinesisAnalyticsOutputDeliveryResult,
  OUTPUT_DELIVERY_RESULTS,
} from './kinesis-analytics-output-delivery-response';

/** The delivery metadata of an output record. */
export interface RawKinesisAnalyticsLambdaDeliveryRecordMetadata {
  /** How many times delivering the record failed so far; not kept across application restarts. */
  retryHint: number;
}

/** One output record of the application, as Kinesis Data Analytics sends it to a destination function. */
export interface RawKinesisAnalyticsOutputDeliveryRecord
  extends RawKinesisAnalyticsRecordBase {
  /** The delivery metadata; absent from some samples AWS publishes. */
  lambdaDeliveryRecordMetadata?:
    | RawKinesisAnalyticsLambdaDeliveryRecordMetadata
    | undefined;
}

/** The event Kinesis Data Analytics sends to a Lambda function configured as an application destination. */
export interface RawKinesisAnalyticsOutputDeliveryEvent
  extends RawKinesisAnalyticsEventBase {
  /** The output records to deliver. */
  records: RawKinesisAnalyticsOutputDeliveryRecord[];
}

/**
 * Wrapper for the delivery metadata of an output record that Kinesis Data Analytics sends to a
 * destination function.
 *
 * @see https://docs.aws.amazon.com/kinesisanalytics/latest/dev/how-it-works-output-lambda.html
 */
export class KinesisAnalyticsLambdaDeliveryRecordMetadata extends EventWrapper<RawKinesisAnalyticsLambdaDeliveryRecordMetadata> {
  static override readonly typeName: string =
    'KinesisAnalyticsLambdaDeliveryRecordMetadata';

  /**
   * The number of times delivering the record has failed so far
   * (`lambdaDeliveryRecordMetadata.retryHint`): `0` on the first attempt. The application
   * does not keep it across disruptions, so it can start again from `0`.
   */
  get retryHint(): number {
    return requireNumber(this, this.raw.retryHint, 'retryHint');
  }
}

/**
 * Wrapper for one output record that Kinesis Data Analytics sends to a Lambda function
 * configured as an application destination: a row the application wrote to its output
 * stream, base64-encoded in the format the destination is configured with (JSON or CSV).
 *
 * @see https://docs.aws.amazon.com/kinesisanalytics/latest/dev/how-it-works-output-lambda.html
 */
export class KinesisAnalyticsOutputDeliveryRecord<
  TData = unknown,
> extends KinesisAnalyticsRecordBase<
  RawKinesisAnalyticsOutputDeliveryRecord,
  TData
> {
  static override readonly typeName: string =
    'KinesisAnalyticsOutputDeliveryRecord';
  #lambdaDeliveryRecordMetadata:
    | KinesisAnalyticsLambdaDeliveryRecordMetadata
    | undefined
    | typeof UNSET = UNSET;

  /**
   * The delivery metadata of the record, with its retry count
   * (`lambdaDeliveryRecordMetadata`). Undefined when the event has none.
   */
  get lambdaDeliveryRecordMetadata():
    | KinesisAnalyticsLambdaDeliveryRecordMetadata
    | undefined {
    if (this.#lambdaDeliveryRecordMetadata === UNSET) {
      this.#lambdaDeliveryRecordMetadata = optionalChild(
        this,
        'lambdaDeliveryRecordMetadata',
        KinesisAnalyticsLambdaDeliveryRecordMetadata
      );
    }
    return this.#lambdaDeliveryRecordMetadata;
  }

  /**
   * Builds the delivery result for this record, carrying its `recordId`.
   *
   * @param result The outcome: `Ok` (the default) when the function delivered the record,
   * `DeliveryFailed` when it did not and the application should send it again.
   * @returns The result record, to add to a `KinesisAnalyticsOutputDeliveryResponse`.
   * @throws {TypeError} when `result` is not `Ok` or `DeliveryFailed`.
   * @throws {@link MissingFieldError} when the record has no `recordId`.
   * @example
   * ```ts
   * import {
   *   KinesisAnalyticsOutputDeliveryEvent,
   *   KinesisAnalyticsOutputDeliveryResponse,
   *   type RawKinesisAnalyticsOutputDeliveryEvent,
   * } from '@evt/kinesis-analytics';
   *
   * const deliver = async (text: string): Promise<boolean> => text !== '';
   *
   * export const handler = async (raw: RawKinesisAnalyticsOutputDeliveryEvent) => {
   *   const response = new KinesisAnalyticsOutputDeliveryResponse();
   *   for (const record of new KinesisAnalyticsOutputDeliveryEvent(raw).records) {
   *     const delivered = await deliver(record.dataAsText);
   *     response.addRecord(
   *       record.buildDeliveryResponse(delivered ? 'Ok' : 'DeliveryFailed')
   *     );
   *   }
   *   return response;
   * };
   * ```
   */
  buildDeliveryResponse(
    result: KinesisAnalyticsOutputDeliveryResult = 'Ok'
  ): KinesisAnalyticsOutputDeliveryResponseRecord {
    const checked = checkedResult(
      'buildDeliveryResponse',
      result,
      OUTPUT_DELIVERY_RESULTS
    );
    return new KinesisAnalyticsOutputDeliveryResponseRecord({
      recordId: this.recordId,
      result: checked,
    });
  }
}

/**
 * Wrapper for the event that Kinesis Data Analytics sends to a Lambda function configured as a
 * destination of a SQL application: a batch of rows from the application's output stream to
 * deliver. The function answers each record with a
 * {@link KinesisAnalyticsOutputDeliveryResponse}; records it does not acknowledge as `Ok` are
 * sent again.
 *
 * `TData` types the JSON payload of every record; it is not checked at runtime.
 *
 * @see https://docs.aws.amazon.com/kinesisanalytics/latest/dev/how-it-works-output-lambda.html
 * @example
 * ```ts
 * import {
 *   KinesisAnalyticsOutputDeliveryEvent,
 *   type RawKinesisAnalyticsOutputDeliveryEvent,
 * } from '@evt/kinesis-analytics';
 *
 * export const handler = async (raw: RawKinesisAnalyticsOutputDeliveryEvent) => {
 *   const event = new KinesisAnalyticsOutputDeliveryEvent(raw);
 *   console.log(event.applicationArn, event.records.length);
 * };
 * ```
 */
export class KinesisAnalyticsOutputDeliveryEvent<
  TData = unknown,
> extends KinesisAnalyticsEventBase<RawKinesisAnalyticsOutputDeliveryEvent> {
  static override readonly typeName: string =
    'KinesisAnalyticsOutputDeliveryEvent';
  #records?: KinesisAnalyticsOutputDeliveryRecord<TData>[];

  /** The output records to deliver, in order (`records`). */
  get records(): KinesisAnalyticsOutputDeliveryRecord<TData>[] {
    return (this.#records ??= wrapEach(
      this,
      'records',
      KinesisAnalyticsOutputDeliveryRecord<TData>
    ));
  }
}
