import middy, { type MiddlewareObj, type Request } from '@middy/core';
import eventNormalizer from '@middy/event-normalizer';
import httpEventNormalizer from '@middy/http-event-normalizer';
import type { Context } from 'aws-lambda';

// The normalizer's `before` hook, as `middy(handler).use(eventNormalizer())` runs it before the
// handler. It is an async function whose body has no `await`: calling it normalizes the event
// in place synchronously, and returns a promise that is already settled.
const before = eventNormalizer().before;

/**
 * Normalizes `event` in place the way `@middy/event-normalizer` does, and returns it: the
 * normalizer's own work, without Middy's core (its request object, middleware loop and
 * awaits). The cheapest way to get Middy's normalization, so the strictest comparison.
 */
export function middyNormalize<T>(event: T): T {
  void before?.({ event } as Request);
  return event;
}

// What the Lambda runtime passes: with `getRemainingTimeInMillis`, Middy's core arms its
// default early-timeout timer for each invocation, as it does when deployed.
const context = {
  functionName: 'bench',
  awsRequestId: 'c6af9ac6-7b61-11e6-9a41-93e812345678',
  getRemainingTimeInMillis: () => 30_000,
} as unknown as Context;

/**
 * A handler as Middy users deploy it, `middy().use(eventNormalizer()).handler(...)` with Middy's
 * defaults, doing `reads` on the normalized event; returns a function of the event alone.
 * `normalizer` replaces `eventNormalizer()` for a source Middy normalizes with another
 * middleware (`httpEventNormalizer()` for HTTP events).
 */
export function middyHandler<TResult>(
  // biome-ignore lint/suspicious/noExplicitAny: each case reads its own untyped JSON event
  reads: (event: any) => TResult,
  // biome-ignore lint/suspicious/noExplicitAny: Middy's normalizers each type their own event
  normalizer: MiddlewareObj<any> = eventNormalizer()
): (event: unknown) => Promise<TResult> {
  const handler = middy()
    .use(normalizer)
    .handler(async (event: unknown) => reads(event));
  return (event) => handler(event, context) as Promise<TResult>;
}

/**
 * A handler for HTTP events as Middy users deploy it, `middy().use(httpEventNormalizer())`:
 * the normalizer gives the event the maps AWS may leave out (`queryStringParameters`,
 * `pathParameters`, and for REST APIs `multiValueQueryStringParameters`) as `{}`.
 */
export function middyHttpHandler<TResult>(
  // biome-ignore lint/suspicious/noExplicitAny: each case reads its own untyped JSON event
  reads: (event: any) => TResult
): (event: unknown) => Promise<TResult> {
  return middyHandler(reads, httpEventNormalizer() as MiddlewareObj);
}
