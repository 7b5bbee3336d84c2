import { APIGatewayProxyEventSchema } from '@aws-lambda-powertools/parser/schemas/api-gateway';
import { APIGatewayProxyEventV2Schema } from '@aws-lambda-powertools/parser/schemas/api-gatewayv2';
import { APIGatewayProxyEvent, APIGatewayProxyEventV2 } from '@evt/apigw';
import type { BenchCase } from '../src/case';
import { middyHandler } from '../src/middy';

interface Order {
  orderId: string;
  quantity: number;
}

// Fifteen request headers as a browser or SDK sends them through CloudFront to API Gateway;
// the client spells the one we read `X-Request-Id`, the handler asks for `x-request-id`.
const HEADERS: Record<string, string> = {
  Accept: 'application/json',
  'Accept-Encoding': 'gzip, deflate, br',
  'Accept-Language': 'en-US,en;q=0.9',
  'Cache-Control': 'no-cache',
  'CloudFront-Forwarded-Proto': 'https',
  'CloudFront-Is-Desktop-Viewer': 'true',
  'CloudFront-Viewer-Country': 'US',
  'Content-Type': 'application/json',
  Host: 'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com',
  'User-Agent': 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4)',
  Via: '2.0 a3b1c2d4e5f6.cloudfront.net (CloudFront)',
  'X-Amzn-Trace-Id': 'Root=1-65f0a1b2-3c4d5e6f7a8b9c0d1e2f3a4b',
  'X-Forwarded-For': '198.51.100.10, 130.176.0.1',
  'X-Forwarded-Proto': 'https',
  'X-Request-Id': '3f1c9a52-7e4b-4d2a-9c18-6b0e5f7a8d21',
};

const BODY = JSON.stringify({
  orderId: 'o-1001',
  quantity: 2,
  items: [
    { sku: 'SKU-1', price: 1999 },
    { sku: 'SKU-2', price: 599 },
  ],
  note: 'leave at the door',
});

// A REST API proxy event shaped like the input format in the API Gateway developer guide
// (set-up-lambda-proxy-integrations), with the headers above.
const v1Event = JSON.stringify({
  resource: '/orders',
  path: '/orders',
  httpMethod: 'POST',
  headers: HEADERS,
  multiValueHeaders: Object.fromEntries(
    Object.entries(HEADERS).map(([name, value]) => [name, [value]])
  ),
  queryStringParameters: null,
  multiValueQueryStringParameters: null,
  pathParameters: null,
  stageVariables: null,
  requestContext: {
    accountId: '123456789012',
    apiId: 'a1b2c3d4e5',
    domainName: 'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com',
    domainPrefix: 'a1b2c3d4e5',
    extendedRequestId: 'JJbxmplHYosFVYQ=',
    httpMethod: 'POST',
    identity: {
      accessKey: null,
      accountId: null,
      caller: null,
      cognitoAuthenticationProvider: null,
      cognitoAuthenticationType: null,
      cognitoIdentityId: null,
      cognitoIdentityPoolId: null,
      principalOrgId: null,
      sourceIp: '198.51.100.10',
      user: null,
      userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4)',
      userArn: null,
    },
    path: '/prod/orders',
    protocol: 'HTTP/1.1',
    requestId: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef',
    requestTime: '12/Mar/2024:08:15:30 +0000',
    requestTimeEpoch: 1710231330000,
    resourceId: 'us4z18',
    resourcePath: '/orders',
    stage: 'prod',
  },
  body: BODY,
  isBase64Encoded: false,
});

// An HTTP API payload 2.0 event shaped like the sample in the HTTP API developer guide
// (http-api-develop-integrations-lambda), with the same headers and body.
const v2Event = JSON.stringify({
  version: '2.0',
  routeKey: 'POST /orders',
  rawPath: '/orders',
  rawQueryString: '',
  cookies: ['session=abc123'],
  headers: HEADERS,
  requestContext: {
    accountId: '123456789012',
    apiId: 'a1b2c3d4e5',
    domainName: 'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com',
    domainPrefix: 'a1b2c3d4e5',
    http: {
      method: 'POST',
      path: '/orders',
      protocol: 'HTTP/1.1',
      sourceIp: '198.51.100.10',
      userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4)',
    },
    requestId: 'UGxYzaXmIAMEWbB=',
    routeKey: 'POST /orders',
    stage: '$default',
    time: '12/Mar/2024:08:15:30 +0000',
    timeEpoch: 1710231330000,
  },
  body: BODY,
  isBase64Encoded: false,
});

// The case-insensitive lookup a handler writes by hand on a plain headers object.
function headerByHand(
  headers: Record<string, string> | null | undefined,
  name: string
): string | undefined {
  if (!headers) return undefined;
  for (const key of Object.keys(headers)) {
    if (key.toLowerCase() === name) return headers[key];
  }
  return undefined;
}

const MIDDY_NOTE =
  "API Gateway: `@middy/event-normalizer` leaves these events as they are, so the Middy handler reads them by hand as plain access does (Middy's HTTP header normalizer and JSON body parser are other packages, not measured here), and the normalizer alone has nothing to do.";

// biome-ignore lint/suspicious/noExplicitAny: the raw event is untyped here
function readV1(raw: any): unknown {
  return [
    raw.httpMethod,
    raw.path,
    headerByHand(raw.headers, 'x-request-id'),
    (JSON.parse(raw.body) as Order).orderId,
  ];
}

// biome-ignore lint/suspicious/noExplicitAny: the raw event is untyped here
function readV2(raw: any): unknown {
  const rawPath: string = raw.rawPath;
  const stage: string = raw.requestContext.stage;
  return [
    raw.requestContext.http.method,
    stage === '$default' ? rawPath : rawPath.slice(stage.length + 1),
    headerByHand(raw.headers, 'x-request-id'),
    (JSON.parse(raw.body) as Order).orderId,
  ];
}

// Each contender reads the method, the path, the `x-request-id` header whatever its case, and
// the `orderId` of the JSON body.
export const cases: BenchCase[] = [
  {
    name: 'API Gateway v1, 15 headers + JSON body',
    event: v1Event,
    notes: [MIDDY_NOTE],
    contenders: {
      floor: readV1,
      middy: middyHandler(readV1),
      evt(raw) {
        const event = new APIGatewayProxyEvent<Order>(raw);
        return [
          event.httpMethod,
          event.path,
          event.headers.get('x-request-id'),
          event.jsonBody?.orderId,
        ];
      },
      powertools(raw) {
        const event = APIGatewayProxyEventSchema.parse(raw);
        return [
          event.httpMethod,
          event.path,
          headerByHand(event.headers as Record<string, string>, 'x-request-id'),
          (JSON.parse(event.body as string) as Order).orderId,
        ];
      },
    },
  },
  {
    name: 'API Gateway v2, 15 headers + JSON body',
    event: v2Event,
    notes: [MIDDY_NOTE],
    contenders: {
      floor: readV2,
      middy: middyHandler(readV2),
      evt(raw) {
        const event = new APIGatewayProxyEventV2<Order>(raw);
        return [
          event.httpMethod,
          event.path,
          event.headers.get('x-request-id'),
          event.jsonBody?.orderId,
        ];
      },
      powertools(raw) {
        const event = APIGatewayProxyEventV2Schema.parse(raw);
        const rawPath = event.rawPath;
        const stage = event.requestContext.stage;
        return [
          event.requestContext.http.method,
          stage === '$default' ? rawPath : rawPath.slice(stage.length + 1),
          headerByHand(event.headers as Record<string, string>, 'x-request-id'),
          (JSON.parse(event.body as string) as Order).orderId,
        ];
      },
    },
  },
];
