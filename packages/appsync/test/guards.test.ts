import { loadEvent } from '@evt/tooling-config/events';
import { describeGuards } from '@evt/tooling-config/guards';
import { describe, expect, it } from 'vitest';
import type {
  RawAppSyncAuthorizerEvent,
  RawAppSyncResolverEvent,
  RawAppSyncResolverEventsEvent,
} from '../src/index';
import * as api from '../src/index';

describeGuards(api, {
  accepts: {
    isAppSyncResolverEvent: (fixture, module) =>
      module === 'app-sync-resolver-event' &&
      fixture !== 'app-sync-resolver-event.batch',
    isAppSyncBatchResolverEvent: (fixture) =>
      fixture === 'app-sync-resolver-event.batch',
  },
});

describe('guards on arrays where the event has an object', () => {
  it('an array is no arguments, requestContext or info.channel', () => {
    const resolver = loadEvent<RawAppSyncResolverEvent>(
      'app-sync-resolver-event',
      { frozen: false }
    );
    expect(api.isAppSyncResolverEvent(resolver)).toBe(true);
    resolver.arguments = [resolver.arguments] as never;
    expect(api.isAppSyncResolverEvent(resolver)).toBe(false);

    const authorizer = loadEvent<RawAppSyncAuthorizerEvent>(
      'app-sync-authorizer-event',
      {
        frozen: false,
      }
    );
    expect(api.isAppSyncAuthorizerEvent(authorizer)).toBe(true);
    authorizer.requestContext = [authorizer.requestContext] as never;
    expect(api.isAppSyncAuthorizerEvent(authorizer)).toBe(false);

    const events = loadEvent<RawAppSyncResolverEventsEvent>(
      'app-sync-resolver-events-event',
      {
        frozen: false,
      }
    );
    expect(api.isAppSyncResolverEventsEvent(events)).toBe(true);
    events.info.channel = [events.info.channel] as never;
    expect(api.isAppSyncResolverEventsEvent(events)).toBe(false);
  });
});
