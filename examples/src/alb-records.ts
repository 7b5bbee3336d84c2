// An example handler for @evt/alb, generated with the package: replace it with a handler
// that does what a Elastic Load Balancing function really does. `pnpm example` runs it on
// examples/events/alb-records.json.
import { ALBEvent, type RawALBEvent } from '@evt/alb';

export const handler = async (raw: RawALBEvent) => {
  const event = new ALBEvent<{ id: string }>(raw);
  return event.records.map((record) => ({
    change: record.eventName,
    region: record.awsRegion ?? 'unknown',
    item: record.jsonBody?.id,
  }));
};
