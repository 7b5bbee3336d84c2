import { describe, expectTypeOf, it } from 'vitest';
import {
  Base64Data,
  BaseProxyEvent,
  decodeBase64,
  EventBridgeEnvelope,
  type EventOptions,
  eventSource,
  type HeaderMap,
  inflate,
  parseCookies,
  parseJson,
  parseQueryString,
  type RawEventBridgeEnvelope,
  type RawTumblingWindowBatch,
  requireString,
  type TumblingWindow,
  TumblingWindowBatch,
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
    const id = requireString(order, 'Put' as 'Put' | 'Delete', 'id');

    expectTypeOf(id).toEqualTypeOf<'Put' | 'Delete'>();
    expectTypeOf(wrapEach(order, 'lines', Line)).toEqualTypeOf<Line[]>();
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

declare const order: Order;

describe('decoders', () => {
  it('take an options object', () => {
    expectTypeOf(
      decodeBase64('', { owner: order, path: 'a' })
    ).toEqualTypeOf<Uint8Array>();
    expectTypeOf(
      parseJson<{ id: string }>('{}', {
        owner: order,
        deserializer: JSON.parse,
      })
    ).toEqualTypeOf<{ id: string }>();
    expectTypeOf(
      inflate(new Uint8Array(), { maxBytes: 1 })
    ).toEqualTypeOf<Uint8Array>();
  });

  it('reject the old positional owner and path', () => {
    // @ts-expect-error: owner and path go in the options object
    decodeBase64('', order, 'a');
    // @ts-expect-error: owner and path go in the options object
    parseJson('{}', order, 'a');
  });
});

describe('shared bases', () => {
  it('types Base64Data from its payload', () => {
    const data = new Base64Data<{ id: string }>(order, '', 'data');

    expectTypeOf(data.bytes).toEqualTypeOf<Uint8Array>();
    expectTypeOf(data.text).toEqualTypeOf<string>();
    expectTypeOf(data.json).toEqualTypeOf<{ id: string }>();
    expectTypeOf(new Base64Data(order, '', 'data').json).toBeUnknown();
  });

  it('types EventBridgeEnvelope from its detail type', () => {
    interface RawPing extends RawEventBridgeEnvelope<'Ping'> {
      detail: { at: string };
    }
    const ping = new EventBridgeEnvelope<RawPing, 'Ping'>({} as RawPing);

    expectTypeOf(ping.detailType).toEqualTypeOf<'Ping'>();
    expectTypeOf(ping.version).toEqualTypeOf<string | undefined>();
    expectTypeOf(ping.resources).toEqualTypeOf<readonly string[]>();
    expectTypeOf(ping.replayName).toEqualTypeOf<string | undefined>();
    expectTypeOf(ping.rawEvent).toEqualTypeOf<RawPing>();
  });

  it('types TumblingWindowBatch from its state', () => {
    interface Totals {
      [key: string]: number;
    }
    interface RawBatch extends RawTumblingWindowBatch<Totals> {
      Records: unknown[];
    }
    const batch = new TumblingWindowBatch<RawBatch, Totals>({ Records: [] });

    expectTypeOf(batch.state).toEqualTypeOf<Totals>();
    expectTypeOf(batch.window).toEqualTypeOf<TumblingWindow | undefined>();
    expectTypeOf(batch.isFinalInvokeForWindow).toEqualTypeOf<
      boolean | undefined
    >();
    expectTypeOf(batch.eventSourceArn).toEqualTypeOf<string | undefined>();
  });
});
