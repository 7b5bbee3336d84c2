import { S3Schema } from '@aws-lambda-powertools/parser/schemas/s3';
import { S3Event } from '@evt/s3';
import type { BenchCase } from '../src/case';
import { middyHandler, middyNormalize } from '../src/middy';

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

// What a Middy handler reads once the normalizer has decoded the event in place.
// biome-ignore lint/suspicious/noExplicitAny: the normalized event is untyped
function middyReads(event: any): unknown {
  const out: unknown[] = [];
  for (const record of event.Records) {
    out.push([
      record.s3.bucket.name,
      record.s3.object.key,
      record.s3.object.size,
    ]);
  }
  return out;
}

// Each contender reads every record's bucket name, key (decoded from S3's URL encoding) and
// size. Middy's normalizer decodes the keys in place; the others decode on read.
function s3Case(name: string, count: number): BenchCase {
  return {
    name,
    event: s3Event(count),
    contenders: {
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
      middy: middyHandler(middyReads),
      'middy-normalizer': (raw) => middyReads(middyNormalize(raw)),
      powertools(raw) {
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
  };
}

export const cases: BenchCase[] = [
  s3Case('S3, 1 record', 1),
  s3Case('S3, 100 records', 100),
];
