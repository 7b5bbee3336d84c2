// The S3 example written with Middy and its event normalizer, for the size comparison: the
// normalizer decodes every object key in place.
import middy from '@middy/core';
import eventNormalizer from '@middy/event-normalizer';
import type { S3Event } from 'aws-lambda';

export const handler = middy<S3Event>()
  .use(eventNormalizer())
  .handler(async (event) => ({
    objects: event.Records.map((record) => ({
      bucket: record.s3.bucket.name,
      key: record.s3.object.key,
      size: record.s3.object.size ?? null,
    })),
  }));
