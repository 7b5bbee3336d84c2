import { unmarshall } from '@aws-sdk/util-dynamodb';
import {
  DynamoDBStreamEvent,
  type RawAttributeValue,
  type RawDynamoDBImage,
  type RawDynamoDBStreamEvent,
} from '@evt/dynamodb';
import type { BenchCase } from '../src/case';

// One order item in DynamoDB JSON, as a NEW_AND_OLD_IMAGES stream writes it: strings,
// numbers, a nested map, a list of maps, sets, binary, booleans and a null.
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
    checksum: { B: 'iVBORw0KGgo=' },
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

// The floor: a hand-written unmarshaller, numbers kept as strings, plain recursion, no checks.
function floorValue(value: RawAttributeValue): unknown {
  if (value.S !== undefined) return value.S;
  if (value.N !== undefined) return value.N;
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
  if (value.B !== undefined) return Buffer.from(value.B, 'base64');
  if (value.SS !== undefined) return new Set(value.SS);
  if (value.NS !== undefined) return new Set(value.NS);
  if (value.BS !== undefined) {
    return new Set(value.BS.map((item) => Buffer.from(item, 'base64')));
  }
  throw new Error('unknown attribute value');
}

function floorImage(map: RawDynamoDBImage): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const name in map) {
    result[name] = floorValue(map[name] as RawAttributeValue);
  }
  return result;
}

type Image = Record<string, unknown>;
type PeerImage = Parameters<typeof unmarshall>[0];

export const cases: BenchCase[] = [
  {
    name: 'DynamoDB, 100 records (Keys+NewImage+OldImage)',
    event,
    budget: 1.5,
    parseOnce: true,
    floor(raw: RawDynamoDBStreamEvent) {
      const out: unknown[] = [];
      for (const record of raw.Records) {
        const stream = record.dynamodb ?? {};
        const keys = floorImage(stream.Keys ?? {});
        const newImage = floorImage(stream.NewImage ?? {});
        const oldImage = floorImage(stream.OldImage ?? {});
        out.push([keys.pk, String(newImage.total), oldImage.status]);
      }
      return out;
    },
    evt(raw: RawDynamoDBStreamEvent) {
      const out: unknown[] = [];
      for (const record of new DynamoDBStreamEvent(raw).records) {
        const stream = record.dynamodb;
        const keys = stream?.keys ?? {};
        const newImage = stream?.newImage ?? {};
        const oldImage = stream?.oldImage ?? {};
        out.push([keys.pk, String(newImage.total), oldImage.status]);
      }
      return out;
    },
    peer: {
      name: '@aws-sdk/util-dynamodb',
      // `wrapNumbers: true` keeps every digit (NumberValue); String() gives its text, as for
      // the floor's strings and evt's DynamoDBNumber. The peer returns `B` as the base64 text
      // (it does not decode it); no binary attribute is among the three values compared.
      run(raw: RawDynamoDBStreamEvent) {
        const out: unknown[] = [];
        const options = { wrapNumbers: true };
        for (const record of raw.Records) {
          const stream = record.dynamodb ?? {};
          const keys: Image = unmarshall(
            (stream.Keys ?? {}) as PeerImage,
            options
          );
          const newImage: Image = unmarshall(
            (stream.NewImage ?? {}) as PeerImage,
            options
          );
          const oldImage: Image = unmarshall(
            (stream.OldImage ?? {}) as PeerImage,
            options
          );
          out.push([keys.pk, String(newImage.total), oldImage.status]);
        }
        return out;
      },
    },
  },
];
