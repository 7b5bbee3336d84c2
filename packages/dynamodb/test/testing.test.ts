import { describe, expect, it } from 'vitest';
import { DynamoDBNumber } from '../src/attribute-value';
import { DynamoDBStreamEvent } from '../src/dynamodb-stream-event';
import { createDynamoDBStreamEvent } from '../src/testing';

interface Order {
  Id: string;
  total: number;
  tags?: Set<string>;
  lines?: { sku: string; quantity: number }[];
  note?: string | null | undefined;
}

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

    first.Records.length = 0;

    expect(createDynamoDBStreamEvent().Records).toHaveLength(3);
  });

  it('builds as many INSERT records as the count asks, with numbered IDs', () => {
    const event = new DynamoDBStreamEvent(
      createDynamoDBStreamEvent({ count: 2 })
    );

    expect(event.records.map((record) => record.eventName)).toEqual([
      'INSERT',
      'INSERT',
    ]);
    expect(event.records.map((record) => record.eventId)).toEqual([
      '0000',
      '0001',
    ]);
    expect(
      event.records.map((record) => record.dynamodb?.sequenceNumber)
    ).toEqual(['0000', '0001']);
  });

  it('marshals one item per record, which unmarshals back to the item', () => {
    const items: Order[] = [
      {
        Id: 'order-1',
        total: 12.5,
        tags: new Set(['gift']),
        lines: [{ sku: 'A-1', quantity: 2 }],
        note: null,
      },
      { Id: 'order-2', total: 3, note: undefined },
    ];

    const event = new DynamoDBStreamEvent<Order>(
      createDynamoDBStreamEvent<Order>({ items })
    );

    expect(
      event.records.map((record) =>
        record.dynamodb?.newImageAs({ numbers: 'number' })
      )
    ).toEqual([items[0], { Id: 'order-2', total: 3 }]);
    expect(event.records[0]?.dynamodb?.keys).toEqual({ Id: 'order-1' });
    expect(event.records[0]?.dynamodb?.newImage?.total).toEqual(
      new DynamoDBNumber('12.5')
    );
  });

  it('marshals binary values, number sets and exact numbers', () => {
    const raw = createDynamoDBStreamEvent({
      items: [
        {
          pk: 'p',
          blob: new Uint8Array([104, 105]),
          blobs: new Set([new Uint8Array([1])]),
          sizes: new Set([1, 2n, new DynamoDBNumber('3.50')]),
          flag: true,
          exact: new DynamoDBNumber('12345678901234567890'),
        },
      ],
      keyAttributes: ['pk'],
    });

    expect(raw.Records[0]?.dynamodb?.NewImage).toEqual({
      pk: { S: 'p' },
      blob: { B: 'aGk=' },
      blobs: { BS: ['AQ=='] },
      sizes: { NS: ['1', '2', '3.50'] },
      flag: { BOOL: true },
      exact: { N: '12345678901234567890' },
    });
    expect(raw.Records[0]?.dynamodb?.Keys).toEqual({ pk: { S: 'p' } });
  });

  it('writes the item as the old image of a REMOVE', () => {
    const raw = createDynamoDBStreamEvent({
      items: [{ Id: 'order-1' }],
      records: [{ eventName: 'REMOVE' }],
    });

    const stream = new DynamoDBStreamEvent(raw).records[0]?.dynamodb;

    expect(stream?.oldImage).toEqual({ Id: 'order-1' });
    expect(stream?.newImage).toBeUndefined();
  });

  it('builds each record from the sample record of its event name, merging changes at any depth', () => {
    const raw = createDynamoDBStreamEvent({
      records: [
        {
          eventName: 'MODIFY',
          dynamodb: {
            NewImage: { Message: { S: 'Shipped' } },
            StreamViewType: 'NEW_IMAGE',
          },
        },
      ],
      record: { awsRegion: 'eu-west-1' },
    });

    const record = new DynamoDBStreamEvent(raw).records[0];

    expect(record?.eventName).toBe('MODIFY');
    expect(record?.dynamodb?.newImage).toEqual({
      Message: 'Shipped',
      Id: new DynamoDBNumber('101'),
    });
    expect(record?.dynamodb?.oldImage).toEqual({
      Message: 'New item!',
      Id: new DynamoDBNumber('101'),
    });
    expect(record?.dynamodb?.streamViewType).toBe('NEW_IMAGE');
    expect(record?.awsRegion).toBe('eu-west-1');
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

  it.each([
    [{ f: () => 1 }, 'a function'],
    [{ s: new Set() }, 'an empty Set'],
    [{ s: new Set(['a', 1]) }, 'a mixed Set'],
  ] as [object, string][])(
    'throws a TypeError for an item with %o (%s)',
    (item) => {
      expect(() => createDynamoDBStreamEvent({ items: [item] })).toThrow(
        TypeError
      );
    }
  );
});
