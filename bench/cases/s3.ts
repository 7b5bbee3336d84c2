import { S3Schema } from '@aws-lambda-powertools/parser/schemas/s3';
import { S3Event } from '@evt/s3';
import type { BenchCase } from '../src/case';

// Object-created records shaped like the example message in the S3 user guide
// (notification-content-structure.html). Keys arrive URL-encoded, as S3 sends them: a space
// is `+`, parentheses are percent-escaped.
function s3Event(count: number): string {
  return JSON.stringify({
    Records: Array.from({ length: count }, (_, index) => ({
      eventVersion: '2.1',
      eventSource: 'aws:s3',
      awsRegion: 'us-east-2',
      eventTime: '2019-09-03T19:37:27.192Z',
      eventName: 'ObjectCreated:Put',
      userIdentity: { principalId: 'AWS:AIDAINPONIXQXHT3IKHL2' },
      requestParameters: { sourceIPAddress: '205.255.255.255' },
      responseElements: {
        'x-amz-request-id': 'D82B88E5F771F645',
        'x-amz-id-2':
          'vlR7PnpV2Ce81l0PRw6jlUpck7Jo5ZsQjryTjKlc5aLWGVHPZLj5NeC6qMa0emYBDXOo6QBU0Wo=',
      },
      s3: {
        s3SchemaVersion: '1.0',
        configurationId: '828aa6fc-f7b5-4305-8584-487c791949c1',
        bucket: {
          name: 'amzn-s3-demo-bucket',
          ownerIdentity: { principalId: 'A3I5XTEXAMAI3E' },
          arn: 'arn:aws:s3:::amzn-s3-demo-bucket',
        },
        object: {
          key:
            index % 2 === 0
              ? `uploads/holiday+photo+${index}.jpg`
              : `uploads/report%28${index}%29.pdf`,
          size: 1305107 + index,
          eTag: 'b21b84d653bb07b05b1e6b33684dc11b',
          sequencer: '0C0F6F405D6ED209E1',
        },
      },
    })),
  });
}

function decodeKey(key: string): string {
  return decodeURIComponent(key.replaceAll('+', ' '));
}

function s3Case(
  name: string,
  count: number,
  options: { parseOnce?: boolean; budget?: number } = {}
): BenchCase {
  return {
    name,
    event: s3Event(count),
    ...(options.parseOnce ? { parseOnce: true } : {}),
    floor(raw) {
      const out: unknown[] = [];
      for (const record of raw.Records) {
        out.push([
          record.s3.bucket.name,
          decodeKey(record.s3.object.key),
          record.s3.object.size,
        ]);
      }
      return out;
    },
    evt(raw) {
      const out: unknown[] = [];
      for (const record of new S3Event(raw).records) {
        const { bucket, object } = record.s3;
        out.push([bucket.name, object.decodedKey, object.size]);
      }
      return out;
    },
    peer: {
      name: '@aws-lambda-powertools/parser',
      run(raw) {
        const out: unknown[] = [];
        for (const record of S3Schema.parse(raw).Records) {
          out.push([
            record.s3.bucket.name,
            decodeKey(record.s3.object.key),
            record.s3.object.size,
          ]);
        }
        return out;
      },
    },
    budget: options.budget ?? 1.3,
  };
}

export const cases: BenchCase[] = [
  s3Case('S3, 1 record', 1),
  s3Case('S3, 100 records', 100),
  // The cost of the wrappers and field readers themselves: the event is parsed once, so the
  // row compares 100 records' reads (and key decoding) through evt against plain access.
  s3Case('S3, 100 records, reads only (parsed once)', 100, {
    parseOnce: true,
    budget: 2.5,
  }),
];
