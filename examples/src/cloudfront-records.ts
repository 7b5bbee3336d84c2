// An example handler for @evt/cloudfront, generated with the package: replace it with a handler
// that does what a Amazon CloudFront (Lambda@Edge) function really does. `pnpm example` runs it on
// examples/events/cloudfront-records.json.
import {
  CloudFrontRequestEvent,
  type RawCloudFrontRequestEvent,
} from '@evt/cloudfront';

export const handler = async (raw: RawCloudFrontRequestEvent) => {
  const event = new CloudFrontRequestEvent<{ id: string }>(raw);
  return event.records.map((record) => ({
    change: record.eventName,
    region: record.awsRegion ?? 'unknown',
    item: record.jsonBody?.id,
  }));
};
