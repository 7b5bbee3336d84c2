import { argumentError } from '@evt/core';
import { type DeepPartial, mergeDeep, type Sample } from '@evt/core/testing';
import handledErrorSample from '../test/events/lambda-destination-event.handled-error.json';
import unhandledErrorSample from '../test/events/lambda-destination-event.json';
import successSample from '../test/events/lambda-destination-event.success.json';
import type {
  RawLambdaDestinationEvent,
  RawLambdaDestinationFunctionError,
} from './lambda-destination-event';

/**
 * The record {@link createLambdaDestinationEvent} returns: a fresh copy you may change.
 *
 * @typeParam TRequest The type of the request payload.
 * @typeParam TResponse The type of the response payload on success.
 */
export interface SampleLambdaDestinationEvent<
  TRequest = unknown,
  TResponse = unknown,
> extends Sample<
    Omit<RawLambdaDestinationEvent, 'requestPayload' | 'responsePayload'>
  > {
  /** The event the function was invoked with. */
  requestPayload: TRequest;
  /** What the function returned, or the error it ended with. */
  responsePayload?: TResponse | Sample<RawLambdaDestinationFunctionError>;
}

/** Which documented record {@link createLambdaDestinationEvent} starts from. */
export type LambdaDestinationOutcome =
  | 'success'
  | 'unhandled-error'
  | 'handled-error';

/**
 * What {@link createLambdaDestinationEvent} can change in the sample record.
 *
 * @typeParam TRequest The type of the request payload.
 * @typeParam TResponse The type of the response payload on success.
 */
export interface LambdaDestinationEventOverrides<
  TRequest = unknown,
  TResponse = unknown,
> {
  /**
   * The documented record to start from: `'success'` (condition `Success`), `'unhandled-error'`
   * (the default: retries exhausted, the process exited) or `'handled-error'` (retries
   * exhausted, the function threw).
   */
  readonly outcome?: LambdaDestinationOutcome | undefined;
  /** The event the function was invoked with (`requestPayload`). */
  readonly requestPayload?: TRequest | undefined;
  /** What the function returned (`responsePayload`), for a success. */
  readonly responsePayload?: TResponse | undefined;
  /** The ARN of the function, with its qualifier (`requestContext.functionArn`). */
  readonly functionArn?: string | undefined;
  /** Changes merged into the whole record, at any depth, applied last. */
  readonly event?:
    | DeepPartial<SampleLambdaDestinationEvent<TRequest, TResponse>>
    | undefined;
}

const SAMPLES = {
  success: successSample,
  'unhandled-error': unhandledErrorSample,
  'handled-error': handledErrorSample,
} as const;

/**
 * Builds a sample invocation record, as Lambda sends to a destination, from one of the
 * documented records: a fresh copy each call.
 *
 * @typeParam TRequest The type of the request payload.
 * @typeParam TResponse The type of the response payload on success.
 * @param overrides The record to start from, the payloads, the function and other changes.
 * @returns The raw record, ready for `new LambdaDestinationEvent(...)` or a handler.
 * @throws {TypeError} when `outcome` is not one of the documented records.
 * @example
 * ```ts
 * import { LambdaDestinationEvent } from '@evt/lambda-destination';
 * import { createLambdaDestinationEvent } from '@evt/lambda-destination/testing';
 *
 * const record = new LambdaDestinationEvent(
 *   createLambdaDestinationEvent({
 *     outcome: 'success',
 *     requestPayload: { orderId: 'o-1' },
 *     responsePayload: { invoiceId: 'i-9' },
 *   })
 * );
 * record.isSuccess; // true
 * record.result; // { invoiceId: 'i-9' }
 * ```
 */
export function createLambdaDestinationEvent<
  TRequest = unknown,
  TResponse = unknown,
>(
  overrides: LambdaDestinationEventOverrides<TRequest, TResponse> = {}
): SampleLambdaDestinationEvent<TRequest, TResponse> {
  const outcome: string = overrides.outcome ?? 'unhandled-error';
  if (!Object.hasOwn(SAMPLES, outcome)) {
    throw argumentError(
      'createLambdaDestinationEvent',
      'outcome',
      "'success', 'unhandled-error' or 'handled-error'",
      outcome
    );
  }
  const record = structuredClone(
    SAMPLES[outcome as LambdaDestinationOutcome]
  ) as SampleLambdaDestinationEvent<TRequest, TResponse>;
  const { requestPayload, responsePayload, functionArn } = overrides;
  if (requestPayload !== undefined) {
    record.requestPayload = structuredClone(requestPayload);
  }
  if (responsePayload !== undefined) {
    record.responsePayload = structuredClone(responsePayload);
  }
  if (functionArn !== undefined) {
    record.requestContext.functionArn = functionArn;
  }
  return mergeDeep(record, overrides.event);
}
