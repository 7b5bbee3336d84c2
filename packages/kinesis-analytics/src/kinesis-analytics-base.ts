import {
  argumentError,
  Base64Data,
  EventWrapper,
  requireString,
} from '@evt/core';
import {
  INPUT_PREPROCESSING_RESULTS,
  KinesisAnalyticsInputPreprocessingResponseRecord,
  type KinesisAnalyticsInputPreprocessingResult,
} from './kinesis-analytics-input-preprocessing-response';

/** The fields every event Kinesis Data Analytics sends to a Lambda function has. */
export interface RawKinesisAnalyticsEventBase {
  /** The ID of this invocation, a random GUID. */
  invocationId: string;
  /** The ARN of the Kinesis Data Analytics application. */
  applicationArn: string;
}

/** The fields both preprocessing events have: those of every event, and the source stream. */
export interface RawKinesisAnalyticsInputPreprocessingEventBase
  extends RawKinesisAnalyticsEventBase {
  /** The ARN of the stream the records were read from: a Firehose delivery stream or a Kinesis data stream. */
  streamArn: string;
}

/** The fields every record Kinesis Data Analytics sends to a Lambda function has. */
export interface RawKinesisAnalyticsRecordBase {
  /** The ID of the record within the batch; the response must return it. */
  recordId: string;
  /** The record's payload, base64-encoded. */
  data: string;
}

// Read through the bases' own raw types: a subclass's raw type is a type parameter here, and
// a path is only checked against a known type (the idiom of core's `BaseProxyEvent`).
function event(
  wrapper: EventWrapper
): EventWrapper<RawKinesisAnalyticsEventBase> {
  return wrapper as EventWrapper<RawKinesisAnalyticsEventBase>;
}

function preprocessing(
  wrapper: EventWrapper
): EventWrapper<RawKinesisAnalyticsInputPreprocessingEventBase> {
  return wrapper as EventWrapper<RawKinesisAnalyticsInputPreprocessingEventBase>;
}

function record(
  wrapper: EventWrapper
): EventWrapper<RawKinesisAnalyticsRecordBase> {
  return wrapper as EventWrapper<RawKinesisAnalyticsRecordBase>;
}

/**
 * Checks the `result` a handler passes to a response builder: a wrong one is the caller's bug,
 * so it is core's `argumentError` naming the method, not an `EvtError`.
 *
 * @param method The builder, for the error, e.g. `buildDeliveryResponse`.
 * @param result The result passed.
 * @param results The results the service accepts.
 * @returns The result.
 * @throws {TypeError} when it is not one of `results`.
 */
export function checkedResult<TResult extends string>(
  method: string,
  result: unknown,
  results: readonly TResult[]
): TResult {
  if ((results as readonly unknown[]).includes(result)) {
    return result as TResult;
  }
  throw argumentError(method, 'result', results.join(' | '), result);
}

/**
 * What the events Kinesis Data Analytics sends to a Lambda function share: the invocation ID
 * and the application's ARN. {@link KinesisAnalyticsOutputDeliveryEvent},
 * {@link KinesisAnalyticsFirehoseInputPreprocessingEvent} and
 * {@link KinesisAnalyticsStreamsInputPreprocessingEvent} extend it and add their records.
 *
 * @see https://docs.aws.amazon.com/kinesisanalytics/latest/dev/lambda-preprocessing.html
 * @see https://docs.aws.amazon.com/kinesisanalytics/latest/dev/how-it-works-output-lambda.html
 */
export class KinesisAnalyticsEventBase<
  TRaw extends RawKinesisAnalyticsEventBase = RawKinesisAnalyticsEventBase,
> extends EventWrapper<TRaw> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'KinesisAnalyticsEventBase';

  /** The ID of this invocation, a random GUID (`invocationId`). */
  get invocationId(): string {
    return requireString(event(this), this.raw.invocationId, 'invocationId');
  }

  /** The ARN of the Kinesis Data Analytics application that invoked the function (`applicationArn`). */
  get applicationArn(): string {
    return requireString(
      event(this),
      this.raw.applicationArn,
      'applicationArn'
    );
  }
}

/**
 * What both preprocessing events share (for a Firehose delivery stream source and for a Kinesis
 * data stream source): the invocation, the application and the source stream.
 * {@link KinesisAnalyticsFirehoseInputPreprocessingEvent} and
 * {@link KinesisAnalyticsStreamsInputPreprocessingEvent} extend it and add their records.
 *
 * @see https://docs.aws.amazon.com/kinesisanalytics/latest/dev/lambda-preprocessing.html
 */
export class KinesisAnalyticsInputPreprocessingEventBase<
  TRaw extends
    RawKinesisAnalyticsInputPreprocessingEventBase = RawKinesisAnalyticsInputPreprocessingEventBase,
> extends KinesisAnalyticsEventBase<TRaw> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string =
    'KinesisAnalyticsInputPreprocessingEventBase';

  /**
   * The ARN of the stream the records were read from (`streamArn`): a Firehose delivery
   * stream (`arn:aws:firehose:…:deliverystream/…`) or a Kinesis data stream
   * (`arn:aws:kinesis:…:stream/…`), after the event's kind.
   */
  get streamArn(): string {
    return requireString(preprocessing(this), this.raw.streamArn, 'streamArn');
  }
}

/**
 * What the records Kinesis Data Analytics sends to a Lambda function share: the record ID the
 * response answers, and the base64 payload, decoded on demand. `TData` types the payload
 * parsed as JSON; it is not checked at runtime.
 *
 * @see https://docs.aws.amazon.com/kinesisanalytics/latest/dev/lambda-preprocessing.html
 * @see https://docs.aws.amazon.com/kinesisanalytics/latest/dev/how-it-works-output-lambda.html
 */
export class KinesisAnalyticsRecordBase<
  TRaw extends RawKinesisAnalyticsRecordBase = RawKinesisAnalyticsRecordBase,
  TData = unknown,
> extends EventWrapper<TRaw> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'KinesisAnalyticsRecordBase';
  #data?: Base64Data<TData>;

  get #decoded(): Base64Data<TData> {
    return (this.#data ??= new Base64Data(this, this.data, 'data'));
  }

  /** The ID of the record within the batch, which the response must return (`recordId`). */
  get recordId(): string {
    return requireString(record(this), this.raw.recordId, 'recordId');
  }

  /** The record's payload as sent, base64-encoded (`data`). */
  get data(): string {
    return requireString(record(this), this.raw.data, 'data');
  }

  /**
   * The record's payload, decoded from base64 (`data`). Decoded once, then cached.
   *
   * @throws {@link DecodeError} when `data` is not valid base64.
   */
  get dataAsBytes(): Uint8Array {
    return this.#decoded.bytes;
  }

  /**
   * The record's payload, decoded from base64 and read as UTF-8 text (`data`). Decoded once,
   * then cached.
   *
   * @throws {@link DecodeError} when `data` is not valid base64, or not UTF-8.
   */
  get dataAsText(): string {
    return this.#decoded.text;
  }

  /**
   * The record's payload, decoded from base64 and parsed as JSON, typed as `TData` (`data`).
   * Parsed once, with the `jsonDeserializer` option when one is set.
   *
   * @throws {@link DecodeError} when `data` is not base64, UTF-8 or JSON.
   * @example
   * ```ts
   * import {
   *   KinesisAnalyticsOutputDeliveryEvent,
   *   type RawKinesisAnalyticsOutputDeliveryEvent,
   * } from '@evt/kinesis-analytics';
   *
   * interface Row {
   *   TICKER_SYMBOL: string;
   *   AVG_PRICE: number;
   * }
   *
   * export const handler = async (raw: RawKinesisAnalyticsOutputDeliveryEvent) => {
   *   const event = new KinesisAnalyticsOutputDeliveryEvent<Row>(raw);
   *   return event.records.map((record) => record.dataAsJson.TICKER_SYMBOL);
   * };
   * ```
   */
  get dataAsJson(): TData {
    return this.#decoded.json;
  }
}

/**
 * What the records of both preprocessing events share (a Firehose delivery stream's and a
 * Kinesis data stream's): the record ID, the payload, and the builder of the record's
 * preprocessing result.
 *
 * @see https://docs.aws.amazon.com/kinesisanalytics/latest/dev/lambda-preprocessing.html
 */
export class KinesisAnalyticsInputPreprocessingRecordBase<
  TRaw extends RawKinesisAnalyticsRecordBase = RawKinesisAnalyticsRecordBase,
  TData = unknown,
> extends KinesisAnalyticsRecordBase<TRaw, TData> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string =
    'KinesisAnalyticsInputPreprocessingRecordBase';

  /**
   * Builds the preprocessing result for this record, carrying its `recordId`.
   *
   * @param data The new data, base64-encoded (see `base64FromString` and `base64FromJson`).
   * By default, for an `Ok` result, the record's own data (the record goes on unchanged);
   * for `Dropped` and `ProcessingFailed`, none.
   * @param result The outcome: `Ok` (the default), `Dropped` or `ProcessingFailed`.
   * @returns The result record, to add to a `KinesisAnalyticsInputPreprocessingResponse`.
   * @throws {TypeError} when `data` is not a string or `result` is not one of the three
   * values.
   * @throws {@link MissingFieldError} when the record has no `recordId` (or no `data` to pass
   * on).
   * @example
   * ```ts
   * import {
   *   base64FromJson,
   *   KinesisAnalyticsFirehoseInputPreprocessingEvent,
   *   KinesisAnalyticsInputPreprocessingResponse,
   *   type RawKinesisAnalyticsFirehoseInputPreprocessingEvent,
   * } from '@evt/kinesis-analytics';
   *
   * export const handler = async (raw: RawKinesisAnalyticsFirehoseInputPreprocessingEvent) => {
   *   const event = new KinesisAnalyticsFirehoseInputPreprocessingEvent(raw);
   *   const response = new KinesisAnalyticsInputPreprocessingResponse();
   *   for (const record of event.records) {
   *     const text = record.dataAsText.trim();
   *     response.addRecord(
   *       text === ''
   *         ? record.buildPreprocessingResponse(undefined, 'Dropped')
   *         : record.buildPreprocessingResponse(base64FromJson({ text }))
   *     );
   *   }
   *   return response;
   * };
   * ```
   */
  buildPreprocessingResponse(
    // Defaulted rather than optional (`data?`), so the method's `length` is 0 as for the other
    // builders: it needs no argument.
    data: string | undefined = undefined,
    result: KinesisAnalyticsInputPreprocessingResult = 'Ok'
  ): KinesisAnalyticsInputPreprocessingResponseRecord {
    const checked = checkedResult(
      'buildPreprocessingResponse',
      result,
      INPUT_PREPROCESSING_RESULTS
    );
    if (data !== undefined && typeof data !== 'string') {
      throw argumentError(
        'buildPreprocessingResponse',
        'data',
        'a base64 string',
        data
      );
    }
    const recordId = this.recordId;
    const newData = data ?? (checked === 'Ok' ? this.data : undefined);
    return new KinesisAnalyticsInputPreprocessingResponseRecord(
      newData === undefined
        ? { recordId, result: checked }
        : { recordId, result: checked, data: newData }
    );
  }
}
