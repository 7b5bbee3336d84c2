import type { CloudWatchAlarmEvent as AwsCloudWatchAlarmEvent } from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type CloudWatchAlarmActionsSuppressedBy,
  type CloudWatchAlarmConfiguration,
  type CloudWatchAlarmData,
  CloudWatchAlarmEvent,
  type CloudWatchAlarmMetric,
  type CloudWatchAlarmMetricStat,
  type CloudWatchAlarmState,
  type CloudWatchAlarmStateValue,
  type RawCloudWatchAlarmEvent,
  type RawCloudWatchAlarmMetricDefinition,
} from '../src/index';

interface MetricReason {
  threshold: number;
  recentDatapoints: number[];
}

describe('CloudWatchAlarmEvent types', () => {
  it('accepts the @types/aws-lambda event type', () => {
    expectTypeOf<AwsCloudWatchAlarmEvent>().toExtend<RawCloudWatchAlarmEvent>();
  });

  it('types the getters', () => {
    const event = new CloudWatchAlarmEvent({} as RawCloudWatchAlarmEvent);
    expectTypeOf(event.source).toEqualTypeOf<
      'aws.cloudwatch' | (string & {})
    >();
    expectTypeOf(event.alarmArn).toEqualTypeOf<string>();
    expectTypeOf(event.region).toEqualTypeOf<string>();
    expectTypeOf(event.sourceAccountId).toEqualTypeOf<string>();
    expectTypeOf(event.timestamp).toEqualTypeOf<string>();
    expectTypeOf(event.alarmData).toEqualTypeOf<CloudWatchAlarmData<unknown>>();

    const { alarmData } = event;
    expectTypeOf(alarmData.alarmName).toEqualTypeOf<string>();
    expectTypeOf(alarmData.state).toEqualTypeOf<
      CloudWatchAlarmState<unknown>
    >();
    expectTypeOf(alarmData.previousState).toEqualTypeOf<
      CloudWatchAlarmState<unknown>
    >();
    expectTypeOf(
      alarmData.configuration
    ).toEqualTypeOf<CloudWatchAlarmConfiguration>();

    const { state } = alarmData;
    expectTypeOf(state.value).toEqualTypeOf<CloudWatchAlarmStateValue>();
    expectTypeOf(state.reason).toEqualTypeOf<string>();
    expectTypeOf(state.reasonData).toEqualTypeOf<string | undefined>();
    expectTypeOf(state.reasonDataDecoded).toEqualTypeOf<unknown>();
    expectTypeOf(state.actionsSuppressedBy).toEqualTypeOf<
      CloudWatchAlarmActionsSuppressedBy | undefined
    >();
    expectTypeOf(state.actionsSuppressedReason).toEqualTypeOf<
      string | undefined
    >();
    expectTypeOf(state.timestamp).toEqualTypeOf<string>();

    const { configuration } = alarmData;
    expectTypeOf(configuration.description).toEqualTypeOf<string | undefined>();
    expectTypeOf(configuration.alarmRule).toEqualTypeOf<string | undefined>();
    expectTypeOf(configuration.alarmActionsSuppressor).toEqualTypeOf<
      string | undefined
    >();
    expectTypeOf(configuration.alarmActionsSuppressorWaitPeriod).toEqualTypeOf<
      number | undefined
    >();
    expectTypeOf(
      configuration.alarmActionsSuppressorExtensionPeriod
    ).toEqualTypeOf<number | undefined>();
    expectTypeOf(configuration.metrics).toEqualTypeOf<
      CloudWatchAlarmMetric[]
    >();

    expectTypeOf<CloudWatchAlarmMetric['metricId']>().toEqualTypeOf<string>();
    expectTypeOf<CloudWatchAlarmMetric['id']>().toEqualTypeOf<string>();
    expectTypeOf<CloudWatchAlarmMetric['expression']>().toEqualTypeOf<
      string | undefined
    >();
    expectTypeOf<CloudWatchAlarmMetric['label']>().toEqualTypeOf<
      string | undefined
    >();
    expectTypeOf<
      CloudWatchAlarmMetric['returnData']
    >().toEqualTypeOf<boolean>();
    expectTypeOf<CloudWatchAlarmMetric['metricStat']>().toEqualTypeOf<
      CloudWatchAlarmMetricStat | undefined
    >();

    expectTypeOf<CloudWatchAlarmMetricStat['period']>().toEqualTypeOf<
      number | undefined
    >();
    expectTypeOf<CloudWatchAlarmMetricStat['stat']>().toEqualTypeOf<
      string | undefined
    >();
    expectTypeOf<CloudWatchAlarmMetricStat['unit']>().toEqualTypeOf<
      string | undefined
    >();
    expectTypeOf<CloudWatchAlarmMetricStat['metric']>().toEqualTypeOf<
      Readonly<Partial<RawCloudWatchAlarmMetricDefinition>>
    >();
    expectTypeOf<CloudWatchAlarmMetricStat['namespace']>().toEqualTypeOf<
      string | undefined
    >();
    expectTypeOf<CloudWatchAlarmMetricStat['metricName']>().toEqualTypeOf<
      string | undefined
    >();
    expectTypeOf<CloudWatchAlarmMetricStat['dimensions']>().toEqualTypeOf<
      Record<string, string>
    >();
  });

  it('carries the reason data type', () => {
    const event = new CloudWatchAlarmEvent<MetricReason>(
      {} as RawCloudWatchAlarmEvent
    );
    expectTypeOf(event.alarmData.state.reasonDataDecoded).toEqualTypeOf<
      MetricReason | undefined
    >();
    expectTypeOf(event.alarmData.previousState.reasonDataDecoded).toEqualTypeOf<
      MetricReason | undefined
    >();
  });
});
