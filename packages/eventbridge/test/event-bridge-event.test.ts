import { inspect } from 'node:util';
import {
  EventBridgeEnvelope,
  EventWrapper,
  FieldTypeError,
  MissingFieldError,
} from '@evt/core';
import { loadEvent } from '@evt/tooling-config/events';
import { expectEvtError, patchEvent } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import { EventBridgeEvent, type RawEventBridgeEvent } from '../src/index';
import { createEventBridgeEvent } from '../src/testing';

const load = (variant?: string): EventBridgeEvent =>
  new EventBridgeEvent(
    loadEvent<RawEventBridgeEvent>(
      variant ? `event-bridge-event.${variant}` : 'event-bridge-event'
    )
  );

/** The EC2 sample with one edit, deep-frozen like the fixtures. */
const patched = (
  // biome-ignore lint/suspicious/noExplicitAny: the edits write shapes the raw type forbids
  patch: (event: any) => void
): EventBridgeEvent =>
  new EventBridgeEvent(
    patchEvent<RawEventBridgeEvent>('event-bridge-event', patch)
  );

describe('EventBridgeEvent', () => {
  describe('id', () => {
    it('returns the event ID', () => {
      expect(load().id).toBe('7bf73129-1428-4cd3-a780-95db273d1602');
    });
  });

  describe('version', () => {
    it('returns the envelope version', () => {
      expect(load().version).toBe('0');
    });

    it('returns undefined when absent', () => {
      const event = patched((event) => {
        delete event.version;
      });

      expect(event.version).toBeUndefined();
    });

    it('returns undefined for an event sent without one, and reads the rest', () => {
      const event = load('no-version');

      expect(event.version).toBeUndefined();
      expect(event.detailType).toBe('EC2 Instance State-change Notification');
      expect(event.region).toBe('eu-north-1');
      expect(event.detail).toEqual({
        'instance-id': 'i-0f3a9c2b7e5d41a68',
        state: 'stopping',
      });
    });
  });

  describe('account', () => {
    it('returns the account ID', () => {
      expect(load().account).toBe('123456789012');
    });
  });

  describe('time', () => {
    it('returns the event time', () => {
      expect(load().time).toBe('2021-11-11T21:29:54Z');
    });
  });

  describe('region', () => {
    it('returns the Region', () => {
      expect(load().region).toBe('us-east-1');
      expect(load('scheduled').region).toBe('us-east-2');
    });
  });

  describe('resources', () => {
    it('returns the resource ARNs', () => {
      expect(load().resources).toEqual([
        'arn:aws:ec2:us-east-1:123456789012:instance/i-abcd1111',
      ]);
    });

    it('returns the rule ARN of a scheduled event', () => {
      expect(load('scheduled').resources).toEqual([
        'arn:aws:events:us-east-1:123456789012:rule/my-schedule',
      ]);
    });

    it('returns an empty array when absent', () => {
      const event = patched((event) => {
        delete event.resources;
      });

      expect(event.resources).toEqual([]);
    });
  });

  describe('source', () => {
    it('returns the sender', () => {
      expect(load().source).toBe('aws.ec2');
    });

    it('returns aws.events for a scheduled event', () => {
      expect(load('scheduled').source).toBe('aws.events');
    });
  });

  describe('detailType', () => {
    it('returns the detail type', () => {
      expect(load().detailType).toBe('EC2 Instance State-change Notification');
    });

    it('returns Scheduled Event for a scheduled event', () => {
      expect(load('scheduled').detailType).toBe('Scheduled Event');
    });
  });

  describe('detail', () => {
    it('returns the raw detail object', () => {
      const raw = loadEvent<RawEventBridgeEvent>('event-bridge-event');

      const detail = new EventBridgeEvent(raw).detail;

      expect(detail).toBe(raw.detail);
      expect(detail).toEqual({ 'instance-id': 'i-abcd1111', state: 'pending' });
    });

    it('returns an empty object for a scheduled event', () => {
      expect(load('scheduled').detail).toEqual({});
    });
  });

  describe('replayName', () => {
    it('returns the replay name of a replayed event', () => {
      expect(load('replay').replayName).toBe('replay_archive');
    });

    it('returns undefined when the event is not a replay', () => {
      expect(load().replayName).toBeUndefined();
    });
  });

  describe('class', () => {
    it('is an EventBridgeEnvelope, whose getters it inherits, and an EventWrapper', () => {
      const event = load();

      expect(event).toBeInstanceOf(EventBridgeEnvelope);
      expect(event).toBeInstanceOf(EventWrapper);
      expect(EventBridgeEvent.typeName).toBe('EventBridgeEvent');
      expect(Object.getPrototypeOf(EventBridgeEvent)).toBe(EventBridgeEnvelope);
    });

    it('shows the envelope and the detail in its debug view', () => {
      const view = inspect(load(), { depth: 4 });

      expect(view).toMatch(/^EventBridgeEvent \{/);
      expect(view).toContain("id: '7bf73129-1428-4cd3-a780-95db273d1602'");
      expect(view).toContain(
        "detailType: 'EC2 Instance State-change Notification'"
      );
      expect(view).toContain("state: 'pending'");
    });
  });

  describe('get', () => {
    it('returns a top-level field by its raw name', () => {
      expect(load('replay').get('replay-name')).toBe('replay_archive');
    });
  });

  describe('toString', () => {
    it('renders every getter', () => {
      const view = JSON.parse(String(load('replay')));

      expect(view.detailType).toBe('EC2 Instance State-change Notification');
      expect(view.detail).toEqual({
        'instance-id': 'i-1234567890abcdef0',
        state: 'terminated',
      });
      expect(view.replayName).toBe('replay_archive');
    });
  });
});

describe('createEventBridgeEvent', () => {
  it('returns the EC2 sample by default', () => {
    const event = new EventBridgeEvent(createEventBridgeEvent());

    expect(event.detailType).toBe('EC2 Instance State-change Notification');
    expect(event.replayName).toBeUndefined();
  });

  it('returns the scheduled sample when asked', () => {
    const event = new EventBridgeEvent(
      createEventBridgeEvent({ scheduled: true })
    );

    expect(event.detailType).toBe('Scheduled Event');
    expect(event.detail).toEqual({});
  });

  it('returns a fresh copy on every call', () => {
    const first = createEventBridgeEvent();

    const second = createEventBridgeEvent();

    expect(first).not.toBe(second);
    expect(first.detail).not.toBe(second.detail);
  });

  it('applies the overrides', () => {
    const detail = { orderId: 'o-1' };

    const event = new EventBridgeEvent(
      createEventBridgeEvent({
        id: 'e-1',
        source: 'com.example.orders',
        detailType: 'Order Placed',
        detail,
        time: '2024-01-01T00:00:00Z',
        account: '111122223333',
        region: 'eu-west-1',
        resources: ['arn:aws:events:eu-west-1:111122223333:rule/orders'],
        replayName: 'orders-replay',
      })
    );

    expect(event.id).toBe('e-1');
    expect(event.source).toBe('com.example.orders');
    expect(event.detailType).toBe('Order Placed');
    expect(event.detail).toEqual({ orderId: 'o-1' });
    expect(event.detail).not.toBe(detail);
    expect(event.time).toBe('2024-01-01T00:00:00Z');
    expect(event.account).toBe('111122223333');
    expect(event.region).toBe('eu-west-1');
    expect(event.resources).toEqual([
      'arn:aws:events:eu-west-1:111122223333:rule/orders',
    ]);
    expect(event.replayName).toBe('orders-replay');
  });
});

describe('malformed input', () => {
  it('throws MissingFieldError when id is missing', () => {
    const event = patched((event) => {
      delete event.id;
    });

    expectEvtError(
      () => event.id,
      MissingFieldError,
      'EventBridgeEvent: id is missing'
    );
  });

  it('throws FieldTypeError when version is a number', () => {
    const event = patched((event) => {
      event.version = 0;
    });

    expectEvtError(
      () => event.version,
      FieldTypeError,
      'EventBridgeEvent: version must be string, got number'
    );
  });

  it('throws FieldTypeError when detail-type is a number', () => {
    const event = patched((event) => {
      event['detail-type'] = 7;
    });

    expectEvtError(
      () => event.detailType,
      FieldTypeError,
      'EventBridgeEvent: detail-type must be string, got number'
    );
  });

  it('throws MissingFieldError when detail is null', () => {
    const event = patched((event) => {
      event.detail = null;
    });

    expectEvtError(
      () => event.detail,
      MissingFieldError,
      'EventBridgeEvent: detail is missing'
    );
  });

  it('throws FieldTypeError when detail is a JSON string', () => {
    const event = patched((event) => {
      event.detail = '{"state":"pending"}';
    });

    expectEvtError(
      () => event.detail,
      FieldTypeError,
      'EventBridgeEvent: detail must be object, got string'
    );
  });

  it('throws FieldTypeError when resources is an object', () => {
    const event = patched((event) => {
      event.resources = {};
    });

    expectEvtError(
      () => event.resources,
      FieldTypeError,
      'EventBridgeEvent: resources must be array, got object'
    );
  });

  it('throws FieldTypeError when a resource is not a string', () => {
    const event = patched((event) => {
      event.resources = [false];
    });

    expectEvtError(
      () => event.resources,
      FieldTypeError,
      'EventBridgeEvent: resources[0] must be string, got boolean'
    );
  });

  it('throws FieldTypeError when replay-name is an array', () => {
    const event = patched((event) => {
      event['replay-name'] = ['replay'];
    });

    expectEvtError(
      () => event.replayName,
      FieldTypeError,
      'EventBridgeEvent: replay-name must be string, got array'
    );
  });

  it('throws FieldTypeError when the event is an array', () => {
    expectEvtError(
      () => new EventBridgeEvent([] as never),
      FieldTypeError,
      'EventBridgeEvent must be object, got array'
    );
  });

  it('throws MissingFieldError when the event is null', () => {
    expectEvtError(
      () => new EventBridgeEvent(null as never),
      MissingFieldError,
      'EventBridgeEvent is missing'
    );
  });
});
