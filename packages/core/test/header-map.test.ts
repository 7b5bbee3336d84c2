import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HeaderMap,
  readHeaderMap,
  readMultiValueHeaderMap,
} from '../src/index';
import { Order, order } from './fixtures';

const owner = new Order(order);

describe('HeaderMap', () => {
  const headers = new HeaderMap([
    ['Content-Type', 'application/json'],
    ['X-Forwarded-For', '203.0.113.1'],
    ['x-forwarded-for', '198.51.100.7'],
  ]);

  describe('get', () => {
    it('returns the first value whatever the case', () => {
      expect(headers.get('content-type')).toBe('application/json');
      expect(headers.get('X-FORWARDED-FOR')).toBe('203.0.113.1');
      expect(headers.get('accept')).toBeUndefined();
    });

    it('matches the name exactly when asked to', () => {
      expect(headers.get('x-forwarded-for', true)).toBe('198.51.100.7');
      expect(headers.get('X-Forwarded-For', true)).toBe('203.0.113.1');
      expect(headers.get('content-type', true)).toBeUndefined();
    });
  });

  describe('getAll', () => {
    it('returns every value in order, as a copy', () => {
      const values = headers.getAll('x-forwarded-for');
      values.push('changed');

      expect(headers.getAll('X-Forwarded-For')).toEqual([
        '203.0.113.1',
        '198.51.100.7',
      ]);
      expect(headers.getAll('accept')).toEqual([]);
    });
  });

  describe('has and size', () => {
    it('tell presence and count entries', () => {
      expect(headers.has('CONTENT-type')).toBe(true);
      expect(headers.has('accept')).toBe(false);
      expect(headers.size).toBe(3);
    });
  });

  describe('iteration', () => {
    it('keeps the original names and order', () => {
      expect([...headers.keys()]).toEqual([
        'Content-Type',
        'X-Forwarded-For',
        'x-forwarded-for',
      ]);
      expect([...headers.values()]).toEqual([
        'application/json',
        '203.0.113.1',
        '198.51.100.7',
      ]);
      expect([...headers][0]).toEqual(['Content-Type', 'application/json']);
      expect([...headers.entries()].length).toBe(3);
    });
  });

  describe('toJSON', () => {
    it('returns the first value of each original name, without a prototype', () => {
      const json = headers.toJSON();

      expect(Object.getPrototypeOf(json)).toBeNull();
      expect({ ...json }).toEqual({
        'Content-Type': 'application/json',
        'X-Forwarded-For': '203.0.113.1',
        'x-forwarded-for': '198.51.100.7',
      });
    });
  });

  it('treats prototype names as ordinary headers', () => {
    const odd = new HeaderMap([
      ['__proto__', 'a'],
      ['constructor', 'b'],
    ]);

    expect(odd.get('__PROTO__')).toBe('a');
    expect(odd.get('Constructor')).toBe('b');
    expect(odd.get('toString')).toBeUndefined();
    expect(odd.has('hasOwnProperty')).toBe(false);
    expect(
      Object.getOwnPropertyDescriptor(odd.toJSON(), '__proto__')?.value
    ).toBe('a');
  });

  it('finds every header by any casing of its name (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string(), fc.string()), { maxLength: 20 }),
        fc.string(),
        (entries, probe) => {
          const map = new HeaderMap(entries);
          for (const [name, value] of entries) {
            expect(map.has(name.toUpperCase())).toBe(true);
            expect(map.getAll(name.toLowerCase())).toContain(value);
          }
          const expected = entries.filter(
            ([name]) => name.toLowerCase() === probe.toLowerCase()
          );
          expect(map.get(probe)).toBe(expected[0]?.[1]);
          expect(map.size).toBe(entries.length);
        }
      )
    );
  });
});

describe('readHeaderMap', () => {
  it('builds a map from a raw object, skipping null values', () => {
    const map = readHeaderMap(
      owner,
      { Accept: '*/*', Empty: null as never },
      'headers'
    );

    expect(map.get('accept')).toBe('*/*');
    expect(map.has('empty')).toBe(false);
  });

  it('returns an empty map when the field is absent', () => {
    expect(readHeaderMap(owner, null, 'headers').size).toBe(0);
  });

  it('throws FieldTypeError naming the header', () => {
    expect(() => readHeaderMap(owner, { A: 1 } as never, 'headers')).toThrow(
      'Order: headers.A must be string, got number'
    );
    expect(() => readHeaderMap(owner, 'x' as never, 'headers')).toThrow(
      'Order: headers must be object, got string'
    );
  });
});

describe('readMultiValueHeaderMap', () => {
  it('builds a map with every value', () => {
    const map = readMultiValueHeaderMap(
      owner,
      { Accept: ['a', 'b'], Gone: null as never },
      'multiValueHeaders'
    );

    expect(map.getAll('accept')).toEqual(['a', 'b']);
    expect(map.has('gone')).toBe(false);
  });

  it('throws FieldTypeError naming the header or the value', () => {
    expect(() =>
      readMultiValueHeaderMap(owner, { A: 'x' } as never, 'multiValueHeaders')
    ).toThrow('Order: multiValueHeaders.A must be array, got string');
    expect(() =>
      readMultiValueHeaderMap(
        owner,
        { A: ['x', 2] } as never,
        'multiValueHeaders'
      )
    ).toThrow('Order: multiValueHeaders.A[1] must be string, got number');
  });
});
