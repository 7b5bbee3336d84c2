import { loadEvent } from '@evt/config/events';
import {
  EventWrapper,
  FieldTypeError,
  MissingFieldError,
  requireString,
} from '@evt/core';
import { describe, expect, it } from 'vitest';
import {
  type CloudWatchLogsSubscriptionData,
  extractCloudWatchLogsFromEvent,
  extractCloudWatchLogsFromRecord,
} from '../src/cloudwatch-logs';
import {
  KinesisStreamEvent,
  type RawKinesisStreamEvent,
} from '../src/kinesis-stream-event';

class LogsData extends EventWrapper<CloudWatchLogsSubscriptionData> {
  static override readonly typeName: string = 'LogsData';

  get logGroup(): string {
    return requireString(this, this.raw.logGroup, 'logGroup');
  }

  get policyLevel(): string {
    return requireString(this, this.raw.policyLevel, 'policyLevel');
  }
}

function logsEvent(): KinesisStreamEvent {
  return new KinesisStreamEvent(
    loadEvent<RawKinesisStreamEvent>('kinesis-stream-event.cloudwatch-logs')
  );
}

function eventWithData(data: string): KinesisStreamEvent {
  const raw = loadEvent<RawKinesisStreamEvent>(
    'kinesis-stream-event.cloudwatch-logs',
    { frozen: false }
  );
  (raw.Records[0] as { kinesis: { data: string } }).kinesis.data = data;
  return new KinesisStreamEvent(raw);
}

const expected = loadEvent<CloudWatchLogsSubscriptionData>(
  'cloudwatch-logs-subscription-data'
);

describe('extractCloudWatchLogsFromRecord', () => {
  it('returns the decoded subscription payload', () => {
    const record = logsEvent().records[0];
    if (!record) throw new Error('no record');

    const data = extractCloudWatchLogsFromRecord(record);

    expect(data).toEqual(expected);
    expect(data.logGroup).toBe('CloudTrail/logs');
    expect(data.logEvents[2]?.id).toBe(
      '31953106606966983378809025079804211143289615424298221570'
    );
  });

  it('returns the payload wrapped in the given class', () => {
    const record = logsEvent().records[0];
    if (!record) throw new Error('no record');

    const data = extractCloudWatchLogsFromRecord(record, LogsData);

    expect(data).toBeInstanceOf(LogsData);
    expect(data.logGroup).toBe('CloudTrail/logs');
  });

  it('names the full path in errors of the given class', () => {
    const record = logsEvent().records[0];
    if (!record) throw new Error('no record');

    const data = extractCloudWatchLogsFromRecord(record, LogsData);

    expect(() => data.policyLevel).toThrow(MissingFieldError);
    expect(() => data.policyLevel).toThrow(
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
    const data = extractCloudWatchLogsFromEvent(logsEvent(), LogsData);

    expect(data.map((item) => item.logGroup)).toEqual(['CloudTrail/logs']);
  });
});

describe('malformed input', () => {
  it('throws FieldTypeError when the payload is not an object', () => {
    // gzip of the JSON text `[1]`
    const event = eventWithData('H4sIAAAAAAAAA4s2jAUAuDIvTAMAAAA=');

    expect(() => extractCloudWatchLogsFromEvent(event)).toThrow(FieldTypeError);
    expect(() => extractCloudWatchLogsFromEvent(event)).toThrow(
      'KinesisStreamEvent: Records[0].kinesis.data must be object, got array'
    );
  });

  it('throws FieldTypeError when the class gets a non-object', () => {
    const event = eventWithData('H4sIAAAAAAAAA4s2jAUAuDIvTAMAAAA=');

    expect(() => extractCloudWatchLogsFromEvent(event, LogsData)).toThrow(
      'KinesisStreamEvent: Records[0].kinesis.data must be object, got array'
    );
  });

  it('throws DecodeError when the data is not gzip', () => {
    const event = eventWithData('SGVsbG8=');

    expect(() => extractCloudWatchLogsFromEvent(event)).toThrow(
      'KinesisStreamEvent: Records[0].kinesis.data is not valid gzip/zlib data: incorrect header check'
    );
  });
});
