import {
  type BatchItemFailure,
  type BatchItemIdentity,
  type BatchResponse,
  EventWrapper,
  locate,
  MissingFieldError,
  toBatchResponse,
} from '@evt/core';

/** One failed record in a partial batch response: its sequence number. */
export type DynamoDBBatchItemFailure = BatchItemFailure;

/**
 * The response a function returns to report partial batch failures, when its event source
 * mapping has `ReportBatchItemFailures` turned on: `{ batchItemFailures: [{ itemIdentifier }] }`
 * with the sequence number of each failed record.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-batchfailurereporting.html
 */
export type DynamoDBBatchResponse = BatchResponse;

/** A record as {@link buildBatchResponse} reads it: a `DynamoDBRecord`, by its sequence number. */
interface SequencedRecord {
  readonly dynamodb?:
    | { readonly sequenceNumber?: string | undefined }
    | null
    | undefined;
}

const BY_SEQUENCE_NUMBER: BatchItemIdentity<SequencedRecord> = {
  identify(record) {
    const stream = record.dynamodb;
    const sequenceNumber = stream?.sequenceNumber;
    // The wrapper reads an absent sequence number as undefined; for the response it is needed.
    if (sequenceNumber === undefined && record instanceof EventWrapper) {
      throw new MissingFieldError(
        locate(record, stream ? 'dynamodb.SequenceNumber' : 'dynamodb')
      );
    }
    return sequenceNumber;
  },
  noun: 'sequence number',
  field: 'dynamodb.sequenceNumber',
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
 * (`record.dynamodb.sequenceNumber`).
 * @returns The response to return from the handler; with a tumbling window, spread it next to
 * the window's `state`.
 * @throws {TypeError} when `failures` is not an iterable, or is a single string (which would
 * otherwise fail one record per character), or when one of its items is neither a non-empty
 * string nor a record with a non-empty string `dynamodb.sequenceNumber`. These are programmer
 * errors, not bad events, so they are not {@link EvtError}s.
 * @throws {@link MissingFieldError} when a record passed in has no `dynamodb` or no
 * `dynamodb.SequenceNumber`.
 * @example
 * ```ts
 * import {
 *   buildBatchResponse,
 *   DynamoDBStreamEvent,
 *   type RawDynamoDBStreamEvent,
 * } from '@evt/dynamodb';
 *
 * export const handler = async (raw: RawDynamoDBStreamEvent) => {
 *   for (const record of new DynamoDBStreamEvent(raw).records) {
 *     try {
 *       console.log(record.eventName, record.dynamodb?.newImage);
 *     } catch {
 *       return buildBatchResponse([record]); // Lambda retries from this record
 *     }
 *   }
 *   return buildBatchResponse([]);
 * };
 * ```
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-batchfailurereporting.html
 */
export function buildBatchResponse(
  failures: Iterable<
    | string
    | {
        readonly dynamodb?:
          | { readonly sequenceNumber?: string | undefined }
          | undefined;
      }
  >
): DynamoDBBatchResponse {
  return toBatchResponse(failures, BY_SEQUENCE_NUMBER);
}
