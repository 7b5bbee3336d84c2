import { APIGatewayProxyEvent, APIGatewayProxyEventV2 } from '@evt/apigw';
import {
  createAPIGatewayProxyEvent,
  createAPIGatewayProxyEventV2,
} from '@evt/apigw/testing';
import { FieldTypeError } from '@evt/core';
import { SQSEvent } from '@evt/sqs';
import { createSQSEvent } from '@evt/sqs/testing';
import middy from '@middy/core';
import eventNormalizer from '@middy/event-normalizer';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import httpJsonBodyParser from '@middy/http-json-body-parser';
import { describe, expect, it } from 'vitest';
import { eventSourceMiddleware } from '../src/index';
import { createLambdaContext } from '../src/testing';

const order = { orderId: 'o-1', quantity: 2 };

async function failureOf(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('the handler did not fail');
}

describe('@middy/event-normalizer', () => {
  it('before evt: the body is already an object, so jsonBody reports Records[0].body', async () => {
    const handler = middy()
      .use(eventNormalizer())
      .use(eventSourceMiddleware(SQSEvent))
      .handler(async (event) => event.records[0]?.jsonBody);
    const raw = createSQSEvent({ body: order });

    const error = await failureOf(() =>
      handler(raw as never, createLambdaContext())
    );

    expect(error).toBeInstanceOf(FieldTypeError);
    expect((error as Error).message).toBe(
      'SQSEvent: Records[0].body must be string, got object'
    );
    // The normalizer rewrote the raw event in place.
    expect(raw.Records[0]?.body).toEqual(order);
  });

  it('evt alone decodes the same body', async () => {
    const handler = middy()
      .use(eventSourceMiddleware(SQSEvent))
      .handler(async (event) => event.records[0]?.jsonBody);
    const raw = createSQSEvent({ body: order });

    expect(await handler(raw as never, createLambdaContext())).toEqual(order);
    expect(raw.Records[0]?.body).toBe('{"orderId":"o-1","quantity":2}');
  });
});

describe('@middy/http-json-body-parser', () => {
  it('before evt: the parsed body makes body and jsonBody throw', async () => {
    const handler = middy()
      .use(httpJsonBodyParser())
      .use(eventSourceMiddleware(APIGatewayProxyEventV2))
      .handler(async (event) => event.jsonBody);
    const raw = createAPIGatewayProxyEventV2({ body: JSON.stringify(order) });

    const error = await failureOf(() =>
      handler(raw as never, createLambdaContext())
    );

    expect(error).toBeInstanceOf(FieldTypeError);
    expect((error as Error).message).toBe(
      'APIGatewayProxyEventV2: body must be string, got object'
    );
  });

  it('evt alone parses the same body', async () => {
    const handler = middy()
      .use(eventSourceMiddleware(APIGatewayProxyEventV2))
      .handler(async (event) => event.jsonBody);
    const raw = createAPIGatewayProxyEventV2({ body: JSON.stringify(order) });

    expect(await handler(raw as never, createLambdaContext())).toEqual(order);
  });
});

describe('@middy/http-header-normalizer', () => {
  it('before evt: the raw names are lower-cased, and lookups still find every header', async () => {
    const raw = createAPIGatewayProxyEvent();
    const handler = middy()
      .use(httpHeaderNormalizer())
      .use(eventSourceMiddleware(APIGatewayProxyEvent))
      .handler(async (event) => ({
        names: Object.keys(event.rawEvent.headers ?? {}).slice(0, 2),
        type: event.headers.get('Content-Type'),
        agent: event.headers.get('user-agent'),
        requestIds: event.multiValueHeaders.getAll('X-Request-ID'),
        // A case-sensitive lookup sees the rewritten names.
        exact: event.headers.get('Content-Type', true),
      }));

    expect(await handler(raw as never, createLambdaContext())).toEqual({
      names: ['accept', 'content-type'],
      type: 'application/json',
      agent: 'curl/8.4.0',
      requestIds: ['first-request-id', 'second-request-id'],
      exact: undefined,
    });
  });

  it('before evt, canonical: the raw names are canonicalised, and lookups still find every header', async () => {
    const raw = createAPIGatewayProxyEventV2();
    const handler = middy()
      .use(httpHeaderNormalizer({ canonical: true }))
      .use(eventSourceMiddleware(APIGatewayProxyEventV2))
      .handler(async (event) => ({
        hasCanonical: 'Content-Type' in (event.rawEvent.headers ?? {}),
        type: event.headers.get('content-type'),
        requestId: event.headers.get('X-REQUEST-ID'),
      }));

    expect(await handler(raw as never, createLambdaContext())).toEqual({
      hasCanonical: true,
      type: 'application/json',
      requestId: '3f1c9a52-7e4b-4d2a-9c18-6b0e5f7a8d21',
    });
  });

  it('evt alone reads the headers as API Gateway sent them, case-insensitively', async () => {
    const raw = createAPIGatewayProxyEvent();
    const handler = middy()
      .use(eventSourceMiddleware(APIGatewayProxyEvent))
      .handler(async (event) => [
        event.headers.get('content-type'),
        Object.keys(event.rawEvent.headers ?? {})[1],
      ]);

    expect(await handler(raw as never, createLambdaContext())).toEqual([
      'application/json',
      'Content-Type',
    ]);
  });
});
