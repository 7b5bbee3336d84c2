import {
  APIGatewayProxyEventV2,
  type RawAPIGatewayProxyEventV2,
} from '@evt/apigw';

interface Order {
  orderId: string;
  quantity: number;
}

/**
 * An HTTP API (payload 2.0) route: reads the caller's `x-request-id` header whatever its case
 * (clients send `X-Request-Id`), echoes the JSON body (base64 or not), and answers with an API
 * Gateway v2 response object.
 */
export const handler = async (raw: RawAPIGatewayProxyEventV2) => {
  const event = new APIGatewayProxyEventV2<Order>(raw);
  const requestId = event.headers.get('x-request-id') ?? 'none';
  return {
    statusCode: 200,
    headers: {
      'content-type': 'application/json',
      'x-request-id': requestId,
    },
    body: JSON.stringify({
      route: `${event.httpMethod} ${event.path}`,
      requestId,
      base64: event.isBase64Encoded,
      echo: event.jsonBody ?? null,
    }),
  };
};
