import type { RawDynamoDBStreamEvent } from './dynamodb-stream-event';

/**
 * Whether a value is an event a DynamoDB stream sends to a Lambda function (plain or with a
 * tumbling window): its first record's `eventSource` is `aws:dynamodb`. Only the field that
 * names the source is checked, not every field {@link DynamoDBStreamEvent} reads.
 *
 * @example
 * ```ts
 * import { DynamoDBStreamEvent, isDynamoDBStreamEvent } from '@evt/dynamodb';
 *
 * export const handler = async (raw: unknown) =>
 *   isDynamoDBStreamEvent(raw)
 *     ? new DynamoDBStreamEvent(raw).records.map((record) => record.eventName)
 *     : [];
 * ```
 */
export function isDynamoDBStreamEvent(
  raw: unknown
): raw is RawDynamoDBStreamEvent {
  const records = (raw as { Records?: unknown } | null | undefined)?.Records;
  return Array.isArray(records) && records[0]?.eventSource === 'aws:dynamodb';
}
