import { describe, expect, it } from 'vitest';
import { CommandError } from '../src/errors';
import { parsePath, parseValue, setPath } from '../src/set-path';

describe('parsePath', () => {
  it('splits keys, indexes and quoted keys', () => {
    expect(parsePath('Records[0].body')).toEqual(['Records', 0, 'body']);
    expect(parsePath('[1][2].a')).toEqual([1, 2, 'a']);
    expect(parsePath('headers["x.y"].z')).toEqual(['headers', 'x.y', 'z']);
    expect(parsePath('detail-type')).toEqual(['detail-type']);
  });

  it.each([
    ['', 'is empty'],
    ['a..b', 'has an empty key'],
    ['a.', 'ends with a .'],
    ['a[0', 'has a [ without ]'],
    ['a[x]', 'has [x]: an index is a whole number'],
    ['a[-1]', 'has [-1]: an index is a whole number'],
    ['a[]', 'has []: an index is a whole number'],
    ['a["x]', 'has a quoted key that is not a JSON string'],
    ['a[0]b', 'needs a . or [ after ]'],
  ])('refuses %j: %s', (path, why) => {
    expect(() => parsePath(path)).toThrow(
      new CommandError(`--set: the path ${JSON.stringify(path)} ${why}`, 2)
    );
  });
});

describe('parseValue', () => {
  it('reads JSON where it parses, else the text', () => {
    expect(parseValue('3')).toBe(3);
    expect(parseValue('"3"')).toBe('3');
    expect(parseValue('null')).toBeNull();
    expect(parseValue('{"a":[1]}')).toEqual({ a: [1] });
    expect(parseValue('eu-west-1')).toBe('eu-west-1');
    expect(parseValue('')).toBe('');
  });
});

describe('setPath', () => {
  it('sets a field, creating what is missing on the way', () => {
    const event: Record<string, unknown> = { a: { b: 1 }, list: [{ x: 1 }] };

    setPath(event, 'a.c=2');
    setPath(event, 'list[0].x=5');
    setPath(event, 'list[1]={"y":true}');
    setPath(event, 'made.deep[0].leaf=v');
    setPath(event, 'nulled=null');
    setPath(event, 'nulled.now=1');

    expect(event).toEqual({
      a: { b: 1, c: 2 },
      list: [{ x: 5 }, { y: true }],
      made: { deep: [{ leaf: 'v' }] },
      nulled: { now: 1 },
    });
  });

  it('sets an index of an event that is an array', () => {
    const event = [{ a: 1 }];

    setPath(event, '[0].a=2');

    expect(event).toEqual([{ a: 2 }]);
  });

  it('keeps the value after the first = whole', () => {
    const event: Record<string, unknown> = {};

    setPath(event, 'query=a=b&c=d');

    expect(event.query).toBe('a=b&c=d');
  });

  it('sets __proto__ as data, never as the prototype', () => {
    const event: Record<string, unknown> = {};

    setPath(event, '__proto__.polluted=1');

    expect(Object.getPrototypeOf(event)).toBe(Object.prototype);
    expect(Object.hasOwn(event, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses to go through a value that is no object', () => {
    expect(() => setPath('text', 'a=1')).toThrow(
      '--set a: the event is a string, not an object or array'
    );
    expect(() => setPath({ a: [] }, 'a.b.c=1')).toThrow(
      '--set a.b.c: a is an array, so .b does not fit'
    );
    expect(() => setPath({ a: {} }, 'a[0]=1')).toThrow(
      '--set a[0]: a is an object, so [0] does not fit'
    );
    expect(() => setPath(null, 'a=1')).toThrow(
      '--set a: the event is null, not an object or array'
    );
    expect(() => setPath({}, '[0]=1')).toThrow(
      '--set [0]: the event is an object, so [0] does not fit'
    );
    expect(() => setPath([], '[1]=1')).toThrow(
      '--set [1]: the event has 0 items, so [1] is past its end'
    );
  });
});
