import { KafkaMskEventSchema } from '@aws-lambda-powertools/parser/schemas/kafka';
import { KafkaEvent } from '@evt/kafka';
import type { BenchCase } from '../src/case';
import { middyHandler, middyNormalize } from '../src/middy';

interface Order {
  orderId: string;
  customerId: string;
  total: number;
}

const bytes = (text: string) => [...Buffer.from(text, 'utf8')];

// The Amazon MSK example event of the Lambda guide (with-msk.html), grown to 100 JSON order
// records over four partitions of one topic, each with three headers.
const event = JSON.stringify({
  eventSource: 'aws:kafka',
  eventSourceArn:
    'arn:aws:kafka:us-east-1:123456789012:cluster/vpc-2priv-2pub/751d2973-a626-431c-9d4e-d7975eb44dd7-2',
  bootstrapServers:
    'b-2.demo-cluster-1.a1bcde.c1.kafka.us-east-1.amazonaws.com:9092,b-1.demo-cluster-1.a1bcde.c1.kafka.us-east-1.amazonaws.com:9092',
  records: Object.fromEntries(
    Array.from({ length: 4 }, (_, partition) => [
      `orders-${partition}`,
      Array.from({ length: 25 }, (_, index) => {
        const order: Order = {
          orderId: `order-${partition * 25 + index}`,
          customerId: `customer-${index % 7}`,
          total: index + 0.99,
        };
        return {
          topic: 'orders',
          partition,
          offset: 1000 + index,
          timestamp: 1545084650987 + index,
          timestampType: 'CREATE_TIME',
          key: Buffer.from(order.orderId).toString('base64'),
          value: Buffer.from(JSON.stringify(order)).toString('base64'),
          headers: [
            { 'Content-Type': bytes('application/json') },
            {
              'X-Trace-Id': bytes(
                `Root=1-5759e988-bd862e3fe1be46a9942727${index}`
              ),
            },
            { 'X-Producer': bytes('checkout-service') },
          ],
        };
      }),
    ])
  ),
});

// Case-insensitive lookup of one header in a list of `{ name: value }` objects.
function findHeader<T>(
  headers: readonly Record<string, T>[],
  wanted: string
): T | undefined {
  for (const header of headers) {
    for (const name in header) {
      if (name.toLowerCase() === wanted) return header[name];
    }
  }
  return undefined;
}

// What a Middy handler reads once the normalizer has decoded the event in place.
// biome-ignore lint/suspicious/noExplicitAny: the normalized event is untyped
function middyReads(event: any): unknown {
  const out: unknown[] = [];
  const records = event.records;
  for (const partition in records) {
    for (const record of records[partition]) {
      const trace = findHeader<number[]>(record.headers, 'x-trace-id');
      out.push([
        record.topic,
        (record.value as Order).orderId,
        trace && Buffer.from(trace).toString('utf8'),
      ]);
    }
  }
  return out;
}

// Each contender reads every record's topic, the `orderId` of its base64 JSON value and its
// `x-trace-id` header as text (header names matched case-insensitively). Middy's normalizer
// decodes and parses every value in place and leaves the headers as byte arrays.
export const cases: BenchCase[] = [
  {
    name: 'Kafka, 100 records',
    event,
    contenders: {
      floor(raw) {
        const out: unknown[] = [];
        for (const partition in raw.records) {
          for (const record of raw.records[partition]) {
            const value = JSON.parse(
              Buffer.from(record.value, 'base64').toString('utf8')
            ) as Order;
            const trace = findHeader<number[]>(record.headers, 'x-trace-id');
            out.push([
              record.topic,
              value.orderId,
              trace && Buffer.from(trace).toString('utf8'),
            ]);
          }
        }
        return out;
      },
      evt(raw) {
        const out: unknown[] = [];
        for (const record of new KafkaEvent<Order>(raw).records) {
          out.push([
            record.topic,
            record.jsonValue.orderId,
            record.headersAsText.get('x-trace-id'),
          ]);
        }
        return out;
      },
      middy: middyHandler(middyReads),
      'middy-normalizer': (raw) => middyReads(middyNormalize(raw)),
      powertools(raw) {
        const parsed = KafkaMskEventSchema.parse(raw);
        const out: unknown[] = [];
        for (const partition in parsed.records) {
          for (const record of parsed.records[partition] ?? []) {
            out.push([
              record.topic,
              (JSON.parse(record.value) as Order).orderId,
              findHeader(record.headers, 'x-trace-id'),
            ]);
          }
        }
        return out;
      },
    },
  },
];
