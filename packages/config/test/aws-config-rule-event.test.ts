import { inspect } from 'node:util';
import { loadEvent } from '@evt/tooling-config/events';
import {
  counted,
  expectEvtError,
  expectGetters,
  jsonErrorOf,
  patchEvent,
} from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  AWSConfigConfigurationChanged,
  AWSConfigConfigurationItemChanged,
  AWSConfigInvokingEvent,
  AWSConfigOtherNotification,
  AWSConfigOversizedConfiguration,
  AWSConfigOversizedConfigurationItemSummary,
  AWSConfigRuleEvent,
  AWSConfigScheduledNotification,
  DecodeError,
  FieldTypeError,
  getInvokeEvent,
  MissingFieldError,
  type RawAWSConfigRuleEvent,
} from '../src/index';
import { createAWSConfigRuleEvent } from '../src/testing';

const load = (variant?: string): RawAWSConfigRuleEvent =>
  loadEvent<RawAWSConfigRuleEvent>(
    variant ? `aws-config-rule-event.${variant}` : 'aws-config-rule-event'
  );

/** The invoking event of a fixture, narrowed to the class it must be. */
function invokingOf<T>(
  variant: string | undefined,
  Class: abstract new (...args: never[]) => T
): T {
  const invoking = new AWSConfigRuleEvent(load(variant)).invokingEvent;
  expect(invoking).toBeInstanceOf(Class);
  return invoking as T;
}

const patch = (
  variant: string | undefined,
  change: (event: Record<string, unknown>) => void
): RawAWSConfigRuleEvent =>
  patchEvent<RawAWSConfigRuleEvent>(
    variant ? `aws-config-rule-event.${variant}` : 'aws-config-rule-event',
    (event) => change(event as unknown as Record<string, unknown>)
  );

/** A fixture whose invoking event is changed as parsed JSON, then encoded again. */
const patchInvoking = (
  variant: string | undefined,
  change: (invoking: Record<string, unknown>) => void
): RawAWSConfigRuleEvent =>
  patch(variant, (event) => {
    const invoking = JSON.parse(event.invokingEvent as string);
    change(invoking);
    event.invokingEvent = JSON.stringify(invoking);
  });

describe('AWSConfigRuleEvent', () => {
  describe('envelope', () => {
    it('returns each field of a configuration change event', () => {
      const event = new AWSConfigRuleEvent(load());

      expectGetters(event, {
        version: '1.0',
        resultToken:
          'eyJlbmNyeXB0ZWREYXRhIjpbLTQxLDEsLTU3LC0zMCwtMTIxLDUzLDUyLDQ1XSwibWF0ZXJpYWxTZXRTZXJpYWxOdW1iZXIiOjF9',
        eventLeftScope: false,
        executionRoleArn:
          'arn:aws:iam::123456789012:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig',
        configRuleArn:
          'arn:aws:config:us-east-1:123456789012:config-rule/config-rule-i9y8j9',
        configRuleName: 'MyRule',
        configRuleId: 'config-rule-i9y8j9',
        accountId: '123456789012',
        evaluationMode: 'DETECTIVE',
      });
    });

    it('returns undefined for the version and evaluation mode an event lacks', () => {
      const scheduled = new AWSConfigRuleEvent(load('scheduled'));
      const documented = new AWSConfigRuleEvent(load('documented-change'));

      expect(scheduled.version).toBeUndefined();
      expect(documented.evaluationMode).toBeUndefined();
      expect(documented.version).toBe('1.0');
    });

    it('returns true for eventLeftScope when the resource left the scope', () => {
      expect(new AWSConfigRuleEvent(load('deleted')).eventLeftScope).toBe(true);
    });

    it('returns false for eventLeftScope and undefined for executionRoleArn when absent', () => {
      const event = new AWSConfigRuleEvent(
        patch(undefined, (raw) => {
          delete raw.eventLeftScope;
          delete raw.executionRoleArn;
        })
      );

      expect(event.eventLeftScope).toBe(false);
      expect(event.executionRoleArn).toBeUndefined();
    });
  });

  describe('rawInvokingEvent', () => {
    it('returns the JSON text as AWS sent it', () => {
      const raw = load('scheduled');

      expect(new AWSConfigRuleEvent(raw).rawInvokingEvent).toBe(
        '{"awsAccountId":"123456789012","notificationCreationTime":"2023-04-27T13:26:17.741Z","messageType":"ScheduledNotification","recordVersion":"1.0"}'
      );
    });
  });

  describe('ruleParameters', () => {
    it('returns the parameters parsed from their JSON text', () => {
      expect(new AWSConfigRuleEvent(load()).ruleParameters).toEqual({
        desiredInstanceType: 't2.micro',
      });
    });

    it('returns an empty object when the rule has none', () => {
      expect(new AWSConfigRuleEvent(load('deleted')).ruleParameters).toEqual(
        {}
      );
    });

    it('parses once and returns the same object on every read', () => {
      const deserializer = counted(JSON.parse);
      const event = new AWSConfigRuleEvent(load(), {
        jsonDeserializer: deserializer,
      });

      const first = event.ruleParameters;

      expect(event.ruleParameters).toBe(first);
      expect(deserializer.calls).toBe(1);
    });
  });

  describe('invokingEvent', () => {
    it('wraps each documented message type in its class', () => {
      expect(new AWSConfigRuleEvent(load()).invokingEvent).toBeInstanceOf(
        AWSConfigConfigurationChanged
      );
      expect(
        new AWSConfigRuleEvent(load('oversized')).invokingEvent
      ).toBeInstanceOf(AWSConfigOversizedConfiguration);
      expect(
        new AWSConfigRuleEvent(load('scheduled')).invokingEvent
      ).toBeInstanceOf(AWSConfigScheduledNotification);
    });

    it('reads another message type through the base class', () => {
      const invoking = new AWSConfigRuleEvent(load('snapshot-delivery'))
        .invokingEvent;

      expect(invoking).toBeInstanceOf(AWSConfigOtherNotification);
      expect(invoking).toBeInstanceOf(AWSConfigInvokingEvent);
      expectGetters(invoking, {
        messageType: 'ConfigurationSnapshotDeliveryCompleted',
        notificationCreationTime: '2016-02-24T18:23:20.328Z',
        recordVersion: '1.1',
      });
      expect(invoking.get('s3Bucket')).toBe('config-bucket');
    });

    it('parses once and returns the same wrapper on every read', () => {
      const deserializer = counted(JSON.parse);
      const event = new AWSConfigRuleEvent(load(), {
        jsonDeserializer: deserializer,
      });

      const first = event.invokingEvent;

      expect(event.invokingEvent).toBe(first);
      expect(deserializer.calls).toBe(1);
    });
  });

  describe('debug view', () => {
    it('hides the result token and decodes nothing', () => {
      const event = new AWSConfigRuleEvent(load());

      const view = JSON.parse(String(event));

      expect(view.resultToken).toBe('[SENSITIVE]');
      expect(view.invokingEvent).toMatch(/^\[not decoded: \d+ bytes\]$/);
      expect(view.configRuleName).toBe('MyRule');
      expect(inspect(event)).toContain('AWSConfigRuleEvent');
    });
  });
});

describe('AWSConfigConfigurationChanged', () => {
  it('returns the notification fields', () => {
    const invoking = invokingOf(undefined, AWSConfigConfigurationChanged);

    expectGetters(invoking, {
      messageType: 'ConfigurationItemChangeNotification',
      notificationCreationTime: '2023-04-27T15:03:13.332Z',
      recordVersion: '1.3',
    });
  });

  it('returns the configuration item diff as AWS sent it', () => {
    const invoking = invokingOf(undefined, AWSConfigConfigurationChanged);

    expect(invoking.configurationItemDiff?.changeType).toBe('UPDATE');
    expect(
      invoking.configurationItemDiff?.changedProperties[
        'Configuration.InstanceType'
      ]
    ).toEqual({
      previousValue: 't2.micro',
      updatedValue: 't2.medium',
      changeType: 'UPDATE',
    });
    expect(
      Object.keys(invoking.configurationItemDiff?.changedProperties ?? {})
    ).toEqual([
      'Configuration.InstanceType',
      'Configuration.State.Name',
      'Configuration.StateReason',
      'Configuration.CpuOptions.CoreCount',
    ]);
  });

  it('returns undefined for the fields of AWS documented example it lacks', () => {
    const invoking = invokingOf(
      'documented-change',
      AWSConfigConfigurationChanged
    );

    expect(invoking.configurationItemDiff).toBeUndefined();
    expect(invoking.notificationCreationTime).toBeUndefined();
    expect(invoking.recordVersion).toBeUndefined();
  });

  it('wraps the configuration item once', () => {
    const invoking = invokingOf(undefined, AWSConfigConfigurationChanged);

    expect(invoking.configurationItem).toBeInstanceOf(
      AWSConfigConfigurationItemChanged
    );
    expect(invoking.configurationItem).toBe(invoking.configurationItem);
    expect(invoking.rawConfigurationItem).toBe(
      invoking.configurationItem.rawEvent
    );
    expect(invoking.rawConfigurationItem.resourceId).toBe(
      'i-042dd005362091826'
    );
  });
});

describe('AWSConfigConfigurationItemChanged', () => {
  it('returns every field of the configuration item', () => {
    const item = invokingOf(
      undefined,
      AWSConfigConfigurationChanged
    ).configurationItem;

    expectGetters(item, {
      relatedEvents: [],
      supplementaryConfiguration: {},
      tags: {
        projeto: 'meetup',
        Setor: 'Desenvolvimento',
        CentroCusto: 'TI',
        Name: 'Minha',
      },
      configurationItemVersion: '1.3',
      configurationItemCaptureTime: '2023-04-27T15:03:11.636Z',
      configurationStateId: 1682607791636,
      accountId: '123456789012',
      configurationItemStatus: 'OK',
      resourceType: 'AWS::EC2::Instance',
      resourceId: 'i-042dd005362091826',
      resourceName: undefined,
      resourceArn:
        'arn:aws:ec2:us-east-1:123456789012:instance/i-042dd005362091826',
      region: 'us-east-1',
      availabilityZone: 'us-east-1e',
      configurationStateMd5Hash: '',
      resourceCreationTime: '2023-04-27T14:57:16.000Z',
    });
    expect(item.relationships[1]).toEqual({
      resourceId: 'sg-0fb295a327d9b4835',
      resourceName: null,
      resourceType: 'AWS::EC2::SecurityGroup',
      name: 'Is associated with SecurityGroup',
    });
    expect(item.relationships).toHaveLength(3);
    expect(item.configuration?.instanceType).toBe('t2.medium');
    expect(item.configuration?.state).toEqual({ code: 80, name: 'stopped' });
  });

  it('returns AWS documented example, with defaults for what it lacks', () => {
    const item = invokingOf(
      'documented-change',
      AWSConfigConfigurationChanged
    ).configurationItem;

    expectGetters(item, {
      relatedEvents: [],
      relationships: [
        {
          resourceId: 'eipalloc-00000000',
          resourceType: 'AWS::EC2::EIP',
          name: 'Is attached to ElasticIp',
        },
      ],
      configuration: { foo: 'bar' },
      supplementaryConfiguration: {},
      tags: { Foo: 'Bar' },
      configurationItemVersion: undefined,
      configurationItemCaptureTime: '2016-02-17T01:36:34.043Z',
      configurationStateId: undefined,
      accountId: '123456789012',
      configurationItemStatus: 'OK',
      resourceType: 'AWS::EC2::Instance',
      resourceId: 'i-00000000',
      resourceName: undefined,
      resourceArn: 'arn:aws:ec2:us-east-2:123456789012:instance/i-00000000',
      region: 'us-east-2',
      availabilityZone: 'us-east-2a',
      configurationStateMd5Hash: undefined,
      resourceCreationTime: undefined,
    });
  });

  it('reads a deleted resource: no configuration, a DELETE diff', () => {
    const invoking = invokingOf('deleted', AWSConfigConfigurationChanged);
    const item = invoking.configurationItem;

    expectGetters(item, {
      configuration: undefined,
      configurationItemStatus: 'ResourceDeleted',
      resourceType: 'AWS::S3::Bucket',
      resourceId: 'amzn-s3-demo-bucket',
      resourceName: 'amzn-s3-demo-bucket',
      resourceArn: 'arn:aws:s3:::amzn-s3-demo-bucket',
      availabilityZone: 'Regional',
      resourceCreationTime: undefined,
      relationships: [],
      tags: {},
    });
    expect(invoking.configurationItemDiff).toEqual({
      changedProperties: {},
      changeType: 'DELETE',
    });
  });

  it('types the configuration with TConfiguration', () => {
    const event = new AWSConfigRuleEvent<
      Record<string, string>,
      { instanceType: string }
    >(load());
    const invoking = event.invokingEvent;

    const type =
      invoking instanceof AWSConfigConfigurationChanged
        ? invoking.configurationItem.configuration?.instanceType
        : undefined;

    expect(type).toBe('t2.medium');
  });
});

describe('AWSConfigOversizedConfiguration', () => {
  it('returns the notification fields', () => {
    const invoking = invokingOf('oversized', AWSConfigOversizedConfiguration);

    expectGetters(invoking, {
      messageType: 'OversizedConfigurationItemChangeNotification',
      notificationCreationTime: '2016-10-06T16:46:16.261Z',
      recordVersion: '1.0',
    });
  });

  it('wraps the summary once', () => {
    const invoking = invokingOf('oversized', AWSConfigOversizedConfiguration);

    expect(invoking.configurationItemSummary).toBeInstanceOf(
      AWSConfigOversizedConfigurationItemSummary
    );
    expect(invoking.configurationItemSummary).toBe(
      invoking.configurationItemSummary
    );
    expect(invoking.rawConfigurationItemSummary).toBe(
      invoking.configurationItemSummary.rawEvent
    );
  });
});

describe('AWSConfigOversizedConfigurationItemSummary', () => {
  it('returns every field of the summary', () => {
    const summary = invokingOf(
      'oversized',
      AWSConfigOversizedConfiguration
    ).configurationItemSummary;

    expectGetters(summary, {
      changeType: 'UPDATE',
      configurationItemVersion: '1.2',
      configurationItemCaptureTime: '2016-10-06T16:46:16.261Z',
      configurationStateId: 0,
      accountId: '123456789012',
      configurationItemStatus: 'OK',
      resourceType: 'AWS::EC2::Instance',
      resourceId: 'i-00000000',
      resourceName: undefined,
      resourceArn: 'arn:aws:ec2:us-west-2:123456789012:instance/i-00000000',
      region: 'us-west-2',
      availabilityZone: 'us-west-2a',
      configurationStateMd5Hash: '8f1ee69b287895a0f8bc5753eca68e96',
      resourceCreationTime: '2016-10-06T16:46:10.489Z',
    });
  });
});

describe('AWSConfigScheduledNotification', () => {
  it('returns every field of the notification', () => {
    const invoking = invokingOf('scheduled', AWSConfigScheduledNotification);

    expectGetters(invoking, {
      accountId: '123456789012',
      notificationCreationTime: '2023-04-27T13:26:17.741Z',
      messageType: 'ScheduledNotification',
      recordVersion: '1.0',
    });
  });

  it('throws MissingFieldError when the notification time is absent', () => {
    const raw = patchInvoking('scheduled', (invoking) => {
      delete invoking.notificationCreationTime;
    });

    expectEvtError(
      () =>
        (new AWSConfigRuleEvent(raw).invokingEvent as AWSConfigInvokingEvent)
          .notificationCreationTime,
      MissingFieldError,
      'AWSConfigRuleEvent: invokingEvent.notificationCreationTime is missing'
    );
  });
});

describe('getInvokeEvent', () => {
  it('picks the class from messageType', () => {
    const invoking = getInvokeEvent({
      awsAccountId: '123456789012',
      notificationCreationTime: '2016-07-13T21:50:00.373Z',
      messageType: 'ScheduledNotification',
      recordVersion: '1.0',
    });

    expect(invoking).toBeInstanceOf(AWSConfigScheduledNotification);
    expect((invoking as AWSConfigScheduledNotification).accountId).toBe(
      '123456789012'
    );
  });

  it('reads an unknown or absent messageType through the base class', () => {
    const unknown = getInvokeEvent({ messageType: 'SomethingNew' });
    const absent = getInvokeEvent({} as { messageType: string });

    expect(unknown).toBeInstanceOf(AWSConfigOtherNotification);
    expect(unknown.messageType).toBe('SomethingNew');
    expectEvtError(
      () => absent.messageType,
      MissingFieldError,
      'AWSConfigOtherNotification: messageType is missing'
    );
  });

  it('throws TypeError naming the argument when it is not an object', () => {
    expect(() => getInvokeEvent(null as never)).toThrow(
      new TypeError('getInvokeEvent: invokingEvent must be an object, got null')
    );
  });
});

describe('testing factory', () => {
  it('builds a fresh copy of the sample of each message type', () => {
    expect(createAWSConfigRuleEvent()).toEqual(load());
    expect(createAWSConfigRuleEvent()).not.toBe(createAWSConfigRuleEvent());
    expect(
      createAWSConfigRuleEvent({
        messageType: 'OversizedConfigurationItemChangeNotification',
      })
    ).toEqual(load('oversized'));
    expect(
      createAWSConfigRuleEvent({ messageType: 'ScheduledNotification' })
    ).toEqual(load('scheduled'));
  });

  it('merges changes into the invoking event and the envelope', () => {
    const event = new AWSConfigRuleEvent(
      createAWSConfigRuleEvent({
        invokingEvent: {
          configurationItem: {
            configurationItemStatus: 'ResourceDeleted',
            configuration: null,
          },
        },
        event: { eventLeftScope: true },
      })
    );
    const invoking = event.invokingEvent as AWSConfigConfigurationChanged;

    expect(invoking.configurationItem.configurationItemStatus).toBe(
      'ResourceDeleted'
    );
    expect(invoking.configurationItem.configuration).toBeUndefined();
    expect(invoking.configurationItem.resourceId).toBe('i-042dd005362091826');
    expect(event.eventLeftScope).toBe(true);
  });

  it('encodes or removes the rule parameters', () => {
    const set = createAWSConfigRuleEvent({ ruleParameters: { maxCount: 10 } });
    const removed = createAWSConfigRuleEvent({ ruleParameters: null });

    expect(set.ruleParameters).toBe('{"maxCount":10}');
    expect('ruleParameters' in removed).toBe(false);
  });

  it('throws TypeError naming messageType when it has no sample', () => {
    expect(() =>
      createAWSConfigRuleEvent({ messageType: 'Other' as never })
    ).toThrow(
      new TypeError(
        'createAWSConfigRuleEvent: overrides.messageType must be ConfigurationItemChangeNotification, OversizedConfigurationItemChangeNotification or ScheduledNotification, got string'
      )
    );
  });
});

describe('malformed input', () => {
  it.each([
    'invokingEvent',
    'resultToken',
    'configRuleArn',
    'configRuleName',
    'configRuleId',
    'accountId',
  ] as const)(
    'throws MissingFieldError naming %s when it is absent',
    (name) => {
      const raw = patch(undefined, (event) => {
        delete event[name];
      });
      const getter = name === 'invokingEvent' ? 'rawInvokingEvent' : name;

      expectEvtError(
        () => new AWSConfigRuleEvent(raw)[getter],
        MissingFieldError,
        `AWSConfigRuleEvent: ${name} is missing`
      );
    }
  );

  it.each([
    'configurationItemCaptureTime',
    'awsAccountId',
    'configurationItemStatus',
    'resourceType',
    'resourceId',
  ])('throws MissingFieldError naming configurationItem.%s', (name) => {
    const raw = patchInvoking(undefined, (invoking) => {
      delete (invoking.configurationItem as Record<string, unknown>)[name];
    });
    const getter = name === 'awsAccountId' ? 'accountId' : name;
    const item = (
      new AWSConfigRuleEvent(raw).invokingEvent as AWSConfigConfigurationChanged
    ).configurationItem;

    expectEvtError(
      () => item[getter as keyof AWSConfigConfigurationItemChanged],
      MissingFieldError,
      `AWSConfigRuleEvent: invokingEvent.configurationItem.${name} is missing`
    );
  });

  it('throws MissingFieldError naming the configuration item or summary when absent', () => {
    const change = patchInvoking(undefined, (invoking) => {
      delete invoking.configurationItem;
    });
    const oversized = patchInvoking('oversized', (invoking) => {
      delete invoking.configurationItemSummary;
    });

    expectEvtError(
      () =>
        (
          new AWSConfigRuleEvent(change)
            .invokingEvent as AWSConfigConfigurationChanged
        ).configurationItem,
      MissingFieldError,
      'AWSConfigRuleEvent: invokingEvent.configurationItem is missing'
    );
    expectEvtError(
      () =>
        (
          new AWSConfigRuleEvent(oversized)
            .invokingEvent as AWSConfigOversizedConfiguration
        ).configurationItemSummary.resourceId,
      MissingFieldError,
      'AWSConfigRuleEvent: invokingEvent.configurationItemSummary is missing'
    );
  });

  it('throws FieldTypeError naming the path of a mistyped field', () => {
    const raw = patchInvoking(undefined, (invoking) => {
      (invoking.configurationItem as Record<string, unknown>).tags = ['Foo'];
    });
    const envelope = patch(undefined, (event) => {
      event.eventLeftScope = 'false';
    });

    expectEvtError(
      () =>
        (
          new AWSConfigRuleEvent(raw)
            .invokingEvent as AWSConfigConfigurationChanged
        ).configurationItem.tags,
      FieldTypeError,
      'AWSConfigRuleEvent: invokingEvent.configurationItem.tags must be object, got array'
    );
    expectEvtError(
      () => new AWSConfigRuleEvent(envelope).eventLeftScope,
      FieldTypeError,
      'AWSConfigRuleEvent: eventLeftScope must be boolean, got string'
    );
  });

  it('throws DecodeError naming invokingEvent when it is not JSON', () => {
    const raw = patch(undefined, (event) => {
      event.invokingEvent = '{not json';
    });

    expectEvtError(
      () => new AWSConfigRuleEvent(raw).invokingEvent,
      DecodeError,
      `AWSConfigRuleEvent: invokingEvent is not valid JSON: ${jsonErrorOf('{not json')}`
    );
  });

  it('throws FieldTypeError naming invokingEvent when it is not an object', () => {
    const raw = patch(undefined, (event) => {
      event.invokingEvent = '[1]';
    });

    expectEvtError(
      () => new AWSConfigRuleEvent(raw).invokingEvent,
      FieldTypeError,
      'AWSConfigRuleEvent: invokingEvent must be object, got array'
    );
  });

  it('throws DecodeError or FieldTypeError naming ruleParameters', () => {
    const text = patch(undefined, (event) => {
      event.ruleParameters = 'maxCount=3';
    });
    const list = patch(undefined, (event) => {
      event.ruleParameters = '["a"]';
    });

    expectEvtError(
      () => new AWSConfigRuleEvent(text).ruleParameters,
      DecodeError,
      `AWSConfigRuleEvent: ruleParameters is not valid JSON: ${jsonErrorOf('maxCount=3')}`
    );
    expectEvtError(
      () => new AWSConfigRuleEvent(list).ruleParameters,
      FieldTypeError,
      'AWSConfigRuleEvent: ruleParameters must be object, got array'
    );
  });

  it('reads the envelope of an event whose invoking event is broken', () => {
    const raw = patch(undefined, (event) => {
      event.invokingEvent = '{not json';
    });

    expect(new AWSConfigRuleEvent(raw).configRuleName).toBe('MyRule');
  });
});
