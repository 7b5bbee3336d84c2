import {
  argumentError,
  type BatchItemFailure,
  type BatchItemIdentity,
  type BatchResponse,
  toBatchResponse,
} from '@evt/core';
import type { SQSEvent } from './sqs-event';

/** One failed message in a partial batch response. */
export type SQSBatchItemFailure = BatchItemFailure;

/**
 * The response a function returns to report partial batch failures, when its event source
 * mapping has `ReportBatchItemFailures` turned on: `{ batchItemFailures: [{ itemIdentifier }] }`
 * with the `messageId` of each message Lambda should return to the queue.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html#services-sqs-batchfailurereporting
 */
export type SQSBatchResponse = BatchResponse;

/** The options of {@link buildBatchResponse}. */
export interface SQSBatchResponseOptions {
  /**
   * The event the failed messages come from. With it, the response lists the failures in the
   * batch's order, each once, and, for a FIFO queue (one whose ARN ends in `.fifo`), also every
   * message that follows a failed message of the same message group, which SQS must deliver
   * again after it. A failure the event does not hold is then an error.
   */
  readonly event?: SQSEvent<unknown> | undefined;
}

const BY_MESSAGE_ID: BatchItemIdentity<{ readonly messageId: string }> = {
  identify: (record) => record.messageId,
  noun: 'message id',
  field: 'messageId',
};

/**
 * The failures of a batch, in the batch's order; on a FIFO queue, with every message that
 * follows a failed message of its group. A failure the batch does not hold is the caller's bug.
 */
function inBatchOrder(
  failures: readonly SQSBatchItemFailure[],
  event: SQSEvent<unknown>
): SQSBatchResponse {
  const records: unknown = (event as Partial<SQSEvent<unknown>> | null)
    ?.records;
  if (!Array.isArray(records)) {
    throw argumentError(
      'buildBatchResponse',
      'options.event',
      'an SQSEvent',
      event
    );
  }
  const failed = new Set<string>();
  for (const { itemIdentifier } of failures) failed.add(itemIdentifier);
  const failedGroups = new Set<string>();
  const batchItemFailures: SQSBatchItemFailure[] = [];
  for (const record of records as SQSEvent<unknown>['records']) {
    const messageId = record.messageId;
    let fails = failed.delete(messageId);
    if (record.eventSourceArn.endsWith('.fifo')) {
      const group = record.attributes.messageGroupId;
      if (group !== undefined) {
        if (fails) failedGroups.add(group);
        else fails = failedGroups.has(group);
      }
    }
    if (fails) batchItemFailures.push({ itemIdentifier: messageId });
  }
  if (failed.size > 0) {
    const position = failures.findIndex(({ itemIdentifier }) =>
      failed.has(itemIdentifier)
    );
    throw new TypeError(
      `buildBatchResponse: failures[${position}] must be a message of options.event, got a message id the event does not hold`
    );
  }
  return { batchItemFailures };
}

/**
 * Builds the partial batch response for the messages that failed, so Lambda deletes the
 * others and returns only these to the queue.
 *
 * For a FIFO queue, pass the event too (`{ event }`): SQS delivers the messages of a message
 * group in order, so once a message fails, every later message of its group must go back to
 * the queue with it, processed or not. The response then adds them. Messages of other groups
 * are not touched, so process them as usual; every message you did not process (for example
 * after stopping at the first failure, as the AWS guide suggests) must be in `failures`.
 *
 * @param failures The failed records, or their message IDs.
 * @param options The event the failures come from (required for a FIFO queue).
 * @returns The response to return from the handler.
 * @throws {TypeError} when `failures` is not an iterable, or is a single string (which would
 * otherwise fail one message per character), or when one of its items is neither a non-empty
 * string nor an object with a non-empty string `messageId`; with `options.event`, when the
 * event is not an `SQSEvent` or a failure is not one of its messages. These are programmer
 * errors, not bad events, so they are not {@link EvtError}s.
 * @throws {@link MissingFieldError} when a record passed in, or a record of `options.event`,
 * has no `messageId` (or, in `options.event`, no `eventSourceARN` or `attributes`).
 * @example
 * ```ts
 * import { buildBatchResponse, type RawSQSEvent, SQSEvent, type SQSRecord } from '@evt/sqs';
 *
 * export const handler = async (raw: RawSQSEvent) => {
 *   const event = new SQSEvent(raw);
 *   const failed: SQSRecord[] = [];
 *   for (const record of event.records) {
 *     if (record.body.length === 0) failed.push(record);
 *   }
 *   return buildBatchResponse(failed, { event });
 * };
 * ```
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html#services-sqs-batchfailurereporting
 */
export function buildBatchResponse(
  failures: Iterable<string | { readonly messageId: string }>,
  options?: SQSBatchResponseOptions
): SQSBatchResponse {
  const response = toBatchResponse(failures, BY_MESSAGE_ID);
  const event = options?.event;
  return event === undefined
    ? response
    : inBatchOrder(response.batchItemFailures, event);
}
