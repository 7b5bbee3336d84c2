import { eventSource, type HeaderMap } from '@evt/core';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type AppSyncCallerIdentity,
  type AppSyncEventsErrorResponse,
  type AppSyncEventsIncomingEvent,
  type AppSyncEventsOperation,
  type AppSyncEventsPublishResponse,
  AppSyncResolverEventsEvent,
  type AppSyncResolverEventsInfo,
  buildErrorResponse,
  buildPublishResponse,
  type RawAppSyncResolverEventsEvent,
} from '../src/index';
import {
  createAppSyncResolverEventsEvent,
  type SampleAppSyncResolverEventsEvent,
} from '../src/testing';

interface Message {
  text: string;
}

describe('AppSyncResolverEventsEvent types', () => {
  it('infers the payload type from the raw event', () => {
    const raw = {} as RawAppSyncResolverEventsEvent<Message>;

    const event = new AppSyncResolverEventsEvent(raw);

    expectTypeOf(event).toEqualTypeOf<AppSyncResolverEventsEvent<Message>>();
    expectTypeOf(event.events).toEqualTypeOf<
      AppSyncEventsIncomingEvent<Message>[]
    >();
    expectTypeOf(event.events[0]?.payload).toEqualTypeOf<Message | undefined>();
  });

  it('types every getter', () => {
    const event = new AppSyncResolverEventsEvent(
      createAppSyncResolverEventsEvent()
    );
    const info = event.info;

    expectTypeOf(event.outErrors).toEqualTypeOf<readonly unknown[]>();
    expectTypeOf(info).toEqualTypeOf<AppSyncResolverEventsInfo>();
    expectTypeOf(event.requestHeaders).toEqualTypeOf<HeaderMap>();
    expectTypeOf(event.identity).toEqualTypeOf<
      AppSyncCallerIdentity | undefined
    >();
    expectTypeOf(event.events[0]?.id).toEqualTypeOf<string | undefined>();
    expectTypeOf(info.channel).toEqualTypeOf<
      Readonly<Record<string, unknown>>
    >();
    expectTypeOf(info.channelPath).toBeString();
    expectTypeOf(info.channelSegments).toEqualTypeOf<readonly string[]>();
    expectTypeOf(info.channelNamespace).toEqualTypeOf<
      Readonly<Record<string, unknown>>
    >();
    expectTypeOf(info.channelNamespaceName).toBeString();
    expectTypeOf(info.operation).toEqualTypeOf<AppSyncEventsOperation>();
  });
});

describe('AppSync Events answers', () => {
  it('types the publish answer with the payload type', () => {
    const response = buildPublishResponse<Message>([
      { id: '1', payload: { text: 'hi' } },
      { id: '2', error: 'Too long' },
    ]);

    expectTypeOf(response).toEqualTypeOf<
      AppSyncEventsPublishResponse<Message>
    >();
    // @ts-expect-error: an item has a payload or an error, not both
    buildPublishResponse([{ id: '1', payload: 1, error: 'no' }]);
    // @ts-expect-error: the payload must be a Message
    buildPublishResponse<Message>([{ id: '1', payload: { txt: 'hi' } }]);
  });

  it('answers both operations from one handler', () => {
    const handler = eventSource(
      AppSyncResolverEventsEvent<Message>,
      async (event) =>
        event.info.operation === 'SUBSCRIBE'
          ? null
          : event.events.length > 10
            ? buildErrorResponse('Too many events')
            : buildPublishResponse(event.events)
    );

    expectTypeOf(handler).returns.resolves.toEqualTypeOf<
      AppSyncEventsPublishResponse<Message> | AppSyncEventsErrorResponse | null
    >();
  });

  it('builds sample events that fit the constructor', () => {
    const raw: RawAppSyncResolverEventsEvent<Message> =
      createAppSyncResolverEventsEvent<Message>({ payloads: [{ text: 'a' }] });

    expectTypeOf(createAppSyncResolverEventsEvent<Message>()).toEqualTypeOf<
      SampleAppSyncResolverEventsEvent<Message>
    >();
    expectTypeOf(raw).toExtend<object>();
  });
});
