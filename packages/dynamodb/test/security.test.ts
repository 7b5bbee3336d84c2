import { loadEvent } from '@evt/tooling-config/events';
import { expectEvtError, thrownBy } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  DecodeError,
  DynamoDBNumber,
  type DynamoDBNumberMode,
  DynamoDBStreamEvent,
  FieldTypeError,
  type RawAttributeValue,
  type RawDynamoDBImage,
  type RawDynamoDBStreamEvent,
  unmarshall,
  unmarshallValue,
} from '../src/index';

// The DynamoDB findings of the December 2026 attack review (D4, P3, W5, W6, L2), each repro
// turned into the promise it broke.

const MODES: readonly DynamoDBNumberMode[] = [
  'DynamoDBNumber',
  'string',
  'number',
];

function unfit(tag: string, why: string): string {
  return `${tag} holds a number that does not fit a JavaScript number${why}; use numbers: 'DynamoDBNumber' or 'string'`;
}

const OVERFLOW = unfit('N', ': it overflows to Infinity');
const UNDERFLOW = unfit('N', ': it underflows to 0');
const LOSSY = unfit('N', ' without losing digits');

function asNumber(text: string): unknown {
  return unmarshallValue({ N: text }, { numbers: 'number' });
}

/** The texts of an unmarshalled number set, whatever the mode. */
function members(value: unknown): string[] {
  return [...(value as Set<unknown>)].map(String);
}

describe('D4: number text is read in linear time', () => {
  const zeros = '0'.repeat(100_000);

  // Each text, and what numbers: 'number' makes of it: a value, or the DecodeError detail.
  // The texts with a long zero run before a last non-zero digit are the ones `/0+$/` took
  // quadratic time on (about 19 s each at this length), so this test only ends in time when
  // every scan is linear.
  const cases: [string, number | string][] = [
    [`1${zeros}1`, OVERFLOW],
    [`-1${zeros}1`, OVERFLOW],
    [`1${zeros}2.5`, OVERFLOW],
    [`1.${zeros}1`, LOSSY],
    [`-1.${zeros}1`, LOSSY],
    [`0.1${zeros}1`, LOSSY],
    [`1${zeros}1e-100000`, LOSSY],
    [`-1${zeros}1E-100001`, LOSSY],
    [`0.${zeros}1`, UNDERFLOW],
    [`-0.${zeros}1`, UNDERFLOW],
    [zeros, 0],
    [`-${zeros}`, 0],
    [`${zeros}.${zeros}`, 0],
    [`1${zeros}e-100000`, 1],
    [`0.${zeros}25e100001`, 2.5],
    [`-${zeros}7.${zeros}`, -7],
  ];

  it('converts or refuses 100k-character numbers, keeping their text in the other modes', () => {
    for (const [text, expected] of cases) {
      const image = { n: { L: [{ N: text }] } };

      expect(unmarshallValue({ N: text })).toEqual(new DynamoDBNumber(text));
      expect(unmarshallValue({ N: text }, { numbers: 'string' })).toBe(text);
      if (typeof expected === 'number') {
        expect(asNumber(text)).toBe(expected);
        expect(unmarshall(image, { numbers: 'number' })).toEqual({
          n: [expected],
        });
      } else {
        expectEvtError(
          () => asNumber(text),
          DecodeError,
          `(event) is not valid DynamoDB JSON: ${expected}`
        );
        expectEvtError(
          () => unmarshall(image, { numbers: 'number' }),
          DecodeError,
          `n.L[0] is not valid DynamoDB JSON: ${expected}`
        );
      }
    }
  });

  it('refuses 100k-character invalid number text by position, in every mode', () => {
    for (const numbers of MODES) {
      expectEvtError(
        () => unmarshallValue({ N: `1${zeros}x` }, { numbers }),
        DecodeError,
        '(event) is not valid DynamoDB JSON: N holds invalid number text: unexpected character at index 100001 of 100002'
      );
      expectEvtError(
        () => unmarshallValue({ N: `-${zeros}e+` }, { numbers }),
        DecodeError,
        '(event) is not valid DynamoDB JSON: N holds invalid number text: it ends early, after 100003 characters'
      );
    }
  });

  it('counts 100k-character number set members equal as numbers once', () => {
    const set = unmarshallValue(
      { NS: [`1${zeros}`, `1${zeros}.${zeros}`, `10${zeros}e-1`, `2${zeros}`] },
      { numbers: 'string' }
    );

    expect(members(set)).toEqual([`1${zeros}`, `2${zeros}`]);
  });
});

describe('P3: decoding reads own attributes only', () => {
  it('decodes items and stream images while Object.prototype has an enumerable property', () => {
    const raw = loadEvent<RawDynamoDBStreamEvent>('dynamodb-stream-event');
    const prototype = Object.prototype as Record<string, unknown>;
    let item: unknown;
    let keys: unknown;
    let image: unknown;
    let fault: unknown;

    prototype.extra = 1;
    try {
      item = unmarshall({ id: { S: '1' }, tags: { M: { a: { N: '2' } } } });
      const stream = new DynamoDBStreamEvent(raw).records[0]?.dynamodb;
      keys = stream?.keysAs({ numbers: 'string' });
      image = stream?.newImageAs({ numbers: 'number' });
      fault = thrownBy(() =>
        unmarshall({ a: { L: [{ S: 1 }] } } as unknown as RawDynamoDBImage)
      );
    } finally {
      delete prototype.extra;
    }

    expect(item).toEqual({ id: '1', tags: { a: new DynamoDBNumber('2') } });
    expect(Object.keys(item as object)).toEqual(['id', 'tags']);
    expect(keys).toEqual({ Id: '101' });
    expect(image).toEqual({ Message: 'New item!', Id: 101 });
    expect(fault).toBeInstanceOf(DecodeError);
    expect((fault as Error).message).toBe(
      'a.L[0] is not valid DynamoDB JSON: S must hold a string, got number'
    );
  });

  it('keeps a __proto__ key of an M map as an own attribute, not the prototype', () => {
    const value = JSON.parse(
      '{"M":{"__proto__":{"M":{"admin":{"BOOL":true}}},"role":{"S":"user"}}}'
    ) as RawAttributeValue;

    const map = unmarshallValue(value) as Record<string, unknown>;

    expect(Object.getPrototypeOf(map)).toBe(Object.prototype);
    expect(Object.keys(map)).toEqual(['__proto__', 'role']);
    expect(Object.getOwnPropertyDescriptor(map, '__proto__')?.value).toEqual({
      admin: true,
    });
    expect(map.admin).toBeUndefined();
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });
});

describe("W5: numbers: 'number' refuses what a double cannot hold", () => {
  it('refuses overflow and underflow, returns 0 for -0, and keeps number sets unique', () => {
    for (const [text, detail] of [
      ['1e400', OVERFLOW],
      ['-1e400', OVERFLOW],
      ['1e-400', UNDERFLOW],
      ['-1e-400', UNDERFLOW],
    ] as const) {
      expectEvtError(
        () => asNumber(text),
        DecodeError,
        `(event) is not valid DynamoDB JSON: ${detail}`
      );
    }
    expect(Object.is(asNumber('-0'), 0)).toBe(true);
    expect(Object.is(asNumber('-0.000E+7'), 0)).toBe(true);
    for (const numbers of MODES) {
      expect(
        members(unmarshallValue({ NS: ['1', '1', '1.0'] }, { numbers }))
      ).toEqual(['1']);
    }
  });

  it('names the NS member that does not fit', () => {
    expectEvtError(
      () => unmarshall({ n: { NS: ['1', '1e999'] } }, { numbers: 'number' }),
      DecodeError,
      `n.NS[1] is not valid DynamoDB JSON: ${unfit('NS', ': it overflows to Infinity')}`
    );
  });

  it('converts a subnormal only when its digits survive', () => {
    expect(asNumber('5e-324')).toBe(5e-324);
    expect(asNumber('-2.2250738585072014e-308')).toBe(-2.2250738585072014e-308);
    expectEvtError(
      () => asNumber('1.2345e-320'),
      DecodeError,
      `(event) is not valid DynamoDB JSON: ${LOSSY}`
    );
    expectEvtError(
      () => asNumber('2e-324'),
      DecodeError,
      `(event) is not valid DynamoDB JSON: ${UNDERFLOW}`
    );
  });

  it('counts number set members equal as numbers once, keeping the first text', () => {
    const cases: [string[], string[]][] = [
      [['10', '1e1', '100e-1', '0.1E2', '.01e3', '10.000'], ['10']],
      [['0', '-0', '0.0e9', '-.0'], ['0']],
      [
        ['1.0', '1', '-1', '10', '0.1'],
        ['1.0', '-1', '10', '0.1'],
      ],
      [
        ['-0.05', '-5e-2', '-50E-3', '0.05'],
        ['-0.05', '0.05'],
      ],
      // Exponents past 2^52, where the exponent is added digit by digit.
      [
        ['10e4503599627370496', '1e4503599627370497', '0.1e4503599627370498'],
        ['10e4503599627370496'],
      ],
      [
        ['1e9999999999999999', '0.1e+0010000000000000000'],
        ['1e9999999999999999'],
      ],
      [
        ['0.001e10000000000000001', '1e9999999999999998'],
        ['0.001e10000000000000001'],
      ],
      [
        [
          '1e-9999999999999999',
          '0.1e-9999999999999998',
          '10e-10000000000000000',
        ],
        ['1e-9999999999999999'],
      ],
      [
        ['0.01e-9999999999999999', '1e-10000000000000001'],
        ['0.01e-9999999999999999'],
      ],
      [
        ['20e99999999999999999', '2e100000000000000000', '2e99999999999999999'],
        ['20e99999999999999999', '2e99999999999999999'],
      ],
      [
        ['1e9999999999999999', '1e9999999999999998'],
        ['1e9999999999999999', '1e9999999999999998'],
      ],
    ];

    for (const [texts, expected] of cases) {
      for (const numbers of ['DynamoDBNumber', 'string'] as const) {
        expect(members(unmarshallValue({ NS: texts }, { numbers }))).toEqual(
          expected
        );
      }
    }
    expect([
      ...(unmarshallValue({ NS: ['2.50', '2.5'] }) as Set<DynamoDBNumber>),
    ]).toEqual([new DynamoDBNumber('2.50')]);
  });

  it('converts a DynamoDBNumber of -0 to 0', () => {
    const zero = new DynamoDBNumber('-0');

    expect(Object.is(zero.toNumber(), 0)).toBe(true);
    expect(Object.is(zero.valueOf(), 0)).toBe(true);
    expect(Object.is(+zero, 0)).toBe(true);
  });
});

describe('W6: approximateCreationDate is a valid Date or an EvtError', () => {
  function created(seconds: number): Date | undefined {
    return new DynamoDBStreamEvent({
      Records: [{ dynamodb: { ApproximateCreationDateTime: seconds } }],
    }).records[0]?.dynamodb?.approximateCreationDate;
  }

  it('throws FieldTypeError for seconds that no Date can hold', () => {
    for (const seconds of [1e300, -1e300, 8.64e12 + 1, Number.NaN]) {
      expectEvtError(
        () => created(seconds),
        FieldTypeError,
        'DynamoDBStreamEvent: Records[0].dynamodb.ApproximateCreationDateTime must be epoch seconds within the Date range, got number'
      );
    }
    expect(created(8.64e12)?.toISOString()).toBe('+275760-09-13T00:00:00.000Z');
    expect(created(-8.64e12)?.toISOString()).toBe(
      '-271821-04-20T00:00:00.000Z'
    );
  });
});

describe('L2: error messages quote no payload and forge no log line', () => {
  it('locates an invalid number without quoting it, and escapes a newline in the key', () => {
    const error = thrownBy(() =>
      unmarshallValue({
        M: { 'a\nERROR forged line': { N: 'ssn-123-45-6789' } },
      })
    );

    expect(error).toBeInstanceOf(DecodeError);
    expect((error as DecodeError).message).toBe(
      'M.a\\u000aERROR forged line is not valid DynamoDB JSON: N holds invalid number text: unexpected character at index 0 of 15'
    );
    expect((error as DecodeError).path).toBe('M.a\\u000aERROR forged line');
  });

  it('keeps messages short for megabyte numbers, names and type tags', () => {
    const megabyte = '1'.repeat(5_000_000);
    const longKey = `${'k'.repeat(63)}\u{1F600}${'k'.repeat(1_000_000)}`;

    const messages = [
      thrownBy(() => unmarshall({ n: { N: `${megabyte}x` } })),
      thrownBy(() =>
        unmarshall({ n: { N: `0.${megabyte}` } }, { numbers: 'number' })
      ),
      thrownBy(() => unmarshall({ [longKey]: { N: '' } })),
      thrownBy(() =>
        unmarshallValue({
          [`\u2028${'X'.repeat(1_000_000)}`]: 'x',
        } as unknown as RawAttributeValue)
      ),
      thrownBy(() =>
        unmarshallValue({
          'S\r\nforged\u0085\u007f': 'x',
          N: '1',
          B: '',
          BOOL: true,
          NULL: true,
        } as unknown as RawAttributeValue)
      ),
    ].map((error) => (error as DecodeError).message);

    expect(messages).toEqual([
      'n is not valid DynamoDB JSON: N holds invalid number text: unexpected character at index 5000000 of 5000001',
      `n is not valid DynamoDB JSON: ${LOSSY}`,
      `${'k'.repeat(31)}…${'k'.repeat(31)} is not valid DynamoDB JSON: N holds invalid number text: it is empty`,
      `(event) is not valid DynamoDB JSON: unknown type tag "\\u2028${'X'.repeat(9)}…${'X'.repeat(15)}"`,
      '(event) is not valid DynamoDB JSON: the attribute value has more than one type tag (S\\u000d\\u000aforged\\u0085\\u007f, N, B, 2 more)',
    ]);
  });

  it('escapes a control character in an image key inside a stream record', () => {
    const event = new DynamoDBStreamEvent({
      Records: [{ dynamodb: { NewImage: { 'id\rforged': { N: '-' } } } }],
    });

    expectEvtError(
      () => event.records[0]?.dynamodb?.newImage,
      DecodeError,
      'DynamoDBStreamEvent: Records[0].dynamodb.NewImage.id\\u000dforged is not valid DynamoDB JSON: N holds invalid number text: it ends early, after 1 characters'
    );
  });
});
