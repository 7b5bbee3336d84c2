import { describe, expect, it } from 'vitest';
import { connectResponse } from '../src/index';

describe('connectResponse', () => {
  it('returns the flat string map of the Administrator Guide’s example', () => {
    const response = connectResponse({
      AccountId: 'a12345689',
      Balance: '$1000',
    });

    expect(response).toStrictEqual({
      AccountId: 'a12345689',
      Balance: '$1000',
    });
    expect(JSON.stringify(response)).toBe(
      '{"AccountId":"a12345689","Balance":"$1000"}'
    );
  });

  it('converts numbers and booleans to strings', () => {
    expect(
      connectResponse({ customerBalance: 412, isMember: true, overdue: false })
    ).toStrictEqual({
      customerBalance: '412',
      isMember: 'true',
      overdue: 'false',
    });
  });

  it('leaves out keys whose value is undefined', () => {
    expect(
      connectResponse({ Name: 'CustomerName', CallerType: undefined })
    ).toStrictEqual({ Name: 'CustomerName' });
  });

  it('returns an empty map for no values', () => {
    expect(connectResponse({})).toStrictEqual({});
  });

  it('keeps a __proto__ key as an ordinary key', () => {
    const values = JSON.parse('{"__proto__":"x"}') as Record<string, string>;

    const response = connectResponse(values);

    expect(Object.keys(response)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(response)).toBe(Object.prototype);
  });

  it('returns a new object, leaving the values as they were', () => {
    const values = Object.freeze({ Tries: 3 });

    const response = connectResponse(values);

    expect(response).not.toBe(values);
    expect(values).toStrictEqual({ Tries: 3 });
  });

  it.each([
    ['address', { address: { First: 'John' } }, 'object'],
    ['OrderIds', { OrderIds: ['x123', 'y123'] }, 'array'],
    ['Name', { Name: null }, 'null'],
    ['Balance', { Balance: Number.NaN }, 'number NaN'],
    ['Limit', { Limit: Number.POSITIVE_INFINITY }, 'number Infinity'],
    ['Count', { Count: 10n }, 'bigint'],
  ])(
    'throws a TypeError naming %s when its value is not a string, number or boolean',
    (key, values, kind) => {
      expect(() => connectResponse(values as never)).toThrow(
        new TypeError(
          `connectResponse: values[${JSON.stringify(key)}] must be a string, a finite number or a boolean (Connect reads a flat map of strings), got ${kind}`
        )
      );
    }
  );

  it.each([
    [null, 'null'],
    [['a'], 'array'],
    ['AccountId=a1', 'string'],
    [undefined, 'undefined'],
  ])('throws a TypeError naming values when it is %j', (values, kind) => {
    expect(() => connectResponse(values as never)).toThrow(
      new TypeError(
        `connectResponse: values must be an object of strings, numbers or booleans, got ${kind}`
      )
    );
  });
});
