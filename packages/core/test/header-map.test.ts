import { expectEvtError } from '@evt/tooling-config/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FieldTypeError,
  HeaderMap,
  readHeaderMap,
  readMultiValueHeaderMap,
} from '../src/index';
import { type Line, Order, order, sample as owner } from './fixtures';

const PAIRS: [string, string][] = [
  ['Content-Type', 'application/json'],
  ['X-Forwarded-For', '203.0.113.1'],
  ['x-forwarded-for', '198.51.100.7'],
];

/** Every value of `name` in `pairs`, compared as `toLowerCase` compares: the reference. */
const asciiLower = (name: string): string =>
  name.replace(/[A-Z]/g, (letter) => letter.toLowerCase());

function valuesOf(pairs: readonly [string, string][], name: string): string[] {
  const lower = asciiLower(name);
  return pairs
    .filter(([candidate]) => asciiLower(candidate) === lower)
    .map(([, value]) => value);
}

describe('HeaderMap', () => {
  describe('get', () => {
    it('returns the first value whatever the case', () => {
      const headers = new HeaderMap(PAIRS);

      expect(headers.get('x-FORWARDED-for')).toBe('203.0.113.1');
      expect(headers.get('content-type')).toBe('application/json');
      expect(headers.get('X-Forwarded-For')).toBe('203.0.113.1');
    });

    it('returns undefined for an absent header, on the first lookup too', () => {
      expect(new HeaderMap(PAIRS).get('accept')).toBeUndefined();
      expect(new HeaderMap().get('accept')).toBeUndefined();
    });

    it('matches the name exactly when asked to', () => {
      const headers = new HeaderMap(PAIRS);

      expect(headers.get('x-forwarded-for', true)).toBe('198.51.100.7');
      expect(headers.get('X-Forwarded-For', true)).toBe('203.0.113.1');
      expect(headers.get('content-type', true)).toBeUndefined();
    });

    it('compares only ASCII letters by case', () => {
      const headers = new HeaderMap([
        ['[', 'bracket'],
        ['@', 'at'],
        ['A-Z', 'letters'],
      ]);

      expect(headers.get('{')).toBeUndefined();
      expect(headers.get('`')).toBeUndefined();
      expect(headers.get('a-z')).toBe('letters');
      expect(headers.get('[')).toBe('bracket');
    });

    it('folds ASCII case only: header names are ASCII tokens', () => {
      const headers = new HeaderMap([
        ['X-Ä', 'umlaut'],
        ['\u0130d', 'dotted'],
        ['X-\u212a', 'kelvin'],
      ]);

      expect(headers.get('x-Ä')).toBe('umlaut');
      expect(headers.get('x-ä')).toBeUndefined();
      expect(headers.get('\u0130D')).toBe('dotted');
      expect(headers.get('i\u0307d')).toBeUndefined();
      expect(headers.get('x-k')).toBeUndefined();
      expect(headers.get('X-\u212A')).toBe('kelvin');
      expect(headers.get('id')).toBeUndefined();
    });

    it('returns the same values once the map has indexed its names', () => {
      const headers = new HeaderMap(PAIRS);

      for (let lookup = 0; lookup < 20; lookup++) {
        expect(headers.get('X-FORWARDED-FOR')).toBe('203.0.113.1');
        expect(headers.get('accept')).toBeUndefined();
        expect(headers.has('content-type')).toBe(true);
      }
      expect(headers.getAll('x-forwarded-for')).toEqual([
        '203.0.113.1',
        '198.51.100.7',
      ]);
    });
  });

  describe('getValue', () => {
    it('returns the value, or the default when absent', () => {
      const headers = new HeaderMap(PAIRS);

      expect(headers.getValue('content-type', 'none')).toBe('application/json');
      expect(headers.getValue('accept', 'none')).toBe('none');
      expect(headers.getValue('accept')).toBeUndefined();
    });

    it('matches the name exactly when asked to', () => {
      const headers = new HeaderMap(PAIRS);

      expect(headers.getValue('content-type', 'none', true)).toBe('none');
      expect(headers.getValue('Content-Type', 'none', true)).toBe(
        'application/json'
      );
    });
  });

  describe('getAll', () => {
    it('returns every value in order, as a copy', () => {
      const headers = new HeaderMap(PAIRS);
      const values = headers.getAll('x-forwarded-for');
      values.push('changed');

      expect(headers.getAll('X-Forwarded-For')).toEqual([
        '203.0.113.1',
        '198.51.100.7',
      ]);
      expect(headers.getAll('accept')).toEqual([]);
    });
  });

  describe('has', () => {
    it('tells whether a header is present, whatever the case', () => {
      expect(new HeaderMap(PAIRS).has('accept')).toBe(false);
      expect(new HeaderMap(PAIRS).has('CONTENT-type')).toBe(true);
    });
  });

  describe('size', () => {
    it('counts every entry, repeated names included', () => {
      expect(new HeaderMap(PAIRS).size).toBe(3);
      expect(new HeaderMap().size).toBe(0);
    });
  });

  describe('iteration', () => {
    it('keeps the original names and order', () => {
      const headers = new HeaderMap(PAIRS);

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
      expect([...headers.entries()]).toEqual(PAIRS);
      expect([...headers]).toEqual(PAIRS);
    });
  });

  describe('toJSON', () => {
    it('returns the first value of each original name, without a prototype', () => {
      const json = new HeaderMap([
        ...PAIRS,
        ['Content-Type', 'text/plain'],
      ]).toJSON();

      expect(Object.getPrototypeOf(json)).toBeNull();
      expect(Object.keys(json)).toEqual([
        'Content-Type',
        'X-Forwarded-For',
        'x-forwarded-for',
      ]);
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

  it('finds every header whose name matches ignoring ASCII case (property)', () => {
    const name = fc.string({
      unit: fc.constantFrom(...'aAbBzZ-_[{@`\u00c4\u00e4\u0130i\u0307\u212ak'),
      maxLength: 4,
    });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(name, fc.string()), { maxLength: 12 }),
        fc.array(name, { maxLength: 20 }),
        (pairs, probes) => {
          const map = new HeaderMap(pairs);
          for (const probe of [...probes, ...probes]) {
            const expected = valuesOf(pairs, probe);
            expect(map.get(probe)).toBe(expected[0]);
            expect(map.getAll(probe)).toEqual(expected);
            expect(map.has(probe)).toBe(expected.length > 0);
          }
          expect(map.size).toBe(pairs.length);
        }
      )
    );
  });

  describe('built from a raw object', () => {
    it('looks up names whatever the case', () => {
      const headers = new HeaderMap({
        'Content-Type': 'application/json',
        Accept: '*/*',
      });

      expect(headers.get('content-type')).toBe('application/json');
      expect(headers.get('ACCEPT')).toBe('*/*');
      expect(headers.get('Accept', true)).toBe('*/*');
      expect(headers.get('accept', true)).toBeUndefined();
      expect(headers.get('x-none')).toBeUndefined();
      expect(headers.size).toBe(2);
      expect([...headers]).toEqual([
        ['Content-Type', 'application/json'],
        ['Accept', '*/*'],
      ]);
    });

    it('reads the exact spelling first, then the lower-case one, then the first in order', () => {
      const headers = new HeaderMap({
        'X-Id': 'first',
        'x-id': 'lower',
        'X-ID': 'upper',
      });
      const mixed = new HeaderMap({ 'X-Id': 'first', 'X-ID': 'upper' });

      expect(headers.get('X-ID')).toBe('upper');
      expect(headers.get('x-ID')).toBe('lower');
      expect(mixed.get('x-id')).toBe('first');
      expect(mixed.getAll('x-id')).toEqual(['first', 'upper']);
    });

    it('treats null and undefined values as no header', () => {
      const headers = new HeaderMap({
        Accept: '*/*',
        Empty: null,
        Gone: undefined,
      });

      expect(headers.has('empty')).toBe(false);
      expect(headers.getAll('EMPTY')).toEqual([]);
      expect(headers.get('Gone', true)).toBeUndefined();
      expect(headers.size).toBe(1);
      expect([...headers.keys()]).toEqual(['Accept']);
    });

    it('skips a name without a value for a later spelling that has one', () => {
      const headers = new HeaderMap({ 'X-Id': null, 'X-ID': 'upper' });
      const lists = new HeaderMap(
        { 'X-Id': [], 'X-ID': ['upper'] },
        { multiValue: true }
      );

      expect(headers.get('x-iD')).toBe('upper');
      expect(lists.get('x-iD')).toBe('upper');
    });

    it('reads every value of a multi-value object', () => {
      const headers = new HeaderMap(
        { Accept: ['a', 'b'], 'X-Empty': [], Gone: null },
        { multiValue: true }
      );

      expect(headers.get('accept')).toBe('a');
      expect(headers.get('Accept', true)).toBe('a');
      expect(headers.getAll('ACCEPT')).toEqual(['a', 'b']);
      expect(headers.has('x-empty')).toBe(false);
      expect(headers.size).toBe(2);
      expect([...headers]).toEqual([
        ['Accept', 'a'],
        ['Accept', 'b'],
      ]);
    });

    it('returns the same values once the map has indexed its names', () => {
      const headers = new HeaderMap({ 'X-Id': 'first', 'X-ID': 'upper' });

      for (let lookup = 0; lookup < 20; lookup++) {
        expect(headers.get('x-id')).toBe('first');
        expect(headers.get('accept')).toBeUndefined();
      }
      expect(headers.getAll('x-ID')).toEqual(['first', 'upper']);
    });

    it('checks a value only when a read reaches it', () => {
      const headers = new HeaderMap({ Accept: '*/*', Bad: 1 } as never, {
        path: 'headers',
      });

      expect(headers.get('accept')).toBe('*/*');
      expectEvtError(
        () => headers.size,
        FieldTypeError,
        'headers.Bad must be string, got number'
      );
    });

    it('throws FieldTypeError naming the header, with or without a path', () => {
      expectEvtError(
        () => new HeaderMap({ A: 1 } as never).get('a'),
        FieldTypeError,
        'A must be string, got number'
      );
      expectEvtError(
        () => new HeaderMap({ A: 1 } as never, { owner }).get('A'),
        FieldTypeError,
        'Sample: A must be string, got number'
      );
    });

    it('reads a lone string in a multi-value object as one value', () => {
      const map = new HeaderMap(
        { A: 'x', B: ['y', 'z'] },
        { multiValue: true }
      );

      expect(map.getAll('a')).toEqual(['x']);
      expect(map.getAll('b')).toEqual(['y', 'z']);
      expect([...map]).toEqual([
        ['A', 'x'],
        ['B', 'y'],
        ['B', 'z'],
      ]);
    });

    it('throws FieldTypeError naming a multi-value header or item', () => {
      const options = { multiValue: true, path: 'multiValueHeaders' };

      expectEvtError(
        () => new HeaderMap({ A: 5 } as never, options).get('a'),
        FieldTypeError,
        'multiValueHeaders.A must be array, got number'
      );
      expectEvtError(
        () => new HeaderMap({ A: ['x', 2] } as never, options).getAll('a'),
        FieldTypeError,
        'multiValueHeaders.A[1] must be string, got number'
      );
    });
  });
});

describe('readHeaderMap', () => {
  it('builds a map over a raw object, skipping null values', () => {
    const map = readHeaderMap(
      owner,
      { Accept: '*/*', Empty: null as never },
      'headers'
    );

    expect(map.get('accept')).toBe('*/*');
    expect(map.has('empty')).toBe(false);
    expect(map.size).toBe(1);
  });

  it('returns an empty map when the field is absent or null', () => {
    expect(readHeaderMap(owner, null, 'headers').size).toBe(0);
    expect(readHeaderMap(owner, undefined, 'headers').get('a')).toBe(undefined);
  });

  it('throws FieldTypeError when the field is not an object', () => {
    expectEvtError(
      () => readHeaderMap(owner, 'x' as never, 'headers'),
      FieldTypeError,
      'Sample: headers must be object, got string'
    );
  });

  it('throws FieldTypeError naming the header when a read reaches a bad value', () => {
    const map = readHeaderMap(owner, { A: 1 } as never, 'headers');

    expectEvtError(
      () => map.get('a'),
      FieldTypeError,
      'Sample: headers.A must be string, got number'
    );
  });

  it('names the full path from the outermost wrapper', () => {
    const line = new Order(order).lines[0] as Line;
    const map = readHeaderMap(line, { A: [] } as never, 'note');

    expectEvtError(
      () => [...map],
      FieldTypeError,
      'Order: lines[0].note.A must be string, got array'
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
    expect(map.size).toBe(2);
  });

  it('returns an empty map when the field is absent', () => {
    expect(readMultiValueHeaderMap(owner, null, 'multiValueHeaders').size).toBe(
      0
    );
  });

  it('throws FieldTypeError naming the header or the value', () => {
    expectEvtError(
      () =>
        readMultiValueHeaderMap(
          owner,
          { A: true } as never,
          'multiValueHeaders'
        ).get('a'),
      FieldTypeError,
      'Sample: multiValueHeaders.A must be array, got boolean'
    );
    expectEvtError(
      () =>
        readMultiValueHeaderMap(
          owner,
          { A: ['x', 2] } as never,
          'multiValueHeaders'
        ).size,
      FieldTypeError,
      'Sample: multiValueHeaders.A[1] must be string, got number'
    );
    expectEvtError(
      () => readMultiValueHeaderMap(owner, [] as never, 'multiValueHeaders'),
      FieldTypeError,
      'Sample: multiValueHeaders must be object, got array'
    );
  });
});
