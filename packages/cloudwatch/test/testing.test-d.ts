import { eventSource } from '@evt/core';
import type {
  CloudWatchAlarmEvent as AwsCloudWatchAlarmEvent,
  CloudWatchLogsEvent as AwsCloudWatchLogsEvent,
  CloudWatchAlarmHandler,
  CloudWatchLogsHandler,
  Context,
} from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  CloudWatchAlarmEvent,
  CloudWatchLogsEvent,
  type RawCloudWatchAlarmEvent,
  type RawCloudWatchDashboardCustomWidgetEvent,
  type RawCloudWatchLogsEvent,
} from '../src/index';
import {
  createCloudWatchAlarmEvent,
  createCloudWatchDashboardCustomWidgetEvent,
  createCloudWatchLogsEvent,
  type SampleCloudWatchAlarmEvent,
  type SampleCloudWatchCompositeAlarmConfiguration,
  type SampleCloudWatchLogsEvent,
  type SampleCloudWatchMetricAlarmConfiguration,
} from '../src/testing';

declare const context: Context;
const callback = (): undefined => undefined;

describe('createCloudWatchLogsEvent', () => {
  it('returns an event that fits @types/aws-lambda and the constructor without a cast', () => {
    const event: AwsCloudWatchLogsEvent = createCloudWatchLogsEvent({
      count: 2,
    });
    const raw: RawCloudWatchLogsEvent = createCloudWatchLogsEvent();
    const handler: CloudWatchLogsHandler = eventSource(
      CloudWatchLogsEvent,
      async (wrapped, lambdaContext) => {
        expectTypeOf(wrapped.parseLogsData().logGroup).toBeString();
        expectTypeOf(lambdaContext).toEqualTypeOf<Context>();
      }
    );

    expectTypeOf(
      createCloudWatchLogsEvent()
    ).toEqualTypeOf<SampleCloudWatchLogsEvent>();
    expectTypeOf(raw).toEqualTypeOf<RawCloudWatchLogsEvent>();
    expectTypeOf(handler).toBeCallableWith(event, context, callback);
  });

  it('takes log event changes at any depth', () => {
    createCloudWatchLogsEvent({
      record: { extractedFields: { level: 'INFO' } },
    });
    // @ts-expect-error: the timestamp is a number
    createCloudWatchLogsEvent({ record: { timestamp: 'now' } });
  });
});

describe('createCloudWatchAlarmEvent', () => {
  it('returns metric and composite alarms that fit CloudWatchAlarmHandler', () => {
    const metric: AwsCloudWatchAlarmEvent = createCloudWatchAlarmEvent();
    const composite: AwsCloudWatchAlarmEvent = createCloudWatchAlarmEvent({
      composite: true,
    });
    const raw: RawCloudWatchAlarmEvent = createCloudWatchAlarmEvent({
      event: { alarmData: { state: { reason: 'r' } } },
    });
    const handler: CloudWatchAlarmHandler = eventSource(
      CloudWatchAlarmEvent,
      async () => undefined
    );

    expectTypeOf(createCloudWatchAlarmEvent()).toEqualTypeOf<
      SampleCloudWatchAlarmEvent<SampleCloudWatchMetricAlarmConfiguration>
    >();
    expectTypeOf(createCloudWatchAlarmEvent({ composite: true })).toEqualTypeOf<
      SampleCloudWatchAlarmEvent<SampleCloudWatchCompositeAlarmConfiguration>
    >();
    expectTypeOf(raw).toEqualTypeOf<RawCloudWatchAlarmEvent>();
    expectTypeOf(handler).toBeCallableWith(metric, context, callback);
    expectTypeOf(handler).toBeCallableWith(composite, context, callback);
  });
});

describe('createCloudWatchDashboardCustomWidgetEvent', () => {
  it('returns an event the constructor takes, with changes at any depth', () => {
    const raw: RawCloudWatchDashboardCustomWidgetEvent =
      createCloudWatchDashboardCustomWidgetEvent({
        event: { widgetContext: { timeRange: { zoom: { start: 1 } } } },
      });

    expectTypeOf(raw).toEqualTypeOf<RawCloudWatchDashboardCustomWidgetEvent>();
  });
});
