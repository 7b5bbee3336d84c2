import {
  BaseRecordResultsResponse,
  type EventOptions,
  EventWrapper,
  recordResultOf,
  requireString,
} from '@evt/core';

/**
 * The outcome of delivering one output record, as Kinesis Data Analytics reads it from the
 * response: `Ok` when the function delivered it, `DeliveryFailed` when it did not (the
 * application sends the record again).
 */
export type KinesisAnalyticsOutputDeliveryResult = 'Ok' | 'DeliveryFailed';

/** The results Kinesis Data Analytics accepts from a destination function, `Ok` first. */
export const OUTPUT_DELIVERY_RESULTS: readonly [
  KinesisAnalyticsOutputDeliveryResult,
  ...KinesisAnalyticsOutputDeliveryResult[],
] = ['Ok', 'DeliveryFailed'];

/** One delivery result, as a handler gives it to {@link KinesisAnalyticsOutputDeliveryResponseRecord}. */
export interface RawKinesisAnalyticsOutputDeliveryResponseRecord {
  /** The ID of the output record this result answers. */
  recordId: string;
  /** The outcome: `Ok` or `DeliveryFailed`; `Ok` when not set. */
  result?: KinesisAnalyticsOutputDeliveryResult | undefined;
}

/** One delivery result exactly as Kinesis Data Analytics reads it from the response. */
export interface KinesisAnalyticsOutputDeliveryResponseRecordDict {
  /** The ID of the output record this result answers. */
  recordId: string;
  /** The outcome of the delivery. */
  result: KinesisAnalyticsOutputDeliveryResult;
}

/** The response exactly as Kinesis Data Analytics reads it from a destination function. */
export interface KinesisAnalyticsOutputDeliveryResponseDict {
  /** One result per output record of the event. */
  records: KinesisAnalyticsOutputDeliveryResponseRecordDict[];
}

/**
 * Wrapper for one delivery result that a destination function returns to Kinesis Data
 * Analytics: the `recordId` of the output record it answers and whether the function delivered
 * it. A record whose result is missing, or whose ID matches no record of the event, counts as a
 * failed delivery. Build one with `KinesisAnalyticsOutputDeliveryRecord.buildDeliveryResponse`
 * or construct it directly.
 *
 * @see https://docs.aws.amazon.com/kinesisanalytics/latest/dev/how-it-works-output-lambda.html
 * @example
 * ```ts
 * import { KinesisAnalyticsOutputDeliveryResponseRecord } from '@evt/kinesis-analytics';
 *
 * const record = new KinesisAnalyticsOutputDeliveryResponseRecord({
 *   recordId: '49572672223665514422805246926656954630972486059535892482',
 *   result: 'DeliveryFailed',
 * });
 * record.asDict(); // { recordId: '4957…2482', result: 'DeliveryFailed' }
 * ```
 */
export class KinesisAnalyticsOutputDeliveryResponseRecord extends EventWrapper<RawKinesisAnalyticsOutputDeliveryResponseRecord> {
  static override readonly typeName: string =
    'KinesisAnalyticsOutputDeliveryResponseRecord';

  /**
   * Creates a delivery result.
   *
   * @param raw The `recordId` of the output record it answers, and optionally `result` (`Ok`
   * by default).
   * @param options Where this result sits, for error messages.
   */
  constructor(
    raw: RawKinesisAnalyticsOutputDeliveryResponseRecord,
    options?: EventOptions
  ) {
    super(raw, options);
  }

  /** The ID of the output record this result answers (`recordId`). */
  get recordId(): string {
    return requireString(this, this.raw.recordId, 'recordId');
  }

  /**
   * The outcome of the delivery: `Ok` or `DeliveryFailed` (`result`). `Ok` when not set.
   *
   * @throws {@link FieldTypeError} when it is set to anything else.
   */
  get result(): KinesisAnalyticsOutputDeliveryResult {
    return recordResultOf(this, this.raw.result, OUTPUT_DELIVERY_RESULTS);
  }

  /**
   * Serialises the result as Kinesis Data Analytics reads it.
   *
   * @returns The plain object, `{ recordId, result }`.
   * @throws {@link MissingFieldError} when `recordId` is not set.
   * @throws {@link FieldTypeError} when `result` is not `Ok` or `DeliveryFailed`.
   */
  asDict(): KinesisAnalyticsOutputDeliveryResponseRecordDict {
    return { recordId: this.recordId, result: this.result };
  }

  /**
   * Serialises the result as Kinesis Data Analytics reads it, for `JSON.stringify`.
   *
   * @returns The same object as {@link asDict}.
   */
  override toJSON(): KinesisAnalyticsOutputDeliveryResponseRecordDict {
    return this.asDict();
  }
}

/**
 * The response a destination function returns to Kinesis Data Analytics: one delivery result
 * per output record of the event. Returning it from the handler serialises it as the service
 * reads it; records it does not acknowledge are sent again.
 *
 * @see https://docs.aws.amazon.com/kinesisanalytics/latest/dev/how-it-works-output-lambda.html
 * @example
 * ```ts
 * import {
 *   KinesisAnalyticsOutputDeliveryEvent,
 *   KinesisAnalyticsOutputDeliveryResponse,
 *   type RawKinesisAnalyticsOutputDeliveryEvent,
 * } from '@evt/kinesis-analytics';
 *
 * export const handler = async (raw: RawKinesisAnalyticsOutputDeliveryEvent) => {
 *   const response = new KinesisAnalyticsOutputDeliveryResponse();
 *   for (const record of new KinesisAnalyticsOutputDeliveryEvent(raw).records) {
 *     console.log(record.dataAsText);
 *     response.addRecord(record.buildDeliveryResponse('Ok'));
 *   }
 *   return response;
 * };
 * ```
 */
export class KinesisAnalyticsOutputDeliveryResponse extends BaseRecordResultsResponse<
  KinesisAnalyticsOutputDeliveryResponseRecord,
  KinesisAnalyticsOutputDeliveryResponseRecordDict
> {
  /** The class name used in error messages. */
  static override readonly typeName: string =
    'KinesisAnalyticsOutputDeliveryResponse';
  /** The service that reads the response, in error messages. */
  static override readonly serviceName: string = 'Kinesis Data Analytics';
}
