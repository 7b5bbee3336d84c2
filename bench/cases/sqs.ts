import { SqsSchema } from '@aws-lambda-powertools/parser/schemas/sqs';
import { SQSEvent } from '@evt/sqs';
import type { BenchCase } from '../src/case';
import { middyHandler, middyNormalize } from '../src/middy';

interface Order {
  orderId: string;
  quantity: number;
}

// Ten records shaped like the standard queue sample of the Lambda Developer Guide
// (with-sqs.html), each with a small JSON order as its body.
const event = JSON.stringify({
  Records: Array.from({ length: 10 }, (_, index) => ({
    messageId: `059f36b4-87a3-44ab-83d2-66197583${String(index).padStart(4, '0')}`,
    receiptHandle: 'AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a...',
    body: JSON.stringify({ orderId: `o-${1000 + index}`, quantity: index + 1 }),
    attributes: {
      ApproximateReceiveCount: String((index % 3) + 1),
      SentTimestamp: '1545082649183',
      SenderId: 'AIDAIENQZJOLO23YVJ4VO',
      ApproximateFirstReceiveTimestamp: '1545082649185',
    },
    messageAttributes: {},
    md5OfBody: 'e4e68fb7bd0e697a0ae8f1bb342846b3',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:us-east-2:123456789012:my-queue',
    awsRegion: 'us-east-2',
  })),
});

// What a Middy handler reads once the normalizer has decoded the event in place.
// biome-ignore lint/suspicious/noExplicitAny: the normalized event is untyped
function middyReads(event: any): unknown {
  const out: unknown[] = [];
  for (const record of event.Records) {
    out.push([
      record.messageId,
      (record.body as Order).orderId,
      record.attributes.ApproximateReceiveCount,
    ]);
  }
  return out;
}

// Each contender reads every record's message ID, the `orderId` of its JSON body and its
// receive count. Middy's normalizer parses every body in place.
export const cases: BenchCase[] = [
  {
    name: 'SQS, 10 JSON bodies',
    event,
    contenders: {
      floor(raw) {
        const out: unknown[] = [];
        for (const record of raw.Records) {
          out.push([
            record.messageId,
            (JSON.parse(record.body) as Order).orderId,
            record.attributes.ApproximateReceiveCount,
          ]);
        }
        return out;
      },
      evt(raw) {
        const out: unknown[] = [];
        for (const record of new SQSEvent<Order>(raw).records) {
          out.push([
            record.messageId,
            record.jsonBody.orderId,
            record.attributes.approximateReceiveCount,
          ]);
        }
        return out;
      },
      middy: middyHandler(middyReads),
      'middy-normalizer': (raw) => middyReads(middyNormalize(raw)),
      powertools(raw) {
        const out: unknown[] = [];
        for (const record of SqsSchema.parse(raw).Records) {
          out.push([
            record.messageId,
            (JSON.parse(record.body) as Order).orderId,
            record.attributes.ApproximateReceiveCount,
          ]);
        }
        return out;
      },
    },
  },
];
