import { KinesisStreamEvent, type RawKinesisStreamEvent } from '@evt/kinesis';

interface Reading {
  sensor: string;
  temperature: number;
  unit: string;
}

/** Reads JSON sensor readings from a Kinesis batch and summarises them. */
export const handler = async (raw: RawKinesisStreamEvent) => {
  const event = new KinesisStreamEvent<Reading>(raw);
  const readings = event.records.map((record) => ({
    partitionKey: record.kinesis.partitionKey,
    sequenceNumber: record.kinesis.sequenceNumber,
    sensor: record.kinesis.dataAsJson.sensor,
    temperature: record.kinesis.dataAsJson.temperature,
  }));
  return {
    stream: event.records[0]?.eventSourceArn,
    count: readings.length,
    maxTemperature: Math.max(...readings.map((reading) => reading.temperature)),
    readings,
    window: event.window
      ? { start: event.window.start, end: event.window.end, state: event.state }
      : undefined,
  };
};
