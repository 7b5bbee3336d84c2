import {
  child,
  EventWrapper,
  mapOrEmpty,
  optionalChild,
  optionalNumber,
  optionalObject,
  optionalString,
  parseJson,
  requireBoolean,
  requireString,
  stringMapOrEmpty,
  UNSET,
  wrapEachOrEmpty,
} from '@evt/core';

/** A state an alarm can be in; other strings are allowed for values AWS may add. */
export type CloudWatchAlarmStateValue =
  | 'OK'
  | 'ALARM'
  | 'INSUFFICIENT_DATA'
  | (string & {});

/** Why a composite alarm's actions are suppressed; other strings are allowed for values AWS may add. */
export type CloudWatchAlarmActionsSuppressedBy =
  | 'Alarm'
  | 'ExtensionPeriod'
  | 'WaitPeriod'
  | (string & {});

/** One state of an alarm (current or previous), as AWS documents it. */
export interface RawCloudWatchAlarmState {
  /** The state: `OK`, `ALARM` or `INSUFFICIENT_DATA`. */
  value: string;
  /** Why the alarm entered the state, in words. */
  reason: string;
  /** A JSON document backing the reason: evaluated data points, threshold, triggering alarms. */
  reasonData?: string | undefined;
  /** Why the actions of a composite alarm are suppressed: `Alarm`, `WaitPeriod` or `ExtensionPeriod`. */
  actionsSuppressedBy?: string | undefined;
  /** The reason the actions are suppressed, in words. */
  actionsSuppressedReason?: string | undefined;
  /** When the alarm entered the state, in ISO 8601 format. */
  timestamp: string;
}

/** The metric a metric alarm watches, as AWS documents it. */
export interface RawCloudWatchAlarmMetricDefinition {
  /** The namespace of the metric, e.g. `AWS/Lambda`. */
  namespace: string;
  /** The name of the metric, e.g. `Invocations`. */
  name: string;
  /** The dimensions of the metric, by name. */
  dimensions?: Readonly<Record<string, string>> | undefined;
}

/** The metric and statistic a metric query evaluates, as AWS documents it. */
export interface RawCloudWatchAlarmMetricStat {
  /** The metric. */
  metric: RawCloudWatchAlarmMetricDefinition;
  /** The length of one evaluation period, in seconds. */
  period: number;
  /** The statistic, e.g. `Average` or `SampleCount`. */
  stat: string;
  /** The unit of the metric, e.g. `Percent`. */
  unit?: string | undefined;
}

/** One metric query of a metric alarm (a metric or a math expression), as AWS documents it. */
export interface RawCloudWatchAlarmMetric {
  /** The ID of the query, e.g. `m1` or `e1`. */
  id: string;
  /** The math expression the query computes, for an expression query. */
  expression?: string | undefined;
  /** The label of the query. */
  label?: string | undefined;
  /** Whether the query's result is the one the alarm evaluates. */
  returnData: boolean;
  /** The metric and statistic, for a metric query. */
  metricStat?: RawCloudWatchAlarmMetricStat | undefined;
}

/** The configuration of the alarm, as AWS documents it (metric and composite alarms). */
export interface RawCloudWatchAlarmConfiguration {
  /** The description of the alarm. */
  description?: string | undefined;
  /** The metric queries of a metric alarm. */
  metrics?: RawCloudWatchAlarmMetric[] | undefined;
  /** The rule of a composite alarm, e.g. `ALARM(a) OR ALARM(b)`. */
  alarmRule?: string | undefined;
  /** The alarm that suppresses a composite alarm's actions while it is in `ALARM`. */
  actionsSuppressor?: string | undefined;
  /** How long, in seconds, the composite alarm waits for the suppressor to go into `ALARM`. */
  actionsSuppressorWaitPeriod?: number | undefined;
  /** How long, in seconds, the composite alarm keeps actions suppressed after the suppressor leaves `ALARM`. */
  actionsSuppressorExtensionPeriod?: number | undefined;
}

/** The alarm part of the event, as AWS documents it. */
export interface RawCloudWatchAlarmData {
  /** The name of the alarm. */
  alarmName: string;
  /** The state the alarm entered. */
  state: RawCloudWatchAlarmState;
  /** The state the alarm left. */
  previousState: RawCloudWatchAlarmState;
  /** The configuration of the alarm. */
  configuration: RawCloudWatchAlarmConfiguration;
}

/** The event CloudWatch sends to a Lambda alarm action, as AWS documents it. */
export interface RawCloudWatchAlarmEvent {
  /** The source of the event: `aws.cloudwatch`. */
  source: string;
  /** The ARN of the alarm. */
  alarmArn: string;
  /** The AWS account ID the alarm belongs to. */
  accountId: string;
  /** When the alarm changed state, in ISO 8601 format. */
  time: string;
  /** The AWS Region of the alarm. */
  region: string;
  /** The alarm's name, states and configuration. */
  alarmData: RawCloudWatchAlarmData;
}

/**
 * One state of a CloudWatch alarm: the one it entered, or the one it left.
 *
 * @typeParam TReasonData The type `reasonData` parses to.
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html#Lambda-action-payload
 */
export class CloudWatchAlarmState<
  TReasonData = unknown,
> extends EventWrapper<RawCloudWatchAlarmState> {
  static override readonly typeName: string = 'CloudWatchAlarmState';
  #reasonDataDecoded: TReasonData | undefined | typeof UNSET = UNSET;

  /** The state: `OK`, `ALARM` or `INSUFFICIENT_DATA` (`value`). */
  get value(): CloudWatchAlarmStateValue {
    return requireString(this, this.raw.value, 'value');
  }

  /** The reason the alarm entered the state, in words (`reason`). */
  get reason(): string {
    return requireString(this, this.raw.reason, 'reason');
  }

  /**
   * The JSON document backing the reason: evaluated data points and threshold for a metric
   * alarm, triggering alarms for a composite alarm (`reasonData`). `undefined` when the state
   * has none.
   */
  get reasonData(): string | undefined {
    return optionalString(this, this.raw.reasonData, 'reasonData');
  }

  /**
   * The reason data parsed from JSON (`reasonData`), with the `jsonDeserializer` option.
   * Parsed once. `undefined` when the state has no reason data or it is empty.
   *
   * @throws {@link DecodeError} when the reason data is not JSON.
   * @example
   * ```ts
   * import { CloudWatchAlarmEvent, type RawCloudWatchAlarmEvent } from '@evt/cloudwatch';
   *
   * interface MetricReason { threshold: number; recentDatapoints: number[] }
   *
   * export const handler = async (raw: RawCloudWatchAlarmEvent) => {
   *   const event = new CloudWatchAlarmEvent<MetricReason>(raw);
   *   return event.alarmData.state.reasonDataDecoded?.threshold;
   * };
   * ```
   */
  get reasonDataDecoded(): TReasonData | undefined {
    if (this.#reasonDataDecoded === UNSET) {
      const text = this.reasonData;
      this.#reasonDataDecoded =
        text === undefined || text === ''
          ? undefined
          : parseJson<TReasonData>(text, { owner: this, path: 'reasonData' });
    }
    return this.#reasonDataDecoded;
  }

  /**
   * Why the actions of a composite alarm are suppressed in this state: `Alarm`, `WaitPeriod`
   * or `ExtensionPeriod` (`actionsSuppressedBy`). `undefined` when they are not.
   */
  get actionsSuppressedBy(): CloudWatchAlarmActionsSuppressedBy | undefined {
    return optionalString(
      this,
      this.raw.actionsSuppressedBy,
      'actionsSuppressedBy'
    );
  }

  /**
   * The reason the actions are suppressed, in words (`actionsSuppressedReason`). `undefined`
   * when they are not.
   */
  get actionsSuppressedReason(): string | undefined {
    return optionalString(
      this,
      this.raw.actionsSuppressedReason,
      'actionsSuppressedReason'
    );
  }

  /** The time the alarm entered the state, in ISO 8601 format (`timestamp`). */
  get timestamp(): string {
    return requireString(this, this.raw.timestamp, 'timestamp');
  }
}

/**
 * The metric and statistic one metric query of an alarm evaluates.
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html#Lambda-action-payload
 */
export class CloudWatchAlarmMetricStat extends EventWrapper<RawCloudWatchAlarmMetricStat> {
  static override readonly typeName: string = 'CloudWatchAlarmMetricStat';

  /** The length of one evaluation period, in seconds (`period`). `undefined` when absent. */
  get period(): number | undefined {
    return optionalNumber(this, this.raw.period, 'period');
  }

  /** The statistic, e.g. `Average` or `SampleCount` (`stat`). `undefined` when absent. */
  get stat(): string | undefined {
    return optionalString(this, this.raw.stat, 'stat');
  }

  /** The unit of the metric, e.g. `Percent` (`unit`). `undefined` when absent. */
  get unit(): string | undefined {
    return optionalString(this, this.raw.unit, 'unit');
  }

  /**
   * The metric: its namespace, name and dimensions (`metric`). Empty object when the query
   * has none.
   */
  get metric(): Readonly<Partial<RawCloudWatchAlarmMetricDefinition>> {
    return mapOrEmpty<
      RawCloudWatchAlarmMetricStat,
      Partial<RawCloudWatchAlarmMetricDefinition>
    >(this, this.raw.metric, 'metric');
  }

  /** The namespace of the metric, e.g. `AWS/Lambda` (`metric.namespace`). `undefined` when absent. */
  get namespace(): string | undefined {
    return optionalString(
      this,
      this.#metricObject?.namespace,
      'metric.namespace'
    );
  }

  /** The name of the metric, e.g. `Invocations` (`metric.name`). `undefined` when absent. */
  get metricName(): string | undefined {
    return optionalString(this, this.#metricObject?.name, 'metric.name');
  }

  /** The dimensions of the metric, by name (`metric.dimensions`). Empty object when it has none. */
  get dimensions(): Record<string, string> {
    return stringMapOrEmpty(
      this,
      this.#metricObject?.dimensions,
      'metric.dimensions'
    );
  }

  get #metricObject(): RawCloudWatchAlarmMetricDefinition | undefined {
    return optionalObject(this, this.raw.metric, 'metric');
  }
}

/**
 * One metric query of a metric alarm: a metric with a statistic, or a math expression over
 * other queries.
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html#Lambda-action-payload
 */
export class CloudWatchAlarmMetric extends EventWrapper<RawCloudWatchAlarmMetric> {
  static override readonly typeName: string = 'CloudWatchAlarmMetric';
  #metricStat: CloudWatchAlarmMetricStat | undefined | typeof UNSET = UNSET;

  /** The ID of the query, e.g. `m1` or `e1` (`id`). */
  get metricId(): string {
    return requireString(this, this.raw.id, 'id');
  }

  /** The ID of the query, e.g. `m1` or `e1` (`id`); the same value as `metricId`. */
  get id(): string {
    return requireString(this, this.raw.id, 'id');
  }

  /** The math expression the query computes, e.g. `m1/m2` (`expression`). `undefined` for a metric query. */
  get expression(): string | undefined {
    return optionalString(this, this.raw.expression, 'expression');
  }

  /** The label of the query (`label`). `undefined` when it has none. */
  get label(): string | undefined {
    return optionalString(this, this.raw.label, 'label');
  }

  /** The flag that says whether this query's result is the one the alarm evaluates (`returnData`). */
  get returnData(): boolean {
    return requireBoolean(this, this.raw.returnData, 'returnData');
  }

  /**
   * The metric and statistic the query evaluates (`metricStat`). `undefined` for an
   * expression query.
   */
  get metricStat(): CloudWatchAlarmMetricStat | undefined {
    if (this.#metricStat === UNSET) {
      this.#metricStat = optionalChild(
        this,
        'metricStat',
        CloudWatchAlarmMetricStat
      );
    }
    return this.#metricStat;
  }
}

/**
 * The configuration of a CloudWatch alarm: the metric queries of a metric alarm, or the rule
 * and action suppressor of a composite alarm.
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html#Lambda-action-payload
 */
export class CloudWatchAlarmConfiguration extends EventWrapper<RawCloudWatchAlarmConfiguration> {
  static override readonly typeName: string = 'CloudWatchAlarmConfiguration';
  #metrics?: CloudWatchAlarmMetric[];

  /** The description of the alarm (`description`). `undefined` when it has none. */
  get description(): string | undefined {
    return optionalString(this, this.raw.description, 'description');
  }

  /**
   * The rule of a composite alarm, e.g. `ALARM(a) OR ALARM(b)` (`alarmRule`). `undefined` for
   * a metric alarm.
   */
  get alarmRule(): string | undefined {
    return optionalString(this, this.raw.alarmRule, 'alarmRule');
  }

  /**
   * The name or ARN of the alarm that suppresses this composite alarm's actions while it is
   * in `ALARM` (`actionsSuppressor`). `undefined` when there is none.
   */
  get alarmActionsSuppressor(): string | undefined {
    return optionalString(
      this,
      this.raw.actionsSuppressor,
      'actionsSuppressor'
    );
  }

  /**
   * The time, in seconds, the composite alarm waits for the suppressor alarm to go into
   * `ALARM` (`actionsSuppressorWaitPeriod`). `undefined` when there is no suppressor.
   */
  get alarmActionsSuppressorWaitPeriod(): number | undefined {
    return optionalNumber(
      this,
      this.raw.actionsSuppressorWaitPeriod,
      'actionsSuppressorWaitPeriod'
    );
  }

  /**
   * The time, in seconds, the composite alarm keeps its actions suppressed after the
   * suppressor alarm leaves `ALARM` (`actionsSuppressorExtensionPeriod`). `undefined` when
   * there is no suppressor.
   */
  get alarmActionsSuppressorExtensionPeriod(): number | undefined {
    return optionalNumber(
      this,
      this.raw.actionsSuppressorExtensionPeriod,
      'actionsSuppressorExtensionPeriod'
    );
  }

  /**
   * The metric queries the alarm evaluates (`metrics`). Empty array for a composite alarm.
   */
  get metrics(): CloudWatchAlarmMetric[] {
    return (this.#metrics ??= wrapEachOrEmpty(
      this,
      'metrics',
      CloudWatchAlarmMetric
    ));
  }
}

/**
 * The alarm part of a CloudWatch alarm event: its name, the state it entered, the state it
 * left and its configuration.
 *
 * @typeParam TReasonData The type `reasonData` parses to.
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html#Lambda-action-payload
 */
export class CloudWatchAlarmData<
  TReasonData = unknown,
> extends EventWrapper<RawCloudWatchAlarmData> {
  static override readonly typeName: string = 'CloudWatchAlarmData';
  #state?: CloudWatchAlarmState<TReasonData>;
  #previousState?: CloudWatchAlarmState<TReasonData>;
  #configuration?: CloudWatchAlarmConfiguration;

  /** The name of the alarm (`alarmName`). */
  get alarmName(): string {
    return requireString(this, this.raw.alarmName, 'alarmName');
  }

  /** The state the alarm entered (`state`). */
  get state(): CloudWatchAlarmState<TReasonData> {
    return (this.#state ??= child(
      this,
      'state',
      CloudWatchAlarmState<TReasonData>
    ));
  }

  /** The state the alarm left (`previousState`). */
  get previousState(): CloudWatchAlarmState<TReasonData> {
    return (this.#previousState ??= child(
      this,
      'previousState',
      CloudWatchAlarmState<TReasonData>
    ));
  }

  /** The configuration of the alarm (`configuration`). */
  get configuration(): CloudWatchAlarmConfiguration {
    return (this.#configuration ??= child(
      this,
      'configuration',
      CloudWatchAlarmConfiguration
    ));
  }
}

/**
 * Wrapper for the event that CloudWatch sends when an alarm with a Lambda alarm action
 * changes state. Covers metric alarms, metric math alarms and composite alarms.
 *
 * @typeParam TReasonData The type each state's `reasonData` parses to.
 * @example
 * ```ts
 * import { CloudWatchAlarmEvent, type RawCloudWatchAlarmEvent } from '@evt/cloudwatch';
 *
 * export const handler = async (raw: RawCloudWatchAlarmEvent) => {
 *   const event = new CloudWatchAlarmEvent(raw);
 *   const { alarmName, state, previousState } = event.alarmData;
 *   console.log(`${alarmName}: ${previousState.value} -> ${state.value}`);
 *   return { arn: event.alarmArn, reason: state.reason };
 * };
 * ```
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html#Lambda-action-payload
 */
export class CloudWatchAlarmEvent<
  TReasonData = unknown,
> extends EventWrapper<RawCloudWatchAlarmEvent> {
  static override readonly typeName: string = 'CloudWatchAlarmEvent';
  #alarmData?: CloudWatchAlarmData<TReasonData>;

  /** The source of the event, `aws.cloudwatch` (`source`). */
  get source(): 'aws.cloudwatch' | (string & {}) {
    return requireString(this, this.raw.source, 'source');
  }

  /** The ARN of the alarm (`alarmArn`). */
  get alarmArn(): string {
    return requireString(this, this.raw.alarmArn, 'alarmArn');
  }

  /** The AWS Region of the alarm (`region`). */
  get region(): string {
    return requireString(this, this.raw.region, 'region');
  }

  /** The AWS account ID the alarm belongs to (`accountId`). */
  get sourceAccountId(): string {
    return requireString(this, this.raw.accountId, 'accountId');
  }

  /** The time the alarm changed state, in ISO 8601 format (`time`). */
  get timestamp(): string {
    return requireString(this, this.raw.time, 'time');
  }

  /** The alarm's name, the state it entered and left, and its configuration (`alarmData`). */
  get alarmData(): CloudWatchAlarmData<TReasonData> {
    return (this.#alarmData ??= child(
      this,
      'alarmData',
      CloudWatchAlarmData<TReasonData>
    ));
  }
}
