import { loadEvent } from '@evt/tooling-config/events';
import { describe, expect, it } from 'vitest';
import {
  AppSyncResolverEventsEvent,
  buildErrorResponse,
  buildPublishResponse,
  type RawAppSyncResolverEventsEvent,
} from '../src/index';
import { expectTypeError } from './expect-type-error';

describe('buildPublishResponse', () => {
  it('builds the documented answer that broadcasts both events', () => {
    expect(
      buildPublishResponse([
        { id: '1', payload: { data: 'data_1' } },
        { id: '2', payload: { data: 'data_2' } },
      ])
    ).toStrictEqual({
      events: [
        { payload: { data: 'data_1' }, id: '1' },
        { payload: { data: 'data_2' }, id: '2' },
      ],
    });
  });

  it('builds the documented answer with an error for one event', () => {
    expect(
      buildPublishResponse([
        { id: '1', error: 'Error message' },
        { id: '2', payload: { data: 'data_2' } },
      ])
    ).toStrictEqual({
      events: [
        { error: 'Error message', id: '1' },
        { payload: { data: 'data_2' }, id: '2' },
      ],
    });
  });

  it('forwards the published events as they are', () => {
    const raw = loadEvent<RawAppSyncResolverEventsEvent>(
      'app-sync-resolver-events-event'
    );

    const response = buildPublishResponse(
      new AppSyncResolverEventsEvent(raw).events
    );

    expect(JSON.parse(JSON.stringify(response))).toStrictEqual({
      events: raw.events,
    });
  });

  it('broadcasts nothing for no events', () => {
    expect(buildPublishResponse([])).toStrictEqual({ events: [] });
  });

  it('takes any iterable, and payloads that are not objects', () => {
    function* answers() {
      yield { id: 'a', payload: 'text' };
      yield { id: 'b', payload: null };
    }

    expect(buildPublishResponse(answers())).toStrictEqual({
      events: [
        { id: 'a', payload: 'text' },
        { id: 'b', payload: null },
      ],
    });
  });

  describe('misuse', () => {
    it('throws TypeError when events is not an iterable', () => {
      expectTypeError(
        () => buildPublishResponse({} as never),
        'buildPublishResponse: events must be an iterable of events, got object'
      );
      expectTypeError(
        () => buildPublishResponse('events' as never),
        'buildPublishResponse: events must be an iterable of events, got string'
      );
    });

    it('throws TypeError naming an item that is not an object', () => {
      expectTypeError(
        () => buildPublishResponse([null as never]),
        'buildPublishResponse: events[0] must be an object, got null'
      );
    });

    it('throws TypeError naming an id that is not a non-empty string', () => {
      expectTypeError(
        () =>
          buildPublishResponse([
            { id: '1', payload: 1 },
            { id: 2 as unknown as string, payload: 2 },
          ]),
        'buildPublishResponse: events[1].id must be a non-empty string, got number 2'
      );
      expectTypeError(
        () => buildPublishResponse([{ id: '', payload: 1 }]),
        'buildPublishResponse: events[0].id must be a non-empty string, got an empty string'
      );
    });

    it('throws TypeError naming an error that is not a non-empty string', () => {
      expectTypeError(
        () => buildPublishResponse([{ id: '1', error: '' }]),
        'buildPublishResponse: events[0].error must be a non-empty string, got an empty string'
      );
    });

    it('throws TypeError for an item with both or neither of payload and error', () => {
      expectTypeError(
        () =>
          buildPublishResponse([{ id: '1', payload: 1, error: 'no' } as never]),
        'buildPublishResponse: events[0] must have a payload or an error, got both'
      );
      expectTypeError(
        () => buildPublishResponse([{ id: '1' } as never]),
        'buildPublishResponse: events[0] must have a payload or an error, got neither'
      );
    });
  });
});

describe('buildErrorResponse', () => {
  it('builds the documented error answer', () => {
    expect(
      buildErrorResponse('Exception - An exception occurred')
    ).toStrictEqual({
      error: 'Exception - An exception occurred',
    });
  });

  it('throws TypeError when the message is not a non-empty string', () => {
    expectTypeError(
      () => buildErrorResponse(''),
      'buildErrorResponse: message must be a non-empty string, got an empty string'
    );
    expectTypeError(
      () => buildErrorResponse(new Error('x') as never),
      'buildErrorResponse: message must be a non-empty string, got object'
    );
  });
});
