import { describe, expect, it } from 'vitest';
import {
  arrayOrEmpty,
  DecodeError,
  decodeNestedJson,
  FieldTypeError,
  MissingFieldError,
  mapOrEmpty,
  optionalBoolean,
  optionalNumber,
  optionalObject,
  optionalString,
  optionalStringOf,
  requireArray,
  requireBoolean,
  requireNumber,
  requireObject,
  requireString,
  stringArrayOrEmpty,
  stringMapOrEmpty,
  wrapEach,
} from '../src/index';
import { Line, Order, order } from './fixtures';

const owner = new Order(order);

describe('required readers', () => {
  it('return values of the right type', () => {
    expect(requireString(owner, 'a', 'x')).toBe('a');
    expect(requireNumber(owner, 0, 'x')).toBe(0);
    expect(requireBoolean(owner, false, 'x')).toBe(false);
    expect(requireObject(owner, { a: 1 }, 'x')).toEqual({ a: 1 });
    expect(requireArray(owner, [1], 'x')).toEqual([1]);
  });

  it('throw MissingFieldError naming the path when absent or null', () => {
    expect(() => requireString(owner, undefined, 'a.b')).toThrow(
      new MissingFieldError({ className: 'Order', path: 'a.b' })
    );
    expect(() => requireNumber(owner, null, 'n')).toThrow(
      'Order: n is missing'
    );
    expect(() => requireBoolean(owner, undefined, 'b')).toThrow(
      MissingFieldError
    );
    expect(() => requireObject(owner, null, 'o')).toThrow(MissingFieldError);
    expect(() => requireArray(owner, undefined, 'l')).toThrow(
      MissingFieldError
    );
  });

  it('throw FieldTypeError naming the path and kinds when mistyped', () => {
    expect(() => requireString(owner, 1 as never, 'a')).toThrow(
      'Order: a must be string, got number'
    );
    expect(() => requireNumber(owner, '1' as never, 'n')).toThrow(
      'Order: n must be number, got string'
    );
    expect(() => requireBoolean(owner, 'true' as never, 'b')).toThrow(
      'Order: b must be boolean, got string'
    );
    expect(() => requireObject(owner, [] as never, 'o')).toThrow(
      'Order: o must be object, got array'
    );
    expect(() => requireArray(owner, {} as never, 'l')).toThrow(
      'Order: l must be array, got object'
    );
  });
});

describe('optional readers', () => {
  it('return values of the right type', () => {
    expect(optionalString(owner, 'a', 'x')).toBe('a');
    expect(optionalNumber(owner, 3, 'x')).toBe(3);
    expect(optionalBoolean(owner, true, 'x')).toBe(true);
    expect(optionalObject(owner, { a: 1 }, 'x')).toEqual({ a: 1 });
  });

  it('return undefined when absent or null', () => {
    expect(optionalString(owner, null, 'x')).toBeUndefined();
    expect(optionalNumber(owner, undefined, 'x')).toBeUndefined();
    expect(optionalBoolean(owner, null, 'x')).toBeUndefined();
    expect(optionalObject(owner, undefined, 'x')).toBeUndefined();
  });

  it('throw FieldTypeError when mistyped', () => {
    expect(() => optionalString(owner, {} as never, 's')).toThrow(
      'Order: s must be string, got object'
    );
    expect(() => optionalNumber(owner, '2' as never, 'n')).toThrow(
      'Order: n must be number, got string'
    );
    expect(() => optionalBoolean(owner, 0 as never, 'b')).toThrow(
      'Order: b must be boolean, got number'
    );
    expect(() => optionalObject(owner, 'x' as never, 'o')).toThrow(
      'Order: o must be object, got string'
    );
  });
});

describe('defaults for optional maps and lists', () => {
  it('mapOrEmpty returns the map, or a frozen empty object', () => {
    const map = { a: '1' };

    expect(mapOrEmpty(owner, map, 'm')).toBe(map);
    expect(mapOrEmpty(owner, null, 'm')).toEqual({});
    expect(Object.isFrozen(mapOrEmpty(owner, undefined, 'm'))).toBe(true);
  });

  it('stringMapOrEmpty checks every value', () => {
    expect(stringMapOrEmpty(owner, { a: '1' }, 'm')).toEqual({ a: '1' });
    expect(stringMapOrEmpty(owner, null, 'm')).toEqual({});
    expect(() => stringMapOrEmpty(owner, { a: 1 } as never, 'm')).toThrow(
      'Order: m.a must be string, got number'
    );
  });

  it('arrayOrEmpty returns the list, or an empty one', () => {
    expect(arrayOrEmpty(owner, ['a'], 'l')).toEqual(['a']);
    expect(arrayOrEmpty(owner, null, 'l')).toEqual([]);
    expect(() => arrayOrEmpty(owner, 'a' as never, 'l')).toThrow(
      'Order: l must be array, got string'
    );
  });

  it('stringArrayOrEmpty checks every item', () => {
    expect(stringArrayOrEmpty(owner, ['a', 'b'], 'l')).toEqual(['a', 'b']);
    expect(stringArrayOrEmpty(owner, undefined, 'l')).toEqual([]);
    expect(() => stringArrayOrEmpty(owner, ['a', 2] as never, 'l')).toThrow(
      'Order: l[1] must be string, got number'
    );
  });
});

describe('wrapEach', () => {
  it('wraps every item with its index in the path', () => {
    const lines = wrapEach(owner, order.lines, 'lines', Line);

    expect(lines.map((line) => line.sku)).toEqual(['A-1', 'B-2']);
    expect(
      () => wrapEach(owner, [{ quantity: 1 }] as never, 'lines', Line)[0]?.sku
    ).toThrow('Order: lines[0].sku is missing');
  });

  it('throws when the list is absent', () => {
    expect(() => wrapEach(owner, undefined, 'lines', Line)).toThrow(
      'Order: lines is missing'
    );
  });
});

describe('decodeNestedJson', () => {
  it('wraps the parsed JSON and names nested paths through the field', () => {
    const nested = decodeNestedJson(
      owner,
      JSON.stringify({ sku: 'C-3' }),
      'body',
      Line
    );

    expect(nested.sku).toBe('C-3');
    expect(() => nested.quantity).toThrow('Order: body.quantity is missing');
  });

  it('throws DecodeError when the text is not JSON', () => {
    expect(() => decodeNestedJson(owner, 'nope', 'body', Line)).toThrow(
      DecodeError
    );
  });

  it('throws FieldTypeError when the JSON is not an object', () => {
    expect(() => decodeNestedJson(owner, '[1]', 'body', Line)).toThrow(
      new FieldTypeError('object', 'array', {
        className: 'Order',
        path: 'body',
      })
    );
  });
});

describe('optionalStringOf', () => {
  const kinds = ['INSERT', 'MODIFY', 'REMOVE'] as const;

  it('returns an allowed value, or undefined when absent', () => {
    expect(optionalStringOf(owner, 'MODIFY', 'eventName', kinds)).toBe(
      'MODIFY'
    );
    expect(optionalStringOf(owner, null, 'eventName', kinds)).toBeUndefined();
  });

  it('throws FieldTypeError naming the allowed values', () => {
    expect(() => optionalStringOf(owner, 'UPSERT', 'eventName', kinds)).toThrow(
      'Order: eventName must be INSERT | MODIFY | REMOVE, got "UPSERT"'
    );
    expect(() =>
      optionalStringOf(owner, 1 as never, 'eventName', kinds)
    ).toThrow('Order: eventName must be string, got number');
  });
});
