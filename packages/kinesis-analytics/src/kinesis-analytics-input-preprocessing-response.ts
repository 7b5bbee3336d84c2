import {
  BaseRecordResultsResponse,
  type EventOptions,
  EventWrapper,
  optionalString,
  recordResultOf,
  requireString,
} from '@evt/core';

/**
 * The outcome of preprocessing one record, as Kinesis Data Analytics reads it from the
 * response: `Ok` (the new data goes on to the application), `Dropped` (left out on purpose) or
 * `ProcessingFailed` (the function could not process it).
 */
export type KinesisAnalyticsInputPreprocessingResult =
  | 'Ok'
  | 'Dropped'
  | 'ProcessingFailed';

/** The results Kinesis Data Analytics accepts from a preprocessing function, `Ok` first. */
export const INPUT_PREPROCESSING_RESULTS: readonly [
  KinesisAnalyticsInputPreprocessingResult,
  ...KinesisAnalyticsInputPreprocessingResult[],
] = ['Ok', 'Dropped', 'ProcessingFailed'];

/**
 * One preprocessed record, as a handler gives it to
 * {@link KinesisAnalyticsInputPreprocessingResponseRecord}.
 */
export interface RawKinesisAnalyticsInputPreprocessingResponseRecord {
  /** The ID of the source record this one answers. */
  recordId: string;
  /** The outcome: `Ok`, `Dropped` or `ProcessingFailed`; `Ok` when not set. */
  result?: KinesisAnalyticsInputPreprocessingResult | undefined;
  /** The new data, base64-encoded; required for `Ok`, optional otherwise. */
  data?: string | undefined;
}

/** One preprocessed record exactly as Kinesis Data Analytics reads it from the response. */
export interface KinesisAnalyticsInputPreprocessingResponseRecordDict {
  /** The ID of the source record this one answers. */
  recordId: string;
  /** The outcome of the preprocessing. */
  result: KinesisAnalyticsInputPreprocessingResult;
  /** The new data, base64-encoded; absent from a `Dropped` or `ProcessingFailed` record without it. */
  data?: string;
}

/** The response exactly as Kinesis Data Analytics reads it from a preprocessing function. */
export interface KinesisAnalyticsInputPreprocessingResponseDict {
  /** One preprocessed record per record of the event. */
  records: KinesisAnalyticsInputPreprocessingResponseRecordDict[];
}

/**
 * Wrapper for one preprocessed record that a preprocessing function returns to Kinesis Data
 * Analytics: the `recordId` of the source record it answers, the outcome, and the new data
 * (base64), which an `Ok` record must carry. The data may hold several JSON documents, or
 * several CSV rows, for the application to read as separate rows. Build one with the
 * `buildPreprocessingResponse` of a preprocessing event's record, or construct it directly.
 *
 * @see https://docs.aws.amazon.com/kinesisanalytics/latest/dev/lambda-preprocessing.html
 * @example
 * ```ts
 * import {
 *   base64FromString,
 *   KinesisAnalyticsInputPreprocessingResponseRecord,
 * } from '@evt/kinesis-analytics';
 *
 * const record = new KinesisAnalyticsInputPreprocessingResponseRecord({
 *   recordId: '49572672223665514422805246926656954630972486059535892482',
 *   data: base64FromString('HELLO WORLD'),
 * });
 * record.asDict(); // { recordId: '4957…2482', result: 'Ok', data: 'SEVMTE8gV09STEQ=' }
 * ```
 */
export class KinesisAnalyticsInputPreprocessingResponseRecord extends EventWrapper<RawKinesisAnalyticsInputPreprocessingResponseRecord> {
  static override readonly typeName: string =
    'KinesisAnalyticsInputPreprocessingResponseRecord';

  /**
   * Creates a preprocessed record.
   *
   * @param raw The `recordId` of the source record it answers, `data` (base64; required for
   * `Ok`) and optionally `result` (`Ok` by default).
   * @param options Where this record sits, for error messages.
   */
  constructor(
    raw: RawKinesisAnalyticsInputPreprocessingResponseRecord,
    options?: EventOptions
  ) {
    super(raw, options);
  }

  /** The ID of the source record this one answers (`recordId`). */
  get recordId(): string {
    return requireString(this, this.raw.recordId, 'recordId');
  }

  /**
   * The outcome of the preprocessing: `Ok`, `Dropped` or `ProcessingFailed` (`result`). `Ok`
   * when not set.
   *
   * @throws {@link FieldTypeError} when it is set to anything else.
   */
  get result(): KinesisAnalyticsInputPreprocessingResult {
    return recordResultOf(this, this.raw.result, INPUT_PREPROCESSING_RESULTS);
  }

  /** The new data, base64-encoded (`data`). Undefined when not set. */
  get data(): string | undefined {
    return optionalString(this, this.raw.data, 'data');
  }

  /**
   * Serialises the record as Kinesis Data Analytics reads it, leaving out `data` when a
   * `Dropped` or `ProcessingFailed` record has none.
   *
   * @returns The plain object, `{ recordId, result, data? }`.
   * @throws {@link MissingFieldError} when `recordId` is not set, or when an `Ok` record has no
   * `data` (the service would count the record as failed).
   * @throws {@link FieldTypeError} when `result` is not one of the three values.
   */
  asDict(): KinesisAnalyticsInputPreprocessingResponseRecordDict {
    const recordId = this.recordId;
    const result = this.result;
    const data =
      result === 'Ok' ? requireString(this, this.raw.data, 'data') : this.data;
    return data === undefined
      ? { recordId, result }
      : { recordId, result, data };
  }

  /**
   * Serialises the record as Kinesis Data Analytics reads it, for `JSON.stringify`.
   *
   * @returns The same object as {@link asDict}.
   */
  override toJSON(): KinesisAnalyticsInputPreprocessingResponseRecordDict {
    return this.asDict();
  }
}

/**
 * The response a preprocessing function returns to Kinesis Data Analytics: one preprocessed
 * record per record of the event, from a Firehose delivery stream or a Kinesis data stream
 * alike. Returning it from the handler serialises it as the service reads it.
 *
 * @see https://docs.aws.amazon.com/kinesisanalytics/latest/dev/lambda-preprocessing.html
 * @example
 * ```ts
 * import {
 *   base64FromString,
 *   KinesisAnalyticsInputPreprocessingResponse,
 *   KinesisAnalyticsStreamsInputPreprocessingEvent,
 *   type RawKinesisAnalyticsStreamsInputPreprocessingEvent,
 * } from '@evt/kinesis-analytics';
 *
 * export const handler = async (raw: RawKinesisAnalyticsStreamsInputPreprocessingEvent) => {
 *   const response = new KinesisAnalyticsInputPreprocessingResponse();
 *   for (const record of new KinesisAnalyticsStreamsInputPreprocessingEvent(raw).records) {
 *     const upper = base64FromString(record.dataAsText.toUpperCase());
 *     response.addRecord(record.buildPreprocessingResponse(upper));
 *   }
 *   return response;
 * };
 * ```
 */
export class KinesisAnalyticsInputPreprocessingResponse extends BaseRecordResultsResponse<
  KinesisAnalyticsInputPreprocessingResponseRecord,
  KinesisAnalyticsInputPreprocessingResponseRecordDict
> {
  /** The class name used in error messages. */
  static override readonly typeName: string =
    'KinesisAnalyticsInputPreprocessingResponse';
  /** The service that reads the response, in error messages. */
  static override readonly serviceName: string = 'Kinesis Data Analytics';
}
