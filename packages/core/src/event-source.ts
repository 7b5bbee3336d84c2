import type { EventOptions } from './event-wrapper';

/**
 * Turns a handler that takes a wrapper into a Lambda handler that takes the raw event: the
 * TypeScript form of Powertools' `@event_source` decorator.
 *
 * @typeParam TClass The wrapper class (or its instantiation, e.g. `SQSEvent<Order>`).
 * @typeParam TContext The Lambda context; `Context` of `@types/aws-lambda` when the result is
 *   annotated with one of its handler types.
 * @typeParam TResult What your handler returns.
 * @param DataClass The wrapper class to build from each raw event. For a generic class, pass
 *   the instantiation (`SQSEvent<Order>`) to type the payload.
 * @param handler Your handler, which receives the wrapper and the Lambda context. Annotate the
 *   result with the handler type of `@types/aws-lambda` (`SQSHandler`,
 *   `APIGatewayProxyHandlerV2`, …): the raw event and the return value are then checked
 *   against it, and `context` is typed as its `Context`.
 * @param options Options for every wrapper built (JSON deserializer, inflate cap).
 * @returns A handler for Lambda.
 * @example
 * ```ts
 * import type { S3Handler } from 'aws-lambda';
 * import { eventSource } from '@evt/core';
 * import { S3Event } from '@evt/s3';
 *
 * export const handler: S3Handler = eventSource(S3Event, async (event, context) => {
 *   console.log(context.awsRequestId, event.objectKey);
 * });
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function eventSource<
  TClass extends new (
    raw: never,
    options?: EventOptions
  ) => unknown,
  TContext,
  TResult,
>(
  DataClass: TClass,
  handler: (event: InstanceType<TClass>, context: TContext) => TResult,
  options?: EventOptions
): (raw: ConstructorParameters<TClass>[0], context: TContext) => TResult {
  return (raw, context) =>
    handler(
      new DataClass(raw as never, options) as InstanceType<TClass>,
      context
    );
}
