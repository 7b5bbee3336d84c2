import { loadEvent } from '@evt/tooling-config/events';
import { expectEvtError, patchEvent } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  AppSyncEventsIncomingEvent,
  AppSyncResolverEventsEvent,
  AppSyncResolverEventsInfo,
  FieldTypeError,
  MissingFieldError,
  type RawAppSyncResolverEventsEvent,
} from '../src/index';

const FIXTURE = 'app-sync-resolver-events-event';

interface Message {
  author: string;
  text: string;
}

function load(variant?: string): RawAppSyncResolverEventsEvent<Message> {
  return loadEvent<RawAppSyncResolverEventsEvent<Message>>(
    variant ? `${FIXTURE}.${variant}` : FIXTURE
  );
}

function publish(): AppSyncResolverEventsEvent<Message> {
  return new AppSyncResolverEventsEvent(load());
}

function subscribe(): AppSyncResolverEventsEvent<Message> {
  return new AppSyncResolverEventsEvent(load('subscribe'));
}

describe('AppSyncResolverEventsEvent', () => {
  describe('events', () => {
    it('wraps each published event, in order, once', () => {
      const raw = load();
      const event = new AppSyncResolverEventsEvent(raw);

      const events = event.events;

      expect(events).toHaveLength(2);
      expect(events[0]).toBeInstanceOf(AppSyncEventsIncomingEvent);
      expect(events[1]?.rawEvent).toBe(raw.events?.[1]);
      expect(event.events).toBe(events);
    });

    it('returns an empty array for a subscribe, whose events are null', () => {
      expect(subscribe().events).toEqual([]);
    });
  });

  describe('outErrors', () => {
    it('returns the errors reported so far', () => {
      const raw = patchEvent<RawAppSyncResolverEventsEvent>(
        FIXTURE,
        (draft) => {
          draft.outErrors = [{ id: 'e-1', error: 'rejected' }];
        }
      );

      expect(new AppSyncResolverEventsEvent(raw).outErrors).toEqual([
        { id: 'e-1', error: 'rejected' },
      ]);
    });

    it('returns an empty array when there are none', () => {
      expect(publish().outErrors).toEqual([]);
    });
  });

  describe('info', () => {
    it('wraps info once', () => {
      const raw = load();
      const event = new AppSyncResolverEventsEvent(raw);

      expect(event.info).toBeInstanceOf(AppSyncResolverEventsInfo);
      expect(event.info.rawEvent).toBe(raw.info);
      expect(event.info).toBe(event.info);
    });
  });

  describe('the members it shares with resolver events', () => {
    it('returns the request headers, whatever their case', () => {
      expect(publish().requestHeaders.get('X-Forwarded-For')).toBe(
        '203.0.113.24'
      );
    });

    it('returns the custom domain, or undefined for null', () => {
      expect(subscribe().domainName).toBe('events.example.com');
      expect(publish().domainName).toBeUndefined();
    });

    it('returns the caller, undefined for API_KEY (null)', () => {
      expect(publish().identity).toBeUndefined();
      expect(subscribe().identity?.sub).toBe(
        'c4a8b4e2-8f1d-4c5e-9a7b-3d2e1f0a9b8c'
      );
      expect(subscribe().identity?.groups).toEqual(['members']);
    });

    it('returns the stash and no previous result', () => {
      expect(publish().stash).toEqual({});
      expect(publish().prevResult).toBeUndefined();
    });
  });

  describe('debug view', () => {
    it('hides the API key and the authorization header', () => {
      expect(String(publish())).not.toContain('da2-EXAMPLEexampleEXAMPLEexa');
      expect(String(subscribe())).not.toContain('eyJraWQiOiJFWEFNUExFIiwi');
      expect(String(publish())).toContain('Hi, Ana');
    });
  });

  describe('malformed input', () => {
    it('throws MissingFieldError naming info when it is absent', () => {
      const raw = patchEvent<RawAppSyncResolverEventsEvent>(
        FIXTURE,
        (draft) => {
          delete (draft as Partial<RawAppSyncResolverEventsEvent>).info;
        }
      );

      expectEvtError(
        () => new AppSyncResolverEventsEvent(raw).info,
        MissingFieldError,
        'AppSyncResolverEventsEvent: info is missing'
      );
    });

    it('throws FieldTypeError naming events when it is not an array', () => {
      const raw = patchEvent<RawAppSyncResolverEventsEvent>(
        FIXTURE,
        (draft) => {
          (draft as { events: unknown }).events = {};
        }
      );

      expectEvtError(
        () => new AppSyncResolverEventsEvent(raw).events,
        FieldTypeError,
        'AppSyncResolverEventsEvent: events must be array, got object'
      );
    });
  });
});

describe('AppSyncEventsIncomingEvent', () => {
  it('returns the id and the payload of a published event', () => {
    const [first, second] = publish().events;

    expect(first?.id).toBe('96bc1d46-5b01-40ae-9859-173a5bb3a46a');
    expect(first?.payload).toEqual({ author: 'ana', text: 'Hello!' });
    expect(second?.id).toBe('48cde766-afe9-4c2c-9708-2fed930efe56');
    expect(second?.payload.text).toBe('Hi, Ana');
  });

  it('returns a payload that is not an object as it is', () => {
    const raw = patchEvent<RawAppSyncResolverEventsEvent>(FIXTURE, (draft) => {
      (draft.events?.[0] as { payload: unknown }).payload = 'ping';
    });

    expect(new AppSyncResolverEventsEvent(raw).events[0]?.payload).toBe('ping');
  });

  it('throws MissingFieldError naming the id of an event without one', () => {
    const raw = patchEvent<RawAppSyncResolverEventsEvent>(FIXTURE, (draft) => {
      delete (draft.events?.[1] as { id?: string } | undefined)?.id;
    });

    expectEvtError(
      () => new AppSyncResolverEventsEvent(raw).events[1]?.id,
      MissingFieldError,
      'AppSyncResolverEventsEvent: events[1].id is missing'
    );
  });
});

describe('AppSyncResolverEventsInfo', () => {
  it('returns the channel, its namespace and the operation of a publish', () => {
    const info = publish().info;

    expect(info.channel).toEqual({
      path: '/chat/room-1',
      segments: ['chat', 'room-1'],
    });
    expect(info.channelPath).toBe('/chat/room-1');
    expect(info.channelSegments).toEqual(['chat', 'room-1']);
    expect(info.channelNamespace).toEqual({ name: 'chat' });
    expect(info.channelNamespaceName).toBe('chat');
    expect(info.operation).toBe('PUBLISH');
  });

  it('returns the operation of a subscribe', () => {
    expect(subscribe().info.operation).toBe('SUBSCRIBE');
  });

  it('returns the channel as it is in the event', () => {
    const raw = load();

    expect(new AppSyncResolverEventsEvent(raw).info.channel).toBe(
      raw.info.channel
    );
  });

  it('throws FieldTypeError for an operation it does not know', () => {
    const raw = patchEvent<RawAppSyncResolverEventsEvent>(FIXTURE, (draft) => {
      (draft.info as { operation: string }).operation = 'CONNECT';
    });

    expectEvtError(
      () => new AppSyncResolverEventsEvent(raw).info.operation,
      FieldTypeError,
      'AppSyncResolverEventsEvent: info.operation must be PUBLISH | SUBSCRIBE, got "CONNECT"'
    );
  });

  it('throws MissingFieldError naming an absent operation', () => {
    const raw = patchEvent<RawAppSyncResolverEventsEvent>(FIXTURE, (draft) => {
      delete (draft.info as { operation?: string }).operation;
    });

    expectEvtError(
      () => new AppSyncResolverEventsEvent(raw).info.operation,
      MissingFieldError,
      'AppSyncResolverEventsEvent: info.operation is missing'
    );
  });

  it('throws naming the channel path and segments with their full paths', () => {
    const raw = patchEvent<RawAppSyncResolverEventsEvent>(FIXTURE, (draft) => {
      (draft.info.channel as { segments: unknown }).segments = ['chat', 1];
      delete (draft.info.channel as { path?: string }).path;
    });
    const info = new AppSyncResolverEventsEvent(raw).info;

    expectEvtError(
      () => info.channelSegments,
      FieldTypeError,
      'AppSyncResolverEventsEvent: info.channel.segments[1] must be string, got number'
    );
    expectEvtError(
      () => info.channelPath,
      MissingFieldError,
      'AppSyncResolverEventsEvent: info.channel.path is missing'
    );
  });

  it('throws MissingFieldError naming an absent namespace', () => {
    const raw = patchEvent<RawAppSyncResolverEventsEvent>(FIXTURE, (draft) => {
      delete (draft.info as { channelNamespace?: unknown }).channelNamespace;
    });
    const info = new AppSyncResolverEventsEvent(raw).info;

    expectEvtError(
      () => info.channelNamespaceName,
      MissingFieldError,
      'AppSyncResolverEventsEvent: info.channelNamespace is missing'
    );
    expectEvtError(
      () => info.channelNamespace,
      MissingFieldError,
      'AppSyncResolverEventsEvent: info.channelNamespace is missing'
    );
  });
});
