import { describe, expect, it } from 'vitest';
import { DynamoDBNumber } from '../src/attribute-value';
import { DynamoDBStreamEvent } from '../src/dynamodb-stream-event';
import { createDynamoDBStreamEvent } from '../src/testing';

describe('createDynamoDBStreamEvent', () => {
  it('returns the documented sample with three records', () => {
    const event = new DynamoDBStreamEvent(createDynamoDBStreamEvent());

    expect(event.records.map((record) => record.eventName)).toEqual([
      'INSERT',
      'MODIFY',
      'REMOVE',
    ]);
    expect(event.records[0]?.dynamodb?.newImage).toEqual({
      Message: 'New item!',
      Id: new DynamoDBNumber('101'),
    });
  });

  it('returns a fresh copy on every call', () => {
    const first = createDynamoDBStreamEvent();

    (first.Records as unknown[]).length = 0;

    expect(createDynamoDBStreamEvent().Records).toHaveLength(3);
  });

  it('builds records from the sample record of the same event name', () => {
    const raw = createDynamoDBStreamEvent({
      records: [
        {
          eventName: 'MODIFY',
          keys: { id: { S: 'order-1' } },
          newImage: { id: { S: 'order-1' }, status: { S: 'SHIPPED' } },
          oldImage: null,
          streamViewType: 'NEW_IMAGE',
          sequenceNumber: '999',
          approximateCreationDateTime: 1700000000,
          eventSourceArn:
            'arn:aws:dynamodb:eu-west-1:123456789012:table/Orders/stream/2024-01-01T00:00:00.000',
          awsRegion: 'eu-west-1',
        },
      ],
    });

    const record = new DynamoDBStreamEvent(raw).records[0];

    expect(record?.eventName).toBe('MODIFY');
    expect(record?.eventId).toBe('2');
    expect(record?.dynamodb?.keys).toEqual({ id: 'order-1' });
    expect(record?.dynamodb?.newImage).toEqual({
      id: 'order-1',
      status: 'SHIPPED',
    });
    expect(record?.dynamodb?.oldImage).toEqual({});
    expect(record?.dynamodb?.streamViewType).toBe('NEW_IMAGE');
    expect(record?.dynamodb?.sequenceNumber).toBe('999');
    expect(record?.dynamodb?.approximateCreationDateTime).toBe(1700000000);
    expect(record?.awsRegion).toBe('eu-west-1');
    expect(record?.eventSourceArn).toBe(
      'arn:aws:dynamodb:eu-west-1:123456789012:table/Orders/stream/2024-01-01T00:00:00.000'
    );
  });

  it('builds an INSERT record when no event name is given', () => {
    const raw = createDynamoDBStreamEvent({ records: [{}] });

    expect(new DynamoDBStreamEvent(raw).records[0]?.eventName).toBe('INSERT');
  });

  it('builds a Time to Live deletion', () => {
    const raw = createDynamoDBStreamEvent({
      records: [
        {
          eventName: 'REMOVE',
          userIdentity: {
            type: 'Service',
            principalId: 'dynamodb.amazonaws.com',
          },
        },
      ],
    });

    expect(new DynamoDBStreamEvent(raw).records[0]?.isTtlDeletion).toBe(true);
  });
});
