import { describe, expectTypeOf, it } from 'vitest';
import {
  BaseProxyEvent,
  type EventOptions,
  eventSource,
  type HeaderMap,
  parseCookies,
  parseQueryString,
  requireString,
  wrapEach,
} from '../src/index';
import { Line, Order, type RawOrder } from './fixtures';

describe('EventWrapper types', () => {
  it('types rawEvent, get and toJSON from the raw interface', () => {
    const order = new Order({} as RawOrder);

    expectTypeOf(order.rawEvent).toEqualTypeOf<RawOrder>();
    expectTypeOf(order.get('id')).toEqualTypeOf<string | undefined>();
    expectTypeOf(order.get('other')).toEqualTypeOf<unknown>();
    expectTypeOf(order.toJSON()).toEqualTypeOf<RawOrder>();
  });

  it('keeps literal types through the readers', () => {
    const order = new Order({} as RawOrder);
    const kind = requireString(order, 'Put' as 'Put' | 'Delete', 'kind');

    expectTypeOf(kind).toEqualTypeOf<'Put' | 'Delete'>();
    expectTypeOf(wrapEach(order, [], 'lines', Line)).toEqualTypeOf<Line[]>();
  });
});

describe('BaseProxyEvent types', () => {
  it('carries the body type', () => {
    const event = new BaseProxyEvent<{ body: string }, { id: string }>({
      body: '{}',
    });

    expectTypeOf(event.jsonBody).toEqualTypeOf<{ id: string } | undefined>();
    expectTypeOf(event.headers).toEqualTypeOf<HeaderMap>();
    expectTypeOf(event.getHeaderValue('a')).toEqualTypeOf<string | undefined>();
    expectTypeOf(event.getHeaderValue('a', 'b')).toEqualTypeOf<string>();
    expectTypeOf(event.getQueryStringValue('a', 'b')).toEqualTypeOf<string>();
  });
});

describe('helpers', () => {
  it('types parsed query strings and cookies as maps', () => {
    expectTypeOf(parseQueryString('')).toEqualTypeOf<Map<string, string[]>>();
    expectTypeOf(parseCookies('')).toEqualTypeOf<Map<string, string>>();
  });

  it('types eventSource handlers from the class and the handler', () => {
    const handler = eventSource(Order, (event, context: { id: number }) => {
      expectTypeOf(event).toEqualTypeOf<Order>();
      return context.id;
    });

    expectTypeOf(handler).parameters.toEqualTypeOf<
      [RawOrder, { id: number }]
    >();
    expectTypeOf(handler).returns.toEqualTypeOf<number>();
    expectTypeOf<EventOptions['maxInflatedBytes']>().toEqualTypeOf<
      number | undefined
    >();
  });

  it('types the payload of a generic class through its instantiation', () => {
    const handler = eventSource(
      BaseProxyEvent<{ body: string }, { id: string }>,
      (event) => event.jsonBody
    );

    expectTypeOf(handler).returns.toEqualTypeOf<{ id: string } | undefined>();
    expectTypeOf(handler).parameter(0).toEqualTypeOf<{ body: string }>();
  });
});
