// The SQS example written with the Powertools TypeScript parser, for the size comparison.
import { SqsSchema } from '@aws-lambda-powertools/parser/schemas/sqs';

export const handler = async (event: unknown) => {
  const batchItemFailures: { itemIdentifier: string }[] = [];
  const orders: unknown[] = [];
  for (const record of SqsSchema.parse(event).Records) {
    try {
      orders.push(JSON.parse(record.body));
    } catch {
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  return { orders, batchItemFailures };
};
