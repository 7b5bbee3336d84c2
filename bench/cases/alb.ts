import { AlbSchema } from '@aws-lambda-powertools/parser/schemas/alb';
import { ALBEvent } from '@evt/alb';
import type { BenchCase } from '../src/case';
import { middyHttpHandler } from '../src/middy';

interface Order {
  orderId: string;
  quantity: number;
}

// An Application Load Balancer request shaped like the example event of the Elastic Load
// Balancing guide (lambda-functions.html), from a target group with multi-value headers
// disabled (the default): fifteen headers, lower-cased as the load balancer passes them on, a
// query string the load balancer leaves percent-encoded, and a JSON body.
const event = JSON.stringify({
  requestContext: {
    elb: {
      targetGroupArn:
        'arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/my-target-group/6d0ecf831eec9f09',
    },
  },
  httpMethod: 'POST',
  path: '/orders',
  queryStringParameters: { q: 'hello%20world', page: '2' },
  headers: {
    accept: 'application/json',
    'accept-encoding': 'gzip, deflate, br',
    'accept-language': 'en-US,en;q=0.9',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
    'content-length': '127',
    'content-type': 'application/json',
    host: 'lambda-846800462-us-east-2.elb.amazonaws.com',
    origin: 'https://shop.example.com',
    'user-agent': 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4)',
    'x-amzn-trace-id': 'Root=1-65f0a1b2-3c4d5e6f7a8b9c0d1e2f3a4b',
    'x-forwarded-for': '198.51.100.10',
    'x-forwarded-port': '443',
    'x-forwarded-proto': 'https',
    'x-request-id': '3f1c9a52-7e4b-4d2a-9c18-6b0e5f7a8d21',
  },
  body: JSON.stringify({
    orderId: 'o-1001',
    quantity: 2,
    items: [
      { sku: 'SKU-1', price: 1999 },
      { sku: 'SKU-2', price: 599 },
    ],
    note: 'leave at the door',
  }),
  isBase64Encoded: false,
});

// What plain access reads, and a Middy handler once its HTTP normalizer has run: the query
// value decoded by hand (the load balancer does not decode it), the body parsed.
// biome-ignore lint/suspicious/noExplicitAny: the raw event is untyped here
function readByHand(raw: any): unknown {
  return [
    raw.httpMethod,
    raw.path,
    raw.headers['x-request-id'],
    decodeURIComponent(raw.queryStringParameters.q),
    (JSON.parse(raw.body) as Order).orderId,
  ];
}

// Each contender reads the method, the path, the `x-request-id` header, the decoded `q` query
// parameter and the `orderId` of the JSON body.
export const cases: BenchCase[] = [
  {
    name: 'ALB, 15 headers + query string + JSON body',
    event,
    notes: [
      "ALB: the Middy handler uses `@middy/http-event-normalizer` (Middy's normalizer for HTTP events, which fills in absent query and path parameter maps) instead of `@middy/event-normalizer`, which leaves ALB events as they are.",
    ],
    contenders: {
      floor: readByHand,
      middy: middyHttpHandler(readByHand),
      evt(raw) {
        const request = new ALBEvent<Order>(raw);
        return [
          request.httpMethod,
          request.path,
          request.resolvedHeadersField.get('x-request-id'),
          request.decodedQueryStringParameters.q,
          request.jsonBody?.orderId,
        ];
      },
      powertools(raw) {
        const request = AlbSchema.parse(raw);
        return [
          request.httpMethod,
          request.path,
          request.headers?.['x-request-id'],
          decodeURIComponent(request.queryStringParameters?.q ?? ''),
          (JSON.parse(request.body) as Order).orderId,
        ];
      },
    },
  },
];
