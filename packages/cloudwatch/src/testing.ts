import { gzipSync } from 'node:zlib';
import {
  decodeBase64,
  decodeUtf8,
  encodeBase64,
  inflate,
  parseJson,
  partitionOf,
} from '@evt/core';
import {
  type BatchOverrides,
  type DeepPartial,
  mergeDeep,
  type Sample,
  sampleRecords,
} from '@evt/core/testing';
import compositeAlarmFixture from '../test/events/cloud-watch-alarm-event.composite.json';
import alarmFixture from '../test/events/cloud-watch-alarm-event.json';
import widgetFixture from '../test/events/cloud-watch-dashboard-custom-widget-event.json';
import logsFixture from '../test/events/cloud-watch-logs-event.json';
import type {
  RawCloudWatchAlarmConfiguration,
  RawCloudWatchAlarmData,
  RawCloudWatchAlarmEvent,
  RawCloudWatchAlarmMetric,
  RawCloudWatchAlarmMetricStat,
} from './cloud-watch-alarm-event';
import type {
  RawCloudWatchDashboardCustomWidgetEvent,
  RawCloudWatchWidgetContext,
} from './cloud-watch-dashboard-custom-widget-event';
import type {
  RawCloudWatchLogsDecodedData,
  RawCloudWatchLogsEvent,
  RawCloudWatchLogsLogEvent,
} from './cloud-watch-logs-event';

function copy<T>(value: T): T {
  return structuredClone(value);
}

/** One log event as {@link createCloudWatchLogsEvent} builds it, before compression. */
export interface SampleCloudWatchLogsLogEvent
  extends Sample<RawCloudWatchLogsLogEvent> {}

/**
 * The event {@link createCloudWatchLogsEvent} returns: a fresh copy that fits both
 * `CloudWatchLogsEvent`'s constructor and the `CloudWatchLogsEvent` of `@types/aws-lambda`
 * (and so a `CloudWatchLogsHandler`).
 */
export interface SampleCloudWatchLogsEvent
  extends Sample<RawCloudWatchLogsEvent> {}

/**
 * Overrides for {@link createCloudWatchLogsEvent}. The count, `messages` and `records` each
 * set the number of log events; log events are copies of the sample's first one, with
 * consecutive IDs and timestamps.
 */
export interface CloudWatchLogsEventOverrides
  extends BatchOverrides<SampleCloudWatchLogsLogEvent> {
  /** The name of the log group (`logGroup` of the decoded data). */
  readonly logGroup?: string | undefined;
  /** The name of the log stream (`logStream` of the decoded data). */
  readonly logStream?: string | undefined;
  /** The log messages, one log event per item. */
  readonly messages?: readonly string[] | undefined;
  /** Any other field of the decoded data, merged over the sample's at any depth. */
  readonly data?:
    | DeepPartial<Sample<Omit<RawCloudWatchLogsDecodedData, 'logEvents'>>>
    | undefined;
}

// The decoded log data of the CloudWatch Logs sample event (Lambda developer guide), read from
// the fixture so that the sample exists once.
function sampleLogsData(): Sample<RawCloudWatchLogsDecodedData> {
  return parseJson<Sample<RawCloudWatchLogsDecodedData>>(
    decodeUtf8(inflate(decodeBase64(logsFixture.awslogs.data)))
  );
}

/**
 * Builds a CloudWatch Logs subscription event: the documented sample, or, with overrides, the
 * same decoded data changed as asked, gzipped and base64-encoded as CloudWatch Logs sends it.
 * The result fits the `CloudWatchLogsEvent` of `@types/aws-lambda` as it is.
 *
 * @param overrides The number of log events, the log group, log stream, messages, log event
 *   changes or decoded fields to use.
 * @returns A fresh event.
 * @throws {TypeError} when `count`, `messages` and `records` ask for different numbers of
 * log events.
 * @example
 * ```ts
 * import { CloudWatchLogsEvent } from '@evt/cloudwatch';
 * import { createCloudWatchLogsEvent } from '@evt/cloudwatch/testing';
 *
 * const raw = createCloudWatchLogsEvent({ logGroup: '/app', messages: ['started'] });
 * new CloudWatchLogsEvent(raw).parseLogsData().logEvents[0]?.message; // 'started'
 * ```
 */
export function createCloudWatchLogsEvent(
  overrides: CloudWatchLogsEventOverrides = {}
): SampleCloudWatchLogsEvent {
  if (Object.values(overrides).every((value) => value === undefined)) {
    return copy(logsFixture);
  }
  const { logGroup, logStream, messages } = overrides;
  const decoded = mergeDeep(sampleLogsData(), overrides.data);
  if (logGroup !== undefined) decoded.logGroup = logGroup;
  if (logStream !== undefined) decoded.logStream = logStream;
  const template = decoded.logEvents[0] as SampleCloudWatchLogsLogEvent;
  decoded.logEvents = sampleRecords(decoded.logEvents, overrides, {
    factory: 'createCloudWatchLogsEvent',
    lists: { messages },
    copy: (index) => ({
      ...copy(template),
      id: String(BigInt(template.id) + BigInt(index)),
      timestamp: template.timestamp + index,
    }),
    each: (logEvent, index) => {
      if (messages !== undefined) logEvent.message = messages[index] as string;
    },
  });
  return {
    awslogs: { data: encodeBase64(gzipSync(JSON.stringify(decoded))) },
  };
}

/** A query of a metric alarm that reads a metric, as {@link createCloudWatchAlarmEvent} builds it. */
export interface SampleCloudWatchAlarmMetricStatQuery
  extends Sample<Omit<RawCloudWatchAlarmMetric, 'metricStat'>> {
  /** The metric, statistic and period the query reads. */
  metricStat: Sample<RawCloudWatchAlarmMetricStat>;
}

/** A query of a metric alarm that computes an expression, as {@link createCloudWatchAlarmEvent} builds it. */
export interface SampleCloudWatchAlarmExpressionQuery
  extends Sample<Omit<RawCloudWatchAlarmMetric, 'expression' | 'label'>> {
  /** The math expression the query computes. */
  expression: string;
  /** The label of the expression's result. */
  label: string;
}

/** The configuration of a metric alarm as {@link createCloudWatchAlarmEvent} builds it. */
export interface SampleCloudWatchMetricAlarmConfiguration
  extends Sample<Omit<RawCloudWatchAlarmConfiguration, 'metrics'>> {
  /** The metric queries of the alarm. */
  metrics: (
    | SampleCloudWatchAlarmMetricStatQuery
    | SampleCloudWatchAlarmExpressionQuery
  )[];
}

/** The configuration of a composite alarm as {@link createCloudWatchAlarmEvent} builds it. */
export interface SampleCloudWatchCompositeAlarmConfiguration
  extends Sample<Omit<RawCloudWatchAlarmConfiguration, 'alarmRule'>> {
  /** The rule that combines the child alarms. */
  alarmRule: string;
}

/**
 * The event {@link createCloudWatchAlarmEvent} returns, with the alarm's configuration:
 * a fresh copy that fits both `CloudWatchAlarmEvent`'s constructor and the
 * `CloudWatchAlarmEvent` of `@types/aws-lambda` (and so a `CloudWatchAlarmHandler`).
 *
 * @typeParam TConfiguration The configuration of a metric or a composite alarm.
 */
export interface SampleCloudWatchAlarmEvent<
  TConfiguration =
    | SampleCloudWatchMetricAlarmConfiguration
    | SampleCloudWatchCompositeAlarmConfiguration,
> extends Sample<Omit<RawCloudWatchAlarmEvent, 'alarmData'>> {
  /** The alarm: its name, states and configuration. */
  alarmData: Sample<Omit<RawCloudWatchAlarmData, 'configuration'>> & {
    /** The configuration of the alarm. */
    configuration: TConfiguration;
  };
}

/** Overrides for {@link createCloudWatchAlarmEvent}. */
export interface CloudWatchAlarmEventOverrides {
  /** Start from the composite alarm sample instead of the metric alarm sample. */
  readonly composite?: boolean | undefined;
  /** The name of the alarm (`alarmData.alarmName`); the ARN follows it. */
  readonly alarmName?: string | undefined;
  /** The state the alarm entered (`alarmData.state.value`). */
  readonly state?: string | undefined;
  /** The state the alarm left (`alarmData.previousState.value`). */
  readonly previousState?: string | undefined;
  /** The reason for the new state (`alarmData.state.reason`). */
  readonly reason?: string | undefined;
  /** The reason data of the new state; objects are serialised to JSON. */
  readonly reasonData?: string | object | undefined;
  /** The AWS Region (`region`); the alarm ARN follows it, in the Region's partition. */
  readonly region?: string | undefined;
  /** Changes merged into the whole event, at any depth, applied last. */
  readonly event?: DeepPartial<SampleCloudWatchAlarmEvent> | undefined;
}

/**
 * Builds a CloudWatch alarm event from the documented composite alarm sample, with
 * convenience overrides.
 *
 * @param overrides The alarm name, states, reason, Region and event fields to use.
 * @returns A fresh event; it fits the `CloudWatchAlarmEvent` of `@types/aws-lambda`.
 */
export function createCloudWatchAlarmEvent(
  overrides: CloudWatchAlarmEventOverrides & { readonly composite: true }
): SampleCloudWatchAlarmEvent<SampleCloudWatchCompositeAlarmConfiguration>;
/**
 * Builds a CloudWatch alarm event from the documented metric alarm sample (or the composite
 * alarm sample), with convenience overrides.
 *
 * @param overrides The alarm name, states, reason, Region and event fields to use.
 * @returns A fresh event; it fits the `CloudWatchAlarmEvent` of `@types/aws-lambda`.
 */
export function createCloudWatchAlarmEvent(
  overrides?: CloudWatchAlarmEventOverrides & {
    readonly composite?: false | undefined;
  }
): SampleCloudWatchAlarmEvent<SampleCloudWatchMetricAlarmConfiguration>;
export function createCloudWatchAlarmEvent(
  overrides: CloudWatchAlarmEventOverrides = {}
): SampleCloudWatchAlarmEvent {
  const event = copy(
    (overrides.composite
      ? compositeAlarmFixture
      : alarmFixture) as SampleCloudWatchAlarmEvent
  );
  const { alarmData } = event;
  if (overrides.alarmName !== undefined) {
    alarmData.alarmName = overrides.alarmName;
    event.alarmArn = `arn:${partitionOf(event.region)}:cloudwatch:${event.region}:${event.accountId}:alarm:${overrides.alarmName}`;
  }
  if (overrides.region !== undefined) {
    // The ARN follows the Region, and names its partition (`arn:aws-cn:cloudwatch:cn-north-1:…`).
    const [, , ...rest] = event.alarmArn.split(':');
    rest[1] = overrides.region;
    event.alarmArn = `arn:${partitionOf(overrides.region)}:${rest.join(':')}`;
    event.region = overrides.region;
  }
  const { state } = alarmData;
  if (overrides.state !== undefined) state.value = overrides.state;
  if (overrides.reason !== undefined) state.reason = overrides.reason;
  if (overrides.reasonData !== undefined) {
    state.reasonData =
      typeof overrides.reasonData === 'string'
        ? overrides.reasonData
        : JSON.stringify(overrides.reasonData);
  }
  if (overrides.previousState !== undefined) {
    alarmData.previousState.value = overrides.previousState;
  }
  return mergeDeep(event, overrides.event);
}

/** The event {@link createCloudWatchDashboardCustomWidgetEvent} returns: a fresh, mutable copy. */
export interface SampleCloudWatchDashboardCustomWidgetEvent
  extends Sample<RawCloudWatchDashboardCustomWidgetEvent> {}

/** Overrides for {@link createCloudWatchDashboardCustomWidgetEvent}. */
export interface CloudWatchDashboardCustomWidgetEventOverrides {
  /** Whether the dashboard asks for the widget's documentation (`describe`). */
  readonly describe?: boolean | undefined;
  /** The name of the dashboard (`widgetContext.dashboardName`). */
  readonly dashboardName?: string | undefined;
  /** The ID of the widget (`widgetContext.widgetId`). */
  readonly widgetId?: string | undefined;
  /** The widget's parameters (`widgetContext.params`, also copied to the top level). */
  readonly params?: Readonly<Record<string, unknown>> | undefined;
  /** The values of the widget's form fields (`widgetContext.forms.all`). */
  readonly forms?: Readonly<Record<string, unknown>> | undefined;
  /** Changes merged into the whole event, at any depth, applied last. */
  readonly event?:
    | DeepPartial<SampleCloudWatchDashboardCustomWidgetEvent>
    | undefined;
}

/**
 * Builds a CloudWatch dashboard custom widget event from the documented sample, with
 * convenience overrides.
 *
 * @param overrides The dashboard name, widget ID, parameters, form values and event fields to
 *   use.
 * @returns A fresh event.
 */
export function createCloudWatchDashboardCustomWidgetEvent(
  overrides: CloudWatchDashboardCustomWidgetEventOverrides = {}
): SampleCloudWatchDashboardCustomWidgetEvent {
  const context = copy(
    widgetFixture.widgetContext
  ) as Sample<RawCloudWatchWidgetContext>;
  if (overrides.dashboardName !== undefined) {
    context.dashboardName = overrides.dashboardName;
  }
  if (overrides.widgetId !== undefined) context.widgetId = overrides.widgetId;
  if (overrides.forms !== undefined)
    context.forms = { all: copy(overrides.forms) };
  const event: SampleCloudWatchDashboardCustomWidgetEvent =
    overrides.params === undefined
      ? { original: widgetFixture.original, widgetContext: context }
      : {
          ...copy(overrides.params),
          widgetContext: { ...context, params: copy(overrides.params) },
        };
  if (overrides.describe !== undefined) event.describe = overrides.describe;
  return mergeDeep(event, overrides.event);
}
