// The DynamoDB stream example written with Middy and its event normalizer, for the size
// comparison: the normalizer unmarshals Keys, NewImage and OldImage in place (numbers become
// JavaScript numbers, or BigInt when they are integers too large for one).
import middy from '@middy/core';
import eventNormalizer from '@middy/event-normalizer';
import type { DynamoDBStreamEvent } from 'aws-lambda';

// biome-ignore lint/suspicious/noExplicitAny: the normalizer replaces the images' type
type Item = Record<string, any>;

export const handler = middy<DynamoDBStreamEvent>()
  .use(eventNormalizer())
  .handler(async (event) => {
    const changes = event.Records.map((record) => {
      const stream = record.dynamodb;
      const keys = stream?.Keys as Item | undefined;
      const after = stream?.NewImage as Item | undefined;
      const before = stream?.OldImage as Item | undefined;
      const created = stream?.ApproximateCreationDateTime;
      return {
        eventName: record.eventName,
        key: keys?.orderId,
        statusChange:
          record.eventName === 'MODIFY'
            ? `${before?.status} -> ${after?.status}`
            : undefined,
        total: after?.total === undefined ? undefined : String(after.total),
        ledgerBalance:
          after?.ledgerBalance === undefined
            ? undefined
            : String(after.ledgerBalance),
        expiredByTtl:
          record.userIdentity?.type === 'Service' &&
          record.userIdentity?.principalId === 'dynamodb.amazonaws.com',
        createdAt:
          created === undefined
            ? undefined
            : new Date(created * 1000).toISOString(),
      };
    });
    return { count: changes.length, changes };
  });
