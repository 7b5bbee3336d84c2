// The decoders and options under the attacks of the December 2026 review: C2 (text past V8's
// string limit), D1/D2 (budgets per event), K3 (exotic throws), L2 (messages that echo input),
// P2 (options read through the prototype chain), W1 (base64 that is not base64) and W4
// (option values that disable the cap or blame the event).
import { constants } from 'node:buffer';
import { gzipSync } from 'node:zlib';
import { expectEvtError, thrownBy } from '@evt/tooling-config/testing';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeBase64Buffer } from '../src/decoding';
import {
  DEFAULT_MAX_JSON_BYTES,
  DecodeError,
  decodeBase64,
  decodeBase64Text,
  decodeUtf8,
  EvtError,
  FieldTypeError,
  HeaderMap,
  inflate,
  inflateJson,
  PayloadTooLargeError,
  parseJson,
} from '../src/index';
import { type Line, Order, order } from './fixtures';

function attempt(read: () => Uint8Array): Uint8Array | unknown {
  try {
    return read();
  } catch (error) {
    return error;
  }
}

describe('base64 accepts the standard alphabet only (W1)', () => {
  it.each([
    ['a letter outside ASCII whose low byte is a letter', 'ŁŁŁŁ'],
    ['a long run of them', 'š'.repeat(40)],
    ['the URL-safe alphabet', '-_-_'],
    ['the URL-safe alphabet, long', 'ab-_'.repeat(20)],
    ['mixed alphabets', 'ab+_'],
    ['a space', 'aGVs bG8='],
    ['a tab in long text', `${'QUJD'.repeat(10)}\tQUJD`],
  ])('refuses %s in every decoder', (_, text) => {
    expect(() => decodeBase64(text)).toThrow(DecodeError);
    expect(() => decodeBase64Text(text)).toThrow(DecodeError);
    expect(() => decodeBase64Buffer(text)).toThrow(DecodeError);
  });

  it('decodes what Node decodes, on either path, with or without padding and line breaks (property)', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 200 }),
        fc.boolean(),
        fc.integer({ min: 4, max: 80 }),
        (bytes, padded, width) => {
          const canonical = Buffer.from(bytes).toString('base64');
          const text = padded ? canonical : canonical.replace(/=+$/, '');
          const wrapped = text.replace(
            new RegExp(`(.{${width}})`, 'g'),
            '$1\r\n'
          );

          for (const input of [text, wrapped]) {
            expect([...decodeBase64(input)]).toEqual([...bytes]);
            expect([...decodeBase64Buffer(input)]).toEqual([...bytes]);
          }
        }
      ),
      { numRuns: 300 }
    );
  });

  it('gives the same answer on the short and the long path for any text (property)', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(...'AQgw+/=\n\r-_ Łš!'),
          maxLength: 32,
        }),
        (text) => {
          const short = attempt(() => decodeBase64(text));
          const long = attempt(() => decodeBase64Buffer(text));
          if (short instanceof Uint8Array) {
            expect([...(long as Uint8Array)]).toEqual([...short]);
          } else {
            expect(short).toBeInstanceOf(DecodeError);
            expect(long).toBeInstanceOf(DecodeError);
          }
        }
      ),
      { numRuns: 2000 }
    );
  });
});

describe('text past the engine’s string limit is a PayloadTooLargeError (C2)', () => {
  it('refuses before converting, naming the field', () => {
    const huge = { byteLength: constants.MAX_STRING_LENGTH + 1 } as Uint8Array;

    const error = expectEvtError(
      () => decodeUtf8(huge, { owner: new Order(order), path: 'body' }),
      PayloadTooLargeError,
      `Order: body is too large to read as text: more than ${constants.MAX_STRING_LENGTH} bytes`
    ) as PayloadTooLargeError;

    expect(error.option).toBe('string length');
  });
});

describe('budgets are per event (D1, D2)', () => {
  it('charges every inflated JSON field of an event to one JSON budget, before the parser runs', () => {
    const jsonDeserializer = vi.fn(JSON.parse);
    const event = new Order(order, { maxJsonBytes: 30, jsonDeserializer });
    const line = event.lines[1] as Line;
    const zipped = gzipSync(JSON.stringify({ pad: 'x'.repeat(10) }));

    expect(inflateJson(zipped, { owner: event, path: 'body' })).toEqual({
      pad: 'x'.repeat(10),
    });
    const error = expectEvtError(
      () => inflateJson(zipped, { owner: line, path: 'sku' }),
      PayloadTooLargeError,
      "Order: lines[1].sku would pass the event's JSON budget of 30 bytes (maxJsonBytes)"
    ) as PayloadTooLargeError;

    expect(error.option).toBe('maxJsonBytes');
    expect(jsonDeserializer).toHaveBeenCalledTimes(1);
  });

  it('does not charge text taken from the event as it is: the invocation bounds it', () => {
    const event = new Order(order, { maxJsonBytes: 10 });

    expect(parseJson(`"${'x'.repeat(100)}"`, { owner: event })).toHaveLength(
      100
    );
    expect(inflateJson(gzipSync('[1,2]'), { owner: event })).toEqual([1, 2]);
  });

  it('does not charge inflated text that failed to parse', () => {
    const event = new Order(order, { maxJsonBytes: 10 });

    for (let attempt = 0; attempt < 5; attempt++) {
      expect(() => inflateJson(gzipSync('{"a":'), { owner: event })).toThrow(
        DecodeError
      );
    }
    expect(inflateJson(gzipSync('[1,2,3]'), { owner: event })).toEqual([
      1, 2, 3,
    ]);
  });

  it('defaults the JSON budget to 8 MiB', () => {
    const event = new Order(order);
    const text = `"${'x'.repeat(DEFAULT_MAX_JSON_BYTES - 2)}"`;

    expect(DEFAULT_MAX_JSON_BYTES).toBe(8 * 1024 * 1024);
    expect(inflateJson<string>(gzipSync(text), { owner: event })).toHaveLength(
      DEFAULT_MAX_JSON_BYTES - 2
    );
    expect(() => inflateJson(gzipSync('1'), { owner: event })).toThrow(
      PayloadTooLargeError
    );
    // Bytes of the user's own, with no owner, have no budget but the call's.
    expect(inflateJson<string>(gzipSync(text))).toHaveLength(
      DEFAULT_MAX_JSON_BYTES - 2
    );
  });

  it('stops inflating JSON at what is left of the JSON budget (inflateJson)', () => {
    const zlib = process.getBuiltinModule('node:zlib');
    const unzip = vi.spyOn(zlib, 'unzipSync');
    const event = new Order(order, { maxJsonBytes: 1000 });
    const small = gzipSync('[1,2,3]');
    const big = gzipSync(`"${'x'.repeat(100_000)}"`);

    expect(inflateJson(small, { owner: event, path: 'body' })).toEqual([
      1, 2, 3,
    ]);
    const error = expectEvtError(
      () => inflateJson(big, { owner: event, path: 'body' }),
      PayloadTooLargeError,
      "Order: body would pass the event's JSON budget of 1000 bytes (maxJsonBytes)"
    ) as PayloadTooLargeError;

    expect(error.option).toBe('maxJsonBytes');
    expect(unzip).toHaveBeenLastCalledWith(big, { maxOutputLength: 993 });
    expect(inflateJson(small)).toEqual([1, 2, 3]);
    unzip.mockRestore();
  });

  it('names the inflate budget when it is the smaller one (inflateJson)', () => {
    const event = new Order(order, {
      maxInflatedBytes: 10,
      maxJsonBytes: 1000,
    });

    expectEvtError(
      () => inflateJson(gzipSync('"0123456789abcdef"'), { owner: event }),
      PayloadTooLargeError,
      'Order inflates to more than 10 bytes (maxInflatedBytes)'
    );
  });

  it('stops inflating at what is left of the event’s inflate budget', () => {
    const event = new Order(order, { maxInflatedBytes: 1000 });
    const data = gzipSync(Buffer.alloc(600));

    expect(inflate(data, { owner: event.lines[0] as Line }).length).toBe(600);
    expect(() => inflate(data, { owner: event.lines[1] as Line })).toThrow(
      PayloadTooLargeError
    );
    expect(() => inflate(gzipSync(''), { owner: event })).not.toThrow();
  });
});

describe('options are validated and read from own properties (W4, P2)', () => {
  it.each([
    [
      0,
      RangeError,
      'Order: options.maxInflatedBytes must be a positive safe integer, got 0',
    ],
    [
      -1,
      RangeError,
      'Order: options.maxInflatedBytes must be a positive safe integer, got -1',
    ],
    [
      1.5,
      RangeError,
      'Order: options.maxInflatedBytes must be a positive safe integer, got 1.5',
    ],
    [
      Number.NaN,
      RangeError,
      'Order: options.maxInflatedBytes must be a positive safe integer, got NaN',
    ],
    [
      Number.POSITIVE_INFINITY,
      RangeError,
      'Order: options.maxInflatedBytes must be a positive safe integer, got Infinity',
    ],
    [
      2 ** 53,
      RangeError,
      'Order: options.maxInflatedBytes must be a positive safe integer, got 9007199254740992',
    ],
    [
      '1024',
      TypeError,
      'Order: options.maxInflatedBytes must be a number, got string',
    ],
  ])(
    'refuses maxInflatedBytes %s at construction, naming the option',
    (value, ErrorClass, message) => {
      const error = thrownBy(
        () => new Order(order, { maxInflatedBytes: value as number })
      );

      expect(error).toBeInstanceOf(ErrorClass);
      expect(error).not.toBeInstanceOf(EvtError);
      expect((error as Error).message).toBe(message);
    }
  );

  it('refuses a bad maxJsonBytes, jsonDeserializer or options object', () => {
    expect(() => new Order(order, { maxJsonBytes: 0 })).toThrow(
      new RangeError(
        'Order: options.maxJsonBytes must be a positive safe integer, got 0'
      )
    );
    expect(
      () => new Order(order, { jsonDeserializer: 'JSON' as never })
    ).toThrow(
      new TypeError(
        'Order: options.jsonDeserializer must be a function, got string'
      )
    );
    expect(() => new Order(order, 'fast' as never)).toThrow(
      new TypeError('Order: options must be an object, got string')
    );
    expect(() => new Order(order, null as never)).toThrow(
      new TypeError('Order: options must be an object, got null')
    );
    expect(() => inflate(gzipSync('x'), { maxBytes: Number.NaN })).toThrow(
      new RangeError(
        'inflate: options.maxBytes must be a positive safe integer, got NaN'
      )
    );
  });

  describe('with Object.prototype polluted', () => {
    const polluted = Object.prototype as Record<string, unknown>;
    afterEach(() => {
      for (const name of [
        'maxInflatedBytes',
        'maxJsonBytes',
        'jsonDeserializer',
        'index',
        'path',
        'owner',
        'deserializer',
        'maxBytes',
        'parent',
      ]) {
        delete polluted[name];
      }
    });

    it('keeps the user’s cap and deserializer', () => {
      polluted.maxInflatedBytes = Number.NaN;
      polluted.jsonDeserializer = () => ({ injected: true });
      polluted.deserializer = () => ({ injected: true });
      polluted.maxBytes = Number.NaN;
      const event = new Order(order, { maxInflatedBytes: 100 });
      const line = event.lines[0] as Line;

      expect(() =>
        inflate(gzipSync(Buffer.alloc(200)), { owner: line })
      ).toThrow(PayloadTooLargeError);
      expect(parseJson('{"a":1}', { owner: line })).toEqual({ a: 1 });
      expect(new Order(order).jsonBody).toEqual({ total: 42 });
    });

    it('keeps each event its own root under a polluted parent', () => {
      polluted.parent = new Order(order, { maxInflatedBytes: 1 });
      const data = gzipSync(Buffer.alloc(60));

      expect(() => new Order(order, { maxInflatedBytes: Number.NaN })).toThrow(
        RangeError
      );
      for (const event of [
        new Order(order, { maxInflatedBytes: 100 }),
        new Order(order, { maxInflatedBytes: 100 }),
      ]) {
        expect(inflate(data, { owner: event.lines[0] as Line }).length).toBe(
          60
        );
      }
      expectEvtError(
        () =>
          new Order({ ...order, id: 5 as never }, { maxInflatedBytes: 100 }).id,
        FieldTypeError,
        'Order: id must be string, got number'
      );
      // A child keeps its own parent: its error names the path from the event.
      const child = new Order(
        { ...order, lines: [{ sku: 5 } as never] },
        { maxInflatedBytes: 100 }
      ).lines[0] as Line;
      expectEvtError(
        () => child.sku,
        FieldTypeError,
        'Order: lines[0].sku must be string, got number'
      );
    });

    it('keeps error paths and owners', () => {
      polluted.index = 9;
      polluted.path = 'injected';
      polluted.owner = new Order(order);
      const event = new Order({ ...order, lines: [{ sku: 5 } as never] });

      expectEvtError(
        () => (event.lines[0] as Line).sku,
        FieldTypeError,
        'Order: lines[0].sku must be string, got number'
      );
      expectEvtError(
        () => decodeBase64('!'),
        DecodeError,
        '(event) is not valid base64: unexpected character, padding or length'
      );
    });

    it('parses JSON as if an inherited owner were not there', () => {
      polluted.owner = new Order(order, {
        jsonDeserializer: () => ({ injected: true }),
      });
      expect(parseJson('{"a":1}', { path: 'body' })).toEqual({ a: 1 });
      polluted.owner = new Order(order);
      expect(parseJson('{"a":1}', { path: 'body' })).toEqual({ a: 1 });
      expectEvtError(
        () => parseJson('nope', { path: 'body' }),
        DecodeError,
        "body is not valid JSON: Unexpected token 'o'"
      );
    });
  });
});

describe('errors do not echo payloads (L2)', () => {
  it('does not quote a JSON body in the message', () => {
    const body = '{"username":"alice","password":hunter2-SECRET}';

    const error = thrownBy(() =>
      parseJson(body, { owner: new Order(order), path: 'body' })
    ) as Error;

    expect(error).toBeInstanceOf(DecodeError);
    expect(error.message).not.toContain('hunter2');
    expect(error.message).not.toContain('alice');
    expect(error.message).toMatch(
      /^Order: body is not valid JSON: Unexpected token 'h'$/
    );
    expect(error.cause).toBeUndefined();
  });

  it('escapes control characters and shortens long paths', () => {
    const headers = new HeaderMap(
      {
        'a\nERROR forged line': 5 as never,
        [`${'k'.repeat(300)}`]: 6 as never,
      },
      { owner: new Order(order), path: 'headers' }
    );

    const forged = thrownBy(() => headers.get('a\nERROR forged line')) as Error;
    const long = thrownBy(() => headers.get('k'.repeat(300))) as Error;

    expect(forged.message).toBe(
      'Order: headers.a\\u000aERROR forged line must be string, got number'
    );
    expect(forged.message).not.toContain('\n');
    expect((forged as EvtError).path).toBe('headers.a\nERROR forged line');
    expect(long.message).toBe(
      `Order: headers.${'k'.repeat(91)}…${'k'.repeat(99)} must be string, got number`
    );
  });

  it('shortens a long path of control characters without recursing on its end', () => {
    // 300 line breaks escaped are 1,800 characters; the end was shortened by calling the
    // shortener again on it, which never stopped (RangeError: Maximum call stack size).
    const key = '\n\u2028'.repeat(150);
    const headers = new HeaderMap(
      { [key]: 5 as never },
      { owner: new Order(order), path: 'headers' }
    );
    const escaped = (text: string) =>
      text.replaceAll('\n', '\\u000a').replaceAll('\u2028', '\\u2028');

    const error = thrownBy(() => headers.get(key)) as Error;

    expect(error).toBeInstanceOf(FieldTypeError);
    expect(error.message).toBe(
      `Order: ${escaped(`headers.${key}`).slice(0, 99)}…${escaped(key.slice(-99)).slice(-99)} must be string, got number`
    );
    expect((error as EvtError).path).toBe(`headers.${key}`);
  });
});

describe('exotic throws and programmer errors (K3)', () => {
  it('does not touch what a custom deserializer throws', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('touched');
        },
        getPrototypeOf() {
          throw new Error('touched');
        },
      }
    );
    const withMessageGetter = {
      get message(): string {
        throw new Error('touched');
      },
    };

    for (const thrown of [hostile, withMessageGetter, null, Symbol('s')]) {
      const error = thrownBy(() =>
        parseJson('{}', {
          deserializer: () => {
            throw thrown;
          },
        })
      ) as DecodeError;

      expect(error).toBeInstanceOf(DecodeError);
      expect(error.message).toBe(
        '(event) is not valid JSON: the deserializer failed on 2 characters'
      );
      expect(error.cause).toBe(thrown);
    }
  });

  it('throws a TypeError naming the method for a header name that is not a string', () => {
    const headers = new HeaderMap({ a: 'b' });

    expect(() => headers.get(123 as never)).toThrow(
      new TypeError('HeaderMap.get: name must be a string, got number 123')
    );
    expect(() => headers.getValue(undefined as never)).toThrow(
      new TypeError('HeaderMap.get: name must be a string, got undefined')
    );
    expect(() => headers.getAll(null as never)).toThrow(
      new TypeError('HeaderMap.getAll: name must be a string, got null')
    );
    expect(() => headers.has({} as never)).toThrow(
      new TypeError('HeaderMap.has: name must be a string, got object')
    );
  });
});
