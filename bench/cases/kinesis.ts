import { KinesisDataStreamSchema } from '@aws-lambda-powertools/parser/schemas/kinesis';
import { KinesisStreamEvent } from '@evt/kinesis';
import type { BenchCase } from '../src/case';
import { middyHandler, middyNormalize } from '../src/middy';

interface Reading {
  sensor: string;
  temperature: number;
}

// A hundred records shaped like the sample of the Lambda Developer Guide (with-kinesis.html),
// each carrying a small base64 JSON reading as its data.
const event = JSON.stringify({
  Records: Array.from({ length: 100 }, (_, index) => {
    const sequenceNumber = `4959033827149025660855969253836157109592157598913${String(
      index
    ).padStart(7, '0')}`;
    return {
      kinesis: {
        kinesisSchemaVersion: '1.0',
        partitionKey: `thermostat-${index % 8}`,
        sequenceNumber,
        data: Buffer.from(
          JSON.stringify({
            sensor: `thermostat-${index % 8}`,
            temperature: 18 + (index % 10) / 4,
          })
        ).toString('base64'),
        approximateArrivalTimestamp: 1545084650.987 + index / 1000,
      },
      eventSource: 'aws:kinesis',
      eventVersion: '1.0',
      eventID: `shardId-000000000006:${sequenceNumber}`,
      eventName: 'aws:kinesis:record',
      invokeIdentityArn: 'arn:aws:iam::123456789012:role/lambda-role',
      awsRegion: 'us-east-2',
      eventSourceARN:
        'arn:aws:kinesis:us-east-2:123456789012:stream/lambda-stream',
    };
  }),
});

// What a Middy handler reads once the normalizer has decoded the event in place.
// biome-ignore lint/suspicious/noExplicitAny: the normalized event is untyped
function middyReads(event: any): unknown {
  const out: unknown[] = [];
  for (const record of event.Records) {
    out.push([
      record.kinesis.partitionKey,
      (record.kinesis.data as Reading).sensor,
      record.kinesis.sequenceNumber,
    ]);
  }
  return out;
}

// Each contender reads every record's partition key, the `sensor` of its base64 JSON data
// and its sequence number. Middy's normalizer decodes and parses every record's data in place;
// the Powertools parser first tries to gunzip it, then falls back to JSON.
export const cases: BenchCase[] = [
  {
    name: 'Kinesis, 100 base64 JSON records',
    event,
    contenders: {
      floor(raw) {
        const out: unknown[] = [];
        for (const record of raw.Records) {
          const data = JSON.parse(
            Buffer.from(record.kinesis.data, 'base64').toString('utf8')
          ) as Reading;
          out.push([
            record.kinesis.partitionKey,
            data.sensor,
            record.kinesis.sequenceNumber,
          ]);
        }
        return out;
      },
      evt(raw) {
        const out: unknown[] = [];
        for (const record of new KinesisStreamEvent<Reading>(raw).records) {
          const kinesis = record.kinesis;
          out.push([
            kinesis.partitionKey,
            kinesis.dataAsJson.sensor,
            kinesis.sequenceNumber,
          ]);
        }
        return out;
      },
      middy: middyHandler(middyReads),
      'middy-normalizer': (raw) => middyReads(middyNormalize(raw)),
      powertools(raw) {
        const out: unknown[] = [];
        for (const record of KinesisDataStreamSchema.parse(raw).Records) {
          out.push([
            record.kinesis.partitionKey,
            (record.kinesis.data as Reading).sensor,
            record.kinesis.sequenceNumber,
          ]);
        }
        return out;
      },
    },
  },
];
