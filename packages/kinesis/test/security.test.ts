// Kinesis events under the December 2026 review: D1 (the inflate cap applied per record, so a
// 3 MiB event reached gigabytes), D2 (JSON parsing amplified memory below the cap) and D3
// (logging the event decoded, inflated and parsed every record).
import { inspect } from 'node:util';
import { gzipSync } from 'node:zlib';
import { PayloadTooLargeError } from '@evt/core';
import { describe, expect, it, vi } from 'vitest';
import {
  extractCloudWatchLogsFromEvent,
  KinesisStreamEvent,
  type RawKinesisStreamRecord,
} from '../src/index';
import { createKinesisStreamEvent } from '../src/testing';

/** A JSON string literal of `size` bytes. */
function jsonString(size: number): Buffer {
  const json = Buffer.alloc(size, 0x61);
  json.write('"');
  json.write('"', size - 1);
  return json;
}

/** A Kinesis event of `count` records, each a gzip of `json` (a JSON string of `size` bytes). */
function zippedEvent(count: number, size: number, json = jsonString(size)) {
  const data = gzipSync(json).toString('base64');
  const template = createKinesisStreamEvent()
    .Records[0] as RawKinesisStreamRecord;
  return createKinesisStreamEvent({
    records: Array.from({ length: count }, (_, index) => ({
      ...template,
      kinesis: { ...template.kinesis, data, sequenceNumber: `${index}` },
    })),
  });
}

describe('the inflate budget covers the whole event (D1)', () => {
  it('stops the batch when the records together pass maxInflatedBytes', () => {
    const event = new KinesisStreamEvent(zippedEvent(10, 300_000), {
      maxInflatedBytes: 1_000_000,
      maxJsonBytes: 10_000_000,
    });
    const read = event.records.map(
      (record) => () => record.kinesis.dataZlibCompressedAsJson
    );

    for (const first of read.slice(0, 3)) expect(first()).toHaveLength(299_998);
    expect(read[3]).toThrow(
      new PayloadTooLargeError(1_000_000, {
        className: 'KinesisStreamEvent',
        path: 'Records[3].kinesis.data',
      })
    );
    expect(read[3]).toThrow(
      'KinesisStreamEvent: Records[3].kinesis.data inflates to more than 1000000 bytes (maxInflatedBytes)'
    );
  });

  it('stops extractCloudWatchLogsFromEvent at the event budget', () => {
    const logs = JSON.stringify({
      messageType: 'DATA_MESSAGE',
      owner: '123456789012',
      logGroup: '/aws/lambda/app',
      logStream: 'stream',
      subscriptionFilters: ['all'],
      logEvents: [{ id: '1', timestamp: 1, message: 'm'.repeat(200_000) }],
    });
    const event = new KinesisStreamEvent(
      zippedEvent(40, 0, Buffer.from(logs)),
      {
        maxInflatedBytes: 1_000_000,
      }
    );
    const [first] = extractCloudWatchLogsFromEvent(
      new KinesisStreamEvent(zippedEvent(1, 0, Buffer.from(logs)))
    );

    expect(first?.logEvents[0]?.message).toHaveLength(200_000);

    expect(() => extractCloudWatchLogsFromEvent(event)).toThrow(
      PayloadTooLargeError
    );
  });
});

describe('the JSON budget covers the whole event (D2)', () => {
  it('refuses before parsing once the records together pass maxJsonBytes', () => {
    const parse = vi.fn(JSON.parse);
    const event = new KinesisStreamEvent(zippedEvent(5, 400_000), {
      maxJsonBytes: 1_000_000,
      jsonDeserializer: parse,
    });
    const [first, second, third] = event.records;

    expect(first?.kinesis.dataZlibCompressedAsJson).toHaveLength(399_998);
    expect(second?.kinesis.dataZlibCompressedAsJson).toHaveLength(399_998);
    expect(() => third?.kinesis.dataZlibCompressedAsJson).toThrow(
      "KinesisStreamEvent: Records[2].kinesis.data would pass the event's JSON budget of 1000000 bytes (maxJsonBytes)"
    );
    expect(parse).toHaveBeenCalledTimes(2);
  });
});

describe('logging the event decodes nothing (D3)', () => {
  it('shows every payload as not decoded, and inflates nothing', () => {
    const zlib = process.getBuiltinModule('node:zlib');
    const unzip = vi.spyOn(zlib, 'unzipSync');
    const event = new KinesisStreamEvent(zippedEvent(8, 1_000_000));

    const text = String(event);
    const inspected = inspect(event, { depth: Number.POSITIVE_INFINITY });

    expect(unzip).not.toHaveBeenCalled();
    expect(text.length).toBeLessThan(50_000);
    expect(inspected).toContain('[not decoded:');
    const kinesis = JSON.parse(text).records[0].kinesis;
    expect(kinesis.dataZlibCompressedAsJson).toMatch(
      /^\[not decoded: \d+ bytes\]$/
    );
    expect(kinesis.dataAsText).toMatch(/^\[not decoded: \d+ bytes\]$/);
    unzip.mockRestore();
  });
});
