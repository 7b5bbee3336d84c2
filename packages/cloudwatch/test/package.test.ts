import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';
import * as testing from '../src/testing';

describe('@evt/cloudwatch', () => {
  it('is named after its folder', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

    expect(manifest.name).toBe('@evt/cloudwatch');
  });

  it('exports exactly its wrappers and the error classes', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'CloudWatchAlarmConfiguration',
        'CloudWatchAlarmData',
        'CloudWatchAlarmEvent',
        'CloudWatchAlarmMetric',
        'CloudWatchAlarmMetricStat',
        'CloudWatchAlarmState',
        'CloudWatchDashboardCustomWidgetEvent',
        'CloudWatchLogsDecodedData',
        'CloudWatchLogsEvent',
        'CloudWatchLogsLogEvent',
        'CloudWatchWidgetContext',
        'DecodeError',
        'isCloudWatchAlarmEvent',
        'isCloudWatchDashboardCustomWidgetEvent',
        'isCloudWatchLogsEvent',
        'EvtError',
        'FieldTypeError',
        'MissingFieldError',
        'PayloadTooLargeError',
        'ValidationError',
        'TimeRange',
        'TimeZone',
      ].sort()
    );
  });

  it('exports exactly its sample-event factories from /testing', () => {
    expect(Object.keys(testing).sort()).toEqual([
      'createCloudWatchAlarmEvent',
      'createCloudWatchDashboardCustomWidgetEvent',
      'createCloudWatchLogsEvent',
    ]);
  });
});
