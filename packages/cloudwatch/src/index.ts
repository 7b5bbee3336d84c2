// The errors evt throws, re-exported so that handlers can catch them (and TypeDoc can resolve
// the `@throws` links inherited from `EventWrapper`) without importing @evt/core.
export {
  DecodeError,
  EvtError,
  FieldTypeError,
  MissingFieldError,
  PayloadTooLargeError,
  ValidationError,
} from '@evt/core';
export {
  type CloudWatchAlarmActionsSuppressedBy,
  CloudWatchAlarmConfiguration,
  CloudWatchAlarmData,
  CloudWatchAlarmEvent,
  CloudWatchAlarmMetric,
  CloudWatchAlarmMetricStat,
  CloudWatchAlarmState,
  type CloudWatchAlarmStateValue,
  type RawCloudWatchAlarmConfiguration,
  type RawCloudWatchAlarmData,
  type RawCloudWatchAlarmEvent,
  type RawCloudWatchAlarmMetric,
  type RawCloudWatchAlarmMetricDefinition,
  type RawCloudWatchAlarmMetricStat,
  type RawCloudWatchAlarmState,
} from './cloud-watch-alarm-event';
export {
  CloudWatchDashboardCustomWidgetEvent,
  CloudWatchWidgetContext,
  type RawCloudWatchDashboardCustomWidgetEvent,
  type RawCloudWatchWidgetContext,
  type RawTimeRange,
  type RawTimeZone,
  TimeRange,
  TimeZone,
} from './cloud-watch-dashboard-custom-widget-event';
export {
  CloudWatchLogsDecodedData,
  CloudWatchLogsEvent,
  CloudWatchLogsLogEvent,
  type RawCloudWatchLogsDecodedData,
  type RawCloudWatchLogsEvent,
  type RawCloudWatchLogsLogEvent,
} from './cloud-watch-logs-event';
export {
  isCloudWatchAlarmEvent,
  isCloudWatchDashboardCustomWidgetEvent,
  isCloudWatchLogsEvent,
} from './guards';
