import {
  buildBatchResponse,
  EvtError,
  type RawSQSEvent,
  SQSEvent,
  type SQSRecord,
} from '@evt/sqs';

/** An order as the web shop sends it to the `orders` queue. */
interface Order {
  orderId: string;
  sku: string;
  quantity: number;
}

function isOrder(value: unknown): value is Order {
  const order = value as Partial<Order> | null;
  return (
    typeof order === 'object' &&
    order !== null &&
    typeof order.orderId === 'string' &&
    typeof order.sku === 'string' &&
    typeof order.quantity === 'number' &&
    order.quantity > 0
  );
}

/**
 * Reads a batch of JSON orders. Messages whose body is not JSON, or not a valid order, are
 * reported as batch item failures so only they go back to the queue (the event source mapping
 * has `ReportBatchItemFailures` on); the others are returned as parsed orders.
 */
export const handler = async (raw: RawSQSEvent) => {
  const event = new SQSEvent<Order>(raw);
  const failed: SQSRecord<Order>[] = [];
  const orders = [];
  for (const record of event.records) {
    try {
      const order = record.jsonBody;
      if (!isOrder(order)) {
        failed.push(record);
        continue;
      }
      orders.push({
        messageId: record.messageId,
        receiveCount: Number(record.attributes.approximateReceiveCount),
        orderId: order.orderId,
        sku: order.sku,
        quantity: order.quantity,
      });
    } catch (error) {
      if (!(error instanceof EvtError)) throw error;
      failed.push(record);
    }
  }
  return {
    queueUrl: event.records[0]?.queueUrl ?? null,
    orders,
    ...buildBatchResponse(failed, { event }),
  };
};
