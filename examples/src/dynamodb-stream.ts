import {
  DynamoDBRecordEventName,
  DynamoDBStreamEvent,
  type RawDynamoDBStreamEvent,
} from '@evt/dynamodb';

/**
 * Keeps a projection of an `Orders` table up to date from its stream: for each change it reads
 * the kind of change, the key, the status before and after, and the order total as decimal
 * text; deletions by Time to Live are reported apart. Numbers stay exact by default (the
 * 38-digit `ledgerBalance` is printed as its text).
 */
export const handler = async (raw: RawDynamoDBStreamEvent) => {
  const event = new DynamoDBStreamEvent(raw);
  const changes = event.records.map((record) => {
    const stream = record.dynamodb;
    const after = stream?.newImage;
    const before = stream?.oldImage;
    return {
      eventName: record.eventName,
      key: stream?.keys?.orderId,
      statusChange:
        record.eventName === DynamoDBRecordEventName.MODIFY
          ? `${before?.status} -> ${after?.status}`
          : undefined,
      total: stream?.newImageAs({ numbers: 'string' })?.total,
      ledgerBalance:
        after?.ledgerBalance === undefined
          ? undefined
          : String(after.ledgerBalance),
      expiredByTtl: record.isTtlDeletion,
      createdAt: stream?.approximateCreationDate?.toISOString(),
    };
  });
  return { count: changes.length, changes };
};
