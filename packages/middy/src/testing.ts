import { argumentError } from '@evt/core';
import type { Context } from 'aws-lambda';

/**
 * What {@link createLambdaContext} can change in the sample context: any field of Lambda's
 * `Context`, and how long the invocation has left.
 */
export interface LambdaContextOverrides
  extends Partial<Omit<Context, 'getRemainingTimeInMillis'>> {
  /**
   * The milliseconds left when the context is created; `getRemainingTimeInMillis()` counts
   * down from it. Defaults to 3000 (Lambda's default timeout of 3 seconds).
   */
  remainingTimeInMillis?: number;
}

/**
 * A Lambda context for calling a Middy handler in a test: the fields Lambda sets for a
 * function `my-function` in `us-east-1`, and a `getRemainingTimeInMillis()` that counts down
 * from the time left, so Middy's early-timeout signal works as it does in Lambda.
 *
 * @param overrides Fields to change, and `remainingTimeInMillis`.
 * @returns A fresh context.
 * @throws {TypeError} when `remainingTimeInMillis` is not a non-negative number (API misuse).
 * @example
 * ```ts
 * import middy from '@middy/core';
 * import { withEventSource } from '@evt/middy';
 * import { createLambdaContext } from '@evt/middy/testing';
 * import { SQSEvent } from '@evt/sqs';
 * import { createSQSEvent } from '@evt/sqs/testing';
 *
 * const handler = withEventSource(middy(), SQSEvent, async (event) => event.records.length);
 *
 * console.log(await handler(createSQSEvent(), createLambdaContext()));
 * ```
 */
export function createLambdaContext(
  overrides: LambdaContextOverrides = {}
): Context {
  const { remainingTimeInMillis = 3000, ...fields } = overrides;
  if (
    typeof remainingTimeInMillis !== 'number' ||
    !(remainingTimeInMillis >= 0)
  ) {
    throw argumentError(
      'createLambdaContext',
      'overrides.remainingTimeInMillis',
      'a non-negative number of milliseconds',
      remainingTimeInMillis
    );
  }
  const deadline = Date.now() + remainingTimeInMillis;
  const functionName = fields.functionName ?? 'my-function';
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:us-east-1:123456789012:function:${functionName}`,
    memoryLimitInMB: '128',
    awsRequestId: 'c6af9ac6-7b61-11e6-9a41-93e812345678',
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: '2026/01/01/[$LATEST]2f2e2a3b4c5d6e7f8091a2b3c4d5e6f7',
    ...fields,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
