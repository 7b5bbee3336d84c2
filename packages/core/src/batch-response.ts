// The partial batch response of the batch sources (SQS, Kinesis, DynamoDB streams): one shape,
// one way to read what the caller says failed. It imports only the argument error, so that a
// handler that only builds responses bundles this module and that one, nothing else of core.
//
// A wrong failure is the caller's bug, not a bad event, so it is core's argumentError naming
// buildBatchResponse. Left alone, a wrong item would reach Lambda as a failure without a usable
// `itemIdentifier`, which fails the whole batch with no clue why.

import { argumentError } from './argument-error';

/** One failed item of a partial batch response: the item Lambda should process again. */
export interface BatchItemFailure {
  /**
   * The identifier of the failed item: the `messageId` of an SQS message, or the sequence
   * number of a Kinesis or DynamoDB stream record.
   */
  itemIdentifier: string;
}

/**
 * The response a function returns to report which items of a batch failed, when its event
 * source mapping has `ReportBatchItemFailures` turned on. An empty list means the whole batch
 * succeeded.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html#services-sqs-batchfailurereporting
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-batchfailurereporting.html
 */
export interface BatchResponse {
  /** The failed items, in the order given. */
  batchItemFailures: BatchItemFailure[];
}

/** How a source names the identifier of its items, for {@link toBatchResponse}'s errors. */
export interface BatchItemIdentity<TItem> {
  /** Reads the identifier of a record, e.g. `(record) => record.messageId`. */
  readonly identify: (item: TItem) => unknown;
  /** The identifier in words, e.g. `message id` or `sequence number`. */
  readonly noun: string;
  /** Where `identify` reads it, e.g. `messageId` or `kinesis.sequenceNumber`. */
  readonly field: string;
}

/**
 * Builds a partial batch response from what a source's `buildBatchResponse` was given: each
 * failure is an identifier string, or a record whose identifier `identity.identify` reads.
 * The identifiers keep the order given.
 *
 * @param failures The failed items, as the caller passed them (checked here, since untyped
 * callers can pass anything).
 * @param identity How the source reads and names an item's identifier.
 * @returns The response, `{ batchItemFailures: [{ itemIdentifier }, …] }`.
 * @throws {TypeError} when `failures` is not an iterable, or is a single string (which would
 * otherwise fail one item per character), or when one of its items is neither a non-empty
 * string nor an object with a non-empty string identifier (Lambda fails the whole batch on an
 * empty or missing `itemIdentifier`).
 * @example
 * ```ts
 * import { toBatchResponse } from '@evt/core';
 *
 * const response = toBatchResponse([{ id: 'a' }, 'b'], {
 *   identify: (item: { id: string }) => item.id,
 *   noun: 'id',
 *   field: 'id',
 * });
 * // { batchItemFailures: [{ itemIdentifier: 'a' }, { itemIdentifier: 'b' }] }
 * ```
 *
 * @category Authoring kit
 */
export function toBatchResponse<TItem extends object>(
  failures: Iterable<string | TItem>,
  identity: BatchItemIdentity<TItem>
): BatchResponse {
  const given: unknown = failures;
  const { identify, noun, field } = identity;
  if (
    typeof given === 'string' ||
    typeof (given as Partial<Iterable<unknown>> | null)?.[Symbol.iterator] !==
      'function'
  ) {
    throw argumentError(
      'buildBatchResponse',
      'failures',
      `an iterable of ${noun} strings or records`,
      given
    );
  }
  const batchItemFailures: BatchItemFailure[] = [];
  let position = 0;
  for (const failure of failures as Iterable<unknown>) {
    const isRecord =
      typeof failure === 'object' &&
      failure !== null &&
      !Array.isArray(failure);
    const identifier: unknown = isRecord ? identify(failure as TItem) : failure;
    if (typeof identifier !== 'string' || identifier === '') {
      throw isRecord
        ? argumentError(
            'buildBatchResponse',
            `failures[${position}].${field}`,
            `a ${noun} string`,
            identifier
          )
        : argumentError(
            'buildBatchResponse',
            `failures[${position}]`,
            `a ${noun} string or an object with a string ${field}`,
            failure
          );
    }
    batchItemFailures.push({ itemIdentifier: identifier });
    position++;
  }
  return { batchItemFailures };
}
