import { gunzipSync, gzipSync } from 'node:zlib';
import { CloudWatchLogsSchema } from '@aws-lambda-powertools/parser/schemas/cloudwatch';
import { CloudWatchLogsEvent } from '@evt/cloudwatch';
import type { BenchCase } from '../src/case';

interface LogEvent {
  id: string;
  timestamp: number;
  message: string;
}

interface DecodedLogs {
  logGroup: string;
  logEvents: LogEvent[];
}

const LEVELS = ['INFO', 'INFO', 'INFO', 'DEBUG', 'WARN', 'ERROR'] as const;
const ROUTES = ['/orders', '/orders/{id}', '/carts', '/payments', '/health'];

// The decoded log data of the Lambda guide's CloudWatch Logs example (services-cloudwatchlogs),
// grown to `count` log events: structured JSON application logs and REPORT lines, built from
// the index only, so every run encodes the same bytes.
function decodedLogs(count: number): string {
  const logEvents: LogEvent[] = [];
  for (let index = 0; index < count; index++) {
    const requestId = `6234bffe-149a-b642-81ff-${(0x2e8e376d8aff + index).toString(16).padStart(12, '0')}`;
    const message =
      index % 10 === 9
        ? `REPORT RequestId: ${requestId}\tDuration: ${(index % 97) + 0.84} ms\tBilled Duration: ${(index % 97) + 1} ms\tMemory Size: 192 MB\tMax Memory Used: ${64 + (index % 32)} MB\t\n`
        : `${JSON.stringify({
            level: LEVELS[index % LEVELS.length],
            timestamp: new Date(1552518348220 + index * 17).toISOString(),
            requestId,
            route: ROUTES[index % ROUTES.length],
            status: index % 13 === 0 ? 500 : 200,
            latencyMs: (index * 7) % 250,
            message: `handled request ${index} for customer-${index % 101}`,
          })}\n`;
    logEvents.push({
      id: (
        34622316099697884706540976068822859012661220141643892546n +
        BigInt(index)
      ).toString(),
      timestamp: 1552518348220 + index * 17,
      message,
    });
  }
  return JSON.stringify({
    messageType: 'DATA_MESSAGE',
    owner: '123456789012',
    logGroup: '/aws/lambda/echo-nodejs',
    logStream: '2019/03/13/[$LATEST]94fa867e5374431291a7fc14e2f56ae7',
    subscriptionFilters: ['LambdaStream_cloudwatchlogs-node'],
    logEvents,
  });
}

// Same reads on every path: the log group, and for each log event its ID, timestamp and
// message length (folded into sums so the result stays small).
function summarise(
  logGroup: string,
  logEvents: readonly { id: string; timestamp: number; message: string }[]
): [string, number, number, number, string] {
  let messageBytes = 0;
  let timestamps = 0;
  let lastId = '';
  for (const logEvent of logEvents) {
    lastId = logEvent.id;
    timestamps += logEvent.timestamp;
    messageBytes += logEvent.message.length;
  }
  return [logGroup, logEvents.length, messageBytes, timestamps, lastId];
}

function logsCase(count: number, label: string): BenchCase {
  const decoded = decodedLogs(count);
  const data = gzipSync(decoded).toString('base64');
  return {
    name: `CloudWatch Logs, ${label} log events`,
    event: JSON.stringify({ awslogs: { data } }),
    decodedBytes: Buffer.byteLength(decoded),
    notes: [
      'Middy: `@middy/event-normalizer` base64-decodes `awslogs.data` but does not gunzip it, so the logs cannot be read through it.',
    ],
    contenders: {
      floor(raw) {
        const parsed = JSON.parse(
          gunzipSync(Buffer.from(raw.awslogs.data, 'base64')).toString('utf8')
        ) as DecodedLogs;
        return summarise(parsed.logGroup, parsed.logEvents);
      },
      evt(raw) {
        const parsed = new CloudWatchLogsEvent(raw).parseLogsData();
        return summarise(parsed.logGroup, parsed.logEvents);
      },
      powertools(raw) {
        const parsed = CloudWatchLogsSchema.parse(raw).awslogs.data;
        return summarise(parsed.logGroup, parsed.logEvents);
      },
    },
  };
}

export const cases: BenchCase[] = [
  logsCase(100, '100'),
  logsCase(10_000, '10,000'),
];
