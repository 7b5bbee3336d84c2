import {
  APIGatewayProxyEventV2,
  type RawAPIGatewayProxyEventV2,
} from '@evt/apigw';
import type { HeaderMap } from '@evt/core';
import { type RawSQSEvent, SQSEvent } from '@evt/sqs';
import middy, { type MiddlewareObj, type MiddyfiedHandler } from '@middy/core';
import type { Context } from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type EventSourceHandler,
  eventSourceMiddleware,
  type RawEventOf,
  withEventSource,
} from '../src/index';

interface Order {
  orderId: string;
  quantity: number;
}

declare const rawSQS: RawSQSEvent;
declare const context: Context;

describe('eventSourceMiddleware', () => {
  it('is a Middy middleware for the wrapper type', () => {
    expectTypeOf(eventSourceMiddleware(SQSEvent)).toEqualTypeOf<
      MiddlewareObj<SQSEvent>
    >();
    expectTypeOf(eventSourceMiddleware(SQSEvent<Order>)).toEqualTypeOf<
      MiddlewareObj<SQSEvent<Order>>
    >();
  });

  it('types the handler event as the wrapper through .use()', () => {
    middy()
      .use(eventSourceMiddleware(SQSEvent<Order>))
      .handler(async (event) => {
        expectTypeOf(event).toEqualTypeOf<SQSEvent<Order>>();
        expectTypeOf(event.rawEvent).toEqualTypeOf<RawSQSEvent>();
        expectTypeOf(event.records[0]?.jsonBody).toEqualTypeOf<
          Order | undefined
        >();
      });

    middy()
      .use(eventSourceMiddleware(APIGatewayProxyEventV2))
      .handler(async (event) => {
        expectTypeOf(event.headers).toEqualTypeOf<HeaderMap>();
        return { statusCode: 204 };
      });
  });

  it('takes the options of EventOptions only', () => {
    eventSourceMiddleware(SQSEvent, {
      jsonDeserializer: (text) => JSON.parse(text),
      maxInflatedBytes: 1024,
      maxJsonBytes: 1024,
    });
    // @ts-expect-error: not an option
    eventSourceMiddleware(SQSEvent, { reviver: () => undefined });
    // @ts-expect-error: not a wrapper class
    eventSourceMiddleware('SQSEvent');
  });
});

describe('withEventSource', () => {
  it('types the handler with the wrapper and the Middy handler with the raw event', () => {
    const handler = withEventSource(
      middy(),
      SQSEvent<Order>,
      async (event, lambdaContext, { signal }) => {
        expectTypeOf(event).toEqualTypeOf<SQSEvent<Order>>();
        expectTypeOf(lambdaContext).toEqualTypeOf<Context>();
        expectTypeOf(signal).toEqualTypeOf<AbortSignal>();
        return event.records.length;
      }
    );

    expectTypeOf(handler).toEqualTypeOf<
      // biome-ignore lint/complexity/noBannedTypes: `{}` is what middy() gives its internal store.
      MiddyfiedHandler<RawSQSEvent, number, Error, Context, {}>
    >();
    expectTypeOf(handler(rawSQS, context)).resolves.toEqualTypeOf<number>();
    // @ts-expect-error: the Middy handler takes the raw event, not a wrapper
    handler(new SQSEvent(rawSQS), context);
  });

  it('keeps the chain usable after the handler', () => {
    const handler = withEventSource(
      middy(),
      APIGatewayProxyEventV2,
      async (event) => ({ statusCode: 200, body: event.rawPath })
    ).use({ after: () => undefined });

    expectTypeOf(handler)
      .parameter(0)
      .toEqualTypeOf<RawAPIGatewayProxyEventV2>();
  });

  it('names the raw event of a wrapper class and the handler it takes', () => {
    expectTypeOf<RawEventOf<typeof SQSEvent>>().toEqualTypeOf<RawSQSEvent>();
    expectTypeOf<EventSourceHandler<typeof SQSEvent, string>>()
      .parameter(0)
      .toEqualTypeOf<SQSEvent>();
  });
});
