import { LambdaFunctionUrlSchema } from '@aws-lambda-powertools/parser/schemas/lambda';
import { LambdaFunctionUrlEvent } from '@evt/lambda-url';
import type { BenchCase } from '../src/case';
import { middyHttpHandler } from '../src/middy';

interface Order {
  orderId: string;
  quantity: number;
}

// A request signed with SigV4 to a function URL with the AWS_IAM auth type, shaped like the
// request payload in the Lambda developer guide (urls-invocation, "Request payload format"):
// a JSON order, the headers an SDK client sends (Lambda passes header names lower-cased), and
// the caller's IAM identity under `requestContext.authorizer.iam`.
const event = JSON.stringify({
  version: '2.0',
  routeKey: '$default',
  rawPath: '/orders',
  rawQueryString: 'dryRun=true',
  headers: {
    accept: 'application/json',
    'content-type': 'application/json',
    host: 'n4x7kq2rwe6tbvyz3pmd9hc5ga8suj1f.lambda-url.eu-west-1.on.aws',
    'user-agent': 'aws-sdk-js/3.556.0',
    'x-amz-date': '20240318T071502Z',
    'x-amzn-trace-id': 'Root=1-65f7ea36-4b1d7c2e9a0f3e5d6c7b8a91',
    'x-forwarded-for': '203.0.113.24',
    'x-request-id': '3f1c9a52-7e4b-4d2a-9c18-6b0e5f7a8d21',
  },
  queryStringParameters: { dryRun: 'true' },
  requestContext: {
    accountId: '123456789012',
    apiId: 'n4x7kq2rwe6tbvyz3pmd9hc5ga8suj1f',
    authentication: null,
    authorizer: {
      iam: {
        accessKey: 'ASIAIOSFODNN7EXAMPLE',
        accountId: '111122223333',
        callerId: 'AROACKCEVSQ6C2EXAMPLE:order-sync-task',
        cognitoIdentity: null,
        principalOrgId: null,
        userArn:
          'arn:aws:sts::111122223333:assumed-role/order-sync/order-sync-task',
        userId: 'AROACKCEVSQ6C2EXAMPLE:order-sync-task',
      },
    },
    domainName: 'n4x7kq2rwe6tbvyz3pmd9hc5ga8suj1f.lambda-url.eu-west-1.on.aws',
    domainPrefix: 'n4x7kq2rwe6tbvyz3pmd9hc5ga8suj1f',
    http: {
      method: 'POST',
      path: '/orders',
      protocol: 'HTTP/1.1',
      sourceIp: '203.0.113.24',
      userAgent: 'aws-sdk-js/3.556.0',
    },
    requestId: 'e1506fd5-9e7b-434f-bd42-4f8fa224b599',
    routeKey: '$default',
    stage: '$default',
    time: '18/Mar/2024:07:15:02 +0000',
    timeEpoch: 1710746102631,
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
  pathParameters: null,
  isBase64Encoded: false,
  stageVariables: null,
});

// What plain access reads: header names arrive lower-cased, and a function URL has no stage,
// so the path is `rawPath` as sent.
// biome-ignore lint/suspicious/noExplicitAny: the raw event is untyped here
function reads(raw: any): unknown {
  return [
    raw.requestContext.http.method,
    raw.rawPath,
    raw.headers['x-request-id'],
    (JSON.parse(raw.body) as Order).orderId,
    raw.requestContext.authorizer?.iam?.userArn,
  ];
}

const MIDDY_NOTE =
  "Function URL: the Middy handler uses `@middy/http-event-normalizer` (Middy's normalizer for HTTP events, which fills the query string and path parameter maps a request may lack) in place of `@middy/event-normalizer`, and reads the event as plain access does.";

// Each contender reads the method, the path, the `x-request-id` header, the `orderId` of the
// JSON body and the ARN of the IAM caller.
export const cases: BenchCase[] = [
  {
    name: 'Function URL, IAM caller, 8 headers + JSON body',
    event,
    notes: [MIDDY_NOTE],
    contenders: {
      floor: reads,
      middy: middyHttpHandler(reads),
      evt(raw) {
        const request = new LambdaFunctionUrlEvent<Order>(raw);
        return [
          request.httpMethod,
          request.path,
          request.headers.get('x-request-id'),
          request.jsonBody?.orderId,
          request.requestContext.authorizer?.iam.userArn,
        ];
      },
      powertools(raw) {
        const request = LambdaFunctionUrlSchema.parse(raw);
        return [
          request.requestContext.http.method,
          request.rawPath,
          request.headers['x-request-id'],
          (JSON.parse(request.body as string) as Order).orderId,
          request.requestContext.authorizer?.iam?.userArn,
        ];
      },
    },
  },
];
