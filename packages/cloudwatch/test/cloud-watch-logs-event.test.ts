import { gzipSync } from 'node:zlib';
import { loadEvent } from '@evt/tooling-config/events';
import {
  counted,
  expectEvtError,
  jsonErrorOf,
  patchEvent,
} from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  CloudWatchLogsDecodedData,
  CloudWatchLogsEvent,
  CloudWatchLogsLogEvent,
  DecodeError,
  FieldTypeError,
  MissingFieldError,
  PayloadTooLargeError,
  type RawCloudWatchLogsEvent,
} from '../src/index';
import { createCloudWatchLogsEvent } from '../src/testing';

function sample(): CloudWatchLogsEvent {
  return new CloudWatchLogsEvent(
    loadEvent<RawCloudWatchLogsEvent>('cloud-watch-logs-event')
  );
}

function extracted(): CloudWatchLogsEvent {
  return new CloudWatchLogsEvent(
    loadEvent<RawCloudWatchLogsEvent>('cloud-watch-logs-event.extracted-fields')
  );
}

/** The documented sample, frozen, with other log data. */
function eventWithData(data: string): CloudWatchLogsEvent {
  return new CloudWatchLogsEvent(
    patchEvent<RawCloudWatchLogsEvent>('cloud-watch-logs-event', (event) => {
      event.awslogs.data = data;
    })
  );
}

function gzipBase64(text: string): string {
  return gzipSync(text).toString('base64');
}

describe('CloudWatchLogsEvent', () => {
  describe('rawLogsData', () => {
    it('returns the base64 data as sent', () => {
      const raw = loadEvent<RawCloudWatchLogsEvent>('cloud-watch-logs-event');

      const data = new CloudWatchLogsEvent(raw).rawLogsData;

      expect(data).toBe(raw.awslogs.data);
      expect(data.startsWith('H4sIAAAAAAAAA02QW2')).toBe(true);
      expect(data).toHaveLength(508);
    });
  });

  describe('decompressLogsData', () => {
    it('returns the inflated JSON bytes', () => {
      const event = sample();

      const bytes = event.decompressLogsData;

      expect(new TextDecoder().decode(bytes.subarray(0, 29))).toBe(
        '{"messageType":"DATA_MESSAGE"'
      );
      expect(bytes.byteLength).toBe(483);
    });

    it('returns the same bytes on every read', () => {
      const event = sample();

      const first = event.decompressLogsData;

      expect(event.decompressLogsData).toBe(first);
    });
  });

  describe('parseLogsData', () => {
    it('returns the decoded data', () => {
      const event = sample();

      const data = event.parseLogsData();

      expect(data).toBeInstanceOf(CloudWatchLogsDecodedData);
      expect(data.logGroup).toBe('/aws/lambda/echo-nodejs');
    });

    it('returns the same object on every call', () => {
      const event = sample();

      const first = event.parseLogsData();

      expect(event.parseLogsData()).toBe(first);
    });

    it('parses the data once', () => {
      const deserializer = counted(JSON.parse);
      const event = new CloudWatchLogsEvent(
        loadEvent<RawCloudWatchLogsEvent>('cloud-watch-logs-event'),
        { jsonDeserializer: deserializer }
      );

      event.parseLogsData();
      event.parseLogsData();

      expect(deserializer.calls).toBe(1);
    });

    it('uses the jsonDeserializer option', () => {
      const event = new CloudWatchLogsEvent(
        loadEvent<RawCloudWatchLogsEvent>('cloud-watch-logs-event'),
        {
          jsonDeserializer: (text) => ({
            ...JSON.parse(text),
            logGroup: 'replaced',
          }),
        }
      );

      const data = event.parseLogsData();

      expect(data.logGroup).toBe('replaced');
    });
  });
});

describe('CloudWatchLogsDecodedData', () => {
  describe('owner', () => {
    it('returns the account that owns the log group', () => {
      const data = sample().parseLogsData();

      expect(data.owner).toBe('123456789012');
    });
  });

  describe('logGroup', () => {
    it('returns the log group name', () => {
      const data = extracted().parseLogsData();

      expect(data.logGroup).toBe('apache/access');
    });
  });

  describe('logStream', () => {
    it('returns the log stream name', () => {
      const data = sample().parseLogsData();

      expect(data.logStream).toBe(
        '2019/03/13/[$LATEST]94fa867e5374431291a7fc14e2f56ae7'
      );
    });
  });

  describe('subscriptionFilters', () => {
    it('returns the matching subscription filter names', () => {
      const data = sample().parseLogsData();

      expect(data.subscriptionFilters).toEqual([
        'LambdaStream_cloudwatchlogs-node',
      ]);
    });

    it('returns an empty array when absent', () => {
      const event = eventWithData(
        gzipBase64(
          '{"owner":"1","logGroup":"g","logStream":"s","messageType":"CONTROL_MESSAGE","logEvents":[]}'
        )
      );

      expect(event.parseLogsData().subscriptionFilters).toEqual([]);
    });
  });

  describe('messageType', () => {
    it('returns the message type', () => {
      const data = sample().parseLogsData();

      expect(data.messageType).toBe('DATA_MESSAGE');
    });
  });

  describe('policyLevel', () => {
    it('returns the policy level when present', () => {
      const data = extracted().parseLogsData();

      expect(data.policyLevel).toBe('ACCOUNT_LEVEL_POLICY');
    });

    it('returns undefined when absent', () => {
      const data = sample().parseLogsData();

      expect(data.policyLevel).toBeUndefined();
    });
  });

  describe('logEvents', () => {
    it('returns one wrapper per log event, in order', () => {
      const data = extracted().parseLogsData();

      const logEvents = data.logEvents;

      expect(logEvents).toHaveLength(2);
      expect(logEvents[1]).toBeInstanceOf(CloudWatchLogsLogEvent);
      expect(logEvents[0]?.rawEvent).toBe(data.rawEvent.logEvents[0]);
      expect(logEvents[1]?.rawEvent).toBe(data.rawEvent.logEvents[1]);
    });

    it('returns the same array on every read', () => {
      const data = sample().parseLogsData();

      const first = data.logEvents;

      expect(data.logEvents).toBe(first);
    });
  });
});

describe('CloudWatchLogsLogEvent', () => {
  describe('id', () => {
    it('returns the log event ID', () => {
      const [logEvent] = sample().parseLogsData().logEvents;

      expect(logEvent?.id).toBe(
        '34622316099697884706540976068822859012661220141643892546'
      );
    });
  });

  describe('timestamp', () => {
    it('returns the time in milliseconds', () => {
      const [logEvent] = sample().parseLogsData().logEvents;

      expect(logEvent?.timestamp).toBe(1552518348220);
    });
  });

  describe('message', () => {
    it('returns the log message', () => {
      const [logEvent] = sample().parseLogsData().logEvents;

      expect(logEvent?.message).toBe(
        'REPORT RequestId: 6234bffe-149a-b642-81ff-2e8e376d8aff\tDuration: 46.84 ms\tBilled Duration: 47 ms \tMemory Size: 192 MB\tMax Memory Used: 72 MB\t\n'
      );
    });
  });

  describe('extractedFields', () => {
    it('returns the extracted fields', () => {
      const [logEvent] = extracted().parseLogsData().logEvents;

      const fields = logEvent?.extractedFields;

      expect(fields?.status_code).toBe('404');
      expect(fields).toEqual({
        ip: '127.0.0.1',
        user: '-',
        username: 'frank',
        timestamp: '10/Oct/2000:13:25:15 -0700',
        request: 'GET /apache_pb.gif HTTP/1.0',
        status_code: '404',
        bytes: '1534',
      });
    });

    it('returns an empty object when absent', () => {
      const logEvent = extracted().parseLogsData().logEvents[1];

      expect(logEvent?.extractedFields).toEqual({});
    });
  });
});

describe('createCloudWatchLogsEvent', () => {
  it('returns the documented sample without overrides', () => {
    const raw = createCloudWatchLogsEvent();

    expect(raw).toEqual(
      loadEvent<RawCloudWatchLogsEvent>('cloud-watch-logs-event')
    );
  });

  it('encodes the overridden log group, stream and messages', () => {
    const raw = createCloudWatchLogsEvent({
      logGroup: '/app',
      logStream: 'web-1',
      messages: ['started', 'stopped'],
    });

    const data = new CloudWatchLogsEvent(raw).parseLogsData();

    expect(data.logGroup).toBe('/app');
    expect(data.logStream).toBe('web-1');
    expect(data.logEvents.map((logEvent) => logEvent.message)).toEqual([
      'started',
      'stopped',
    ]);
    expect(data.logEvents[1]?.id).toBe(
      '34622316099697884706540976068822859012661220141643892547'
    );
    expect(data.logEvents[1]?.timestamp).toBe(1552518348221);
  });

  it('encodes the given log events and data fields', () => {
    const raw = createCloudWatchLogsEvent({
      records: [
        {
          id: '1',
          timestamp: 2,
          message: 'x',
          extractedFields: { level: 'INFO' },
        },
      ],
      data: { policyLevel: 'LOG_GROUP_LEVEL_POLICY' },
    });

    const data = new CloudWatchLogsEvent(raw).parseLogsData();

    expect(data.policyLevel).toBe('LOG_GROUP_LEVEL_POLICY');
    expect(data.logEvents).toHaveLength(1);
    expect(data.logEvents[0]?.id).toBe('1');
    expect(data.logEvents[0]?.extractedFields).toEqual({ level: 'INFO' });
  });

  it('builds as many log events as the count asks, with the changes merged', () => {
    const raw = createCloudWatchLogsEvent({
      count: 3,
      record: { extractedFields: { level: 'WARN' } },
    });

    const data = new CloudWatchLogsEvent(raw).parseLogsData();

    expect(data.logEvents.map((logEvent) => logEvent.timestamp)).toEqual([
      1552518348220, 1552518348221, 1552518348222,
    ]);
    expect(data.logEvents[2]?.extractedFields).toEqual({ level: 'WARN' });
    expect(data.logEvents[2]?.message).toBe(data.logEvents[0]?.message);
  });
});

describe('malformed input', () => {
  it('throws MissingFieldError when awslogs is missing', () => {
    const event = new CloudWatchLogsEvent({} as RawCloudWatchLogsEvent);

    expectEvtError(
      () => event.rawLogsData,
      MissingFieldError,
      'CloudWatchLogsEvent: awslogs.data is missing'
    );
  });

  it('throws FieldTypeError when data is not a string', () => {
    const event = new CloudWatchLogsEvent({
      awslogs: { data: 42 },
    } as unknown as RawCloudWatchLogsEvent);

    expectEvtError(
      () => event.parseLogsData(),
      FieldTypeError,
      'CloudWatchLogsEvent: awslogs.data must be string, got number'
    );
  });

  it('throws DecodeError when data is not base64', () => {
    const event = eventWithData('H4sI*not-base64*');

    expectEvtError(
      () => event.decompressLogsData,
      DecodeError,
      'CloudWatchLogsEvent: awslogs.data is not valid base64: unexpected character, padding or length'
    );
  });

  it('throws DecodeError when the gzip stream is truncated', () => {
    const full = gzipSync('{"owner":"123456789012"}');
    const event = eventWithData(full.subarray(0, 20).toString('base64'));

    expectEvtError(
      () => event.parseLogsData(),
      DecodeError,
      'CloudWatchLogsEvent: awslogs.data is not valid gzip/zlib data: unexpected end of file'
    );
  });

  it('throws DecodeError when the data is not compressed', () => {
    const event = eventWithData(Buffer.from('plain text').toString('base64'));

    expectEvtError(
      () => event.parseLogsData(),
      DecodeError,
      'CloudWatchLogsEvent: awslogs.data is not valid gzip/zlib data: incorrect header check'
    );
  });

  it('throws DecodeError when the inflated data is not UTF-8', () => {
    const event = eventWithData(
      gzipSync(Buffer.from([0x7b, 0xff, 0x7d])).toString('base64')
    );

    expectEvtError(
      () => event.parseLogsData(),
      DecodeError,
      'CloudWatchLogsEvent: awslogs.data is not valid UTF-8: invalid byte sequence'
    );
  });

  it('throws DecodeError when the inflated data is not JSON', () => {
    const event = eventWithData(gzipBase64('{"owner": '));

    const error = expectEvtError(
      () => event.parseLogsData(),
      DecodeError,
      `CloudWatchLogsEvent: awslogs.data is not valid JSON: ${jsonErrorOf('{"owner": ')}`
    );

    expect(error.cause).toBeUndefined();
  });

  it('throws FieldTypeError when the JSON is not an object', () => {
    const event = eventWithData(gzipBase64('[1,2]'));

    expectEvtError(
      () => event.parseLogsData(),
      FieldTypeError,
      'CloudWatchLogsEvent: awslogs.data must be object, got array'
    );
  });

  it('throws PayloadTooLargeError when the data inflates past the cap', () => {
    const event = new CloudWatchLogsEvent(
      loadEvent<RawCloudWatchLogsEvent>('cloud-watch-logs-event'),
      { maxInflatedBytes: 100 }
    );

    expectEvtError(
      () => event.parseLogsData(),
      PayloadTooLargeError,
      'CloudWatchLogsEvent: awslogs.data inflates to more than 100 bytes (maxInflatedBytes)'
    );
  });

  it('throws MissingFieldError naming the path inside the decoded data', () => {
    const event = eventWithData(
      gzipBase64('{"logEvents":[{"id":"1","timestamp":1}]}')
    );
    const data = event.parseLogsData();

    expectEvtError(
      () => data.owner,
      MissingFieldError,
      'CloudWatchLogsEvent: awslogs.data.owner is missing'
    );
    expectEvtError(
      () => data.logEvents[0]?.message,
      MissingFieldError,
      'CloudWatchLogsEvent: awslogs.data.logEvents[0].message is missing'
    );
  });

  it('throws FieldTypeError when logEvents is not an array', () => {
    const data = eventWithData(gzipBase64('{"logEvents":"x"}')).parseLogsData();

    expectEvtError(
      () => data.logEvents,
      FieldTypeError,
      'CloudWatchLogsEvent: awslogs.data.logEvents must be array, got string'
    );
  });

  it('throws FieldTypeError when an extracted field is not a string', () => {
    const data = eventWithData(
      gzipBase64('{"logEvents":[{"extractedFields":{"status":404}}]}')
    ).parseLogsData();

    expectEvtError(
      () => data.logEvents[0]?.extractedFields,
      FieldTypeError,
      'CloudWatchLogsEvent: awslogs.data.logEvents[0].extractedFields.status must be string, got number'
    );
  });

  it('throws FieldTypeError when a subscription filter is not a string', () => {
    const data = eventWithData(
      gzipBase64('{"subscriptionFilters":["a",1]}')
    ).parseLogsData();

    expectEvtError(
      () => data.subscriptionFilters,
      FieldTypeError,
      'CloudWatchLogsEvent: awslogs.data.subscriptionFilters[1] must be string, got number'
    );
  });
});
