import { loadEvent } from '@evt/tooling-config/events';
import {
  expectEvtError,
  expectGetters,
  patchEvent,
} from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  EventBridgeEnvelope,
  FieldTypeError,
  MissingFieldError,
  type RawEventBridgeEnvelope,
  requireObject,
} from '../src/index';

// A stand-in for a source whose events come through EventBridge: the envelope plus a detail.

type Ec2DetailType = 'EC2 Instance State-change Notification';

interface Ec2Detail {
  'instance-id': string;
  state: string;
}

interface RawEc2StateChangeEvent extends RawEventBridgeEnvelope<Ec2DetailType> {
  detail: Ec2Detail;
}

class Ec2StateChangeEvent extends EventBridgeEnvelope<
  RawEc2StateChangeEvent,
  Ec2DetailType
> {
  static override readonly typeName: string = 'Ec2StateChangeEvent';

  get detail(): Ec2Detail {
    return requireObject(this, this.raw.detail, 'detail');
  }
}

const NAME = 'event-bridge-event';

function without(key: keyof RawEc2StateChangeEvent): RawEc2StateChangeEvent {
  return patchEvent<RawEc2StateChangeEvent>(NAME, (event) => {
    delete event[key];
  });
}

function withValue(
  key: keyof RawEc2StateChangeEvent,
  value: unknown
): RawEc2StateChangeEvent {
  return patchEvent<Record<string, unknown>>(NAME, (event) => {
    event[key] = value;
  }) as unknown as RawEc2StateChangeEvent;
}

describe('EventBridgeEnvelope', () => {
  const raw = loadEvent<RawEc2StateChangeEvent>(NAME);
  const event = new Ec2StateChangeEvent(raw);

  it('reads every envelope field of the EC2 state-change sample', () => {
    expectGetters(event, {
      id: '7bf73129-1428-4cd3-a780-95db273d1602',
      version: '0',
      account: '123456789012',
      time: '2021-11-11T21:29:54Z',
      region: 'us-east-1',
      resources: ['arn:aws:ec2:us-east-1:123456789012:instance/i-abcd1111'],
      source: 'aws.ec2',
      detailType: 'EC2 Instance State-change Notification',
      replayName: undefined,
    });
  });

  it('works as a class of its own, named EventBridgeEnvelope', () => {
    const envelope = new EventBridgeEnvelope(raw);

    expect(EventBridgeEnvelope.typeName).toBe('EventBridgeEnvelope');
    expect(envelope.id).toBe('7bf73129-1428-4cd3-a780-95db273d1602');
    expect(envelope.rawEvent).toBe(raw);
    expectEvtError(
      () => new EventBridgeEnvelope(without('id')).id,
      MissingFieldError,
      'EventBridgeEnvelope: id is missing'
    );
  });

  it('leaves the detail to the subclass', () => {
    expect(event.detail).toBe(raw.detail);
    expect(event.detail.state).toBe('pending');
  });

  describe('version', () => {
    it('returns the envelope version', () => {
      expect(event.version).toBe('0');
    });

    it('returns undefined when the event has none', () => {
      expect(new Ec2StateChangeEvent(without('version')).version).toBe(
        undefined
      );
    });
  });

  describe('resources', () => {
    it('returns the raw list of ARNs', () => {
      expect(event.resources).toBe(raw.resources);
    });

    it('returns an empty list when absent, null or empty', () => {
      expect(new Ec2StateChangeEvent(without('resources')).resources).toEqual(
        []
      );
      expect(
        new Ec2StateChangeEvent(withValue('resources', null)).resources
      ).toEqual([]);
      expect(
        new Ec2StateChangeEvent(withValue('resources', [])).resources
      ).toEqual([]);
    });
  });

  describe('replayName', () => {
    it('returns the replay name of a replayed event', () => {
      const replayed = new Ec2StateChangeEvent(
        loadEvent<RawEc2StateChangeEvent>('event-bridge-event.replay')
      );

      expect(replayed.replayName).toBe('replay_archive');
      expect(replayed.id).toBe('6a7e8feb-b491-4cf7-a9f1-bf3703467718');
      expect(replayed.region).toBe('us-west-1');
    });

    it('returns undefined when the event is not a replay', () => {
      expect(event.replayName).toBe(undefined);
    });
  });

  describe('malformed input', () => {
    it.each([
      ['id', 'id'],
      ['account', 'account'],
      ['time', 'time'],
      ['region', 'region'],
      ['source', 'source'],
      ['detailType', 'detail-type'],
    ] as const)('throws MissingFieldError when %s is absent', (getter, key) => {
      const bad = new Ec2StateChangeEvent(without(key));

      expectEvtError(
        () => bad[getter],
        MissingFieldError,
        `Ec2StateChangeEvent: ${key} is missing`
      );
    });

    it.each([
      ['id', 'id'],
      ['version', 'version'],
      ['account', 'account'],
      ['time', 'time'],
      ['region', 'region'],
      ['source', 'source'],
      ['detailType', 'detail-type'],
      ['replayName', 'replay-name'],
    ] as const)(
      'throws FieldTypeError when %s is not a string',
      (getter, key) => {
        const bad = new Ec2StateChangeEvent(withValue(key, 0));

        expectEvtError(
          () => bad[getter],
          FieldTypeError,
          `Ec2StateChangeEvent: ${key} must be string, got number`
        );
      }
    );

    it('throws FieldTypeError when resources is not a list of strings', () => {
      expectEvtError(
        () => new Ec2StateChangeEvent(withValue('resources', 'arn')).resources,
        FieldTypeError,
        'Ec2StateChangeEvent: resources must be array, got string'
      );
      expectEvtError(
        () =>
          new Ec2StateChangeEvent(withValue('resources', ['arn', 1])).resources,
        FieldTypeError,
        'Ec2StateChangeEvent: resources[1] must be string, got number'
      );
    });
  });
});
