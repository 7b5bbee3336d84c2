import { inspect } from 'node:util';
import { deepFreeze } from '@evt/config/events';
import { describe, expect, it } from 'vitest';
import {
  EventWrapper,
  FieldTypeError,
  kindOf,
  locate,
  MissingFieldError,
  optionOf,
} from '../src/index';
import { Endless, Line, Order, order } from './fixtures';

describe('EventWrapper', () => {
  describe('constructor', () => {
    it('keeps the raw event without copying it', () => {
      const raw = deepFreeze(structuredClone(order));

      const event = new Order(raw);

      expect(event.rawEvent).toBe(raw);
    });

    it('throws MissingFieldError when the event is null', () => {
      expect(() => new Order(null as never)).toThrow(
        new MissingFieldError({ className: 'Order' })
      );
    });

    it('throws FieldTypeError when the event is not an object', () => {
      expect(() => new Order('text' as never)).toThrow(
        'Order must be object, got string'
      );
      expect(() => new Order([] as never)).toThrow(FieldTypeError);
    });

    it('names the position of a record that is not an object', () => {
      const event = new Order({
        ...order,
        lines: [order.lines[0], 7] as never,
      });

      expect(() => event.lines).toThrow(
        'Order: lines[1] must be object, got number'
      );
    });
  });

  describe('get', () => {
    it('returns a top-level key', () => {
      expect(new Order(order).get('id')).toBe('order-1');
    });

    it('returns undefined for keys the event does not own', () => {
      const event = new Order(order);

      expect(event.get('constructor')).toBeUndefined();
      expect(event.get('missing')).toBeUndefined();
    });
  });

  describe('toJSON', () => {
    it('serialises to the raw event', () => {
      expect(JSON.parse(JSON.stringify(new Order(order)))).toEqual(order);
    });
  });

  describe('toString', () => {
    it('renders every getter, hiding sensitive members', () => {
      const view = JSON.parse(String(new Order(order)));

      expect(view).toEqual({
        rawEvent: '[SENSITIVE]',
        id: 'order-1',
        lines: [
          { rawEvent: '[SENSITIVE]', sku: 'A-1', quantity: 2, note: 'gift' },
          { rawEvent: '[SENSITIVE]', sku: 'B-2', quantity: 1 },
        ],
        jsonBody: { total: 42 },
        secret: '[SENSITIVE]',
        extras: [
          '<3 bytes>',
          { a: 1 },
          ['x'],
          '10n',
          '1970-01-01T00:00:00.000Z',
          { 'X-Trace': 't' },
          { nested: ['<2 bytes>'], plain: null },
          {},
          {},
        ],
      });
    });

    it('shows members that fail as [Cannot be deserialized]', () => {
      const view = JSON.parse(String(new Order({ ...order, body: '{oops' })));

      expect(view.jsonBody).toBe('[Cannot be deserialized]');
    });

    it('stops at a fixed depth', () => {
      const view = JSON.parse(String(new Endless({ value: 'v' })));
      let depth = 0;
      for (let node = view; node.next; node = node.next) depth++;

      expect(depth).toBe(13);
    });
  });

  describe('util.inspect', () => {
    it('shows the class name and the debug view', () => {
      const text = inspect(new Line(order.lines[0] as never));

      expect(text).toBe(
        "Line { rawEvent: '[SENSITIVE]', sku: 'A-1', quantity: 2, note: 'gift' }"
      );
    });
  });

  describe('typeName', () => {
    it('defaults to EventWrapper', () => {
      expect(EventWrapper.typeName).toBe('EventWrapper');
      expect(EventWrapper.sensitiveMembers).toEqual([]);
    });
  });
});

describe('locate', () => {
  it('joins the path from the outermost wrapper', () => {
    const line = new Order(order).lines[1] as Line;

    expect(locate(line, 'sku')).toEqual({
      className: 'Order',
      path: 'lines[1].sku',
    });
    expect(locate(line, '[0]')).toEqual({
      className: 'Order',
      path: 'lines[1][0]',
    });
    expect(locate(line, '')).toEqual({ className: 'Order', path: 'lines[1]' });
  });

  it('uses the wrapper itself when it has no parent', () => {
    expect(locate(new Line(order.lines[0] as never), 'sku')).toEqual({
      className: 'Line',
      path: 'sku',
    });
  });
});

describe('optionOf', () => {
  it('inherits options from parents', () => {
    const jsonDeserializer = (text: string): unknown => text.length;
    const event = new Order(order, { jsonDeserializer, maxInflatedBytes: 10 });
    const line = event.lines[0] as Line;

    expect(optionOf(line, 'jsonDeserializer')).toBe(jsonDeserializer);
    expect(optionOf(line, 'maxInflatedBytes')).toBe(10);
    expect(event.jsonBody).toBe(12);
  });

  it('returns undefined when nobody sets the option', () => {
    expect(optionOf(new Order(order), 'maxInflatedBytes')).toBeUndefined();
    expect(optionOf(undefined, 'maxInflatedBytes')).toBeUndefined();
  });
});

describe('kindOf', () => {
  it('names null, arrays and typeof kinds', () => {
    expect(kindOf(null)).toBe('null');
    expect(kindOf([])).toBe('array');
    expect(kindOf(1)).toBe('number');
    expect(kindOf(undefined)).toBe('undefined');
  });
});
