import { loadEvent } from '@evt/tooling-config/events';
import {
  counted,
  expectEvtError,
  jsonErrorOf,
  patchEvent,
} from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  CloudWatchAlarmConfiguration,
  CloudWatchAlarmData,
  CloudWatchAlarmEvent,
  CloudWatchAlarmMetric,
  CloudWatchAlarmMetricStat,
  CloudWatchAlarmState,
  DecodeError,
  FieldTypeError,
  MissingFieldError,
  type RawCloudWatchAlarmEvent,
} from '../src/index';
import { createCloudWatchAlarmEvent } from '../src/testing';

function metricAlarm(): CloudWatchAlarmEvent {
  return new CloudWatchAlarmEvent(
    loadEvent<RawCloudWatchAlarmEvent>('cloud-watch-alarm-event')
  );
}

function mathAlarm(): CloudWatchAlarmEvent {
  return new CloudWatchAlarmEvent(
    loadEvent<RawCloudWatchAlarmEvent>('cloud-watch-alarm-event.metric-math')
  );
}

function compositeAlarm(): CloudWatchAlarmEvent {
  return new CloudWatchAlarmEvent(
    loadEvent<RawCloudWatchAlarmEvent>('cloud-watch-alarm-event.composite')
  );
}

/** The metric alarm sample, frozen, with other alarm data. */
function withAlarmData(alarmData: unknown): CloudWatchAlarmEvent {
  return new CloudWatchAlarmEvent(
    patchEvent<RawCloudWatchAlarmEvent>('cloud-watch-alarm-event', (event) => {
      event.alarmData = alarmData as never;
    })
  );
}

function raw(name = 'cloud-watch-alarm-event'): RawCloudWatchAlarmEvent {
  return loadEvent<RawCloudWatchAlarmEvent>(name);
}

describe('CloudWatchAlarmEvent', () => {
  describe('source', () => {
    it('returns aws.cloudwatch', () => {
      expect(metricAlarm().source).toBe('aws.cloudwatch');
    });
  });

  describe('alarmArn', () => {
    it('returns the ARN of the alarm', () => {
      expect(metricAlarm().alarmArn).toBe(
        'arn:aws:cloudwatch:us-east-1:444455556666:alarm:lambda-demo-metric-alarm'
      );
    });
  });

  describe('region', () => {
    it('returns the Region of the alarm', () => {
      expect(mathAlarm().region).toBe('eu-west-1');
    });
  });

  describe('sourceAccountId', () => {
    it('returns the account of the alarm', () => {
      expect(compositeAlarm().sourceAccountId).toBe('111122223333');
    });
  });

  describe('timestamp', () => {
    it('returns the time of the state change', () => {
      expect(metricAlarm().timestamp).toBe('2023-08-04T12:36:15.490+0000');
    });
  });

  describe('alarmData', () => {
    it('returns the alarm data, the same object on every read', () => {
      const input = raw();
      const event = new CloudWatchAlarmEvent(input);

      const alarmData = event.alarmData;

      expect(alarmData).toBeInstanceOf(CloudWatchAlarmData);
      expect(alarmData.rawEvent).toBe(input.alarmData);
      expect(event.alarmData).toBe(alarmData);
    });
  });
});

describe('CloudWatchAlarmData', () => {
  describe('alarmName', () => {
    it('returns the name of the alarm', () => {
      expect(compositeAlarm().alarmData.alarmName).toBe('CompositeDemo.Main');
    });
  });

  describe('state', () => {
    it('returns the new state, the same object on every read', () => {
      const input = raw();
      const alarmData = new CloudWatchAlarmEvent(input).alarmData;

      const state = alarmData.state;

      expect(state).toBeInstanceOf(CloudWatchAlarmState);
      expect(state.rawEvent).toBe(input.alarmData.state);
      expect(state.value).toBe('ALARM');
      expect(alarmData.state).toBe(state);
    });
  });

  describe('previousState', () => {
    it('returns the previous state, the same object on every read', () => {
      const input = raw();
      const alarmData = new CloudWatchAlarmEvent(input).alarmData;

      const previous = alarmData.previousState;

      expect(previous.rawEvent).toBe(input.alarmData.previousState);
      expect(previous.value).toBe('INSUFFICIENT_DATA');
      expect(alarmData.previousState).toBe(previous);
    });
  });

  describe('configuration', () => {
    it('returns the configuration, the same object on every read', () => {
      const input = raw();
      const alarmData = new CloudWatchAlarmEvent(input).alarmData;

      const configuration = alarmData.configuration;

      expect(configuration).toBeInstanceOf(CloudWatchAlarmConfiguration);
      expect(configuration.rawEvent).toBe(input.alarmData.configuration);
      expect(alarmData.configuration).toBe(configuration);
    });
  });
});

describe('CloudWatchAlarmState', () => {
  describe('value', () => {
    it('returns the state value', () => {
      expect(mathAlarm().alarmData.previousState.value).toBe('OK');
    });
  });

  describe('reason', () => {
    it('returns the reason in words', () => {
      expect(metricAlarm().alarmData.previousState.reason).toBe(
        'Insufficient Data: 5 datapoints were unknown.'
      );
    });
  });

  describe('reasonData', () => {
    it('returns the reason data as JSON text', () => {
      expect(mathAlarm().alarmData.state.reasonData).toBe(
        '{"version":"1.0","queryDate":"2024-02-17T11:53:08.423+0000","startDate":"2024-02-17T11:51:00.000+0000","statistic":"SampleCount","period":60,"recentDatapoints":[1.0],"threshold":10.0,"evaluatedDatapoints":[{"timestamp":"2024-02-17T11:51:00.000+0000","sampleCount":1.0,"value":1.0}]}'
      );
    });

    it('returns undefined when absent', () => {
      expect(metricAlarm().alarmData.state.reasonData).toBeUndefined();
    });
  });

  describe('reasonDataDecoded', () => {
    it('returns the parsed reason data of a metric alarm', () => {
      const state = metricAlarm().alarmData.previousState;

      const decoded = state.reasonDataDecoded as {
        threshold: number;
        evaluatedDatapoints: unknown[];
      };

      expect(decoded.threshold).toBe(5);
      expect(decoded.evaluatedDatapoints).toHaveLength(5);
    });

    it('returns the parsed triggering alarms of a composite alarm', () => {
      const state = compositeAlarm().alarmData.state;

      expect(state.reasonDataDecoded).toEqual({
        triggeringAlarms: [
          {
            arn: 'arn:aws:cloudwatch:us-east-1:111122223333:alarm:CompositeDemo.FirstChild',
            state: {
              value: 'ALARM',
              timestamp: '2023-08-04T12:54:46.138+0000',
            },
          },
        ],
      });
    });

    it('returns the same object on every read', () => {
      const state = mathAlarm().alarmData.state;

      const first = state.reasonDataDecoded;

      expect(state.reasonDataDecoded).toBe(first);
    });

    it('parses the reason data once', () => {
      const deserializer = counted(JSON.parse);
      const state = new CloudWatchAlarmEvent(
        raw('cloud-watch-alarm-event.metric-math'),
        { jsonDeserializer: deserializer }
      ).alarmData.state;

      state.reasonDataDecoded;
      state.reasonDataDecoded;

      expect(deserializer.calls).toBe(1);
    });

    it('returns undefined when there is no reason data', () => {
      expect(metricAlarm().alarmData.state.reasonDataDecoded).toBeUndefined();
    });

    it('returns undefined when the reason data is empty', () => {
      const event = new CloudWatchAlarmEvent(
        createCloudWatchAlarmEvent({ reasonData: '' })
      );

      expect(event.alarmData.state.reasonDataDecoded).toBeUndefined();
    });

    it('uses the jsonDeserializer option', () => {
      const event = new CloudWatchAlarmEvent(
        loadEvent<RawCloudWatchAlarmEvent>(
          'cloud-watch-alarm-event.metric-math'
        ),
        { jsonDeserializer: (text) => `parsed ${text.slice(2, 9)}` }
      );

      expect(event.alarmData.state.reasonDataDecoded).toBe('parsed version');
    });
  });

  describe('actionsSuppressedBy', () => {
    it('returns why the actions are suppressed', () => {
      expect(compositeAlarm().alarmData.previousState.actionsSuppressedBy).toBe(
        'WaitPeriod'
      );
    });

    it('returns undefined when the actions are not suppressed', () => {
      expect(
        compositeAlarm().alarmData.state.actionsSuppressedBy
      ).toBeUndefined();
    });
  });

  describe('actionsSuppressedReason', () => {
    it('returns the suppression reason', () => {
      expect(
        compositeAlarm().alarmData.previousState.actionsSuppressedReason
      ).toBe('Actions suppressed by WaitPeriod');
    });

    it('returns undefined when the actions are not suppressed', () => {
      expect(
        metricAlarm().alarmData.state.actionsSuppressedReason
      ).toBeUndefined();
    });
  });

  describe('timestamp', () => {
    it('returns the time the state was entered', () => {
      expect(compositeAlarm().alarmData.previousState.timestamp).toBe(
        '2023-08-04T12:54:46.138+0000'
      );
    });
  });
});

describe('CloudWatchAlarmConfiguration', () => {
  describe('description', () => {
    it('returns the description', () => {
      expect(metricAlarm().alarmData.configuration.description).toBe(
        'Metric Alarm to test Lambda actions'
      );
    });

    it('returns undefined when absent', () => {
      expect(
        compositeAlarm().alarmData.configuration.description
      ).toBeUndefined();
    });
  });

  describe('alarmRule', () => {
    it('returns the rule of a composite alarm', () => {
      expect(compositeAlarm().alarmData.configuration.alarmRule).toBe(
        'ALARM(CompositeDemo.FirstChild) OR ALARM(CompositeDemo.SecondChild)'
      );
    });

    it('returns undefined for a metric alarm', () => {
      expect(metricAlarm().alarmData.configuration.alarmRule).toBeUndefined();
    });
  });

  describe('alarmActionsSuppressor', () => {
    it('returns the suppressor alarm', () => {
      expect(
        compositeAlarm().alarmData.configuration.alarmActionsSuppressor
      ).toBe('CompositeDemo.ActionsSuppressor');
    });

    it('returns undefined when there is none', () => {
      expect(
        metricAlarm().alarmData.configuration.alarmActionsSuppressor
      ).toBeUndefined();
    });
  });

  describe('alarmActionsSuppressorWaitPeriod', () => {
    it('returns the wait period in seconds', () => {
      expect(
        compositeAlarm().alarmData.configuration
          .alarmActionsSuppressorWaitPeriod
      ).toBe(120);
    });

    it('returns undefined when there is no suppressor', () => {
      expect(
        mathAlarm().alarmData.configuration.alarmActionsSuppressorWaitPeriod
      ).toBeUndefined();
    });
  });

  describe('alarmActionsSuppressorExtensionPeriod', () => {
    it('returns the extension period in seconds', () => {
      expect(
        compositeAlarm().alarmData.configuration
          .alarmActionsSuppressorExtensionPeriod
      ).toBe(180);
    });

    it('returns undefined when there is no suppressor', () => {
      expect(
        metricAlarm().alarmData.configuration
          .alarmActionsSuppressorExtensionPeriod
      ).toBeUndefined();
    });
  });

  describe('metrics', () => {
    it('returns one wrapper per metric query', () => {
      const input = raw('cloud-watch-alarm-event.metric-math');
      const configuration = new CloudWatchAlarmEvent(input).alarmData
        .configuration;

      const metrics = configuration.metrics;

      expect(metrics.map((metric) => metric.id)).toEqual(['e1', 'm1', 'm2']);
      expect(metrics[0]).toBeInstanceOf(CloudWatchAlarmMetric);
      expect(metrics[2]?.rawEvent).toBe(
        input.alarmData.configuration.metrics?.[2]
      );
      expect(configuration.metrics).toBe(metrics);
    });

    it('returns an empty array for a composite alarm', () => {
      expect(compositeAlarm().alarmData.configuration.metrics).toEqual([]);
    });
  });
});

describe('CloudWatchAlarmMetric', () => {
  describe('metricId', () => {
    it('returns the query ID', () => {
      expect(metricAlarm().alarmData.configuration.metrics[0]?.metricId).toBe(
        '1234e046-06f0-a3da-9534-EXAMPLEe4c'
      );
    });
  });

  describe('id', () => {
    it('returns the query ID', () => {
      expect(mathAlarm().alarmData.configuration.metrics[2]?.id).toBe('m2');
    });
  });

  describe('expression', () => {
    it('returns the math expression', () => {
      expect(mathAlarm().alarmData.configuration.metrics[0]?.expression).toBe(
        'm1/m2'
      );
    });

    it('returns undefined for a metric query', () => {
      expect(
        mathAlarm().alarmData.configuration.metrics[1]?.expression
      ).toBeUndefined();
    });
  });

  describe('label', () => {
    it('returns the label', () => {
      expect(mathAlarm().alarmData.configuration.metrics[0]?.label).toBe(
        'Expression1'
      );
    });

    it('returns undefined when absent', () => {
      expect(
        metricAlarm().alarmData.configuration.metrics[0]?.label
      ).toBeUndefined();
    });
  });

  describe('returnData', () => {
    it('returns whether the query is the one evaluated', () => {
      const [expression, metric] = mathAlarm().alarmData.configuration.metrics;

      expect(expression?.returnData).toBe(true);
      expect(metric?.returnData).toBe(false);
    });
  });

  describe('metricStat', () => {
    it('returns the metric and statistic, the same object on every read', () => {
      const input = raw();
      const metric = new CloudWatchAlarmEvent(input).alarmData.configuration
        .metrics[0];

      const stat = metric?.metricStat;

      expect(stat).toBeInstanceOf(CloudWatchAlarmMetricStat);
      expect(stat?.rawEvent).toBe(
        input.alarmData.configuration.metrics?.[0]?.metricStat
      );
      expect(metric?.metricStat).toBe(stat);
    });

    it('returns undefined for an expression query', () => {
      expect(
        mathAlarm().alarmData.configuration.metrics[0]?.metricStat
      ).toBeUndefined();
    });
  });
});

describe('CloudWatchAlarmMetricStat', () => {
  function stat(): CloudWatchAlarmMetricStat | undefined {
    return metricAlarm().alarmData.configuration.metrics[0]?.metricStat;
  }

  function mathStat(): CloudWatchAlarmMetricStat | undefined {
    return mathAlarm().alarmData.configuration.metrics[1]?.metricStat;
  }

  describe('period', () => {
    it('returns the period in seconds', () => {
      expect(stat()?.period).toBe(60);
    });
  });

  describe('stat', () => {
    it('returns the statistic', () => {
      expect(mathStat()?.stat).toBe('SampleCount');
    });
  });

  describe('unit', () => {
    it('returns the unit', () => {
      expect(stat()?.unit).toBe('Percent');
    });

    it('returns undefined when absent', () => {
      expect(mathStat()?.unit).toBeUndefined();
    });
  });

  describe('metric', () => {
    it('returns the metric', () => {
      expect(stat()?.metric).toEqual({
        namespace: 'AWS/Logs',
        name: 'CallCount',
        dimensions: { InstanceId: 'i-12345678' },
      });
    });

    it('returns an empty object when absent', () => {
      const event = withAlarmData({
        configuration: { metrics: [{ id: 'm1', metricStat: {} }] },
      });

      const metricStat = event.alarmData.configuration.metrics[0]?.metricStat;

      expect(metricStat?.metric).toEqual({});
      expect(metricStat?.period).toBeUndefined();
      expect(metricStat?.stat).toBeUndefined();
      expect(metricStat?.namespace).toBeUndefined();
      expect(metricStat?.metricName).toBeUndefined();
      expect(metricStat?.dimensions).toEqual({});
    });
  });

  describe('namespace', () => {
    it('returns the metric namespace', () => {
      expect(mathStat()?.namespace).toBe('AWS/Lambda');
    });
  });

  describe('metricName', () => {
    it('returns the metric name', () => {
      expect(stat()?.metricName).toBe('CallCount');
    });
  });

  describe('dimensions', () => {
    it('returns the metric dimensions', () => {
      expect(stat()?.dimensions).toEqual({ InstanceId: 'i-12345678' });
    });

    it('returns an empty object when the metric has none', () => {
      expect(mathStat()?.dimensions).toEqual({});
    });
  });
});

describe('createCloudWatchAlarmEvent', () => {
  it('returns the metric alarm sample without overrides', () => {
    expect(createCloudWatchAlarmEvent()).toEqual(
      loadEvent<RawCloudWatchAlarmEvent>('cloud-watch-alarm-event')
    );
  });

  it('returns the composite alarm sample when asked', () => {
    expect(createCloudWatchAlarmEvent({ composite: true })).toEqual(
      loadEvent<RawCloudWatchAlarmEvent>('cloud-watch-alarm-event.composite')
    );
  });

  it.each([
    ['cn-northwest-1', 'aws-cn'],
    ['us-gov-east-1', 'aws-us-gov'],
    ['us-isob-east-1', 'aws-iso-b'],
  ])('names the partition of %s in the alarm ARN', (region, partition) => {
    const event = new CloudWatchAlarmEvent(
      createCloudWatchAlarmEvent({ region })
    );

    expect(event.alarmArn).toBe(
      `arn:${partition}:cloudwatch:${region}:444455556666:alarm:lambda-demo-metric-alarm`
    );
  });

  it('keeps the name in the ARN of the composite sample when only the Region changes', () => {
    const event = new CloudWatchAlarmEvent(
      createCloudWatchAlarmEvent({ composite: true, region: 'cn-north-1' })
    );

    expect(event.alarmArn).toBe(
      'arn:aws-cn:cloudwatch:cn-north-1:111122223333:alarm:SuppressionDemo.Main'
    );
  });

  it('applies the overrides', () => {
    const event = new CloudWatchAlarmEvent(
      createCloudWatchAlarmEvent({
        alarmName: 'orders-errors',
        region: 'eu-central-1',
        state: 'OK',
        previousState: 'ALARM',
        reason: 'recovered',
        reasonData: { threshold: 1 },
      })
    );

    expect(event.alarmArn).toBe(
      'arn:aws:cloudwatch:eu-central-1:444455556666:alarm:orders-errors'
    );
    expect(event.region).toBe('eu-central-1');
    expect(event.alarmData.alarmName).toBe('orders-errors');
    expect(event.alarmData.state.value).toBe('OK');
    expect(event.alarmData.state.reason).toBe('recovered');
    expect(event.alarmData.state.reasonDataDecoded).toEqual({ threshold: 1 });
    expect(event.alarmData.previousState.value).toBe('ALARM');
  });

  it('returns a fresh copy on every call', () => {
    const first = createCloudWatchAlarmEvent();

    first.alarmData.alarmName = 'changed';

    expect(createCloudWatchAlarmEvent().alarmData.alarmName).toBe(
      'lambda-demo-metric-alarm'
    );
  });

  it('merges event changes at any depth, after the overrides', () => {
    const event = new CloudWatchAlarmEvent(
      createCloudWatchAlarmEvent({
        state: 'OK',
        event: { alarmData: { state: { reason: 'changed' } } },
      })
    );

    expect(event.alarmData.state.value).toBe('OK');
    expect(event.alarmData.state.reason).toBe('changed');
    expect(event.alarmData.previousState.value).toBe('INSUFFICIENT_DATA');
  });
});

describe('malformed input', () => {
  it('throws MissingFieldError when alarmData is missing', () => {
    const event = withAlarmData(undefined);

    expectEvtError(
      () => event.alarmData,
      MissingFieldError,
      'CloudWatchAlarmEvent: alarmData is missing'
    );
  });

  it('throws MissingFieldError when the alarm ARN is missing', () => {
    const event = new CloudWatchAlarmEvent({} as RawCloudWatchAlarmEvent);

    expectEvtError(
      () => event.alarmArn,
      MissingFieldError,
      'CloudWatchAlarmEvent: alarmArn is missing'
    );
  });

  it('throws FieldTypeError naming the nested path', () => {
    const event = withAlarmData({ state: { value: 3 } });

    expectEvtError(
      () => event.alarmData.state.value,
      FieldTypeError,
      'CloudWatchAlarmEvent: alarmData.state.value must be string, got number'
    );
  });

  it('throws FieldTypeError when a state is not an object', () => {
    const event = withAlarmData({ previousState: 'OK' });

    expectEvtError(
      () => event.alarmData.previousState,
      FieldTypeError,
      'CloudWatchAlarmEvent: alarmData.previousState must be object, got string'
    );
  });

  it('throws DecodeError when the reason data is not JSON', () => {
    const event = withAlarmData({
      state: { reasonData: '{"version": "1.0", "queryDate: "x"}' },
    });

    const error = expectEvtError(
      () => event.alarmData.state.reasonDataDecoded,
      DecodeError,
      `CloudWatchAlarmEvent: alarmData.state.reasonData is not valid JSON: ${jsonErrorOf('{"version": "1.0", "queryDate: "x"}')}`
    );

    expect(error.cause).toBeUndefined();
  });

  it('throws FieldTypeError when metrics is not an array', () => {
    const event = withAlarmData({ configuration: { metrics: {} } });

    expectEvtError(
      () => event.alarmData.configuration.metrics,
      FieldTypeError,
      'CloudWatchAlarmEvent: alarmData.configuration.metrics must be array, got object'
    );
  });

  it('throws FieldTypeError when a metric query is not an object', () => {
    const event = withAlarmData({ configuration: { metrics: [null] } });

    expectEvtError(
      () => event.alarmData.configuration.metrics,
      MissingFieldError,
      'CloudWatchAlarmEvent: alarmData.configuration.metrics[0] is missing'
    );
  });

  it('throws MissingFieldError when returnData is missing', () => {
    const event = withAlarmData({ configuration: { metrics: [{ id: 'm1' }] } });

    expectEvtError(
      () => event.alarmData.configuration.metrics[0]?.returnData,
      MissingFieldError,
      'CloudWatchAlarmEvent: alarmData.configuration.metrics[0].returnData is missing'
    );
  });

  it('throws FieldTypeError when metricStat is not an object', () => {
    const event = withAlarmData({
      configuration: { metrics: [{ metricStat: [] }] },
    });

    expectEvtError(
      () => event.alarmData.configuration.metrics[0]?.metricStat,
      FieldTypeError,
      'CloudWatchAlarmEvent: alarmData.configuration.metrics[0].metricStat must be object, got array'
    );
  });

  it('throws FieldTypeError when the metric is not an object', () => {
    const event = withAlarmData({
      configuration: { metrics: [{ metricStat: { metric: 'cpu' } }] },
    });
    const stat = event.alarmData.configuration.metrics[0]?.metricStat;

    expectEvtError(
      () => stat?.metric,
      FieldTypeError,
      'CloudWatchAlarmEvent: alarmData.configuration.metrics[0].metricStat.metric must be object, got string'
    );
  });

  it('throws FieldTypeError when a dimension is not a string', () => {
    const event = withAlarmData({
      configuration: {
        metrics: [{ metricStat: { metric: { dimensions: { Id: 1 } } } }],
      },
    });

    expectEvtError(
      () => event.alarmData.configuration.metrics[0]?.metricStat?.dimensions,
      FieldTypeError,
      'CloudWatchAlarmEvent: alarmData.configuration.metrics[0].metricStat.metric.dimensions.Id must be string, got number'
    );
  });

  it('throws FieldTypeError when the wait period is not a number', () => {
    const event = withAlarmData({
      configuration: { actionsSuppressorWaitPeriod: '120' },
    });

    expectEvtError(
      () => event.alarmData.configuration.alarmActionsSuppressorWaitPeriod,
      FieldTypeError,
      'CloudWatchAlarmEvent: alarmData.configuration.actionsSuppressorWaitPeriod must be number, got string'
    );
  });
});
