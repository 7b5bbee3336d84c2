import { DecodeError } from '@evt/core';
import { expectEvtError, thrownBy } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  DynamoDBNumber,
  type RawAttributeValue,
  type RawDynamoDBImage,
  unmarshall,
  unmarshallValue,
} from '../src/attribute-value';

function bytes(value: unknown): number[] {
  return Array.from(value as Uint8Array);
}

const orderImage: RawDynamoDBImage = Object.freeze({
  id: { S: 'ORDER#1042' },
  total: { N: '42.5' },
  order: {
    M: {
      items: {
        L: [{ S: 'book' }, { N: '2' }, { M: { gift: { BOOL: true } } }],
      },
    },
  },
});

describe('DynamoDBNumber', () => {
  const number = new DynamoDBNumber('12345678901234567890123456789012345678');

  describe('value', () => {
    it('returns the exact decimal text', () => {
      expect(number.value).toBe('12345678901234567890123456789012345678');
    });
  });

  describe('toString', () => {
    it('returns the exact decimal text', () => {
      expect(number.toString()).toBe('12345678901234567890123456789012345678');
    });
  });

  describe('toJSON', () => {
    it('returns the exact decimal text, so JSON keeps every digit', () => {
      const json = JSON.stringify({ balance: number });

      expect(json).toBe('{"balance":"12345678901234567890123456789012345678"}');
    });
  });

  describe('toNumber', () => {
    it('returns the nearest JavaScript number', () => {
      expect(new DynamoDBNumber('19.99').toNumber()).toBe(19.99);
    });
  });

  describe('valueOf', () => {
    it('returns the nearest JavaScript number', () => {
      expect(new DynamoDBNumber('-0.5').valueOf()).toBe(-0.5);
    });
  });

  describe('Symbol.toPrimitive', () => {
    it('returns the exact text in a string context', () => {
      expect(`${number}`).toBe('12345678901234567890123456789012345678');
    });

    it('returns the text for the default hint', () => {
      const seven = new DynamoDBNumber('7');

      // biome-ignore lint/style/useTemplate: the + operator is the point; it asks for the 'default' hint.
      expect(seven + '').toBe('7');
    });

    it('returns a number in a numeric context', () => {
      const price = new DynamoDBNumber('19.99');

      expect(+price).toBe(19.99);
      expect(Number(price)).toBe(19.99);
    });
  });
});

describe('unmarshall', () => {
  it('returns strings, numbers, maps and lists as plain values', () => {
    const item = unmarshall(orderImage);

    expect(item.id).toBe('ORDER#1042');
    expect(item.total).toBeInstanceOf(DynamoDBNumber);
    expect(String(item.total)).toBe('42.5');
    expect(item.order).toEqual({
      items: ['book', new DynamoDBNumber('2'), { gift: true }],
    });
  });

  it('returns booleans and null', () => {
    const item = unmarshall({
      yes: { BOOL: true },
      no: { BOOL: false },
      none: { NULL: true },
    });

    expect(item).toEqual({ yes: true, no: false, none: null });
  });

  it('returns binary values as bytes', () => {
    const item = unmarshall({ thumbnail: { B: 'iVBORw0KGgo=' } });

    expect(item.thumbnail).toBeInstanceOf(Uint8Array);
    expect(bytes(item.thumbnail)).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  });

  it('returns sets as Set', () => {
    const item = unmarshall({
      tags: { SS: ['express', 'gift'] },
      ratings: { NS: ['4.5', '5'] },
      checksums: { BS: ['AAEC', 'AwQF'] },
    });

    expect(item.tags).toEqual(new Set(['express', 'gift']));
    expect([...(item.ratings as Set<DynamoDBNumber>)].map(String)).toEqual([
      '4.5',
      '5',
    ]);
    expect([...(item.checksums as Set<Uint8Array>)].map(bytes)).toEqual([
      [0, 1, 2],
      [3, 4, 5],
    ]);
  });

  it('keeps every digit of a 38-digit number', () => {
    const item = unmarshall({
      balance: { N: '12345678901234567890123456789012345678' },
    });

    expect(String(item.balance)).toBe('12345678901234567890123456789012345678');
  });

  it('accepts number text with a fraction, a sign and an exponent', () => {
    const item = unmarshall(
      {
        a: { N: '-0.5' },
        b: { N: '1E+2' },
        c: { N: '.5' },
        d: { N: '2.5e-3' },
        e: { N: '7' },
      },
      { numbers: 'string' }
    );

    expect(item).toEqual({
      a: '-0.5',
      b: '1E+2',
      c: '.5',
      d: '2.5e-3',
      e: '7',
    });
  });

  it('returns numbers as decimal text with numbers: string', () => {
    const item = unmarshall(
      { total: { N: '42.5' }, ratings: { NS: ['1', '2'] } },
      { numbers: 'string' }
    );

    expect(item).toEqual({ total: '42.5', ratings: new Set(['1', '2']) });
  });

  it('returns numbers as JavaScript numbers with numbers: number', () => {
    const item = unmarshall(
      {
        total: { N: '42.5' },
        id: { N: '1234567890123456' },
        big: { N: '1234567890123456000000' },
        tiny: { N: '-0.000000000000000000000000000000000001' },
      },
      { numbers: 'number' }
    );

    expect(item).toEqual({
      total: 42.5,
      id: 1234567890123456,
      big: 1.234567890123456e21,
      tiny: -1e-36,
    });
  });

  it('returns DynamoDBNumber with numbers: DynamoDBNumber', () => {
    const item = unmarshall({ n: { N: '1' } }, { numbers: 'DynamoDBNumber' });

    expect(item.n).toEqual(new DynamoDBNumber('1'));
  });

  it('keeps a __proto__ attribute as an own property', () => {
    const image = JSON.parse('{"__proto__":{"S":"value"},"id":{"S":"1"}}');

    const item = unmarshall(image);

    expect(Object.keys(item)).toEqual(['__proto__', 'id']);
    expect(Object.getPrototypeOf(item)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(item, '__proto__')?.value).toBe(
      'value'
    );
  });

  it('returns an empty object for an empty image', () => {
    expect(unmarshall({})).toEqual({});
  });
});

describe("numbers: 'number'", () => {
  const asNumber = (text: string): unknown =>
    unmarshallValue({ N: text }, { numbers: 'number' });

  const refusal =
    "(event) is not valid DynamoDB JSON: N holds a number that does not fit a JavaScript number without losing digits; use numbers: 'DynamoDBNumber' or 'string'";

  // The rule the conversion follows, written the slow way: refuse a number only when it has
  // more than 15 significant digits and its digits do not survive the conversion to a double.
  const significand = (text: string): string =>
    (text.split(/[eE]/)[0] as string)
      .replace(/[-.]/g, '')
      .replace(/^0+/, '')
      .replace(/0+$/, '');
  const fitsExactly = (text: string): boolean =>
    significand(text).length <= 15 ||
    significand(String(Number(text))) === significand(text);

  it.each([
    ['0', 0],
    ['7', 7],
    ['-42.5', -42.5],
    ['007', 7],
    ['-000.50', -0.5],
    ['.5', 0.5],
    ['5.', 5],
    ['1E+2', 100],
    ['2.5e-3', 0.0025],
    ['-1.5E3', -1500],
    ['123456789012345', 123456789012345],
    ['-999999999999999', -999999999999999],
    ['0.123456789012345', 0.123456789012345],
    ['1.23456789012345e-100', 1.23456789012345e-100],
    ['9.99999999999999E+125', 9.99999999999999e125],
  ])('converts %s, at most 15 significant digits, exactly', (text, value) => {
    expect(asNumber(text)).toBe(value);
  });

  it('returns 0 for negative zero, which DynamoDB does not have', () => {
    expect(Object.is(asNumber('-0'), 0)).toBe(true);
  });

  it.each([
    ['leading zeros', '0000000000000000000042', 42],
    ['trailing zeros of an integer', '1000000000000000000000', 1e21],
    ['trailing zeros of a fraction', '1.5000000000000000000', 1.5],
    ['zeros after the point', '0.000000000000000000000000000000000001', 1e-36],
    ['16 digits that a double holds', '1234567890123456', 1234567890123456],
    [
      '16 digits and an exponent',
      '1.234567890123456E+30',
      1.234567890123456e30,
    ],
    [
      '17 digits that a double holds',
      '0.30000000000000004',
      0.30000000000000004,
    ],
  ])('converts text longer than 15 characters with %s', (_, text, value) => {
    expect(asNumber(text)).toBe(value);
  });

  it.each([
    ['16 digits', '9007199254740993'],
    ['16 negative digits', '-9007199254740993'],
    ['17 digits', '12345678901234567'],
    ['17 digits after leading zeros', '000.12345678901234567'],
    ['17 digits and an exponent', '1.2345678901234567E+40'],
    ['a 1 that needs 22 digits', '0.1000000000000000000001'],
    ['38 digits', '12345678901234567890123456789012345678'],
  ])('refuses %s that a double would round', (_, text) => {
    expectEvtError(() => asNumber(text), DecodeError, refusal);
  });

  it('accepts and refuses exactly what the slow rule does', () => {
    const texts: string[] = [];
    for (let digits = 1; digits <= 40; digits++) {
      const run = '9876543210'.repeat(4).slice(0, digits);
      for (const text of [
        run,
        `-${run}`,
        `00${run}`,
        `${run}000`,
        `0.${run}`,
        `${run.slice(0, 1)}.${run.slice(1)}`,
        `${run}e-5`,
        `-${run}E+20`,
        `${'1'.padEnd(digits, '0')}1`,
        `${'9'.repeat(digits)}`,
      ]) {
        texts.push(text);
      }
    }

    const outcomes = texts.map((text) => {
      const error = (() => {
        try {
          return asNumber(text) === Number(text) ? undefined : 'wrong value';
        } catch (caught) {
          return (caught as Error).message;
        }
      })();
      return [text, error === undefined, error];
    });

    expect(outcomes).toEqual(
      texts.map((text) => [
        text,
        fitsExactly(text),
        fitsExactly(text) ? undefined : refusal,
      ])
    );
  });
});

describe('unmarshallValue', () => {
  it('returns a list of mixed values', () => {
    const value = unmarshallValue(
      { L: [{ N: '1' }, { S: 'two' }] },
      {
        numbers: 'number',
      }
    );

    expect(value).toEqual([1, 'two']);
  });

  it('returns a string set', () => {
    expect(unmarshallValue({ SS: ['red', 'blue'] })).toEqual(
      new Set(['red', 'blue'])
    );
  });

  it('returns a number as DynamoDBNumber by default', () => {
    expect(unmarshallValue({ N: '3' })).toEqual(new DynamoDBNumber('3'));
  });
});

describe('malformed input', () => {
  const cases: [string, RawDynamoDBImage, string][] = [
    [
      'an unknown type tag',
      {
        order: { M: { items: { L: [{ S: 'a' }, { S: 'b' }, { X: '1' }] } } },
      } as never,
      'order.M.items.L[2] is not valid DynamoDB JSON: unknown type tag "X"',
    ],
    [
      'more than one type tag',
      { a: { S: 'x', N: '1' } },
      'a is not valid DynamoDB JSON: the attribute value has more than one type tag (S, N)',
    ],
    [
      'no type tag',
      { a: {} },
      'a is not valid DynamoDB JSON: the attribute value has no type tag',
    ],
    [
      'an attribute value that is a string',
      { a: 'text' } as never,
      'a is not valid DynamoDB JSON: an attribute value must be an object, got string',
    ],
    [
      'an attribute value that is an array',
      { a: ['S'] } as never,
      'a is not valid DynamoDB JSON: an attribute value must be an object, got array',
    ],
    [
      'an attribute value that is null',
      { a: null } as never,
      'a is not valid DynamoDB JSON: an attribute value must be an object, got null',
    ],
    [
      'an attribute value that is a number',
      { a: 5 } as never,
      'a is not valid DynamoDB JSON: an attribute value must be an object, got number',
    ],
    [
      'S holding a number',
      { a: { S: 1 } } as never,
      'a is not valid DynamoDB JSON: S must hold a string, got number',
    ],
    [
      'N holding a number',
      { a: { N: 1 } } as never,
      'a is not valid DynamoDB JSON: N must hold a string, got number',
    ],
    [
      'M holding an array',
      { a: { M: [] } } as never,
      'a is not valid DynamoDB JSON: M must hold an object, got array',
    ],
    [
      'L holding an object',
      { a: { L: {} } } as never,
      'a is not valid DynamoDB JSON: L must hold an array, got object',
    ],
    [
      'BOOL holding a string',
      { a: { BOOL: 'true' } } as never,
      'a is not valid DynamoDB JSON: BOOL must hold a boolean, got string',
    ],
    [
      'NULL holding false',
      { a: { NULL: false } },
      'a is not valid DynamoDB JSON: NULL must hold true, got false',
    ],
    [
      'B holding a number',
      { a: { B: 1 } } as never,
      'a is not valid DynamoDB JSON: B must hold a string, got number',
    ],
    [
      'B holding invalid base64',
      { a: { B: 'a' } },
      'a is not valid DynamoDB JSON: B holds invalid base64',
    ],
    [
      'SS holding a string',
      { a: { SS: 'red' } } as never,
      'a is not valid DynamoDB JSON: SS must hold an array, got string',
    ],
    [
      'a string set with a number',
      { a: { SS: ['red', 1] } } as never,
      'a.SS[1] is not valid DynamoDB JSON: SS items must be strings, got number',
    ],
    [
      'a number set with invalid text',
      { a: { NS: ['1', 'one'] } },
      'a.NS[1] is not valid DynamoDB JSON: NS holds invalid number text: unexpected character at index 0 of 3',
    ],
    [
      'a binary set with invalid base64',
      { a: { M: { b: { BS: ['AAEC', '!!'] } } } },
      'a.M.b.BS[1] is not valid DynamoDB JSON: BS holds invalid base64',
    ],
    [
      'empty number text',
      { a: { N: '' } },
      'a is not valid DynamoDB JSON: N holds invalid number text: it is empty',
    ],
    [
      'number text with a dangling exponent',
      { a: { L: [{ N: '1' }, { N: '1e' }] } },
      'a.L[1] is not valid DynamoDB JSON: N holds invalid number text: it ends early, after 2 characters',
    ],
    [
      'number text with a signed dangling exponent',
      { a: { N: '1e+' } },
      'a is not valid DynamoDB JSON: N holds invalid number text: it ends early, after 3 characters',
    ],
    [
      'number text with letters in the exponent',
      { a: { N: '1e5x' } },
      'a is not valid DynamoDB JSON: N holds invalid number text: unexpected character at index 3 of 4',
    ],
    [
      'number text with a trailing letter',
      { a: { N: '12x' } },
      'a is not valid DynamoDB JSON: N holds invalid number text: unexpected character at index 2 of 3',
    ],
    [
      'hexadecimal number text',
      { a: { N: '0x10' } },
      'a is not valid DynamoDB JSON: N holds invalid number text: unexpected character at index 1 of 4',
    ],
    [
      'number text with spaces',
      { a: { N: ' 1' } },
      'a is not valid DynamoDB JSON: N holds invalid number text: unexpected character at index 0 of 2',
    ],
    [
      'number text that is only a sign',
      { a: { N: '-' } },
      'a is not valid DynamoDB JSON: N holds invalid number text: it ends early, after 1 characters',
    ],
  ];

  for (const [what, image, message] of cases) {
    it(`throws DecodeError for ${what}`, () => {
      expectEvtError(() => unmarshall(image), DecodeError, message);
    });
  }

  it('throws DecodeError when a number loses digits with numbers: number', () => {
    expectEvtError(
      () =>
        unmarshall({ id: { N: '9007199254740993' } }, { numbers: 'number' }),
      DecodeError,
      "id is not valid DynamoDB JSON: N holds a number that does not fit a JavaScript number without losing digits; use numbers: 'DynamoDBNumber' or 'string'"
    );
  });

  it('throws DecodeError when a 38-digit number is asked for as a number', () => {
    const error = expectEvtError(
      () =>
        unmarshall(
          { n: { NS: ['1', '12345678901234567890123456789012345678'] } },
          { numbers: 'number' }
        ),
      DecodeError,
      "n.NS[1] is not valid DynamoDB JSON: NS holds a number that does not fit a JavaScript number without losing digits; use numbers: 'DynamoDBNumber' or 'string'"
    );

    expect((error as DecodeError).path).toBe('n.NS[1]');
  });

  it('throws DecodeError when the image is not an object', () => {
    expectEvtError(
      () => unmarshall('text' as unknown as RawDynamoDBImage),
      DecodeError,
      '(event) is not valid DynamoDB JSON: an image must be an object, got string'
    );
  });

  it('throws a TypeError (a programmer error) for an unknown numbers option', () => {
    expect(() => unmarshall({}, { numbers: 'bigint' as 'string' })).toThrow(
      new TypeError(
        `unmarshall: options.numbers must be 'DynamoDBNumber', 'string' or 'number', got string`
      )
    );
    expect(() => unmarshall({}, { numbers: 7 as never })).toThrow(
      new TypeError(
        `unmarshall: options.numbers must be 'DynamoDBNumber', 'string' or 'number', got number 7`
      )
    );
  });

  it('throws DecodeError naming the path inside a single value', () => {
    expectEvtError(
      () =>
        unmarshallValue({
          L: [{ S: 'a' }, { M: { x: { S: 1 } } }],
        } as unknown as RawAttributeValue),
      DecodeError,
      'L[1].M.x is not valid DynamoDB JSON: S must hold a string, got number'
    );
  });

  it('throws DecodeError for a single value that is not an object', () => {
    expectEvtError(
      () => unmarshallValue(5 as unknown as RawAttributeValue),
      DecodeError,
      '(event) is not valid DynamoDB JSON: an attribute value must be an object, got number'
    );
  });

  it('throws DecodeError with the cause for invalid base64', () => {
    const error = expectEvtError(
      () => unmarshall({ b: { B: '!!!!' } }),
      DecodeError,
      'b is not valid DynamoDB JSON: B holds invalid base64'
    );

    expect(error.cause).toBeInstanceOf(DecodeError);
  });

  it('throws DecodeError, not RangeError, for absurdly deep nesting', () => {
    let value: RawAttributeValue = { S: 'leaf' };
    for (let depth = 0; depth < 20_000; depth++) value = { L: [value] };

    const fromValue = thrownBy(() => unmarshallValue(value));
    const fromImage = thrownBy(() => unmarshall({ deep: value }));

    expect(fromValue).toBeInstanceOf(DecodeError);
    expect(fromImage).toBeInstanceOf(DecodeError);
    expect((fromImage as DecodeError).format).toBe('DynamoDB JSON');
  });
});
