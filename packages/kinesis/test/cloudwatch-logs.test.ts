import { EventWrapper, requireString } from '@evt/core';
import { loadEvent } from '@evt/tooling-config/events';
import { expectEvtError, patchEvent } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  type CloudWatchLogsSubscriptionData,
  DecodeError,
  extractCloudWatchLogsFromEvent,
  extractCloudWatchLogsFromRecord,
  FieldTypeError,
  KinesisStreamEvent,
  type KinesisStreamRecord,
  MissingFieldError,
  type RawKinesisStreamEvent,
} from '../src/index';

class LogsData extends EventWrapper<CloudWatchLogsSubscriptionData> {
  static override readonly typeName: string = 'LogsData';

  get logGroup(): string {
    return requireString(this, this.raw.logGroup, 'logGroup');
  }

  get policyLevel(): string {
    return requireString(this, this.raw.policyLevel, 'policyLevel');
  }
}

const logsEvent = (): KinesisStreamEvent =>
  new KinesisStreamEvent(
    loadEvent<RawKinesisStreamEvent>('kinesis-stream-event.cloudwatch-logs')
  );

const firstRecord = (): KinesisStreamRecord =>
  logsEvent().records[0] as KinesisStreamRecord;

function eventWithData(data: string): KinesisStreamEvent {
  return new KinesisStreamEvent(
    patchEvent<RawKinesisStreamEvent>(
      'kinesis-stream-event.cloudwatch-logs',
      (event) => {
        (event.Records[0] as { kinesis: { data: string } }).kinesis.data = data;
      }
    )
  );
}

// gzip of the JSON text `[1]`
const GZIPPED_ARRAY = 'H4sIAAAAAAAAA4s2jAUAuDIvTAMAAAA=';

const expected = loadEvent<CloudWatchLogsSubscriptionData>(
  'cloudwatch-logs-subscription-data'
);

describe('extractCloudWatchLogsFromRecord', () => {
  it('returns the decoded subscription payload', () => {
    const data = extractCloudWatchLogsFromRecord(firstRecord());

    expect(data).toEqual(expected);
    expect(data.logGroup).toBe('CloudTrail/logs');
    expect(data.logEvents[2]?.id).toBe(
      '31953106606966983378809025079804211143289615424298221570'
    );
  });

  it('returns the payload the record has already decoded', () => {
    const record = firstRecord();

    const data = extractCloudWatchLogsFromRecord(record);

    expect(data).toBe(record.kinesis.dataZlibCompressedAsJson);
    expect(extractCloudWatchLogsFromRecord(record)).toBe(data);
  });

  it('returns the payload wrapped in the given class', () => {
    const record = firstRecord();

    const data = extractCloudWatchLogsFromRecord(record, LogsData);

    expect(data).toBeInstanceOf(LogsData);
    expect(data.rawEvent).toBe(record.kinesis.dataZlibCompressedAsJson);
    expect(data.logGroup).toBe('CloudTrail/logs');
  });

  it('names the full path in errors of the given class', () => {
    const data = extractCloudWatchLogsFromRecord(firstRecord(), LogsData);

    expectEvtError(
      () => data.policyLevel,
      MissingFieldError,
      'KinesisStreamEvent: Records[0].kinesis.data.policyLevel is missing'
    );
  });
});

describe('extractCloudWatchLogsFromEvent', () => {
  it('returns one decoded payload per record', () => {
    const data = extractCloudWatchLogsFromEvent(logsEvent());

    expect(data).toEqual([expected]);
  });

  it('returns one wrapper per record when given a class', () => {
    const event = logsEvent();

    const data = extractCloudWatchLogsFromEvent(event, LogsData);

    expect(data.map((item) => item.logGroup)).toEqual(['CloudTrail/logs']);
    expect(data[0]?.rawEvent).toBe(
      event.records[0]?.kinesis.dataZlibCompressedAsJson
    );
  });
});

describe('malformed input', () => {
  it('throws FieldTypeError when the payload is not an object', () => {
    expectEvtError(
      () => extractCloudWatchLogsFromEvent(eventWithData(GZIPPED_ARRAY)),
      FieldTypeError,
      'KinesisStreamEvent: Records[0].kinesis.data must be object, got array'
    );
  });

  it('throws FieldTypeError when the class gets a non-object', () => {
    expectEvtError(
      () =>
        extractCloudWatchLogsFromEvent(eventWithData(GZIPPED_ARRAY), LogsData),
      FieldTypeError,
      'KinesisStreamEvent: Records[0].kinesis.data must be object, got array'
    );
  });

  it('throws DecodeError when the data is not gzip', () => {
    expectEvtError(
      () => extractCloudWatchLogsFromEvent(eventWithData('SGVsbG8=')),
      DecodeError,
      'KinesisStreamEvent: Records[0].kinesis.data is not valid gzip/zlib data: incorrect header check'
    );
  });
});
