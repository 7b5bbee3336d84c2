import { type RawS3Event, S3Event } from '@evt/s3';

/**
 * Handles `s3:ObjectCreated:*` notifications: lists every object that arrived, with its
 * bucket, its key decoded from the URL encoding S3 uses in notifications (`+` is a space),
 * and its size.
 */
export const handler = async (raw: RawS3Event) => {
  const event = new S3Event(raw);
  return {
    objects: event.records.map((record) => ({
      bucket: record.s3.bucket.name,
      key: record.s3.object.decodedKey,
      size: record.s3.object.size ?? null,
    })),
  };
};
