import { deflateSync, gzipSync } from 'node:zlib';
import { counted, expectEvtError } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  child,
  childOrEmpty,
  DecodeError,
  decodeNestedCompressedJson,
  decodeNestedJson,
  type EventOptions,
  EventWrapper,
  FieldTypeError,
  firstOf,
  locate,
  MissingFieldError,
  optionalChild,
  optionalNumber,
  optionOf,
  PayloadTooLargeError,
  requireString,
  UNSET,
  wrapEach,
  wrapEachOrEmpty,
  wrapEntries,
} from '../src/index';
import { Order, order } from './fixtures';

// A two-level stand-in for a source package's event: an outer wrapper whose raw value has a
// required child, an optional child, a required and an optional list, a map and a JSON field.

interface RawLeaf {
  b: string;
  n?: number | null;
}

interface RawOuter {
  a: RawLeaf;
  extra?: RawLeaf | null;
  items: RawLeaf[];
  more?: RawLeaf[] | null;
  attributes?: Record<string, RawLeaf> | null;
  payload?: string;
}

class Leaf extends EventWrapper<RawLeaf> {
  static override readonly typeName: string = 'Leaf';

  get b(): string {
    return requireString(this, this.raw.b, 'b');
  }

  get n(): number | undefined {
    return optionalNumber(this, this.raw.n, 'n');
  }
}

class Outer extends EventWrapper<RawOuter> {
  static override readonly typeName: string = 'Outer';
}

const raw: RawOuter = Object.freeze({
  a: { b: 'alpha' },
  extra: { b: 'extra', n: 7 },
  items: [{ b: 'first' }, { b: 'second', n: 2 }],
  more: [{ b: 'more' }],
  attributes: { color: { b: 'red' }, size: { b: 'L', n: 40 } },
  payload: '{"b":"nested","n":3}',
});

function outer(patch: Partial<Record<keyof RawOuter, unknown>> = {}): Outer {
  return new Outer({ ...raw, ...patch } as RawOuter);
}

describe('child', () => {
  it('wraps the raw child, not a copy', () => {
    const event = outer();

    const leaf = child(event, 'a', Leaf);

    expect(leaf).toBeInstanceOf(Leaf);
    expect(leaf.rawEvent).toBe(raw.a);
    expect(leaf.b).toBe('alpha');
  });

  it('names the child’s fields through its key (Outer: a.b is missing)', () => {
    const leaf = child(outer({ a: {} }), 'a', Leaf);

    expectEvtError(() => leaf.b, MissingFieldError, 'Outer: a.b is missing');
    expect(locate(leaf, 'n')).toEqual({ className: 'Outer', path: 'a.n' });
  });

  it('names the full path from the outermost wrapper', () => {
    const nested = new Outer({ ...raw, a: { n: 1 } } as never, {
      parent: new Order(order),
      path: 'body',
    });

    expectEvtError(
      () => child(nested, 'a', Leaf).b,
      MissingFieldError,
      'Order: body.a.b is missing'
    );
  });

  it('passes the owner’s options down to the child', () => {
    const jsonDeserializer = (text: string): unknown => text;
    const event = new Outer(raw, { jsonDeserializer, maxInflatedBytes: 5 });

    const leaf = child(event, 'a', Leaf);

    expect(optionOf(leaf, 'jsonDeserializer')).toBe(jsonDeserializer);
    expect(optionOf(leaf, 'maxInflatedBytes')).toBe(5);
  });

  it('throws MissingFieldError naming the key when absent or null', () => {
    expectEvtError(
      () => child(outer({ a: undefined }), 'a', Leaf),
      MissingFieldError,
      'Outer: a is missing'
    );
    expectEvtError(
      () => child(outer({ a: null }), 'a', Leaf),
      MissingFieldError,
      'Outer: a is missing'
    );
  });

  it('throws FieldTypeError naming the key when not an object', () => {
    expectEvtError(
      () => child(outer({ a: 'alpha' }), 'a', Leaf),
      FieldTypeError,
      'Outer: a must be object, got string'
    );
    expectEvtError(
      () => child(outer({ a: [] }), 'a', Leaf),
      FieldTypeError,
      'Outer: a must be object, got array'
    );
  });
});

describe('optionalChild', () => {
  it('wraps the raw child, not a copy', () => {
    const leaf = optionalChild(outer(), 'extra', Leaf);

    expect(leaf).toBeInstanceOf(Leaf);
    expect(leaf?.rawEvent).toBe(raw.extra);
    expect(leaf?.b).toBe('extra');
    expect(leaf?.n).toBe(7);
  });

  it('names the child’s fields through its key (Outer: extra.b is missing)', () => {
    const leaf = optionalChild(outer({ extra: { n: 1 } }), 'extra', Leaf);

    expectEvtError(
      () => leaf?.b,
      MissingFieldError,
      'Outer: extra.b is missing'
    );
  });

  it('passes the owner’s options down to the child', () => {
    const event = new Outer(raw, { maxInflatedBytes: 9 });

    const leaf = optionalChild(event, 'extra', Leaf) as Leaf;

    expect(optionOf(leaf, 'maxInflatedBytes')).toBe(9);
  });

  it('returns undefined when absent or null', () => {
    expect(optionalChild(outer({ extra: undefined }), 'extra', Leaf)).toBe(
      undefined
    );
    expect(optionalChild(outer({ extra: null }), 'extra', Leaf)).toBe(
      undefined
    );
  });

  it('throws FieldTypeError naming the key when not an object', () => {
    expectEvtError(
      () => optionalChild(outer({ extra: 3 }), 'extra', Leaf),
      FieldTypeError,
      'Outer: extra must be object, got number'
    );
    expectEvtError(
      () => optionalChild(outer({ extra: [raw.a] }), 'extra', Leaf),
      FieldTypeError,
      'Outer: extra must be object, got array'
    );
  });
});

describe('childOrEmpty', () => {
  it('wraps the raw child, not a copy', () => {
    const leaf = childOrEmpty(outer(), 'extra', Leaf);

    expect(leaf).toBeInstanceOf(Leaf);
    expect(leaf.rawEvent).toBe(raw.extra);
    expect(leaf.n).toBe(7);
  });

  it('wraps a frozen empty object when absent or null, named through its key', () => {
    for (const extra of [undefined, null]) {
      const leaf = childOrEmpty(outer({ extra }), 'extra', Leaf);

      expect(leaf.rawEvent).toEqual({});
      expect(Object.isFrozen(leaf.rawEvent)).toBe(true);
      expect(leaf.n).toBeUndefined();
      expectEvtError(
        () => leaf.b,
        MissingFieldError,
        'Outer: extra.b is missing'
      );
    }
  });

  it('passes the owner’s options down to the child', () => {
    const event = new Outer({ ...raw, extra: null }, { maxJsonBytes: 11 });

    const leaf = childOrEmpty(event, 'extra', Leaf);

    expect(optionOf(leaf, 'maxJsonBytes')).toBe(11);
  });

  it('throws FieldTypeError naming the key when not an object', () => {
    expectEvtError(
      () => childOrEmpty(outer({ extra: 'x' }), 'extra', Leaf),
      FieldTypeError,
      'Outer: extra must be object, got string'
    );
    expectEvtError(
      () => childOrEmpty(outer({ extra: [] }), 'extra', Leaf),
      FieldTypeError,
      'Outer: extra must be object, got array'
    );
  });
});

describe('wrapEach', () => {
  it('wraps every raw item, in order', () => {
    const items = wrapEach(outer(), 'items', Leaf);

    expect(items.length).toBe(2);
    expect(items[0]?.rawEvent).toBe(raw.items[0]);
    expect(items[1]?.rawEvent).toBe(raw.items[1]);
    expect(items.map((item) => item.b)).toEqual(['first', 'second']);
    expect(items.every((item) => item instanceof Leaf)).toBe(true);
  });

  it('returns a new array, not the raw one', () => {
    const items = wrapEach(outer(), 'items', Leaf);

    expect(items).not.toBe(raw.items);
    expect(Array.isArray(items)).toBe(true);
  });

  it('returns an empty array for an empty list', () => {
    expect(wrapEach(outer({ items: [] }), 'items', Leaf)).toEqual([]);
  });

  it('names each item’s fields through its index (Outer: items[1].b)', () => {
    const items = wrapEach(outer({ items: [{ b: 'x' }, {}] }), 'items', Leaf);

    expect(items[0]?.b).toBe('x');
    expectEvtError(
      () => items[1]?.b,
      MissingFieldError,
      'Outer: items[1].b is missing'
    );
    expect(locate(items[0] as Leaf, '')).toEqual({
      className: 'Outer',
      path: 'items[0]',
    });
  });

  it('passes the owner’s options down to each item', () => {
    const event = new Outer(raw, { maxInflatedBytes: 3 });

    const items = wrapEach(event, 'items', Leaf);

    expect(optionOf(items[1], 'maxInflatedBytes')).toBe(3);
  });

  it('throws MissingFieldError naming the key when absent or null', () => {
    expectEvtError(
      () => wrapEach(outer({ items: undefined }), 'items', Leaf),
      MissingFieldError,
      'Outer: items is missing'
    );
    expectEvtError(
      () => wrapEach(outer({ items: null }), 'items', Leaf),
      MissingFieldError,
      'Outer: items is missing'
    );
  });

  it('throws FieldTypeError naming the key when not an array', () => {
    expectEvtError(
      () => wrapEach(outer({ items: { 0: raw.a } }), 'items', Leaf),
      FieldTypeError,
      'Outer: items must be array, got object'
    );
  });

  it('throws naming the index of an item that is not an object', () => {
    expectEvtError(
      () => wrapEach(outer({ items: [raw.a, 7] }), 'items', Leaf),
      FieldTypeError,
      'Outer: items[1] must be object, got number'
    );
    expectEvtError(
      () => wrapEach(outer({ items: [null] }), 'items', Leaf),
      MissingFieldError,
      'Outer: items[0] is missing'
    );
  });
});

describe('wrapEachOrEmpty', () => {
  it('wraps every raw item, in order', () => {
    const items = wrapEachOrEmpty(
      outer({ more: [{ b: 'one' }, { b: 'two' }] }),
      'more',
      Leaf
    );

    expect(items.map((item) => item.b)).toEqual(['one', 'two']);
    expect(wrapEachOrEmpty(outer(), 'more', Leaf)[0]?.rawEvent).toBe(
      raw.more?.[0]
    );
  });

  it('names each item’s fields through its index (Outer: more[1].b)', () => {
    const items = wrapEachOrEmpty(
      outer({ more: [{ b: 'x' }, {}] }),
      'more',
      Leaf
    );

    expectEvtError(
      () => items[1]?.b,
      MissingFieldError,
      'Outer: more[1].b is missing'
    );
  });

  it('returns an empty array when absent or null', () => {
    expect(wrapEachOrEmpty(outer({ more: undefined }), 'more', Leaf)).toEqual(
      []
    );
    expect(wrapEachOrEmpty(outer({ more: null }), 'more', Leaf)).toEqual([]);
  });

  it('throws FieldTypeError naming the key when not an array', () => {
    expectEvtError(
      () => wrapEachOrEmpty(outer({ more: 'x' }), 'more', Leaf),
      FieldTypeError,
      'Outer: more must be array, got string'
    );
  });

  it('throws FieldTypeError naming the index of an item that is not an object', () => {
    expectEvtError(
      () => wrapEachOrEmpty(outer({ more: [true] }), 'more', Leaf),
      FieldTypeError,
      'Outer: more[0] must be object, got boolean'
    );
  });
});

describe('wrapEntries', () => {
  it('wraps every raw entry by its name', () => {
    const attributes = wrapEntries(outer(), 'attributes', Leaf);

    expect(Object.keys(attributes)).toEqual(['color', 'size']);
    expect(attributes.color?.rawEvent).toBe(raw.attributes?.color);
    expect(attributes.size?.rawEvent).toBe(raw.attributes?.size);
    expect(attributes.color?.b).toBe('red');
    expect(attributes.size?.n).toBe(40);
  });

  it('returns a map with no prototype', () => {
    const attributes = wrapEntries(outer(), 'attributes', Leaf);

    expect(Object.getPrototypeOf(attributes)).toBeNull();
    expect(attributes.toString).toBeUndefined();
    expect(attributes.constructor).toBeUndefined();
  });

  it('names each entry’s fields through its name (Outer: attributes.size.b)', () => {
    const attributes = wrapEntries(
      outer({ attributes: { size: { n: 1 } } }),
      'attributes',
      Leaf
    );

    expectEvtError(
      () => attributes.size?.b,
      MissingFieldError,
      'Outer: attributes.size.b is missing'
    );
  });

  it('passes the owner’s options down to each entry', () => {
    const event = new Outer(raw, { maxInflatedBytes: 4 });

    const attributes = wrapEntries(event, 'attributes', Leaf);

    expect(optionOf(attributes.color, 'maxInflatedBytes')).toBe(4);
  });

  it('reads __proto__ as an ordinary entry', () => {
    const entries = JSON.parse(
      '{"__proto__":{"b":"proto"},"constructor":{"b":"ctor"}}'
    );

    const attributes = wrapEntries(
      outer({ attributes: entries }),
      'attributes',
      Leaf
    );
    const proto = Object.getOwnPropertyDescriptor(attributes, '__proto__')
      ?.value as Leaf;

    expect(Object.keys(attributes)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(attributes)).toBeNull();
    expect(proto).toBeInstanceOf(Leaf);
    expect(proto.b).toBe('proto');
    expect(attributes['constructor' as string]?.b).toBe('ctor');
    expect(locate(proto, 'b').path).toBe('attributes.__proto__.b');
  });

  it('reads own keys only', () => {
    const entries = Object.assign(Object.create({ inherited: { b: 'no' } }), {
      own: { b: 'yes' },
    });

    const attributes = wrapEntries(
      outer({ attributes: entries }),
      'attributes',
      Leaf
    );

    expect(Object.keys(attributes)).toEqual(['own']);
    expect('inherited' in attributes).toBe(false);
  });

  it('returns an empty map when absent or null', () => {
    const absent = wrapEntries(
      outer({ attributes: undefined }),
      'attributes',
      Leaf
    );
    const empty = wrapEntries(outer({ attributes: null }), 'attributes', Leaf);

    expect(Object.keys(absent)).toEqual([]);
    expect(Object.keys(empty)).toEqual([]);
    expect(Object.getPrototypeOf(absent)).toBeNull();
  });

  it('throws FieldTypeError naming the key when not an object', () => {
    expectEvtError(
      () => wrapEntries(outer({ attributes: 'red' }), 'attributes', Leaf),
      FieldTypeError,
      'Outer: attributes must be object, got string'
    );
    expectEvtError(
      () => wrapEntries(outer({ attributes: [raw.a] }), 'attributes', Leaf),
      FieldTypeError,
      'Outer: attributes must be object, got array'
    );
  });

  it('throws naming an entry that is not an object', () => {
    expectEvtError(
      () =>
        wrapEntries(
          outer({ attributes: { color: raw.a, size: 40 } }),
          'attributes',
          Leaf
        ),
      FieldTypeError,
      'Outer: attributes.size must be object, got number'
    );
    expectEvtError(
      () =>
        wrapEntries(outer({ attributes: { color: null } }), 'attributes', Leaf),
      MissingFieldError,
      'Outer: attributes.color is missing'
    );
  });
});

describe('firstOf', () => {
  it('returns the first item of the list', () => {
    const event = outer();
    const items = wrapEach(event, 'items', Leaf);

    expect(firstOf(event, items, 'items')).toBe(items[0]);
    expect(firstOf(event, ['only'], 'items')).toBe('only');
  });

  it('throws MissingFieldError naming the first index when the list is empty', () => {
    const error = expectEvtError(
      () => firstOf(outer(), [], 'items'),
      MissingFieldError,
      'Outer: items[0] is missing'
    );

    expect(error).toBeInstanceOf(MissingFieldError);
    expect((error as MissingFieldError).path).toBe('items[0]');
    expect((error as MissingFieldError).className).toBe('Outer');
  });

  it('names the full path from the outermost wrapper', () => {
    const nested = new Outer(raw, { parent: new Order(order), path: 'body' });

    expectEvtError(
      () => firstOf(nested, [], 'more'),
      MissingFieldError,
      'Order: body.more[0] is missing'
    );
  });
});

// Both read a JSON field into a wrapper; the compressed one inflates it first.
describe.each([
  [
    'decodeNestedJson',
    (owner: Outer, json: string) =>
      decodeNestedJson(owner, json, 'payload', Leaf),
  ],
  [
    'decodeNestedCompressedJson',
    (owner: Outer, json: string) =>
      decodeNestedCompressedJson(owner, gzipSync(json), 'payload', Leaf),
  ],
])('%s', (_, decode) => {
  it('wraps the parsed JSON', () => {
    const nested = decode(outer(), raw.payload as string);

    expect(nested).toBeInstanceOf(Leaf);
    expect(nested.rawEvent).toEqual({ b: 'nested', n: 3 });
    expect(nested.b).toBe('nested');
    expect(nested.n).toBe(3);
  });

  it('names nested fields through the JSON field (Outer: payload.b)', () => {
    const nested = decode(outer(), '{"n":1}');

    expectEvtError(
      () => nested.b,
      MissingFieldError,
      'Outer: payload.b is missing'
    );
  });

  it('parses with the owner’s jsonDeserializer, and passes it down', () => {
    const jsonDeserializer = counted((text: string) => ({
      ...JSON.parse(text),
      b: 'custom',
    }));
    const event = new Outer(raw, { jsonDeserializer });

    const nested = decode(event, '{"b":"x"}');

    expect(nested.b).toBe('custom');
    expect(jsonDeserializer.calls).toBe(1);
    expect(optionOf(nested, 'jsonDeserializer')).toBe(jsonDeserializer);
  });

  it('throws DecodeError naming the field when the text is not JSON', () => {
    expectEvtError(
      () => decode(outer(), 'nope'),
      DecodeError,
      "Outer: payload is not valid JSON: Unexpected token 'o'"
    );
  });

  it('throws when the JSON is not an object', () => {
    expectEvtError(
      () => decode(outer(), '[1]'),
      FieldTypeError,
      'Outer: payload must be object, got array'
    );
    expectEvtError(
      () => decode(outer(), 'null'),
      MissingFieldError,
      'Outer: payload is missing'
    );
  });
});

describe('decodeNestedCompressedJson', () => {
  const json = '{"b":"inflated","n":4}';
  const zipped = gzipSync(json);

  it('inflates zlib data as well as gzip', () => {
    const nested = decodeNestedCompressedJson(
      outer(),
      deflateSync(json),
      'payload',
      Leaf
    );

    expect(nested.rawEvent).toEqual({ b: 'inflated', n: 4 });
  });

  it('charges the inflated JSON to the event’s budget', () => {
    const event = new Outer(raw, { maxJsonBytes: 2 * json.length });

    decodeNestedCompressedJson(event, zipped, 'payload', Leaf);
    decodeNestedCompressedJson(event, zipped, 'payload', Leaf);

    expectEvtError(
      () => decodeNestedCompressedJson(event, zipped, 'payload', Leaf),
      PayloadTooLargeError,
      `Outer: payload would pass the event's JSON budget of ${2 * json.length} bytes (maxJsonBytes)`
    );
  });

  it('throws DecodeError naming the field for data that is not compressed', () => {
    expectEvtError(
      () =>
        decodeNestedCompressedJson(
          outer(),
          Buffer.from('not gzip'),
          'payload',
          Leaf
        ),
      DecodeError,
      'Outer: payload is not valid gzip/zlib data: incorrect header check'
    );
  });
});

describe('UNSET', () => {
  class Cached extends EventWrapper<{ value?: string | null | undefined }> {
    static override readonly typeName: string = 'Cached';
    readonly compute: (() => string | null | undefined) & { calls: number };
    #value: string | null | undefined | typeof UNSET = UNSET;

    constructor(
      raw: { value?: string | null | undefined },
      options?: EventOptions
    ) {
      super(raw, options);
      this.compute = counted(() => this.raw.value);
    }

    get value(): string | null | undefined {
      if (this.#value === UNSET) this.#value = this.compute();
      return this.#value;
    }
  }

  it('is a symbol of its own', () => {
    expect(typeof UNSET).toBe('symbol');
    expect(UNSET.description).toBe('evt.unset');
    expect(UNSET).not.toBe(Symbol.for('evt.unset'));
  });

  it.each([
    ['a string', 'text'],
    ['undefined', undefined],
    ['null', null],
  ])('lets a cached getter compute %s once', (_, value) => {
    const cached = new Cached({ value });

    expect(cached.value).toBe(value);
    expect(cached.value).toBe(value);
    expect(cached.compute.calls).toBe(1);
  });
});
