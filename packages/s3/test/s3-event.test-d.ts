import type {
  S3Event as AwsS3Event,
  S3EventRecord as AwsS3EventRecord,
  S3EventRecordGlacierEventData as AwsS3EventRecordGlacierEventData,
} from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type RawS3Event,
  type RawS3EventRecord,
  type RawS3EventRecordGlacierEventData,
  type S3Bucket,
  S3Event,
  type S3EventRecord,
  type S3EventRecordGlacierEventData,
  type S3Identity,
  type S3Message,
  type S3RequestParameters,
} from '../src/s3-event';
import type { S3Object } from '../src/s3-object';

describe('S3Event types', () => {
  it('accepts the @types/aws-lambda event', () => {
    expectTypeOf<AwsS3Event>().toExtend<RawS3Event>();
    expectTypeOf<AwsS3EventRecord>().toExtend<RawS3EventRecord>();
    expectTypeOf<AwsS3EventRecordGlacierEventData>().toExtend<RawS3EventRecordGlacierEventData>();
    expectTypeOf(S3Event).toBeConstructibleWith({} as AwsS3Event);
  });

  it('types the getters', () => {
    const event = new S3Event({} as RawS3Event);

    expectTypeOf(event.records).toEqualTypeOf<S3EventRecord[]>();
    expectTypeOf(event.record).toEqualTypeOf<S3EventRecord>();
    expectTypeOf(event.bucketName).toEqualTypeOf<string>();
    expectTypeOf(event.objectKey).toEqualTypeOf<string>();
    expectTypeOf(event.rawEvent).toEqualTypeOf<RawS3Event>();

    const record = event.record;
    expectTypeOf(record.eventName).toEqualTypeOf<string>();
    expectTypeOf(record.userIdentity).toEqualTypeOf<S3Identity>();
    expectTypeOf(record.requestParameters).toEqualTypeOf<S3RequestParameters>();
    expectTypeOf(record.responseElements).toEqualTypeOf<
      Readonly<Record<string, string>>
    >();
    expectTypeOf(record.s3).toEqualTypeOf<S3Message>();
    expectTypeOf(record.glacierEventData).toEqualTypeOf<
      S3EventRecordGlacierEventData | undefined
    >();
    expectTypeOf(record.s3.bucket).toEqualTypeOf<S3Bucket>();
    expectTypeOf(record.s3.object).toEqualTypeOf<S3Object>();
    expectTypeOf(record.s3.object.key).toEqualTypeOf<string>();
    expectTypeOf(record.s3.object.decodedKey).toEqualTypeOf<string>();
    expectTypeOf(record.s3.object.size).toEqualTypeOf<number | undefined>();
    expectTypeOf(record.s3.object.etag).toEqualTypeOf<string>();
    expectTypeOf(record.s3.object.versionId).toEqualTypeOf<
      string | undefined
    >();
    expectTypeOf(record.s3.object.sequencer).toEqualTypeOf<
      string | undefined
    >();
  });
});
