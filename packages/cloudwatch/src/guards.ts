import type { RawCloudWatchAlarmEvent } from './cloud-watch-alarm-event';
import type { RawCloudWatchDashboardCustomWidgetEvent } from './cloud-watch-dashboard-custom-widget-event';
import type { RawCloudWatchLogsEvent } from './cloud-watch-logs-event';

/** Any value's named fields, read without throwing on primitives, `null` or `undefined`. */
type Fields = { readonly [name: string]: unknown } | null | undefined;

/**
 * Whether a value is a CloudWatch Logs subscription event: it has `awslogs.data`, the
 * compressed log batch, as a string.
 */
export function isCloudWatchLogsEvent(
  raw: unknown
): raw is RawCloudWatchLogsEvent {
  const awslogs = (raw as Fields)?.awslogs as Fields;
  return typeof awslogs?.data === 'string';
}

/**
 * Whether a value is a CloudWatch alarm's Lambda action: `source` is `aws.cloudwatch` and it
 * has `alarmData`.
 */
export function isCloudWatchAlarmEvent(
  raw: unknown
): raw is RawCloudWatchAlarmEvent {
  const event = raw as Fields;
  return (
    event?.source === 'aws.cloudwatch' &&
    typeof event.alarmData === 'object' &&
    event.alarmData !== null
  );
}

/**
 * Whether a value is a call from a CloudWatch dashboard's custom widget: it has a
 * `widgetContext` naming its `dashboardName`.
 */
export function isCloudWatchDashboardCustomWidgetEvent(
  raw: unknown
): raw is RawCloudWatchDashboardCustomWidgetEvent {
  const context = (raw as Fields)?.widgetContext as Fields;
  return typeof context?.dashboardName === 'string';
}
