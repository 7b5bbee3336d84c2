// The HTTP API example written with Middy and its event normalizer, for the size comparison.
// The normalizer leaves API Gateway events as they are (Middy's HTTP body parser and header
// normalizer are separate packages), so the handler finds the header and parses the body
// itself, as the hand-written baseline does.
import middy from '@middy/core';
import eventNormalizer from '@middy/event-normalizer';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';

export const handler = middy<APIGatewayProxyEventV2>()
  .use(eventNormalizer())
  .handler(async (event) => {
    const headers = event.headers ?? {};
    const name = Object.keys(headers).find(
      (header) => header.toLowerCase() === 'x-request-id'
    );
    const requestId = (name && headers[name]) ?? 'none';
    const text =
      event.body && event.isBase64Encoded
        ? Buffer.from(event.body, 'base64').toString('utf8')
        : event.body;
    const stage = `/${event.requestContext.stage}`;
    const path = event.rawPath.startsWith(stage)
      ? event.rawPath.slice(stage.length) || '/'
      : event.rawPath;
    return {
      statusCode: 200,
      headers: {
        'content-type': 'application/json',
        'x-request-id': requestId,
      },
      body: JSON.stringify({
        route: `${event.requestContext.http.method} ${path}`,
        requestId,
        base64: event.isBase64Encoded,
        echo: text ? JSON.parse(text) : null,
      }),
    };
  });
