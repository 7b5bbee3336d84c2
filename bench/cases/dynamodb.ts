import { DynamoDBStreamSchema } from '@aws-lambda-powertools/parser/schemas/dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import {
  DynamoDBStreamEvent,
  type RawAttributeValue,
  type RawDynamoDBImage,
  type RawDynamoDBStreamEvent,
} from '@evt/dynamodb';
import type { BenchCase } from '../src/case';
import { middyHandler, middyNormalize } from '../src/middy';

// One order item in DynamoDB JSON, as a NEW_AND_OLD_IMAGES stream writes it: strings,
// numbers, a nested map, a list of maps, sets, booleans and a null. No binary attribute:
// evt decodes `B` to bytes where Middy, Powertools and util-dynamodb leave the base64 text,
// so with one the contenders would not be doing the same work.
function image(index: number, status: string): Record<string, unknown> {
  return {
    pk: { S: `ORDER#${index}` },
    sk: { N: String(1_700_000_000 + index) },
    status: { S: status },
    total: { N: `${index}.99` },
    currency: { S: 'EUR' },
    customer: {
      M: {
        id: { S: `CUSTOMER#${index % 17}` },
        name: { S: 'Ana Silva' },
        vip: { BOOL: index % 2 === 0 },
        phone: { NULL: true },
      },
    },
    items: {
      L: [
        {
          M: {
            sku: { S: 'BOOK-42' },
            quantity: { N: '2' },
            price: { N: '19.99' },
          },
        },
        {
          M: {
            sku: { S: 'PEN-7' },
            quantity: { N: '10' },
            price: { N: '1.5' },
          },
        },
      ],
    },
    tags: { SS: ['express', 'gift'] },
    ratings: { NS: ['4.5', '5'] },
    shipped: { BOOL: status === 'SHIPPED' },
    updatedAt: { S: '2024-02-07T12:00:00.000Z' },
  };
}

const event = JSON.stringify({
  Records: Array.from({ length: 100 }, (_, index) => ({
    eventID: `7de3041dd709b024af6f29e4fa13d3${String(index).padStart(2, '0')}`,
    eventName: 'MODIFY',
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: 'eu-west-1',
    dynamodb: {
      ApproximateCreationDateTime: 1707312450,
      Keys: {
        pk: { S: `ORDER#${index}` },
        sk: { N: String(1_700_000_000 + index) },
      },
      NewImage: image(index, 'SHIPPED'),
      OldImage: image(index, 'PENDING'),
      SequenceNumber: String(4421584500000000017450439092n + BigInt(index)),
      SizeBytes: 512,
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    },
    eventSourceARN:
      'arn:aws:dynamodb:eu-west-1:123456789012:table/Orders/stream/2024-02-07T12:00:00.000',
  })),
});

// The floor: a hand-written unmarshaller, numbers as JavaScript numbers (as Middy, Powertools
// and util-dynamodb give them by default), plain recursion, no checks.
function floorValue(value: RawAttributeValue): unknown {
  if (value.S !== undefined) return value.S;
  if (value.N !== undefined) return Number(value.N);
  if (value.M !== undefined) return floorImage(value.M);
  if (value.L !== undefined) {
    const list = value.L;
    const result = new Array(list.length);
    for (let index = 0; index < list.length; index++) {
      result[index] = floorValue(list[index] as RawAttributeValue);
    }
    return result;
  }
  if (value.BOOL !== undefined) return value.BOOL;
  if (value.NULL !== undefined) return null;
  if (value.SS !== undefined) return new Set(value.SS);
  if (value.NS !== undefined) return new Set(value.NS.map(Number));
  throw new Error('attribute type not in this bench');
}

function floorImage(map: RawDynamoDBImage): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const name in map) {
    result[name] = floorValue(map[name] as RawAttributeValue);
  }
  return result;
}

// biome-ignore lint/suspicious/noExplicitAny: every contender's images are untyped here
type Image = Record<string, any>;
type PeerImage = Parameters<typeof unmarshall>[0];

// What each contender reads once it has the three images of a record.
function reads(keys: Image, newImage: Image, oldImage: Image): unknown[] {
  return [
    keys.pk,
    newImage.total,
    oldImage.status,
    newImage.customer.id,
    newImage.items[1].price,
  ];
}

// What a Middy handler reads once the normalizer has decoded the event in place.
// biome-ignore lint/suspicious/noExplicitAny: the normalized event is untyped
function middyReads(event: any): unknown {
  const out: unknown[] = [];
  for (const record of event.Records) {
    const stream = record.dynamodb;
    out.push(reads(stream.Keys, stream.NewImage, stream.OldImage));
  }
  return out;
}

// Each contender unmarshals every record's Keys, NewImage and OldImage (numbers as JavaScript
// numbers) and reads the key, the new total, the old status and two nested values.
export const cases: BenchCase[] = [
  {
    name: 'DynamoDB, 100 records, Keys + NewImage + OldImage',
    event,
    contenders: {
      floor(raw: RawDynamoDBStreamEvent) {
        const out: unknown[] = [];
        for (const record of raw.Records) {
          const stream = record.dynamodb ?? {};
          out.push(
            reads(
              floorImage(stream.Keys ?? {}),
              floorImage(stream.NewImage ?? {}),
              floorImage(stream.OldImage ?? {})
            )
          );
        }
        return out;
      },
      evt(raw: RawDynamoDBStreamEvent) {
        const out: unknown[] = [];
        const options = { numbers: 'number' } as const;
        for (const record of new DynamoDBStreamEvent(raw).records) {
          const stream = record.dynamodb;
          out.push(
            reads(
              stream?.keysAs(options) ?? {},
              stream?.newImageAs(options) ?? {},
              stream?.oldImageAs(options) ?? {}
            )
          );
        }
        return out;
      },
      middy: middyHandler(middyReads),
      'middy-normalizer': (raw) => middyReads(middyNormalize(raw)),
      powertools(raw) {
        const out: unknown[] = [];
        for (const record of DynamoDBStreamSchema.parse(raw).Records) {
          const stream = record.dynamodb;
          out.push(
            reads(
              stream.Keys ?? {},
              stream.NewImage ?? {},
              stream.OldImage ?? {}
            )
          );
        }
        return out;
      },
      'util-dynamodb'(raw: RawDynamoDBStreamEvent) {
        const out: unknown[] = [];
        for (const record of raw.Records) {
          const stream = record.dynamodb ?? {};
          out.push(
            reads(
              unmarshall((stream.Keys ?? {}) as PeerImage),
              unmarshall((stream.NewImage ?? {}) as PeerImage),
              unmarshall((stream.OldImage ?? {}) as PeerImage)
            )
          );
        }
        return out;
      },
    },
  },
];
