import { argumentError, type EventOptions } from '@evt/core';
import type {
  MiddlewareObj,
  MiddyfiedHandler,
  MiddyHandlerObject,
} from '@middy/core';
import type { Context } from 'aws-lambda';

/**
 * An evt wrapper class: any class built as `new DataClass(raw, options)`, such as `SQSEvent` of
 * `@evt/sqs` or `APIGatewayProxyEventV2` of `@evt/apigw`.
 */
export type EventSourceClass = new (
  raw: never,
  options?: EventOptions
) => object;

/**
 * The raw event a wrapper class is built from, e.g. `RawSQSEvent` for `SQSEvent`.
 *
 * @typeParam TClass The wrapper class.
 */
export type RawEventOf<TClass extends EventSourceClass> =
  ConstructorParameters<TClass>[0];

function checkedClass(DataClass: unknown): void {
  if (typeof DataClass !== 'function') {
    throw argumentError(
      'eventSourceMiddleware',
      'DataClass',
      'an evt wrapper class',
      DataClass
    );
  }
}

/**
 * A Middy middleware whose `before` step replaces `request.event` with
 * `new DataClass(request.event, options)`: the handler, and every middleware used after this
 * one, receive the evt wrapper instead of the raw event. The raw event stays reachable as the
 * wrapper's `rawEvent` (the same object, not a copy). Nothing is parsed when the wrapper is
 * built: each field is read when the handler asks for it.
 *
 * Middy types the handler's event as the event types of the middlewares intersected with the
 * one given to `middy()`, so with `middy()` (no event type) the handler receives exactly the
 * wrapper type. To type the Lambda-facing side with the raw event as well, use
 * {@link withEventSource}.
 *
 * Use it before any middleware that reads the event, and never after one that rewrites it
 * (`@middy/event-normalizer`, `@middy/http-json-body-parser` and the other body parsers):
 * evt decodes those fields itself and reports a parsed body as a `FieldTypeError`.
 *
 * @typeParam TClass The wrapper class, e.g. `SQSEvent`.
 * @param DataClass The evt wrapper class to build from each event. For a generic class, pass
 *   the instantiation (`SQSEvent<Order>`) to type the payload.
 * @param options The options of every wrapper built (`jsonDeserializer`, `maxInflatedBytes`,
 *   `maxJsonBytes`). They are checked when the first event is wrapped.
 * @returns The middleware, for `.use()`.
 * @throws {TypeError} when `DataClass` is not a class (a programmer error).
 * @example
 * ```ts
 * import middy from '@middy/core';
 * import { eventSourceMiddleware } from '@evt/middy';
 * import { SQSEvent } from '@evt/sqs';
 *
 * export const handler = middy()
 *   .use(eventSourceMiddleware(SQSEvent))
 *   .handler(async (event) => {
 *     for (const record of event.records) {
 *       console.log(record.messageId, record.jsonBody);
 *     }
 *   });
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function eventSourceMiddleware<TClass extends EventSourceClass>(
  DataClass: TClass,
  options?: EventOptions
): MiddlewareObj<InstanceType<TClass>> {
  checkedClass(DataClass);
  return {
    name: 'eventSourceMiddleware',
    before: (request): undefined => {
      // Middy hands `before` the raw event that this step turns into the wrapper its types
      // promise to the handler.
      request.event = new DataClass(
        request.event as never,
        options
      ) as InstanceType<TClass>;
    },
  };
}

/**
 * The handler {@link withEventSource} takes: Middy's handler, receiving the wrapper.
 *
 * @typeParam TClass The wrapper class.
 * @typeParam TResult What the handler returns.
 * @typeParam TContext The Lambda context.
 */
export type EventSourceHandler<
  TClass extends EventSourceClass,
  TResult,
  TContext extends Context = Context,
> = (
  event: InstanceType<TClass>,
  context: TContext,
  options: MiddyHandlerObject
) => TResult | Promise<TResult>;

/**
 * Ends a Middy chain with {@link eventSourceMiddleware} and your handler, typed on both
 * sides: the handler receives the wrapper, and the Middy handler returned takes the raw event
 * (`RawSQSEvent` for `SQSEvent`), so tests and other code call it with raw events without a
 * cast. Middlewares used on `chain` run before the wrapper is built and see the raw event;
 * middlewares used on the result see the wrapper in `before` (their `after` and `onError`
 * steps run as usual).
 *
 * @typeParam TClass The wrapper class, e.g. `SQSEvent`.
 * @typeParam TResult What the handler returns.
 * @typeParam TErr The error type of the chain.
 * @typeParam TContext The Lambda context of the chain.
 * @typeParam TInternal The internal storage of the chain.
 * @param chain The Middy handler built so far, e.g. `middy()` or
 *   `middy().use(inputOutputLogger())`. Its handler is replaced.
 * @param DataClass The evt wrapper class to build from each event.
 * @param handler Your handler, which receives the wrapper, the Lambda context and Middy's
 *   `{ signal }`.
 * @param options The options of every wrapper built (`jsonDeserializer`, `maxInflatedBytes`,
 *   `maxJsonBytes`).
 * @returns `chain`, typed to take the raw event and return what `handler` returns.
 * @throws {TypeError} when `DataClass` is not a class (a programmer error).
 * @example
 * ```ts
 * import middy from '@middy/core';
 * import { withEventSource } from '@evt/middy';
 * import { APIGatewayProxyEventV2 } from '@evt/apigw';
 *
 * export const handler = withEventSource(
 *   middy(),
 *   APIGatewayProxyEventV2,
 *   async (event) => ({
 *     statusCode: 200,
 *     body: JSON.stringify({ path: event.path, agent: event.headers.get('user-agent') }),
 *   })
 * );
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function withEventSource<
  TClass extends EventSourceClass,
  TResult,
  TErr = Error,
  TContext extends Context = Context,
  TInternal extends Record<string, unknown> = Record<string, unknown>,
>(
  // biome-ignore lint/suspicious/noExplicitAny: the chain's own event type is replaced by the raw event's.
  chain: MiddyfiedHandler<any, any, TErr, TContext, TInternal>,
  DataClass: TClass,
  handler: EventSourceHandler<TClass, TResult, TContext>,
  options?: EventOptions
): MiddyfiedHandler<RawEventOf<TClass>, TResult, TErr, TContext, TInternal> {
  // Middy's `.use()` cannot change the event type it was created with, so the two sides are
  // typed here once instead of by a cast in every handler.
  return chain
    .use(eventSourceMiddleware(DataClass, options))
    .handler(handler as never) as unknown as MiddyfiedHandler<
    RawEventOf<TClass>,
    TResult,
    TErr,
    TContext,
    TInternal
  >;
}
