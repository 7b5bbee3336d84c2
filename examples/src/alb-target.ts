import { ALBEvent, albResponse, type RawALBEvent } from '@evt/alb';

interface Order {
  orderId: string;
  quantity: number;
}

/**
 * An Application Load Balancer target: answers the load balancer's health checks, and for
 * `POST /orders` reads the JSON order, the decoded query string and the request ID header
 * (whichever header shape the target group sends) and answers in that shape.
 */
export const handler = async (raw: RawALBEvent) => {
  const event = new ALBEvent<Order>(raw);
  const headers = event.resolvedHeadersField;
  if (headers.get('user-agent') === 'ELB-HealthChecker/2.0') {
    return albResponse(event, { statusCode: 200, body: 'healthy' });
  }
  const order = event.jsonBody;
  if (event.httpMethod !== 'POST' || !order) {
    return albResponse(event, {
      statusCode: 400,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ error: 'POST a JSON order' }),
    });
  }
  return albResponse(event, {
    statusCode: 201,
    headers: {
      'Content-Type': 'application/json',
      Location: `/orders/${order.orderId}`,
    },
    cookies: [`last-order=${order.orderId}; Path=/; Secure; HttpOnly`],
    body: JSON.stringify({
      orderId: order.orderId,
      quantity: order.quantity,
      source: event.decodedQueryStringParameters.source ?? 'unknown',
      requestId: headers.get('x-request-id') ?? null,
      targetGroup: event.requestContext.elbTargetGroupArn,
    }),
  });
};
