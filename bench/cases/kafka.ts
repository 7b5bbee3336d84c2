import { KafkaMskEventSchema } from '@aws-lambda-powertools/parser/schemas/kafka';
import { KafkaEvent } from '@evt/kafka';
import type { BenchCase } from '../src/case';

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

export const cases: BenchCase[] = [
  {
    name: 'Kafka, 100 records',
    event,
    budget: 1.3,
    floor(raw) {
      const out: unknown[] = [];
      for (const partition in raw.records) {
        for (const record of raw.records[partition]) {
          const value = JSON.parse(
            Buffer.from(record.value, 'base64').toString('utf8')
          );
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
          record.decodedHeaders.get('x-trace-id'),
        ]);
      }
      return out;
    },
    peer: {
      name: '@aws-lambda-powertools/parser',
      run(raw) {
        const parsed = KafkaMskEventSchema.parse(raw);
        const out: unknown[] = [];
        for (const partition in parsed.records) {
          for (const record of parsed.records[partition] ?? []) {
            const value = JSON.parse(record.value) as Order;
            out.push([
              record.topic,
              value.orderId,
              findHeader(record.headers, 'x-trace-id'),
            ]);
          }
        }
        return out;
      },
    },
  },
];
