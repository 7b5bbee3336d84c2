// The S3 example written with the Powertools TypeScript parser, for the size comparison.
import { S3Schema } from '@aws-lambda-powertools/parser/schemas/s3';

export const handler = async (event: unknown) => {
  const parsed = S3Schema.parse(event);
  return parsed.Records.map((record) => ({
    bucket: record.s3.bucket.name,
    key: decodeURIComponent(record.s3.object.key.replaceAll('+', ' ')),
  }));
};
