import { isUtf8 } from 'node:buffer';
import { deflateSync, gzipSync } from 'node:zlib';
import { counted, expectEvtError, thrownBy } from '@evt/tooling-config/testing';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_MAX_INFLATED_BYTES,
  DecodeError,
  decodeBase64,
  decodeBase64Text,
  decodePercentEscapes,
  decodeUtf8,
  encodeBase64,
  inflate,
  PayloadTooLargeError,
  parseJson,
} from '../src/index';
import { type Line, Order, order } from './fixtures';

const owner = new Order(order);
const INVALID_BASE64 = 'unexpected character, padding or length';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('decodeBase64', () => {
  it('returns the bytes of padded, unpadded and empty text', () => {
    expect([...decodeBase64('aGVsbG8=')]).toEqual([104, 101, 108, 108, 111]);
    expect([...decodeBase64('aGVsbG8')]).toEqual([104, 101, 108, 108, 111]);
    expect([...decodeBase64('aGk=')]).toEqual([104, 105]);
    expect([...decodeBase64('aA==')]).toEqual([104]);
    expect([...decodeBase64('aA')]).toEqual([104]);
    expect([...decodeBase64('')]).toEqual([]);
  });

  it('returns the bytes of every 6-bit value of the standard alphabet', () => {
    expect([...decodeBase64('AAECAwQF')]).toEqual([0, 1, 2, 3, 4, 5]);
    expect([...decodeBase64('+/+/')]).toEqual([251, 255, 191]);
    expect([...decodeBase64('////')]).toEqual([255, 255, 255]);
  });

  // What AWS services and SDKs emit is padded; hand-built events, other encoders and MIME
  // text are not always. Node's Buffer and Python's b64decode (validate=False) decode all of
  // these to the same bytes.
  it.each([
    ['excess padding after a full block', 'QUJD=', 'ABC'],
    ['two excess = after a full block', 'QUJD==', 'ABC'],
    ['one = too many', 'aGVsbG8==', 'hello'],
    ['two = too many', 'QUJDRA====', 'ABCD'],
    ['a run of padding', 'QQ=====', 'A'],
    ['too little padding', 'QQ=', 'A'],
    ['padding split by a line break', 'QQ=\r\n=', 'A'],
    ['padding alone', '==', ''],
    [
      'excess padding on long text',
      `${'QUJD'.repeat(20)}QQ===`,
      `${'ABC'.repeat(20)}A`,
    ],
    [
      'too little padding on long text',
      `${'QUJD'.repeat(20)}QQ=`,
      `${'ABC'.repeat(20)}A`,
    ],
  ])('returns the bytes of text with %s', (_, text, decoded) => {
    expect(Buffer.from(decodeBase64(text)).toString('latin1')).toBe(decoded);
    expect(Buffer.from(text, 'base64').toString('latin1')).toBe(decoded);
  });

  it('refuses the URL-safe alphabet, short or long', () => {
    expect(() => decodeBase64('-_-_')).toThrow(DecodeError);
    expect(() => decodeBase64('-_-_'.repeat(10))).toThrow(DecodeError);
    expect(() => decodeBase64Text('-_-_'.repeat(10))).toThrow(DecodeError);
  });

  it('ignores line breaks, short or long', () => {
    expect([...decodeBase64('AAEC\r\nAwQF')]).toEqual([0, 1, 2, 3, 4, 5]);
    const long = Buffer.alloc(100, 7).toString('base64');
    const wrapped = long.replace(/(.{76})/g, '$1\n');

    expect(wrapped).toContain('\n');
    expect([...decodeBase64(wrapped)]).toEqual([...Buffer.alloc(100, 7)]);
  });

  it('returns the bytes of text longer than 32 characters', () => {
    const text = 'QUJD'.repeat(8);
    const longer = `${text}QUI=`;

    expect(decodeBase64(text).length).toBe(24);
    expect(new TextDecoder().decode(decodeBase64(longer))).toBe(
      `${'ABC'.repeat(8)}AB`
    );
    expect(new TextDecoder().decode(decodeBase64(`${text}QQ`))).toBe(
      `${'ABC'.repeat(8)}A`
    );
  });

  it.each([
    ['a character outside the alphabet', 'aGVs!G8='],
    ['whitespace', 'aGVs bG8='],
    ['an impossible length', 'aGVsb'],
    ['a single character', 'a'],
    ['an impossible length before padding', 'aGVsb='],
    ['data after the padding', 'aA==aA=='],
    ['padding inside the data', 'Q=Q='],
    ['a single = inside the data', 'QU=JDQQ'],
    ['a bad character in long text', `${'QUJD'.repeat(20)}!UJD`],
    ['an impossible length in long text', `${'QUJD'.repeat(20)}Q`],
    [
      'an impossible length before padding in long text',
      `${'QUJD'.repeat(20)}Q===`,
    ],
    ['data after the padding in long text', `${'QUJD'.repeat(20)}QQ==QUJD`],
    ['a non-ASCII character', 'aGVs\u00e9G8='],
    ['the first character past ASCII', 'aGVs\u0080G8='],
    ['a control character', 'aGVs\u0000G8='],
  ])('throws DecodeError naming the field for %s', (_, text) => {
    expectEvtError(
      () => decodeBase64(text, { owner, path: 'body' }),
      DecodeError,
      `Order: body is not valid base64: ${INVALID_BASE64}`
    );
    expectEvtError(
      () => decodeBase64Text(text, { owner, path: 'body' }),
      DecodeError,
      `Order: body is not valid base64: ${INVALID_BASE64}`
    );
  });

  it('throws DecodeError naming the path of a nested owner', () => {
    const line = owner.lines[1] as Line;

    expectEvtError(
      () => decodeBase64('!', { owner: line, path: 'note' }),
      DecodeError,
      `Order: lines[1].note is not valid base64: ${INVALID_BASE64}`
    );
  });

  it('throws DecodeError naming what it knows when options are partial', () => {
    expectEvtError(
      () => decodeBase64('!'),
      DecodeError,
      `(event) is not valid base64: ${INVALID_BASE64}`
    );
    expectEvtError(
      () => decodeBase64('!', { path: 'data' }),
      DecodeError,
      `data is not valid base64: ${INVALID_BASE64}`
    );
    expectEvtError(
      () => decodeBase64('!', { owner }),
      DecodeError,
      `Order is not valid base64: ${INVALID_BASE64}`
    );
  });

  it('sets the format, class and path on the error', () => {
    const error = thrownBy(() =>
      decodeBase64('!', { owner, path: 'body' })
    ) as DecodeError;

    expect(error.format).toBe('base64');
    expect(error.className).toBe('Order');
    expect(error.path).toBe('body');
  });

  it('round-trips any bytes through encodeBase64', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect([...decodeBase64(encodeBase64(bytes))]).toEqual([...bytes]);
      })
    );
  });

  it('accepts exactly alphabet characters then any final padding, else throws DecodeError (property)', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(...'AZaz09+/=_-! \n\u00e9'),
          maxLength: 12,
        }),
        (text) => {
          const joined = text.replaceAll('\n', '');
          const data = joined.replace(/=+$/, '');
          const valid = /^[A-Za-z0-9+/]*$/.test(data) && data.length % 4 !== 1;

          if (valid) {
            expect([...decodeBase64(text)]).toEqual([
              ...Buffer.from(data, 'base64'),
            ]);
          } else {
            expect(() => decodeBase64(text)).toThrow(DecodeError);
          }
        }
      ),
      { numRuns: 1000 }
    );
  });

  it('decodes short text as Buffer decodes it (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 24 }), (bytes) => {
        const text = Buffer.from(bytes).toString('base64');

        expect([...decodeBase64(text)]).toEqual([...bytes]);
        expect([...decodeBase64(text.replace(/=+$/, ''))]).toEqual([...bytes]);
      })
    );
  });

  it('decodes up to 32 characters without Buffer’s decoder, and longer text with one call', () => {
    const from = vi.spyOn(Buffer, 'from');
    // 0 to 24 bytes: every padding (none, one, two), up to exactly 32 characters.
    for (let length = 0; length <= 24; length++) {
      const bytes = Uint8Array.from({ length }, (_, index) => 255 - index * 7);
      const text = encodeBase64(bytes);
      from.mockClear();

      expect([...decodeBase64(text)]).toEqual([...bytes]);
      expect(base64Calls(from)).toEqual([]);
    }

    const longer = encodeBase64(new Uint8Array(25).fill(9));
    expect(longer).toHaveLength(36);
    from.mockClear();
    expect([...decodeBase64(longer)]).toEqual(new Array(25).fill(9));
    expect(base64Calls(from)).toHaveLength(1);
  });
});

describe('decodeUtf8', () => {
  it('returns the text of a view into a larger buffer', () => {
    const bytes = new TextEncoder().encode('xxhé☃xx').subarray(2, 8);

    expect(decodeUtf8(bytes)).toBe('hé☃');
  });

  it('returns the text of a Buffer', () => {
    expect(decodeUtf8(Buffer.from('héllo'))).toBe('héllo');
    expect(decodeUtf8(new Uint8Array(0))).toBe('');
  });

  it('throws DecodeError naming the field for an invalid sequence', () => {
    const error = expectEvtError(
      () => decodeUtf8(new Uint8Array([0xc3]), { owner, path: 'body' }),
      DecodeError,
      'Order: body is not valid UTF-8: invalid byte sequence'
    ) as DecodeError;

    expect(error.format).toBe('UTF-8');
  });

  it('returns text that holds U+FFFD itself, as valid bytes encode it', () => {
    expect(decodeUtf8(Buffer.from('bad \uFFFD char'))).toBe('bad \uFFFD char');
    expect(decodeUtf8(Buffer.from('\uFFFD'))).toBe('\uFFFD');
  });

  it.each([
    ['a lone continuation byte', [0x61, 0x80]],
    ['a truncated sequence at the end', [0x61, 0xe2, 0x98]],
    ['an overlong encoding', [0xc0, 0xaf]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a valid U+FFFD beside an invalid byte', [0xef, 0xbf, 0xbd, 0xff]],
    ['an invalid byte after non-Latin-1 text', [0xe2, 0x98, 0x83, 0xc3]],
  ])('throws DecodeError for %s', (_, sequence) => {
    expectEvtError(
      () => decodeUtf8(new Uint8Array(sequence), { owner, path: 'body' }),
      DecodeError,
      'Order: body is not valid UTF-8: invalid byte sequence'
    );
  });

  it('accepts exactly the bytes Node counts as UTF-8', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 12 }), (bytes) => {
        let decoded: string | undefined;
        try {
          decoded = decodeUtf8(bytes);
        } catch (error) {
          expect(error).toBeInstanceOf(DecodeError);
        }
        expect(decoded !== undefined).toBe(isUtf8(bytes));
        if (decoded !== undefined) {
          expect(decoded).toBe(Buffer.from(bytes).toString('utf8'));
        }
      }),
      { numRuns: 2000 }
    );
  });

  it('throws DecodeError without a location when given no options', () => {
    expectEvtError(
      () => decodeUtf8(new Uint8Array([0xff, 0xfe])),
      DecodeError,
      '(event) is not valid UTF-8: invalid byte sequence'
    );
  });

  it('round-trips any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 50 }), (text) => {
        expect(decodeBase64Text(encodeBase64(text))).toBe(text);
      })
    );
  });
});

describe('decodeBase64Text', () => {
  it('returns the UTF-8 text of short and long base64', () => {
    const long = 'evt decodes base64 text longer than the short path';

    expect(decodeBase64Text('aMOpbGxv')).toBe('héllo');
    expect(decodeBase64Text('aGk')).toBe('hi');
    expect(decodeBase64Text(Buffer.from(long).toString('base64'))).toBe(long);
  });

  it('throws DecodeError naming the field for invalid base64', () => {
    expectEvtError(
      () => decodeBase64Text('aGVs!G8=', { owner, path: 'body' }),
      DecodeError,
      `Order: body is not valid base64: ${INVALID_BASE64}`
    );
    expectEvtError(
      () => decodeBase64Text('aGVsb', { owner, path: 'body' }),
      DecodeError,
      `Order: body is not valid base64: ${INVALID_BASE64}`
    );
  });

  it('throws DecodeError naming the field for bytes that are not UTF-8', () => {
    expectEvtError(
      () => decodeBase64Text('/w==', { owner, path: 'body' }),
      DecodeError,
      'Order: body is not valid UTF-8: invalid byte sequence'
    );
  });
});

// decodeBase64Text decodes up to 16 KiB of bytes in one reused buffer instead of a new Buffer.
describe('decodeBase64Text through its reused buffer', () => {
  const KIB_16 = 16 * 1024;

  it('decodes what Buffer decodes, and refuses the same bytes as decodeUtf8 (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 300 }).map((text) => {
            return new Uint8Array(Buffer.from(text, 'utf8'));
          }),
          fc.uint8Array({ maxLength: 300 })
        ),
        fc.boolean(),
        (bytes, padded) => {
          const canonical = Buffer.from(bytes).toString('base64');
          const text = padded ? canonical : canonical.replace(/=+$/, '');
          const decoded = attemptText(text);

          if (isUtf8(bytes)) {
            expect(decoded).toBe(Buffer.from(bytes).toString('utf8'));
          } else {
            expect(decoded).toBeInstanceOf(DecodeError);
          }
        }
      ),
      { numRuns: 1000 }
    );
  });

  it('returns the text of bytes holding U+FFFD itself', () => {
    const text = 'before \uFFFD after';

    expect(decodeBase64Text(encodeBase64(text))).toBe(text);
  });

  it('keeps nothing of a longer text decoded before', () => {
    expect(decodeBase64Text(encodeBase64('a longer text decoded first'))).toBe(
      'a longer text decoded first'
    );
    expect(decodeBase64Text('aGk=')).toBe('hi');
    expect(decodeBase64Text('')).toBe('');
  });

  it.each([KIB_16 - 1, KIB_16, KIB_16 + 1, 4 * KIB_16])(
    'returns the text of %i bytes, with and without line breaks',
    (size) => {
      const expected = 'evt-'.repeat(size / 4 + 1).slice(0, size);
      const text = encodeBase64(expected);

      expect(decodeBase64Text(text)).toBe(expected);
      expect(decodeBase64Text(text.replace(/(.{76})/g, '$1\r\n'))).toBe(
        expected
      );
    }
  );

  it('allocates no Buffer for up to 16 KiB, and one past it', () => {
    const short = encodeBase64(
      '{"sensor":"thermostat-12","temperature":18.75}'
    );
    const limit = encodeBase64('x'.repeat(KIB_16));
    const over = encodeBase64('x'.repeat(KIB_16 + 1));
    decodeBase64Text(short);
    const from = vi.spyOn(Buffer, 'from');
    const alloc = vi.spyOn(Buffer, 'alloc');

    for (let call = 0; call < 100; call++) decodeBase64Text(short);
    decodeBase64Text(limit);
    expect(from).not.toHaveBeenCalled();
    expect(alloc).not.toHaveBeenCalled();

    decodeBase64Text(over);
    expect(base64Calls(from)).toHaveLength(1);
  });

  it.each([
    ['decodes to more than 16 KiB', encodeBase64('x'.repeat(KIB_16 + 1))],
    ['has an impossible length', 'aGVsb'],
  ])('does not try the reused buffer on text that %s', (_, text) => {
    decodeBase64Text('aGk=');
    const write = vi.spyOn(
      Buffer.prototype as unknown as {
        base64Write(text: string, offset: number): number;
      },
      'base64Write'
    );

    attemptText(text);
    // Once, by Buffer.from on the general path.
    expect(write).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['line breaks', 'aGVs\nbG8=', 'hello'],
    ['bytes holding U+FFFD', encodeBase64('\uFFFD'), '\uFFFD'],
    ['bytes that are not UTF-8', '/w==', DecodeError],
  ])('decodes text with %s into a Buffer of its own', (_, text, expected) => {
    const from = vi.spyOn(Buffer, 'from');
    const decoded = attemptText(text);

    if (typeof expected === 'string') expect(decoded).toBe(expected);
    else expect(decoded).toBeInstanceOf(expected);
    expect(base64Calls(from).length).toBeGreaterThan(0);
  });
});

describe('decodeBase64Text on a Node without the codecs it calls', () => {
  it('decodes in the reused buffer on this Node, which has them', async () => {
    vi.resetModules();
    const fresh = await import('../src/decoding');
    const alloc = vi.spyOn(Buffer, 'alloc');
    const from = vi.spyOn(Buffer, 'from');

    expect(fresh.decodeBase64Text('aGVsbG8=')).toBe('hello');
    expect(fresh.decodeBase64Text('aGk=')).toBe('hi');
    expect(alloc).toHaveBeenCalledTimes(1);
    expect(base64Calls(from)).toHaveLength(0);
  });

  it.each(['base64Write', 'utf8Slice'])(
    'decodes into a Buffer of its own when %s is missing, checking once',
    async (codec) => {
      vi.resetModules();
      const fresh = await import('../src/decoding');
      const without = Buffer.alloc(16 * 1024);
      Object.defineProperty(without, codec, { value: undefined });
      const alloc = vi.spyOn(Buffer, 'alloc').mockReturnValueOnce(without);
      const from = vi.spyOn(Buffer, 'from');

      expect(fresh.decodeBase64Text('aGVsbG8=')).toBe('hello');
      expect(fresh.decodeBase64Text('aGk=')).toBe('hi');
      expect(alloc).toHaveBeenCalledTimes(1);
      expect(base64Calls(from)).toHaveLength(2);
    }
  );
});

/** The calls of a `Buffer.from` spy that decoded base64. */
function base64Calls(from: { mock: { calls: unknown[][] } }): unknown[][] {
  return from.mock.calls.filter(([, encoding]) => encoding === 'base64');
}

function attemptText(text: string): string | unknown {
  try {
    return decodeBase64Text(text);
  } catch (error) {
    return error;
  }
}

describe('decodePercentEscapes', () => {
  it('decodes escapes as RFC 3986 does, keeping plus signs', () => {
    expect(decodePercentEscapes('hello%20world')).toBe('hello world');
    expect(decodePercentEscapes('caf%C3%A9+au+lait')).toBe('café+au+lait');
    expect(decodePercentEscapes('%2B01%3A00')).toBe('+01:00');
  });

  it('keeps a percent sign that starts no escape, as sent', () => {
    expect(decodePercentEscapes('100%')).toBe('100%');
    expect(decodePercentEscapes('50%off%2')).toBe('50%off%2');
    expect(decodePercentEscapes('%zz%41')).toBe('%zzA');
    // A neighbour of each hex range, as either digit, beside a stray `%`.
    const nonHex = '%/1%1/%:1%1:%@1%1@%G1%1G%`1%1`%g1%1g%';
    expect(decodePercentEscapes(nonHex)).toBe(nonHex);
  });

  it('decodes every hex digit, either case, in text that also holds a stray percent sign', () => {
    expect(decodePercentEscapes('%30%39%5a%5A%5f%5F%4b%4B%')).toBe('09ZZ__KK%');
    expect(decodePercentEscapes('%c3%a9%')).toBe('é%');
    // 0xAF and 0xFA start no UTF-8 character: one U+FFFD each.
    expect(decodePercentEscapes('%af%fa%')).toBe('\uFFFD\uFFFD%');
  });

  it('ends a run of escapes at the first character that is not one', () => {
    // `abc` are hex digits, but not an escape: the run is `%E9` alone.
    expect(decodePercentEscapes('%E9abc%')).toBe('\uFFFDabc%');
  });

  it('replaces escaped bytes that are not UTF-8 with U+FFFD, never throwing', () => {
    expect(decodePercentEscapes('a%FFb')).toBe('a\uFFFDb');
    expect(decodePercentEscapes('%C3')).toBe('\uFFFD');
    expect(decodePercentEscapes('%C3%A9%FF')).toBe('é\uFFFD');
  });

  it('returns text without escapes as it is', () => {
    const text = 'plain-text_1.2~';

    expect(decodePercentEscapes(text)).toBe(text);
  });

  it('matches decodeURIComponent on every valid encoding', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(decodePercentEscapes(encodeURIComponent(text))).toBe(text);
      })
    );
  });
});

describe('encodeBase64', () => {
  it('returns padded base64 of text encoded as UTF-8', () => {
    expect(encodeBase64('hello')).toBe('aGVsbG8=');
    expect(encodeBase64('hé')).toBe('aMOp');
    expect(encodeBase64('')).toBe('');
  });

  it('returns base64 of the bytes of a view only', () => {
    const view = new Uint8Array([9, 0, 255, 9]).subarray(1, 3);

    expect(encodeBase64(new Uint8Array([0, 255]))).toBe('AP8=');
    expect(encodeBase64(view)).toBe('AP8=');
  });
});

describe('parseJson', () => {
  it('returns the value parsed with JSON.parse by default', () => {
    expect(parseJson('{"a":[1,2]}')).toEqual({ a: [1, 2] });
    expect(parseJson('null')).toBeNull();
  });

  it('returns the value parsed with the owner’s jsonDeserializer', () => {
    const deserializer = counted((text: string) => text.length);
    const custom = new Order(order, { jsonDeserializer: deserializer });

    expect(parseJson('{}', { owner: custom, path: 'body' })).toBe(2);
    expect(deserializer.calls).toBe(1);
  });

  it('returns the value parsed with the jsonDeserializer of a parent', () => {
    const custom = new Order(order, { jsonDeserializer: () => 'inherited' });

    expect(parseJson('{}', { owner: custom.lines[0], path: 'note' })).toBe(
      'inherited'
    );
  });

  it('prefers the deserializer option to the owner’s', () => {
    const fromOwner = counted(() => 'owner');
    const fromOption = counted(() => 'option');
    const custom = new Order(order, { jsonDeserializer: fromOwner });

    expect(parseJson('{}', { owner: custom, deserializer: fromOption })).toBe(
      'option'
    );
    expect(fromOption.calls).toBe(1);
    expect(fromOwner.calls).toBe(0);
  });

  it('uses the deserializer option without an owner', () => {
    expect(parseJson('[1]', { deserializer: (text) => `<${text}>` })).toBe(
      '<[1]>'
    );
  });

  it('throws DecodeError naming the field, without JSON.parse’s error (it quotes the text)', () => {
    const error = expectEvtError(
      () => parseJson('{"a":', { owner, path: 'body' }),
      DecodeError,
      'Order: body is not valid JSON: Unexpected end of JSON input'
    ) as DecodeError;

    expect(error.cause).toBeUndefined();
    expect(error.format).toBe('JSON');
    expect(error.path).toBe('body');
  });

  it('throws DecodeError without a location when given no options', () => {
    expectEvtError(
      () => parseJson('nope'),
      DecodeError,
      "(event) is not valid JSON: Unexpected token 'o'"
    );
  });

  it('throws DecodeError for non-Error throws from a custom deserializer', () => {
    const custom = new Order(order, {
      jsonDeserializer: () => {
        throw 'nope';
      },
    });

    const error = expectEvtError(
      () => parseJson('{}', { owner: custom, path: 'body' }),
      DecodeError,
      'Order: body is not valid JSON: the deserializer failed on 2 characters'
    );

    expect(error.cause).toBe('nope');
  });
});

describe('inflate', () => {
  it('returns the inflated bytes of gzip and zlib data', () => {
    expect(decodeUtf8(inflate(gzipSync('hello gzip')))).toBe('hello gzip');
    expect(decodeUtf8(inflate(deflateSync('hello zlib')))).toBe('hello zlib');
  });

  it('returns data exactly at the cap', () => {
    expect(inflate(gzipSync(Buffer.alloc(100)), { maxBytes: 100 }).length).toBe(
      100
    );
  });

  it('throws PayloadTooLargeError past the cap given as an option', () => {
    const data = gzipSync(Buffer.alloc(10_000));

    const error = expectEvtError(
      () => inflate(data, { owner, path: 'body', maxBytes: 1000 }),
      PayloadTooLargeError,
      'Order: body inflates to more than 1000 bytes (maxInflatedBytes)'
    ) as PayloadTooLargeError;

    expect(error.limit).toBe(1000);
    expect((error.cause as { code: string }).code).toBe('ERR_BUFFER_TOO_LARGE');
  });

  it('takes the cap from the owner’s options, or its parent’s', () => {
    const capped = new Order(order, { maxInflatedBytes: 100 });

    expectEvtError(
      () =>
        inflate(gzipSync(Buffer.alloc(101)), { owner: capped, path: 'body' }),
      PayloadTooLargeError,
      'Order: body inflates to more than 100 bytes (maxInflatedBytes)'
    );
    expectEvtError(
      () =>
        inflate(gzipSync(Buffer.alloc(101)), {
          owner: capped.lines[0],
          path: 'note',
        }),
      PayloadTooLargeError,
      'Order: lines[0].note inflates to more than 100 bytes (maxInflatedBytes)'
    );
    expect(
      inflate(gzipSync(Buffer.alloc(100)), { owner: capped, path: 'body' })
        .length
    ).toBe(100);
  });

  it('lets the maxBytes option lower the owner’s budget, never raise it', () => {
    const capped = new Order(order, { maxInflatedBytes: 100 });
    const data = gzipSync(Buffer.alloc(50));

    expect(inflate(data, { owner: capped, maxBytes: 60 }).length).toBe(50);
    expectEvtError(
      () => inflate(data, { owner: capped, maxBytes: 40 }),
      PayloadTooLargeError,
      'Order inflates to more than 40 bytes (maxInflatedBytes)'
    );
    expectEvtError(
      () =>
        inflate(gzipSync(Buffer.alloc(150)), {
          owner: new Order(order, { maxInflatedBytes: 100 }),
          maxBytes: 1000,
        }),
      PayloadTooLargeError,
      'Order inflates to more than 100 bytes (maxInflatedBytes)'
    );
  });

  it('charges every inflate of one event to one budget', () => {
    const event = new Order(order, { maxInflatedBytes: 100 });
    const line = event.lines[0] as Line;
    const data = gzipSync(Buffer.alloc(60));

    expect(inflate(data, { owner: event, path: 'body' }).length).toBe(60);
    expectEvtError(
      () => inflate(data, { owner: line, path: 'sku' }),
      PayloadTooLargeError,
      'Order: lines[0].sku inflates to more than 100 bytes (maxInflatedBytes)'
    );
    // Another event has a budget of its own.
    expect(
      inflate(data, { owner: new Order(order, { maxInflatedBytes: 100 }) })
        .length
    ).toBe(60);
  });

  it('passes the default cap of 64 MiB to zlib', () => {
    const zlib = process.getBuiltinModule('node:zlib');
    const unzip = vi.spyOn(zlib, 'unzipSync');
    const data = gzipSync('capped');

    inflate(data);

    expect(DEFAULT_MAX_INFLATED_BYTES).toBe(67_108_864);
    expect(unzip).toHaveBeenCalledWith(data, { maxOutputLength: 67_108_864 });
  });

  it('loads zlib through require where process.getBuiltinModule is missing', async () => {
    const original = process.getBuiltinModule;
    vi.resetModules();
    Object.defineProperty(process, 'getBuiltinModule', {
      value: undefined,
      configurable: true,
      writable: true,
    });
    try {
      const fresh = await import('../src/decoding');

      expect(decodeUtf8(fresh.inflate(gzipSync('fallback')))).toBe('fallback');
    } finally {
      Object.defineProperty(process, 'getBuiltinModule', {
        value: original,
        configurable: true,
        writable: true,
      });
    }
  });

  it('throws DecodeError naming the field for truncated data', () => {
    const data = gzipSync('some text to compress, some text to compress');

    const error = expectEvtError(
      () => inflate(data.subarray(0, 12), { owner, path: 'body' }),
      DecodeError,
      'Order: body is not valid gzip/zlib data: unexpected end of file'
    ) as DecodeError;

    expect(error.format).toBe('gzip/zlib data');
    expect((error.cause as { code: string }).code).toBe('Z_BUF_ERROR');
  });

  it('throws DecodeError for data that is not compressed', () => {
    expectEvtError(
      () => inflate(new Uint8Array([1, 2, 3, 4])),
      DecodeError,
      '(event) is not valid gzip/zlib data: incorrect header check'
    );
  });
});
