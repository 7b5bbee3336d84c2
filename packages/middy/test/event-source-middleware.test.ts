import { APIGatewayProxyEvent, type RawAPIGatewayProxyEvent } from '@evt/apigw';
import { createAPIGatewayProxyEvent } from '@evt/apigw/testing';
import {
  EvtError,
  FieldTypeError,
  MissingFieldError,
  optionOf,
} from '@evt/core';
import { type RawSQSEvent, SQSEvent } from '@evt/sqs';
import { createSQSEvent } from '@evt/sqs/testing';
import { counted } from '@evt/tooling-config/testing';
import middy from '@middy/core';
import { describe, expect, it } from 'vitest';
import { eventSourceMiddleware, withEventSource } from '../src/index';
import { createLambdaContext } from '../src/testing';

interface Order {
  orderId: string;
  quantity: number;
}

const orders: Order[] = [
  { orderId: 'o-1', quantity: 2 },
  { orderId: 'o-2', quantity: 5 },
];

describe('eventSourceMiddleware', () => {
  it('hands a real Middy handler the SQS wrapper built on the raw event', async () => {
    const raw = createSQSEvent({ bodies: orders });
    const snapshot = structuredClone(raw);
    let received: SQSEvent<Order> | undefined;
    const handler = middy()
      .use(eventSourceMiddleware(SQSEvent<Order>))
      .handler(async (event) => {
        received = event;
        return event.records.map((record) => record.jsonBody.orderId);
      });

    const result = await handler(raw as never, createLambdaContext());

    expect(result).toEqual(['o-1', 'o-2']);
    expect(received).toBeInstanceOf(SQSEvent);
    expect(received?.rawEvent).toBe(raw);
    expect(received?.records[1]?.jsonBody).toEqual({
      orderId: 'o-2',
      quantity: 5,
    });
    expect(raw).toEqual(snapshot);
  });

  it('hands a REST API handler the API Gateway wrapper', async () => {
    const raw = createAPIGatewayProxyEvent();
    const handler = middy()
      .use(eventSourceMiddleware(APIGatewayProxyEvent))
      .handler(async (event) => ({
        statusCode: 200,
        body: JSON.stringify({
          method: event.httpMethod,
          pet: event.pathParameters.petId,
          type: event.headers.get('content-type'),
          payload: event.jsonBody,
        }),
      }));

    const response = await handler(raw as never, createLambdaContext());

    expect(JSON.parse(response.body)).toEqual({
      method: 'POST',
      pet: '42',
      type: 'application/json',
      payload: { name: 'Rex', species: 'dog' },
    });
  });

  it('builds a new wrapper for every invocation', async () => {
    const seen: SQSEvent[] = [];
    const handler = middy()
      .use(eventSourceMiddleware(SQSEvent))
      .handler(async (event) => {
        seen.push(event);
      });

    const first = createSQSEvent();
    const second = createSQSEvent({ count: 3 });
    await handler(first as never, createLambdaContext());
    await handler(second as never, createLambdaContext());

    expect(seen.map((event) => event.rawEvent)).toEqual([first, second]);
    expect(seen[1]?.records).toHaveLength(3);
  });

  it('reads nothing of the event while wrapping it', async () => {
    const reads: PropertyKey[] = [];
    const raw = new Proxy(createSQSEvent(), {
      get(target, key, receiver) {
        reads.push(key);
        return Reflect.get(target, key, receiver);
      },
    });
    const handler = middy()
      .use(eventSourceMiddleware(SQSEvent))
      .handler(async () => 'done');

    expect(await handler(raw as never, createLambdaContext())).toBe('done');
    expect(reads).toEqual([]);
  });

  it('passes the jsonDeserializer option to every wrapper', async () => {
    const jsonDeserializer = counted((text: string) =>
      JSON.parse(text, (key, value) =>
        key === 'quantity' ? value * 10 : value
      )
    );
    const handler = middy()
      .use(eventSourceMiddleware(SQSEvent<Order>, { jsonDeserializer }))
      .handler(async (event) =>
        event.records.map((record) => record.jsonBody.quantity)
      );

    const quantities = await handler(
      createSQSEvent({ bodies: orders }) as never,
      createLambdaContext()
    );

    expect(quantities).toEqual([20, 50]);
    expect(jsonDeserializer.calls).toBe(2);
  });

  it('passes the decoding budgets to every wrapper', async () => {
    const handler = middy()
      .use(
        eventSourceMiddleware(SQSEvent, {
          maxInflatedBytes: 1024,
          maxJsonBytes: 512,
        })
      )
      .handler(async (event) => [
        optionOf(event, 'maxInflatedBytes'),
        optionOf(event.records[0], 'maxJsonBytes'),
      ]);

    expect(
      await handler(createSQSEvent() as never, createLambdaContext())
    ).toEqual([1024, 512]);
  });

  it('lets the wrapper check the options when the first event arrives', async () => {
    const handler = middy()
      .use(eventSourceMiddleware(SQSEvent, { maxInflatedBytes: 0 }))
      .handler(async () => 'unreached');

    await expect(
      handler(createSQSEvent() as never, createLambdaContext())
    ).rejects.toThrow(
      new RangeError(
        'SQSEvent: options.maxInflatedBytes must be a positive safe integer, got 0'
      )
    );
  });

  it('lets the wrapper reject an event that is not an object', async () => {
    const handler = middy()
      .use(eventSourceMiddleware(SQSEvent))
      .handler(async () => 'unreached');

    const missing = await handler(null as never, createLambdaContext()).catch(
      (error: unknown) => error
    );
    const mistyped = await handler(
      'not an event' as never,
      createLambdaContext()
    ).catch((error: unknown) => error);

    expect(missing).toBeInstanceOf(MissingFieldError);
    expect(missing).toBeInstanceOf(EvtError);
    expect((missing as Error).message).toBe('SQSEvent is missing');
    expect(mistyped).toBeInstanceOf(FieldTypeError);
    expect((mistyped as Error).message).toBe(
      'SQSEvent must be object, got string'
    );
  });

  it('lets onError middlewares see the evt error and the wrapper, raw event inside', async () => {
    const seen: { error: unknown; event: unknown }[] = [];
    const raw = createSQSEvent({ body: 'not json' });
    const handler = middy()
      .use({
        onError: (request) => {
          seen.push({ error: request.error, event: request.event });
          request.response = { batchItemFailures: [] };
        },
      })
      .use(eventSourceMiddleware(SQSEvent))
      .handler(async (event) => event.records[0]?.jsonBody);

    expect(await handler(raw as never, createLambdaContext())).toEqual({
      batchItemFailures: [],
    });
    const [failure] = seen;
    expect(failure?.error).toBeInstanceOf(EvtError);
    expect(failure?.event).toBeInstanceOf(SQSEvent);
    expect((failure?.event as SQSEvent | undefined)?.rawEvent).toBe(raw);
  });

  it('returns no early response from its before step', () => {
    const middleware = eventSourceMiddleware(SQSEvent);
    const request = {
      event: createSQSEvent() as unknown as SQSEvent,
      context: createLambdaContext(),
      response: null,
      error: null,
      internal: {},
    };

    expect(middleware.before?.(request)).toBeUndefined();
    expect(request.event).toBeInstanceOf(SQSEvent);
    expect(middleware.name).toBe('eventSourceMiddleware');
  });

  it('rejects a DataClass that is not a class', () => {
    expect(() => eventSourceMiddleware(undefined as never)).toThrow(
      new TypeError(
        'eventSourceMiddleware: DataClass must be an evt wrapper class, got undefined'
      )
    );
  });
});

describe('withEventSource', () => {
  it('ends a chain with the middleware and a handler that receives the wrapper', async () => {
    const order: string[] = [];
    const handler = withEventSource(
      middy().use({
        before: (request) => {
          order.push(
            `before sees ${request.event instanceof SQSEvent ? 'wrapper' : 'raw'}`
          );
        },
      }),
      SQSEvent<Order>,
      async (event, context) => {
        order.push(`handler in ${context.functionName}`);
        return event.records.reduce(
          (total, record) => total + record.jsonBody.quantity,
          0
        );
      }
    );

    const raw: RawSQSEvent = createSQSEvent({ bodies: orders });

    expect(await handler(raw, createLambdaContext())).toBe(7);
    expect(order).toEqual(['before sees raw', 'handler in my-function']);
  });

  it('passes options through to the wrapper', async () => {
    const jsonDeserializer = counted((text: string) => JSON.parse(text));
    const handler = withEventSource(
      middy(),
      APIGatewayProxyEvent,
      async (event) => event.jsonBody,
      { jsonDeserializer }
    );
    const raw: RawAPIGatewayProxyEvent = createAPIGatewayProxyEvent();

    expect(await handler(raw, createLambdaContext())).toEqual({
      name: 'Rex',
      species: 'dog',
    });
    expect(jsonDeserializer.calls).toBe(1);
  });

  it('passes Middy its abort signal', async () => {
    const handler = withEventSource(
      middy(),
      SQSEvent,
      async (_event, _context, { signal }) => signal.aborted
    );

    expect(await handler(createSQSEvent(), createLambdaContext())).toBe(false);
  });
});
