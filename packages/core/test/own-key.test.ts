import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hasOwnKey } from '../src/index';

describe('hasOwnKey', () => {
  it('answers for own keys only, as Object.hasOwn does (property)', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.jsonValue()),
        fc.string(),
        fc.boolean(),
        (entries, key, withoutPrototype) => {
          const object = withoutPrototype
            ? Object.assign(Object.create(null), entries)
            : entries;
          expect(hasOwnKey(object, key)).toBe(Object.hasOwn(object, key));
        }
      )
    );
  });

  it('says false for inherited keys and true for own ones named like them', () => {
    const parsed = JSON.parse('{"__proto__":"1","constructor":"2","page":"3"}');

    expect(hasOwnKey({}, 'toString')).toBe(false);
    expect(hasOwnKey({}, '__proto__')).toBe(false);
    expect(hasOwnKey(parsed, '__proto__')).toBe(true);
    expect(hasOwnKey(parsed, 'constructor')).toBe(true);
    expect(hasOwnKey(parsed, 'page')).toBe(true);
    expect(hasOwnKey(Object.create(parsed), 'page')).toBe(false);
  });

  it('reads symbols and array indexes', () => {
    const key = Symbol('key');

    expect(hasOwnKey({ [key]: 1 }, key)).toBe(true);
    expect(hasOwnKey({}, key)).toBe(false);
    expect(hasOwnKey(['a'], 0)).toBe(true);
    expect(hasOwnKey(['a'], 1)).toBe(false);
  });

  it('calls the prototype’s hasOwnProperty while it is intact, the form V8 optimises', () => {
    const fallback = vi.spyOn(Object, 'hasOwn');
    try {
      expect(hasOwnKey({ page: '2' }, 'page')).toBe(true);
      expect(fallback).not.toHaveBeenCalled();
    } finally {
      fallback.mockRestore();
    }
  });

  describe('with Object.prototype.hasOwnProperty polluted with data', () => {
    const original = Object.getOwnPropertyDescriptor(
      Object.prototype,
      'hasOwnProperty'
    ) as PropertyDescriptor;
    afterEach(() => {
      Object.defineProperty(Object.prototype, 'hasOwnProperty', original);
    });

    it.each(['polluted', { injected: true }, 1, null])(
      'still answers when it holds %j',
      (pollution) => {
        Object.defineProperty(Object.prototype, 'hasOwnProperty', {
          ...original,
          value: pollution,
        });

        expect(hasOwnKey({ page: '2' }, 'page')).toBe(true);
        expect(hasOwnKey({ page: '2' }, 'toString')).toBe(false);
        expect(hasOwnKey(Object.create({ page: '2' }), 'page')).toBe(false);
      }
    );
  });
});
