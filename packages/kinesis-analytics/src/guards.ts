import type { RawKinesisAnalyticsFirehoseInputPreprocessingEvent } from './kinesis-analytics-firehose-input-preprocessing-event';
import type { RawKinesisAnalyticsOutputDeliveryEvent } from './kinesis-analytics-output-delivery-event';
import type { RawKinesisAnalyticsStreamsInputPreprocessingEvent } from './kinesis-analytics-streams-input-preprocessing-event';

/** Any value's named fields, read without throwing on primitives, `null` or `undefined`. */
type Fields = { readonly [name: string]: unknown } | null | undefined;

// Every event Kinesis Data Analytics sends names the invocation and the application, and carries
// a list of records (Firehose's transformation event has an invocation ID too, but names a
// `deliveryStreamArn`, never an `applicationArn`).
function isKinesisAnalyticsEvent(event: Fields): boolean {
  return (
    typeof event?.invocationId === 'string' &&
    typeof event.applicationArn === 'string' &&
    Array.isArray(event.records)
  );
}

// A preprocessing event also names its source stream, and each record carries that source's
// metadata under its own key.
function isPreprocessingEvent(raw: unknown, metadataKey: string): boolean {
  const event = raw as Fields;
  if (!isKinesisAnalyticsEvent(event) || typeof event?.streamArn !== 'string') {
    return false;
  }
  const first = (event.records as readonly unknown[])[0] as Fields;
  const metadata = first?.[metadataKey];
  return typeof metadata === 'object' && metadata !== null;
}

/**
 * Whether a value is the event Kinesis Data Analytics sends to a Lambda function configured as
 * an application destination: it has an `invocationId`, an `applicationArn` and a list of
 * `records`, and no `streamArn` (which both preprocessing events have).
 *
 * @example
 * ```ts
 * import {
 *   isKinesisAnalyticsOutputDeliveryEvent,
 *   KinesisAnalyticsOutputDeliveryEvent,
 * } from '@evt/kinesis-analytics';
 *
 * export const handler = async (raw: unknown) => {
 *   if (!isKinesisAnalyticsOutputDeliveryEvent(raw)) throw new TypeError('not an output delivery');
 *   return new KinesisAnalyticsOutputDeliveryEvent(raw).records.length;
 * };
 * ```
 */
export function isKinesisAnalyticsOutputDeliveryEvent(
  raw: unknown
): raw is RawKinesisAnalyticsOutputDeliveryEvent {
  const event = raw as Fields;
  return isKinesisAnalyticsEvent(event) && event?.streamArn === undefined;
}

/**
 * Whether a value is the event Kinesis Data Analytics sends to a preprocessing function for a
 * Firehose delivery stream source: it has an `invocationId`, an `applicationArn`, a
 * `streamArn` and `records` whose first has `kinesisFirehoseRecordMetadata`. An event with no
 * records cannot be told apart and is not one.
 *
 * @example
 * ```ts
 * import {
 *   isKinesisAnalyticsFirehoseInputPreprocessingEvent,
 *   KinesisAnalyticsFirehoseInputPreprocessingEvent,
 * } from '@evt/kinesis-analytics';
 *
 * export const handler = async (raw: unknown) => {
 *   if (!isKinesisAnalyticsFirehoseInputPreprocessingEvent(raw)) throw new TypeError('not a Firehose source');
 *   return new KinesisAnalyticsFirehoseInputPreprocessingEvent(raw).streamArn;
 * };
 * ```
 */
export function isKinesisAnalyticsFirehoseInputPreprocessingEvent(
  raw: unknown
): raw is RawKinesisAnalyticsFirehoseInputPreprocessingEvent {
  return isPreprocessingEvent(raw, 'kinesisFirehoseRecordMetadata');
}

/**
 * Whether a value is the event Kinesis Data Analytics sends to a preprocessing function for a
 * Kinesis data stream source: it has an `invocationId`, an `applicationArn`, a `streamArn` and
 * `records` whose first has `kinesisStreamRecordMetadata`. An event with no records cannot be
 * told apart and is not one.
 *
 * @example
 * ```ts
 * import {
 *   isKinesisAnalyticsStreamsInputPreprocessingEvent,
 *   KinesisAnalyticsStreamsInputPreprocessingEvent,
 * } from '@evt/kinesis-analytics';
 *
 * export const handler = async (raw: unknown) => {
 *   if (!isKinesisAnalyticsStreamsInputPreprocessingEvent(raw)) throw new TypeError('not a stream source');
 *   return new KinesisAnalyticsStreamsInputPreprocessingEvent(raw).streamArn;
 * };
 * ```
 */
export function isKinesisAnalyticsStreamsInputPreprocessingEvent(
  raw: unknown
): raw is RawKinesisAnalyticsStreamsInputPreprocessingEvent {
  return isPreprocessingEvent(raw, 'kinesisStreamRecordMetadata');
}
