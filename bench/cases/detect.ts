import { detect } from '@evt/detect';
import type { BenchCase } from '../src/case';
import { cases as sqsCases } from './sqs';

// The SQS row's batch (ten messages shaped like the Lambda Developer Guide's sample).
const sqs = sqsCases[0]?.event ?? '{}';

// A REST API request (payload format 1.0), trimmed to the fields that define it.
const restApi = JSON.stringify({
  resource: '/orders',
  path: '/orders',
  httpMethod: 'GET',
  headers: { Host: 'id.execute-api.us-east-1.amazonaws.com' },
  requestContext: {
    accountId: '123456789012',
    apiId: 'id',
    requestId: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef',
    stage: 'prod',
    httpMethod: 'GET',
  },
  body: null,
  isBase64Encoded: false,
});

// A value no class reads: every guard runs and refuses it.
const unknown = JSON.stringify({ orderId: 'o-1000', quantity: 2 });

// Each contender answers with the class name (or undefined). The floor checks the one field it
// knows the event has; detect checks every source it knows, the common ones first and the more
// specific before the general. The rows report detect's time per event: the per-event goals
// are for wrappers, and a single hand-written check is no peer for a detector.
const noGoal = 'time per detection (no per-event goal)';
export const cases: BenchCase[] = [
  {
    name: 'detect, an SQS event',
    event: sqs,
    noGoal,
    contenders: {
      floor: (raw) =>
        raw.Records?.[0]?.eventSource === 'aws:sqs' ? 'SQSEvent' : undefined,
      evt: (raw) => detect(raw)?.className,
    },
  },
  {
    name: 'detect, a REST API request',
    event: restApi,
    noGoal,
    contenders: {
      floor: (raw) =>
        typeof raw.httpMethod === 'string' ? 'APIGatewayProxyEvent' : undefined,
      evt: (raw) => detect(raw)?.className,
    },
  },
  {
    name: 'detect, an unknown event',
    event: unknown,
    noGoal,
    contenders: {
      floor: (raw) => (raw.Records === undefined ? undefined : 'SQSEvent'),
      evt: (raw) => detect(raw)?.className,
    },
  },
];
