import { gzipSync } from 'node:zlib';
import {
  decodeBase64,
  decodeUtf8,
  encodeBase64,
  inflate,
  parseJson,
  partitionOf,
} from '@evt/core';
import compositeAlarmFixture from '../test/events/cloud-watch-alarm-event.composite.json';
import alarmFixture from '../test/events/cloud-watch-alarm-event.json';
import widgetFixture from '../test/events/cloud-watch-dashboard-custom-widget-event.json';
import logsFixture from '../test/events/cloud-watch-logs-event.json';
import type {
  RawCloudWatchAlarmEvent,
  RawCloudWatchAlarmState,
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

/** Overrides for {@link createCloudWatchLogsEvent}. */
export interface CloudWatchLogsEventOverrides {
  /** The name of the log group (`logGroup` of the decoded data). */
  readonly logGroup?: string;
  /** The name of the log stream (`logStream` of the decoded data). */
  readonly logStream?: string;
  /** The log messages; each becomes a log event with a generated ID and timestamp. */
  readonly messages?: readonly string[];
  /** The log events, used as they are (replaces `messages`). */
  readonly logEvents?: readonly RawCloudWatchLogsLogEvent[];
  /** Any other field of the decoded data, merged over the sample's. */
  readonly data?: Partial<RawCloudWatchLogsDecodedData>;
}

// The decoded log data of the CloudWatch Logs sample event (Lambda developer guide), read from
// the fixture so that the sample exists once.
function sampleLogsData(): RawCloudWatchLogsDecodedData {
  return parseJson<RawCloudWatchLogsDecodedData>(
    decodeUtf8(inflate(decodeBase64(logsFixture.awslogs.data)))
  );
}

/**
 * Builds a CloudWatch Logs subscription event: the documented sample, or, with overrides, the
 * same decoded data changed as asked, gzipped and base64-encoded as CloudWatch Logs sends it.
 *
 * @param overrides The log group, log stream, messages or log events to use.
 * @returns A fresh event.
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
): RawCloudWatchLogsEvent {
  const { logGroup, logStream, messages, logEvents, data } = overrides;
  if (
    logGroup === undefined &&
    logStream === undefined &&
    messages === undefined &&
    logEvents === undefined &&
    data === undefined
  ) {
    return copy(logsFixture as RawCloudWatchLogsEvent);
  }
  const decoded: RawCloudWatchLogsDecodedData = {
    ...sampleLogsData(),
    ...copy(data),
  };
  if (logGroup !== undefined) decoded.logGroup = logGroup;
  if (logStream !== undefined) decoded.logStream = logStream;
  if (messages !== undefined) {
    decoded.logEvents = messages.map((message, index) => ({
      id: String(
        34622316099697884706540976068822859012661220141643892546n +
          BigInt(index)
      ),
      timestamp: 1552518348220 + index,
      message,
    }));
  }
  if (logEvents !== undefined) decoded.logEvents = copy([...logEvents]);
  return {
    awslogs: { data: encodeBase64(gzipSync(JSON.stringify(decoded))) },
  };
}

/** Overrides for {@link createCloudWatchAlarmEvent}. */
export interface CloudWatchAlarmEventOverrides {
  /** Start from the composite alarm sample instead of the metric alarm sample. */
  readonly composite?: boolean;
  /** The name of the alarm (`alarmData.alarmName`); the ARN follows it. */
  readonly alarmName?: string;
  /** The state the alarm entered (`alarmData.state.value`). */
  readonly state?: string;
  /** The state the alarm left (`alarmData.previousState.value`). */
  readonly previousState?: string;
  /** The reason for the new state (`alarmData.state.reason`). */
  readonly reason?: string;
  /** The reason data of the new state; objects are serialised to JSON. */
  readonly reasonData?: string | object;
  /** The AWS Region (`region`); the alarm ARN follows it, in the Region's partition. */
  readonly region?: string;
}

/**
 * Builds a CloudWatch alarm event from the documented metric alarm sample (or the composite
 * alarm sample), with convenience overrides.
 *
 * @param overrides The alarm name, states, reason and Region to use.
 * @returns A fresh event.
 */
export function createCloudWatchAlarmEvent(
  overrides: CloudWatchAlarmEventOverrides = {}
): RawCloudWatchAlarmEvent {
  const event = copy(
    (overrides.composite
      ? compositeAlarmFixture
      : alarmFixture) as RawCloudWatchAlarmEvent
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
  const state: RawCloudWatchAlarmState = alarmData.state;
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
  return event;
}

/** Overrides for {@link createCloudWatchDashboardCustomWidgetEvent}. */
export interface CloudWatchDashboardCustomWidgetEventOverrides {
  /** Whether the dashboard asks for the widget's documentation (`describe`). */
  readonly describe?: boolean;
  /** The name of the dashboard (`widgetContext.dashboardName`). */
  readonly dashboardName?: string;
  /** The ID of the widget (`widgetContext.widgetId`). */
  readonly widgetId?: string;
  /** The widget's parameters (`widgetContext.params`, also copied to the top level). */
  readonly params?: Readonly<Record<string, unknown>>;
  /** The values of the widget's form fields (`widgetContext.forms.all`). */
  readonly forms?: Readonly<Record<string, unknown>>;
}

/**
 * Builds a CloudWatch dashboard custom widget event from the documented sample, with
 * convenience overrides.
 *
 * @param overrides The dashboard name, widget ID, parameters and form values to use.
 * @returns A fresh event.
 */
export function createCloudWatchDashboardCustomWidgetEvent(
  overrides: CloudWatchDashboardCustomWidgetEventOverrides = {}
): RawCloudWatchDashboardCustomWidgetEvent {
  const context = copy(
    widgetFixture.widgetContext
  ) as RawCloudWatchWidgetContext;
  if (overrides.dashboardName !== undefined) {
    context.dashboardName = overrides.dashboardName;
  }
  if (overrides.widgetId !== undefined) context.widgetId = overrides.widgetId;
  if (overrides.forms !== undefined)
    context.forms = { all: copy(overrides.forms) };
  const event: RawCloudWatchDashboardCustomWidgetEvent =
    overrides.params === undefined
      ? { original: widgetFixture.original, widgetContext: context }
      : {
          ...copy(overrides.params),
          widgetContext: { ...context, params: copy(overrides.params) },
        };
  if (overrides.describe !== undefined) event.describe = overrides.describe;
  return event;
}
