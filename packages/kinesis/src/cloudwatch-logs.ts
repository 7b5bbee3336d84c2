import { requireObject, type WrapperClass } from '@evt/core';
import type {
  KinesisStreamEvent,
  KinesisStreamRecord,
} from './kinesis-stream-event';

/** One log event of a CloudWatch Logs subscription payload. */
export interface CloudWatchLogsSubscriptionLogEvent {
  /** The unique ID of the log event. */
  id: string;
  /** The time of the log event, in milliseconds since the epoch. */
  timestamp: number;
  /** The log message. */
  message: string;
  /** The fields a filter pattern extracted from the message, when it has any. */
  extractedFields?: { [name: string]: string } | undefined;
}

/**
 * The payload a CloudWatch Logs subscription filter writes to a Kinesis data stream, once
 * decoded, inflated and parsed: the same shape `@evt/cloudwatch` reads as
 * `CloudWatchLogsDecodedData`.
 */
export interface CloudWatchLogsSubscriptionData {
  /** The ID of the AWS account that owns the log data. */
  owner: string;
  /** The name of the log group the log data comes from. */
  logGroup: string;
  /** The name of the log stream the log data comes from. */
  logStream: string;
  /** The names of the subscription filters that matched the log data. */
  subscriptionFilters: string[];
  /** `DATA_MESSAGE`, or `CONTROL_MESSAGE` for the messages that check the destination. */
  messageType: string;
  /** The level the subscription policy was set at, when the payload names it. */
  policyLevel?: string | undefined;
  /** The log events. */
  logEvents: CloudWatchLogsSubscriptionLogEvent[];
}

function decodedData<TWrapper>(
  record: KinesisStreamRecord<unknown>,
  DataClass?: WrapperClass<never, TWrapper>
): CloudWatchLogsSubscriptionData | TWrapper {
  const payload = record.kinesis;
  const value = payload.dataZlibCompressedAsJson as
    | CloudWatchLogsSubscriptionData
    | undefined;
  if (DataClass) {
    return new DataClass(value as never, payload, 'data');
  }
  return requireObject(payload, value, 'data');
}

/**
 * Decodes the CloudWatch Logs payload that a subscription filter wrote into a Kinesis record:
 * base64, then gzip, then JSON (`kinesis.data`).
 *
 * Without a class, the result is the parsed payload, typed but not checked beyond being an
 * object. Pass `CloudWatchLogsDecodedData` from `@evt/cloudwatch` (or any wrapper class) to get
 * it wrapped, with checked getters whose errors name the full path
 * (`KinesisStreamEvent: Records[0].kinesis.data.logGroup is missing`). The payload is decoded
 * once per record and cached.
 *
 * @param record The Kinesis record.
 * @returns The decoded payload.
 * @throws {@link DecodeError} when the data is not base64, gzip or JSON.
 * @throws {@link PayloadTooLargeError} when the inflated data would pass `maxInflatedBytes`.
 * @throws {@link FieldTypeError} when the JSON is not an object.
 * @example
 * ```ts
 * import {
 *   extractCloudWatchLogsFromRecord,
 *   KinesisStreamEvent,
 *   type RawKinesisStreamEvent,
 * } from '@evt/kinesis';
 *
 * export const handler = async (raw: RawKinesisStreamEvent) => {
 *   for (const record of new KinesisStreamEvent(raw).records) {
 *     const logs = extractCloudWatchLogsFromRecord(record);
 *     console.log(logs.logGroup, logs.logEvents.length);
 *   }
 * };
 * ```
 */
export function extractCloudWatchLogsFromRecord(
  record: KinesisStreamRecord<unknown>
): CloudWatchLogsSubscriptionData;
/**
 * Decodes the CloudWatch Logs payload of a Kinesis record and wraps it in the given class,
 * such as `CloudWatchLogsDecodedData` from `@evt/cloudwatch`.
 *
 * @param record The Kinesis record.
 * @param DataClass The class to wrap the payload with.
 * @returns The `DataClass` instance wrapping the payload.
 * @throws {@link DecodeError} when the data is not base64, gzip or JSON.
 * @throws {@link PayloadTooLargeError} when the inflated data would pass `maxInflatedBytes`.
 * @throws {@link FieldTypeError} when the JSON is not an object.
 * @example
 * ```ts
 * import { CloudWatchLogsDecodedData } from '@evt/cloudwatch';
 * import {
 *   extractCloudWatchLogsFromRecord,
 *   KinesisStreamEvent,
 *   type RawKinesisStreamEvent,
 * } from '@evt/kinesis';
 *
 * export const handler = async (raw: RawKinesisStreamEvent) => {
 *   const record = new KinesisStreamEvent(raw).records[0];
 *   if (record) {
 *     console.log(extractCloudWatchLogsFromRecord(record, CloudWatchLogsDecodedData).logGroup);
 *   }
 * };
 * ```
 */
export function extractCloudWatchLogsFromRecord<TRaw extends object, TWrapper>(
  record: KinesisStreamRecord<unknown>,
  DataClass: WrapperClass<TRaw, TWrapper>
): TWrapper;
export function extractCloudWatchLogsFromRecord<TWrapper>(
  record: KinesisStreamRecord<unknown>,
  DataClass?: WrapperClass<never, TWrapper>
): CloudWatchLogsSubscriptionData | TWrapper {
  return decodedData(record, DataClass);
}

/**
 * Decodes the CloudWatch Logs payload of every record of a Kinesis event, in record order;
 * see {@link extractCloudWatchLogsFromRecord}.
 *
 * @param event The Kinesis event.
 * @returns One decoded payload per record.
 * @throws {@link DecodeError} when a record's data is not base64, gzip or JSON.
 * @throws {@link PayloadTooLargeError} when inflated data would pass `maxInflatedBytes`.
 * @throws {@link FieldTypeError} when a record's JSON is not an object.
 * @example
 * ```ts
 * import {
 *   extractCloudWatchLogsFromEvent,
 *   KinesisStreamEvent,
 *   type RawKinesisStreamEvent,
 * } from '@evt/kinesis';
 *
 * export const handler = async (raw: RawKinesisStreamEvent) => {
 *   const logs = extractCloudWatchLogsFromEvent(new KinesisStreamEvent(raw));
 *   return logs.flatMap((data) => data.logEvents.map((logEvent) => logEvent.message));
 * };
 * ```
 */
export function extractCloudWatchLogsFromEvent(
  event: KinesisStreamEvent<unknown, object>
): CloudWatchLogsSubscriptionData[];
/**
 * Decodes the CloudWatch Logs payload of every record of a Kinesis event and wraps each in
 * the given class, such as `CloudWatchLogsDecodedData` from `@evt/cloudwatch`.
 *
 * @param event The Kinesis event.
 * @param DataClass The class to wrap each payload with.
 * @returns One `DataClass` instance per record, in record order.
 * @throws {@link DecodeError} when a record's data is not base64, gzip or JSON.
 * @throws {@link PayloadTooLargeError} when inflated data would pass `maxInflatedBytes`.
 * @throws {@link FieldTypeError} when a record's JSON is not an object.
 */
export function extractCloudWatchLogsFromEvent<TRaw extends object, TWrapper>(
  event: KinesisStreamEvent<unknown, object>,
  DataClass: WrapperClass<TRaw, TWrapper>
): TWrapper[];
export function extractCloudWatchLogsFromEvent<TWrapper>(
  event: KinesisStreamEvent<unknown, object>,
  DataClass?: WrapperClass<never, TWrapper>
): (CloudWatchLogsSubscriptionData | TWrapper)[] {
  return event.records.map((record) => decodedData(record, DataClass));
}
