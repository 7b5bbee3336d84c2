// An example handler for @evt/kinesis-analytics, generated with the package: replace it with a handler
// that does what a Amazon Kinesis Data Analytics function really does. `pnpm example` runs it on
// examples/events/kinesis-analytics-records.json.
import {
  KinesisAnalyticsOutputDeliveryEvent,
  type RawKinesisAnalyticsOutputDeliveryEvent,
} from '@evt/kinesis-analytics';

export const handler = async (raw: RawKinesisAnalyticsOutputDeliveryEvent) => {
  const event = new KinesisAnalyticsOutputDeliveryEvent<{ id: string }>(raw);
  return event.records.map((record) => ({
    change: record.eventName,
    region: record.awsRegion ?? 'unknown',
    item: record.jsonBody?.id,
  }));
};
