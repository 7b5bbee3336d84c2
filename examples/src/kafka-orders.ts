import { KafkaEvent, type RawKafkaEvent } from '@evt/kafka';

/** An order as the producer writes it to the `orders` topic. */
interface Order {
  orderId: string;
  customerId: string;
  total: number;
}

/**
 * Sums the orders of a Kafka batch (Amazon MSK or self-managed) and reports where each one
 * came from, with the trace header the producer set.
 */
export const handler = async (raw: RawKafkaEvent) => {
  const event = new KafkaEvent<Order>(raw);
  const orders = event.records.map((record) => ({
    partition: `${record.topic}-${record.partition}`,
    offset: record.offset,
    key: record.decodedKey
      ? Buffer.from(record.decodedKey).toString('utf8')
      : null,
    orderId: record.jsonValue.orderId,
    total: record.jsonValue.total,
    traceId: record.headersAsText.get('x-trace-id') ?? null,
  }));
  return {
    source: event.eventSource,
    cluster: event.eventSourceArn ?? null,
    brokers: event.decodedBootstrapServers.length,
    count: orders.length,
    revenue: orders.reduce((sum, order) => sum + order.total, 0),
    orders,
  };
};
