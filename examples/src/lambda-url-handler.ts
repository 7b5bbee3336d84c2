import {
  LambdaFunctionUrlEvent,
  type RawLambdaFunctionUrlEvent,
} from '@evt/lambda-url';

interface Order {
  orderId: string;
  quantity: number;
}

/** A function URL response: status, headers, cookies (sent as `set-cookie`) and body. */
interface FunctionUrlResponse {
  statusCode: number;
  headers: Record<string, string>;
  cookies?: string[];
  body: string;
}

function respond(
  statusCode: number,
  body: unknown,
  extra: Partial<FunctionUrlResponse> = {}
): FunctionUrlResponse {
  return {
    statusCode,
    headers: { 'content-type': 'application/json', ...extra.headers },
    ...(extra.cookies ? { cookies: extra.cookies } : {}),
    body: JSON.stringify(body),
  };
}

/**
 * An order intake behind a function URL with the `AWS_IAM` auth type: `POST /orders` from a
 * caller that signed with SigV4 records who placed the order (base64 bodies included); an
 * unsigned request, another route or an order without an ID is refused.
 */
export const handler = async (raw: RawLambdaFunctionUrlEvent) => {
  const event = new LambdaFunctionUrlEvent<Order>(raw);
  const caller = event.requestContext.authorizer?.iam;
  if (caller === undefined) {
    return respond(401, { error: 'sign the request with SigV4' });
  }
  if (event.httpMethod !== 'POST' || event.path !== '/orders') {
    return respond(404, {
      error: `no route ${event.httpMethod} ${event.path}`,
    });
  }
  const order = event.jsonBody;
  if (!order?.orderId) return respond(400, { error: 'orderId is required' });
  return respond(
    201,
    {
      orderId: order.orderId,
      quantity: order.quantity,
      dryRun: event.getQueryStringValue('dryRun', 'false') === 'true',
      placedBy: caller.userArn,
      account: caller.accountId,
      locale: event.parsedCookies.get('locale') ?? 'en-US',
      requestId: event.requestContext.requestId,
    },
    {
      headers: { location: `/orders/${order.orderId}` },
      cookies: [`last-order=${order.orderId}; Secure; HttpOnly`],
    }
  );
};
