import { detect } from '@evt/detect';
import { isS3Event, S3Event } from '@evt/s3';
import { isSQSEvent, SQSEvent } from '@evt/sqs';

/**
 * An ingestion function wired to two sources: objects uploaded to a bucket (S3 notifications
 * sent straight to the function) and orders sent to a queue. The package guards route each
 * event to its wrapper, narrowed to its raw type; anything else is refused with what it looks
 * like, so a wrong trigger shows up plainly in the logs.
 */
export const handler = async (raw: unknown) => {
  if (isS3Event(raw)) {
    return {
      source: 'upload',
      keys: new S3Event(raw).records.map(
        (record) => record.s3.object.decodedKey
      ),
    };
  }
  if (isSQSEvent(raw)) {
    return {
      source: 'queue',
      messages: new SQSEvent(raw).records.map((record) => record.messageId),
    };
  }
  const seen = detect(raw);
  return {
    refused: seen
      ? `${seen.className} (${seen.package}) is not a source of this function`
      : 'not an AWS event evt reads',
  };
};
