import {
  CloudWatchAlarmEvent,
  type RawCloudWatchAlarmEvent,
} from '@evt/cloudwatch';

interface ReasonData {
  threshold?: number;
  recentDatapoints?: number[];
  triggeringAlarms?: { arn: string; state: { value: string } }[];
}

/**
 * A Lambda alarm action: routes an alarm state change by urgency and summarises what the
 * alarm watches (metric queries, or the rule and suppressor of a composite alarm).
 */
export const handler = async (raw: RawCloudWatchAlarmEvent) => {
  const event = new CloudWatchAlarmEvent<ReasonData>(raw);
  const { alarmName, state, previousState, configuration } = event.alarmData;
  const reason = state.reasonDataDecoded ?? previousState.reasonDataDecoded;
  return {
    alarm: alarmName,
    arn: event.alarmArn,
    account: event.sourceAccountId,
    region: event.region,
    at: event.timestamp,
    transition: `${previousState.value} -> ${state.value}`,
    urgent: state.value === 'ALARM' && previousState.value !== 'ALARM',
    reason: state.reason,
    threshold: reason?.threshold ?? null,
    triggeredBy: (reason?.triggeringAlarms ?? []).map((alarm) => alarm.arn),
    suppressed: previousState.actionsSuppressedBy ?? null,
    description: configuration.description ?? null,
    rule: configuration.alarmRule ?? null,
    suppressor: configuration.alarmActionsSuppressor ?? null,
    waitPeriod: configuration.alarmActionsSuppressorWaitPeriod ?? null,
    metrics: configuration.metrics.map((metric) => ({
      id: metric.id,
      returnData: metric.returnData,
      expression: metric.expression ?? null,
      metric: metric.metricStat
        ? `${metric.metricStat.namespace}/${metric.metricStat.metricName} (${metric.metricStat.stat}, ${metric.metricStat.period}s)`
        : null,
      dimensions: metric.metricStat?.dimensions ?? {},
    })),
  };
};
