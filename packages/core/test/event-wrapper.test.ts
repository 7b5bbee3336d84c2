import { inspect } from 'node:util';
import { runInNewContext } from 'node:vm';
import { deepFreeze } from '@evt/tooling-config/events';
import { expectEvtError } from '@evt/tooling-config/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  argumentError,
  checkPlainWrapper,
  checkWrapper,
  type EventOptions,
  EventWrapper,
  extendEventWrapper,
  FieldTypeError,
  fieldError,
  HeaderMap,
  isObject,
  kindOf,
  locate,
  MissingFieldError,
  nonEmptyStringArgument,
  objectArgument,
  optionOf,
  requireString,
} from '../src/index';
import { Endless, Line, Order, order } from './fixtures';

class Opaque {
  readonly bytes: Uint8Array = new Uint8Array([1]);
}

class GalleryBase extends EventWrapper<object> {
  static override readonly typeName: string = 'GalleryBase';

  get inherited(): string {
    return 'base';
  }

  get shadowed(): string {
    return 'base';
  }
}

/** A wrapper whose getters return every kind of value the debug view treats apart. */
class Gallery extends GalleryBase {
  static override readonly typeName: string = 'Gallery';

  get opaque(): Opaque {
    return new Opaque();
  }

  get bare(): object {
    return Object.assign(Object.create(null), { bytes: new Uint8Array(2) });
  }

  get plain(): object {
    return { bytes: new Uint8Array(3) };
  }

  get date(): Date {
    return new Date(0);
  }

  get headers(): HeaderMap {
    return new HeaderMap([['X-Trace', 't']]);
  }

  override get shadowed(): string {
    return 'derived';
  }
}

class Named extends EventWrapper<{ name: string }> {
  static override readonly typeName: string = 'Named';

  get name(): string {
    return requireString(this, this.raw.name, 'name');
  }
}

describe('EventWrapper', () => {
  describe('constructor', () => {
    it('keeps the raw event without copying it', () => {
      const raw = deepFreeze(structuredClone(order));

      const event = new Order(raw);

      expect(event.rawEvent).toBe(raw);
    });

    it('throws MissingFieldError when the event is null or undefined', () => {
      expectEvtError(
        () => new Order(null as never),
        MissingFieldError,
        'Order is missing'
      );
      expectEvtError(
        () => new Order(undefined as never),
        MissingFieldError,
        'Order is missing'
      );
    });

    it('throws FieldTypeError when the event is not an object', () => {
      expectEvtError(
        () => new Order('text' as never),
        FieldTypeError,
        'Order must be object, got string'
      );
      expectEvtError(
        () => new Order([] as never),
        FieldTypeError,
        'Order must be object, got array'
      );
      expectEvtError(
        () => new Order(1 as never),
        FieldTypeError,
        'Order must be object, got number'
      );
    });

    it('names the position of a record that is not an object', () => {
      const event = new Order({
        ...order,
        lines: [order.lines[0], 7] as never,
      });

      expectEvtError(
        () => event.lines,
        FieldTypeError,
        'Order: lines[1] must be object, got number'
      );
    });
  });

  describe('rawEvent', () => {
    it('returns the raw event, not a copy', () => {
      const event = new Order(order);

      expect(event.rawEvent).toBe(order);
      expect(event.lines[0]?.rawEvent).toBe(order.lines[0]);
    });
  });

  describe('get', () => {
    it('returns a top-level key', () => {
      const event = new Order(order);

      expect(event.get('id')).toBe('order-1');
      expect(event.get('lines')).toBe(order.lines);
    });

    it('returns undefined for keys the event does not own', () => {
      const event = new Order(order);

      expect(event.get('constructor')).toBeUndefined();
      expect(event.get('toString')).toBeUndefined();
      expect(event.get('missing')).toBeUndefined();
    });

    it('returns an own key named after a prototype member', () => {
      const raw = JSON.parse('{"constructor":"own","__proto__":"proto"}');

      const event = new Order(raw);

      expect(event.get('constructor')).toBe('own');
      expect(event.get('__proto__')).toBe('proto');
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
        jsonBody: '[not decoded: 12 bytes]',
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
          '[Opaque]',
        ],
      });
    });

    it('shows members that fail as [Cannot be deserialized]', () => {
      const view = JSON.parse(String(new Order({ ...order, id: 7 as never })));

      expect(view.id).toBe('[Cannot be deserialized]');
      expect(view.lines[0].sku).toBe('A-1');
    });

    it('shows class instances by name and walks plain objects', () => {
      const view = JSON.parse(String(new Gallery({})));

      expect(view).toEqual({
        rawEvent: '[SENSITIVE]',
        opaque: '[Opaque]',
        bare: { bytes: '<2 bytes>' },
        plain: { bytes: '<3 bytes>' },
        date: '1970-01-01T00:00:00.000Z',
        headers: { 'X-Trace': 't' },
        inherited: 'base',
        shadowed: 'derived',
      });
    });

    it('renders the view as JSON indented by two spaces', () => {
      expect(String(new Named({ name: 'n' }))).toBe(
        '{\n  "rawEvent": "[SENSITIVE]",\n  "name": "n"\n}'
      );
    });

    it('stops at a fixed depth', () => {
      const view = JSON.parse(String(new Endless({ value: 'v' })));
      let depth = 0;
      for (let node = view; node.next; node = node.next) depth++;

      expect(depth).toBe(25);
      expect(JSON.stringify(view)).toContain('[Truncated]');
    });
  });

  describe('util.inspect', () => {
    it('shows the class name and the debug view', () => {
      const text = inspect(new Line(order.lines[0] as never));

      expect(text).toBe(
        "Line { rawEvent: '[SENSITIVE]', sku: 'A-1', quantity: 2, note: 'gift' }"
      );
    });

    it('shows values with a JSON form as that form', () => {
      const text = inspect(new Gallery({}), { breakLength: Infinity });

      expect(text).toContain("date: '1970-01-01T00:00:00.000Z'");
      expect(text).toContain("headers: { 'X-Trace': 't' }");
      expect(text).toContain("opaque: '[Opaque]'");
      expect(text).toContain("bare: { bytes: '<2 bytes>' }");
    });
  });

  describe('typeName', () => {
    it('defaults to EventWrapper', () => {
      expect(EventWrapper.typeName).toBe('EventWrapper');
      expect(EventWrapper.sensitiveMembers).toEqual([]);
    });
  });
});

interface RawPin {
  label: string;
  secret?: string;
}

/** A wrapper declared without `extends`, as evt declares its per-record wrappers. */
// biome-ignore lint/correctness/noUnusedVariables: merged with the class below
interface Pin extends EventWrapper<RawPin> {}
class Pin {
  static readonly typeName: string = extendEventWrapper(Pin, 'Pin');
  static readonly sensitiveMembers: readonly string[] = ['secret'];
  declare protected readonly raw: RawPin;
  declare protected readonly options: EventOptions | undefined;

  constructor(raw: RawPin, options?: EventOptions) {
    this.raw = raw;
    this.options = options;
    checkWrapper(this, raw, options);
  }

  get label(): string {
    return requireString(this, this.raw.label, 'label');
  }

  get secret(): string | undefined {
    return this.raw.secret;
  }
}

/** The same, checked with checkPlainWrapper. */
// biome-ignore lint/correctness/noUnusedVariables: merged with the class below
interface PlainPin extends EventWrapper<RawPin> {}
class PlainPin {
  static readonly typeName: string = extendEventWrapper(PlainPin, 'PlainPin');
  declare protected readonly raw: RawPin;
  declare protected readonly options: EventOptions | undefined;

  constructor(raw: RawPin, options?: EventOptions) {
    this.raw = raw;
    this.options = options;
    checkPlainWrapper(this, raw, options);
  }

  get label(): string {
    return requireString(this, this.raw.label, 'label');
  }
}

class FlaggedPin extends Pin {
  static override readonly typeName: string = 'FlaggedPin';

  get flagged(): boolean {
    return true;
  }
}

describe('extendEventWrapper', () => {
  it('returns the type name and makes the class an EventWrapper subclass', () => {
    expect(Pin.typeName).toBe('Pin');
    expect(Object.getPrototypeOf(Pin)).toBe(EventWrapper);
    expect(Object.getPrototypeOf(Pin.prototype)).toBe(EventWrapper.prototype);
    const raw = deepFreeze({ label: 'north' });

    const pin = new Pin(raw);

    expect(pin).toBeInstanceOf(EventWrapper);
    expect(pin.rawEvent).toBe(raw);
    expect(pin.get('label')).toBe('north');
    expect(pin.toJSON()).toBe(raw);
    expect(pin.label).toBe('north');
  });

  it('gives the debug view, hiding the members the class lists', () => {
    const pin = new Pin({ label: 'north', secret: 'hunter2' });

    expect(JSON.parse(String(pin))).toEqual({
      label: 'north',
      rawEvent: '[SENSITIVE]',
      secret: '[SENSITIVE]',
    });
    expect(inspect(pin)).toMatch(/^Pin \{/);
    expect(inspect(pin)).not.toContain('hunter2');
  });

  it('lets a class extend the linked class as usual', () => {
    const pin = new FlaggedPin({ label: 'south', secret: 'hunter2' });

    expect(pin).toBeInstanceOf(Pin);
    expect(pin).toBeInstanceOf(EventWrapper);
    expect(pin.flagged).toBe(true);
    expect(JSON.parse(String(pin))).toEqual({
      flagged: true,
      label: 'south',
      rawEvent: '[SENSITIVE]',
      secret: '[SENSITIVE]',
    });
    expectEvtError(
      () => new FlaggedPin(null as never),
      MissingFieldError,
      'FlaggedPin is missing'
    );
  });
});

describe.each([
  { check: 'checkWrapper', Pinned: Pin },
  { check: 'checkPlainWrapper', Pinned: PlainPin },
])('$check', ({ Pinned }) => {
  const name = Pinned.typeName;

  it('throws MissingFieldError or FieldTypeError naming the class', () => {
    expectEvtError(
      () => new Pinned(undefined as never),
      MissingFieldError,
      `${name} is missing`
    );
    expectEvtError(
      () => new Pinned(null as never),
      MissingFieldError,
      `${name} is missing`
    );
    expectEvtError(
      () => new Pinned('pin' as never),
      FieldTypeError,
      `${name} must be object, got string`
    );
    expectEvtError(
      () => new Pinned([] as never),
      FieldTypeError,
      `${name} must be object, got array`
    );
  });

  it('names the path from the outermost wrapper for a child', () => {
    const parent = new Named({ name: 'n' });

    expectEvtError(
      () => new Pinned(7 as never, { parent, path: 'pins', index: 2 }),
      FieldTypeError,
      'Named: pins[2] must be object, got number'
    );
    expect(
      locate(new Pinned({ label: 'l' }, { parent, path: 'pin' }), 'label')
    ).toEqual({ className: 'Named', path: 'pin.label' });
  });

  it('checks the options a user passes and keeps a copy of their own ones', () => {
    const deserializer = (text: string): unknown => text.length;
    const options = { jsonDeserializer: deserializer, maxJsonBytes: 10 };

    const pin = new Pinned({ label: 'l' }, options);
    options.maxJsonBytes = 20;

    expect(optionOf(pin, 'jsonDeserializer')).toBe(deserializer);
    expect(optionOf(pin, 'maxJsonBytes')).toBe(10);
    expect(() => new Pinned({ label: 'l' }, { maxJsonBytes: 0 })).toThrow(
      new RangeError(
        `${name}: options.maxJsonBytes must be a positive safe integer, got 0`
      )
    );
    expect(() => new Pinned({ label: 'l' }, 'fast' as never)).toThrow(
      TypeError
    );
    const inherited = Object.create({ maxJsonBytes: 5 }) as EventOptions;
    expect(
      optionOf(new Pinned({ label: 'l' }, inherited), 'maxJsonBytes')
    ).toBe(undefined);
  });
  it('checks options whose parent is inherited from a polluted Object.prototype', () => {
    const prototype = Object.prototype as { parent?: unknown };
    prototype.parent = new Named({ name: 'n' });
    try {
      expect(() => new Pinned({ label: 'l' }, { maxJsonBytes: 0 })).toThrow(
        RangeError
      );
      const pin = new Pinned({ label: 7 as never }, { maxJsonBytes: 5 });

      expect(optionOf(pin, 'maxJsonBytes')).toBe(5);
      expectEvtError(
        () => pin.label,
        FieldTypeError,
        `${name}: label must be string, got number`
      );
    } finally {
      delete prototype.parent;
    }
  });
});

describe('checkPlainWrapper', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('takes what JSON.parse makes as an object without asking Array.isArray', () => {
    const isArray = vi.spyOn(Array, 'isArray');

    expect(new PlainPin(JSON.parse('{"label":"l"}')).label).toBe('l');
    expect(isArray).not.toHaveBeenCalled();
  });

  it('asks Array.isArray for any other object, and takes the objects', () => {
    const isArray = vi.spyOn(Array, 'isArray');
    const bare = Object.assign(Object.create(null), { label: 'bare' });
    const foreign = runInNewContext('({ label: "foreign" })');
    class Labelled {
      readonly label = 'instance';
    }

    expect(new PlainPin(bare).label).toBe('bare');
    expect(new PlainPin(foreign).label).toBe('foreign');
    expect(new PlainPin(new Labelled()).label).toBe('instance');
    expect(isArray).toHaveBeenCalledTimes(3);
  });

  it("refuses another realm's array, as checkWrapper does", () => {
    const foreign = runInNewContext('[{ label: "l" }]');

    for (const Pinned of [Pin, PlainPin]) {
      expectEvtError(
        () => new Pinned(foreign),
        FieldTypeError,
        `${Pinned.typeName} must be object, got array`
      );
    }
  });

  it('takes an array given the prototype of a plain object as an object, whose fields are missing', () => {
    const disguised = Object.setPrototypeOf(['l'], Object.prototype);

    expectEvtError(
      () => new Pin(disguised),
      FieldTypeError,
      'Pin must be object, got array'
    );
    expectEvtError(
      () => new PlainPin(disguised).label,
      MissingFieldError,
      'PlainPin: label is missing'
    );
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

  it('names a position without a path', () => {
    const line = new Line(order.lines[0] as never, {
      parent: new Order(order),
      index: 2,
    });

    expect(locate(line, 'sku')).toEqual({
      className: 'Order',
      path: '[2].sku',
    });
  });

  it('skips an empty path between wrappers', () => {
    const event = new Order(order);
    const inner = new Line(order.lines[0] as never, { parent: event });

    expect(locate(inner, 'sku')).toEqual({ className: 'Order', path: 'sku' });
    expect(locate(inner, '')).toEqual({ className: 'Order', path: '' });
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

  it('prefers the option closest to the owner', () => {
    const event = new Order(order, { maxInflatedBytes: 10 });
    const line = new Line(order.lines[0] as never, {
      parent: event,
      maxInflatedBytes: 20,
    });

    expect(optionOf(line, 'maxInflatedBytes')).toBe(20);
    expect(optionOf(event, 'maxInflatedBytes')).toBe(10);
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
    expect(kindOf({})).toBe('object');
    expect(kindOf('')).toBe('string');
  });
});

describe('argumentError', () => {
  it('is a TypeError naming the function, the argument and what was found', () => {
    const error = argumentError('albResponse', 'init.body', 'a string', {
      secret: 'hunter2',
    });

    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe(
      'albResponse: init.body must be a string, got object'
    );
  });

  it('shows numbers by value and never quotes a string', () => {
    expect(argumentError('f', 'limit', 'a positive integer', -1).message).toBe(
      'f: limit must be a positive integer, got number -1'
    );
    expect(argumentError('f', 'id', 'a non-empty string', '').message).toBe(
      'f: id must be a non-empty string, got an empty string'
    );
    expect(argumentError('f', 'flag', 'a boolean', 'yes please').message).toBe(
      'f: flag must be a boolean, got string'
    );
    expect(argumentError('f', 'list', 'an object', null).message).toBe(
      'f: list must be an object, got null'
    );
  });
});

describe('isObject', () => {
  it('is true for objects with named fields only', () => {
    expect(isObject({})).toBe(true);
    expect(isObject(Object.create(null))).toBe(true);
    expect(isObject(new Date(0))).toBe(true);
    expect(isObject([])).toBe(false);
    expect(isObject(null)).toBe(false);
    expect(isObject(undefined)).toBe(false);
    expect(isObject('{}')).toBe(false);
    expect(isObject(1)).toBe(false);
    expect(isObject(() => ({}))).toBe(false);
  });
});

describe('objectArgument', () => {
  it('returns the object itself', () => {
    const init = { statusCode: 200 };
    expect(objectArgument('reply', 'init', init)).toBe(init);
  });

  it.each([
    [[], 'got array'],
    [null, 'got null'],
    [undefined, 'got undefined'],
    ['{"a":1}', 'got string'],
  ])('throws a TypeError naming the argument for %j', (value, found) => {
    const attempt = () => objectArgument('reply', 'init.headers', value);
    expect(attempt).toThrow(TypeError);
    expect(attempt).toThrow(`reply: init.headers must be an object, ${found}`);
  });
});

describe('nonEmptyStringArgument', () => {
  it('returns the string itself', () => {
    expect(nonEmptyStringArgument('greeting', 'name', 'Ada')).toBe('Ada');
  });

  it.each([
    ['', 'got an empty string'],
    [7, 'got number 7'],
    [null, 'got null'],
    [['a'], 'got array'],
  ])('throws a TypeError naming the argument for %j', (value, found) => {
    const attempt = () => nonEmptyStringArgument('greeting', 'name', value);
    expect(attempt).toThrow(TypeError);
    expect(attempt).toThrow(
      `greeting: name must be a non-empty string, ${found}`
    );
  });
});

describe('fieldError', () => {
  it('returns MissingFieldError for an absent or null value', () => {
    const owner = new Order(order);

    expect(fieldError(owner, 'id', 'string', undefined)).toEqual(
      new MissingFieldError({ className: 'Order', path: 'id' })
    );
    expect(fieldError(owner, 'id', 'string', null).message).toBe(
      'Order: id is missing'
    );
  });

  it('returns FieldTypeError naming the expected and actual kinds', () => {
    const error = fieldError(new Order(order), 'id', 'string', []);

    expect(error).toBeInstanceOf(FieldTypeError);
    expect(error.message).toBe('Order: id must be string, got array');
  });
});
