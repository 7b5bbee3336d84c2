import {
  type BatchItemFailure,
  type BatchItemIdentity,
  type BatchResponse,
  toBatchResponse,
} from '@evt/core';

/** One failed record in a partial batch response: its sequence number. */
export type KinesisStreamBatchItemFailure = BatchItemFailure;

/**
 * The response a function returns to report partial batch failures, when its event source
 * mapping has `ReportBatchItemFailures` turned on: `{ batchItemFailures: [{ itemIdentifier }] }`
 * with the sequence number of each failed record.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-batchfailurereporting.html
 */
export type KinesisStreamBatchResponse = BatchResponse;

const BY_SEQUENCE_NUMBER: BatchItemIdentity<{
  readonly kinesis?: { readonly sequenceNumber?: unknown } | null;
}> = {
  identify: (record) => record.kinesis?.sequenceNumber,
  noun: 'sequence number',
  field: 'kinesis.sequenceNumber',
};

/**
 * Builds the partial batch response for the records that failed.
 *
 * Lambda checkpoints a stream at the lowest sequence number the response lists and sends
 * every record from there again, including those after it that succeeded. The response lists
 * every failure given, in the order given, and leaves picking the lowest to Lambda, as the
 * AWS guide describes; a handler that stops at its first failure can pass that record alone
 * (the records after it are retried anyway).
 *
 * @param failures The failed records, or their sequence numbers
 * (`record.kinesis.sequenceNumber`).
 * @returns The response to return from the handler; with a tumbling window, spread it next to
 * the window's `state`.
 * @throws {TypeError} when `failures` is not an iterable, or is a single string (which would
 * otherwise fail one record per character), or when one of its items is neither a non-empty
 * string nor a record with a non-empty string `kinesis.sequenceNumber`. These are programmer
 * errors, not bad events, so they are not {@link EvtError}s.
 * @throws {@link MissingFieldError} when a record passed in has no `kinesis` or no
 * `kinesis.sequenceNumber`.
 * @example
 * ```ts
 * import {
 *   buildBatchResponse,
 *   KinesisStreamEvent,
 *   type RawKinesisStreamEvent,
 * } from '@evt/kinesis';
 *
 * export const handler = async (raw: RawKinesisStreamEvent) => {
 *   for (const record of new KinesisStreamEvent<{ id: string }>(raw).records) {
 *     try {
 *       console.log(record.kinesis.dataAsJson.id);
 *     } catch {
 *       return buildBatchResponse([record]); // Lambda retries from this record
 *     }
 *   }
 *   return buildBatchResponse([]);
 * };
 * ```
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-batchfailurereporting.html
 */
export function buildBatchResponse(
  failures: Iterable<
    string | { readonly kinesis: { readonly sequenceNumber: string } }
  >
): KinesisStreamBatchResponse {
  return toBatchResponse(failures, BY_SEQUENCE_NUMBER);
}
