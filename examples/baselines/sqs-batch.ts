// The SQS example written by hand over plain objects, as the size baseline.
interface RawRecord {
  messageId: string;
  body: string;
  eventSourceARN: string;
  attributes: { ApproximateReceiveCount: string };
}

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

export const handler = async (raw: { Records: RawRecord[] }) => {
  const batchItemFailures: { itemIdentifier: string }[] = [];
  const orders = [];
  for (const record of raw.Records) {
    let order: unknown;
    try {
      order = JSON.parse(record.body);
    } catch {
      batchItemFailures.push({ itemIdentifier: record.messageId });
      continue;
    }
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
  const arn = raw.Records[0]?.eventSourceARN.split(':');
  return {
    queueUrl: arn
      ? `https://sqs.${arn[3]}.amazonaws.com/${arn[4]}/${arn[5]}`
      : null,
    orders,
    batchItemFailures,
  };
};
