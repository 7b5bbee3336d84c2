import type { RawLambdaDestinationEvent } from './lambda-destination-event';

/** Any value's named fields, read without throwing on primitives, `null` or `undefined`. */
type Fields = { readonly [name: string]: unknown } | null | undefined;

// The conditions of an asynchronous invocation record. The on-failure records of event source
// mappings (Kinesis, DynamoDB, Kafka) share the envelope but name other conditions
// (`RetryAttemptsExhausted`, `MaximumRecordAgeExceeded`, …) and carry no request payload.
const CONDITIONS: readonly unknown[] = [
  'Success',
  'RetriesExhausted',
  'EventAgeExceeded',
];

/**
 * Whether a value is the record an asynchronous invocation sends to a Lambda destination: its
 * `requestContext` has a `functionArn` and one of the documented conditions (`Success`,
 * `RetriesExhausted`, `EventAgeExceeded`), and it has a `responseContext`. Only these fields
 * are checked, not every field {@link LambdaDestinationEvent} reads.
 *
 * @example
 * ```ts
 * import {
 *   isLambdaDestinationEvent,
 *   LambdaDestinationEvent,
 * } from '@evt/lambda-destination';
 *
 * export const handler = async (raw: unknown) => {
 *   if (!isLambdaDestinationEvent(raw)) throw new TypeError('not an invocation record');
 *   return new LambdaDestinationEvent(raw).isSuccess;
 * };
 * ```
 */
export function isLambdaDestinationEvent(
  raw: unknown
): raw is RawLambdaDestinationEvent {
  const requestContext = (raw as Fields)?.requestContext as Fields;
  const responseContext = (raw as Fields)?.responseContext;
  return (
    CONDITIONS.includes(requestContext?.condition) &&
    typeof requestContext?.functionArn === 'string' &&
    typeof responseContext === 'object' &&
    responseContext !== null
  );
}
