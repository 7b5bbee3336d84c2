// The SQS example written with Middy and its event normalizer, for the size comparison: the
// normalizer parses every JSON body in place (a body that is not JSON stays a string).
import middy from '@middy/core';
import eventNormalizer from '@middy/event-normalizer';
import type { SQSEvent } from 'aws-lambda';

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

export const handler = middy<SQSEvent>()
  .use(eventNormalizer())
  .handler(async (event) => {
    const batchItemFailures: { itemIdentifier: string }[] = [];
    const orders = [];
    for (const record of event.Records) {
      const order: unknown = record.body;
      if (!isOrder(order)) {
        batchItemFailures.push({ itemIdentifier: record.messageId });
        continue;
      }
      orders.push({
        messageId: record.messageId,
        receiveCount: Number(record.attributes.ApproximateReceiveCount),
        orderId: order.orderId,
        sku: order.sku,
        quantity: order.quantity,
      });
    }
    const arn = event.Records[0]?.eventSourceARN.split(':');
    return {
      queueUrl: arn
        ? `https://sqs.${arn[3]}.amazonaws.com/${arn[4]}/${arn[5]}`
        : null,
      orders,
      batchItemFailures,
    };
  });
