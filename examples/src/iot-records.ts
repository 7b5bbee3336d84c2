// An example handler for @evt/iot, generated with the package: replace it with a handler
// that does what a AWS IoT function really does. `pnpm example` runs it on
// examples/events/iot-records.json.
import { IoTCoreThingEvent, type RawIoTCoreThingEvent } from '@evt/iot';

export const handler = async (raw: RawIoTCoreThingEvent) => {
  const event = new IoTCoreThingEvent<{ id: string }>(raw);
  return event.records.map((record) => ({
    change: record.eventName,
    region: record.awsRegion ?? 'unknown',
    item: record.jsonBody?.id,
  }));
};
