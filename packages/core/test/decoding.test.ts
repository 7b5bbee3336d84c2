import { deflateSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_MAX_INFLATED_BYTES,
  DecodeError,
  decodeBase64,
  decodeBase64Text,
  decodeUtf8,
  encodeBase64,
  inflate,
  PayloadTooLargeError,
  parseJson,
} from '../src/index';
import { Order, order } from './fixtures';

const owner = new Order(order);

describe('decodeBase64', () => {
  it('decodes padded and unpadded base64', () => {
    expect([...decodeBase64('aGVsbG8=')]).toEqual([104, 101, 108, 108, 111]);
    expect([...decodeBase64('aGVsbG8')]).toEqual([104, 101, 108, 108, 111]);
    expect([...decodeBase64('')]).toEqual([]);
  });

  it.each([
    ['a character outside the alphabet', 'aGVs!G8='],
    ['whitespace', 'aGVs bG8='],
    ['an impossible length', 'aGVsb'],
    ['padding on a short block', 'aGVsbG8=='],
    ['data after the padding', 'aA==aA=='],
    ['a bad character in long text', `${'QUJD'.repeat(20)}!UJD`],
    ['a non-ASCII character', 'aGVs\u00e9G8='],
  ])('rejects %s', (_, text) => {
    expect(() => decodeBase64(text, owner, 'body')).toThrow(
      'Order: body is not valid base64: unexpected character, padding or length'
    );
  });

  it('round-trips any bytes through encodeBase64', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect([...decodeBase64(encodeBase64(bytes))]).toEqual([...bytes]);
      })
    );
  });

  it('accepts only alphabet characters and final padding, else throws DecodeError', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(...'AZaz09+/=_-! \n\u00e9'),
          maxLength: 12,
        }),
        (text) => {
          try {
            const bytes = decodeBase64(text);
            expect(text).toMatch(/^[A-Za-z0-9+/_-]*={0,2}$/);
            expect(bytes.length).toBe(
              Math.floor((text.replace(/=+$/, '').length * 3) / 4)
            );
          } catch (error) {
            expect(error).toBeInstanceOf(DecodeError);
          }
        }
      ),
      { numRuns: 500 }
    );
  });
});

describe('decodeUtf8', () => {
  it('decodes valid UTF-8, including a view into a larger buffer', () => {
    const bytes = new TextEncoder().encode('xxhé☃xx').subarray(2, 8);

    expect(decodeUtf8(bytes)).toBe('hé☃');
  });

  it('rejects invalid sequences', () => {
    expect(() => decodeUtf8(new Uint8Array([0xc3]), owner, 'data')).toThrow(
      'Order: data is not valid UTF-8: invalid byte sequence'
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

describe('encodeBase64', () => {
  it('encodes text as UTF-8 and bytes as they are', () => {
    expect(encodeBase64('hello')).toBe('aGVsbG8=');
    expect(encodeBase64(new Uint8Array([0, 255]))).toBe('AP8=');
  });
});

describe('parseJson', () => {
  it('parses with JSON.parse by default', () => {
    expect(parseJson('{"a":[1,2]}')).toEqual({ a: [1, 2] });
  });

  it('uses the owner’s deserializer', () => {
    const custom = new Order(order, { jsonDeserializer: () => 'custom' });

    expect(parseJson('{}', custom, 'body')).toBe('custom');
  });

  it('throws DecodeError with the cause', () => {
    try {
      parseJson('{"a":', owner, 'body');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DecodeError);
      expect((error as DecodeError).message).toMatch(
        /^Order: body is not valid JSON: /
      );
      expect((error as DecodeError).cause).toBeInstanceOf(SyntaxError);
    }
  });

  it('reports non-Error throws from a custom deserializer', () => {
    const custom = new Order(order, {
      jsonDeserializer: () => {
        throw 'nope';
      },
    });

    expect(() => parseJson('{}', custom, 'body')).toThrow(
      'Order: body is not valid JSON: nope'
    );
  });
});

describe('inflate', () => {
  it('inflates gzip and zlib data', () => {
    expect(decodeUtf8(inflate(gzipSync('hello gzip')))).toBe('hello gzip');
    expect(decodeUtf8(inflate(deflateSync('hello zlib')))).toBe('hello zlib');
  });

  it('stops at the cap given as an argument', () => {
    const data = gzipSync(Buffer.alloc(10_000));

    expect(() => inflate(data, owner, 'data', 1000)).toThrow(
      new PayloadTooLargeError(1000, { className: 'Order', path: 'data' })
    );
  });

  it('takes the cap from the owner’s options', () => {
    const capped = new Order(order, { maxInflatedBytes: 100 });

    expect(() => inflate(gzipSync(Buffer.alloc(101)), capped, 'data')).toThrow(
      PayloadTooLargeError
    );
    expect(inflate(gzipSync(Buffer.alloc(100)), capped, 'data').length).toBe(
      100
    );
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

  it('defaults the cap to 64 MiB', () => {
    expect(DEFAULT_MAX_INFLATED_BYTES).toBe(67_108_864);
  });

  it('throws DecodeError for truncated or corrupt data', () => {
    const data = gzipSync('some text to compress, some text to compress');

    expect(() => inflate(data.subarray(0, 12), owner, 'data')).toThrow(
      'Order: data is not valid gzip/zlib data: unexpected end of file'
    );
    expect(() => inflate(new Uint8Array([1, 2, 3, 4]), owner, 'data')).toThrow(
      DecodeError
    );
  });
});
