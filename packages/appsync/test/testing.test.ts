import { loadEvent } from '@evt/tooling-config/events';
import { describe, expect, it } from 'vitest';
import {
  AppSyncAuthorizerEvent,
  type AppSyncAuthType,
  AppSyncResolverEvent,
  AppSyncResolverEventsEvent,
  type RawAppSyncAuthorizerEvent,
  type RawAppSyncResolverEvent,
  type RawAppSyncResolverEventsEvent,
} from '../src/index';
import {
  createAppSyncAuthorizerEvent,
  createAppSyncResolverEvent,
  createAppSyncResolverEventBatch,
  createAppSyncResolverEventsEvent,
} from '../src/testing';

describe('createAppSyncResolverEvent', () => {
  it('returns a fresh copy of the Direct Lambda resolver sample', () => {
    const first = createAppSyncResolverEvent();

    expect(first).toEqual(
      loadEvent<RawAppSyncResolverEvent>('app-sync-resolver-event')
    );
    expect(first).not.toBe(createAppSyncResolverEvent());
    expect(first.identity).not.toBe(createAppSyncResolverEvent().identity);
  });

  it('applies the arguments, source, field and headers', () => {
    const event = new AppSyncResolverEvent(
      createAppSyncResolverEvent({
        arguments: { postId: 'p-1' },
        source: { id: 'post-1' },
        typeName: 'Post',
        fieldName: 'comments',
        headers: { 'X-Tenant': 't-1' },
      })
    );

    expect(event.arguments).toEqual({ postId: 'p-1' });
    expect(event.source).toEqual({ id: 'post-1' });
    expect(event.typeName).toBe('Post');
    expect(event.fieldName).toBe('comments');
    expect(event.requestHeaders.get('x-tenant')).toBe('t-1');
    expect(event.requestHeaders.size).toBe(1);
  });

  it('puts in the sample caller of each authorization type', () => {
    const authTypeOf = (authType: AppSyncAuthType | 'API_KEY') =>
      new AppSyncResolverEvent(createAppSyncResolverEvent({ authType }))
        .identity?.authType;

    expect(authTypeOf('AWS_IAM')).toBe('AWS_IAM');
    expect(authTypeOf('OPENID_CONNECT')).toBe('OPENID_CONNECT');
    expect(authTypeOf('AWS_LAMBDA')).toBe('AWS_LAMBDA');
    expect(authTypeOf('AMAZON_COGNITO_USER_POOLS')).toBe(
      'AMAZON_COGNITO_USER_POOLS'
    );
    expect(authTypeOf('API_KEY')).toBeUndefined();
  });

  it('merges changes at any depth last', () => {
    const event = new AppSyncResolverEvent(
      createAppSyncResolverEvent({
        fieldName: 'ignored',
        event: {
          info: { fieldName: 'getTodo', variables: { id: 'todo-1' } },
          prev: { result: { ok: true } },
        },
      })
    );

    expect(event.fieldName).toBe('getTodo');
    expect(event.info.variables).toEqual({ id: 'todo-1' });
    expect(event.prevResult).toEqual({ ok: true });
    expect(event.typeName).toBe('Mutation');
  });
});

describe('createAppSyncResolverEventBatch', () => {
  it('returns a fresh copy of the sample batch', () => {
    const batch = createAppSyncResolverEventBatch();

    expect(batch).toEqual(
      loadEvent<RawAppSyncResolverEvent[]>('app-sync-resolver-event.batch')
    );
    expect(batch[0]).not.toBe(createAppSyncResolverEventBatch()[0]);
  });

  it('builds one event per source', () => {
    const events = AppSyncResolverEvent.batch(
      createAppSyncResolverEventBatch({
        sources: [
          { authorId: 'a-1' },
          { authorId: 'a-2' },
          { authorId: 'a-1' },
        ],
        authType: 'AWS_LAMBDA',
      })
    );

    expect(events.map((event) => event.source.authorId)).toEqual([
      'a-1',
      'a-2',
      'a-1',
    ]);
    expect(events.map((event) => event.fieldName)).toEqual([
      'author',
      'author',
      'author',
    ]);
    expect(events[2]?.identity?.authType).toBe('AWS_LAMBDA');
  });

  it('builds as many copies as counted, with changes per event', () => {
    const events = AppSyncResolverEvent.batch(
      createAppSyncResolverEventBatch({
        count: 3,
        record: { stash: { run: 'r-1' } },
      })
    );

    expect(events).toHaveLength(3);
    expect(events.map((event) => event.source.id)).toEqual([
      'post-1',
      'post-1',
      'post-1',
    ]);
    expect(events[1]?.stash).toEqual({ run: 'r-1' });
  });

  it('throws TypeError when the count and the sources disagree', () => {
    expect(() =>
      createAppSyncResolverEventBatch({ count: 1, sources: [{}, {}] })
    ).toThrow(
      new TypeError(
        'createAppSyncResolverEventBatch: overrides.count asks for 1 records, overrides.sources for 2'
      )
    );
  });
});

describe('createAppSyncAuthorizerEvent', () => {
  it('returns a fresh copy of the documented sample', () => {
    const first = createAppSyncAuthorizerEvent();

    expect(first).toEqual(
      loadEvent<RawAppSyncAuthorizerEvent>('app-sync-authorizer-event')
    );
    expect(first).not.toBe(createAppSyncAuthorizerEvent());
  });

  it('applies the token and the GraphQL request', () => {
    const event = new AppSyncAuthorizerEvent(
      createAppSyncAuthorizerEvent({
        authorizationToken: 'team-blue',
        queryString: 'query Me { me { id } }',
        operationName: 'Me',
        variables: { verbose: true },
        event: { requestContext: { requestId: 'r-1' } },
      })
    );

    expect(event.authorizationToken).toBe('team-blue');
    expect(event.requestHeaders.get('Authorization')).toBe('team-blue');
    expect(event.requestContext.queryString).toBe('query Me { me { id } }');
    expect(event.requestContext.operationName).toBe('Me');
    expect(event.requestContext.variables).toEqual({ verbose: true });
    expect(event.requestContext.requestId).toBe('r-1');
  });
});

describe('createAppSyncResolverEventsEvent', () => {
  it('returns a fresh copy of the publish sample', () => {
    const first = createAppSyncResolverEventsEvent();

    expect(first).toEqual(
      loadEvent<RawAppSyncResolverEventsEvent>('app-sync-resolver-events-event')
    );
    expect(first).not.toBe(createAppSyncResolverEventsEvent());
  });

  it('returns the subscribe sample', () => {
    expect(
      createAppSyncResolverEventsEvent({ operation: 'SUBSCRIBE' })
    ).toEqual(
      loadEvent<RawAppSyncResolverEventsEvent>(
        'app-sync-resolver-events-event.subscribe'
      )
    );
  });

  it('applies the channel, payloads and caller', () => {
    const event = new AppSyncResolverEventsEvent(
      createAppSyncResolverEventsEvent({
        channel: '/alerts/eu-west-1',
        payloads: [{ level: 'high' }, { level: 'low' }],
        authType: 'AWS_IAM',
        event: { stash: { seen: 1 } },
      })
    );

    expect(event.info.channelPath).toBe('/alerts/eu-west-1');
    expect(event.info.channelSegments).toEqual(['alerts', 'eu-west-1']);
    expect(event.info.channelNamespaceName).toBe('alerts');
    expect(event.events.map((item) => item.payload)).toEqual([
      { level: 'high' },
      { level: 'low' },
    ]);
    expect(event.events.map((item) => item.id)).toEqual([
      '96bc1d46-5b01-40ae-9859-173a5bb30000',
      '96bc1d46-5b01-40ae-9859-173a5bb30001',
    ]);
    expect(event.identity?.authType).toBe('AWS_IAM');
    expect(event.stash).toEqual({ seen: 1 });
  });
});
