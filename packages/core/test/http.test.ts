import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BaseProxyEvent,
  DecodeError,
  eventSource,
  ownValue,
  parseCookies,
  parseQueryString,
  type RawProxyEventBase,
} from '../src/index';

describe('parseQueryString', () => {
  it('collects every value per name, decoding + and escapes', () => {
    const query = parseQueryString(
      'tag=a&tag=b&q=hello+world&e=%E2%9C%93&flag'
    );

    expect(query.get('tag')).toEqual(['a', 'b']);
    expect(query.get('q')).toEqual(['hello world']);
    expect(query.get('e')).toEqual(['✓']);
    expect(query.get('flag')).toEqual(['']);
  });

  it('keeps malformed escapes and skips empty pairs', () => {
    const query = parseQueryString('a=%E2%9C&&b=%zz');

    expect(query.get('a')).toEqual(['%E2%9C']);
    expect(query.get('b')).toEqual(['%zz']);
    expect(query.size).toBe(2);
  });

  it('treats __proto__ as an ordinary name', () => {
    expect(parseQueryString('__proto__=x').get('__proto__')).toEqual(['x']);
    expect(parseQueryString('').size).toBe(0);
  });

  it('round-trips encoded names and values (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ minLength: 1 }), fc.string()), {
          maxLength: 10,
        }),
        (pairs) => {
          const text = pairs
            .map(
              ([name, value]) =>
                `${encodeURIComponent(name)}=${encodeURIComponent(value)}`
            )
            .join('&');
          const parsed = parseQueryString(text);
          for (const [name, value] of pairs) {
            expect(parsed.get(name)).toContain(value);
          }
        }
      )
    );
  });
});

describe('parseCookies', () => {
  it('parses a Cookie header', () => {
    const cookies = parseCookies('session=abc123; theme=dark; quoted="a b"');

    expect(cookies.get('session')).toBe('abc123');
    expect(cookies.get('theme')).toBe('dark');
    expect(cookies.get('quoted')).toBe('a b');
  });

  it('parses a list of cookies, first occurrence winning', () => {
    const cookies = parseCookies([
      'a=1',
      'b=x%20y',
      'a=2',
      'junk',
      '=nameless',
    ]);

    expect(cookies.get('a')).toBe('1');
    expect(cookies.get('b')).toBe('x y');
    expect(cookies.size).toBe(2);
  });

  it('never throws on arbitrary input (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 5 }), (parts) => {
        const cookies = parseCookies(parts);
        for (const [name, value] of cookies) {
          expect(typeof name).toBe('string');
          expect(typeof value).toBe('string');
        }
      })
    );
  });
});

describe('ownValue', () => {
  it('reads own keys only', () => {
    expect(ownValue({ a: '1' }, 'a')).toBe('1');
    expect(ownValue({ a: '1' }, 'constructor')).toBeUndefined();
    expect(ownValue(undefined, 'a')).toBeUndefined();
  });
});

const raw: RawProxyEventBase = {
  path: '/orders',
  httpMethod: 'POST',
  headers: { 'Content-Type': 'application/json', 'X-Api-Key': 'k-1' },
  queryStringParameters: { tag: 'a,b', page: '2' },
  multiValueQueryStringParameters: null,
  body: '{"id":"o-1"}',
  isBase64Encoded: false,
};

describe('BaseProxyEvent', () => {
  const event = new BaseProxyEvent<RawProxyEventBase, { id: string }>(raw);

  it('reads the request line', () => {
    expect(event.path).toBe('/orders');
    expect(event.httpMethod).toBe('POST');
  });

  it('reads headers case-insensitively', () => {
    expect(event.headers.get('content-type')).toBe('application/json');
    expect(event.resolvedHeadersField).toBe(event.headers);
    expect(event.getHeaderValue('x-api-key')).toBe('k-1');
    expect(event.getHeaderValue('x-api-key', 'none', true)).toBe('none');
    expect(event.getHeaderValue('X-Api-Key', 'none', true)).toBe('k-1');
    expect(event.getHeaderValue('accept', 'none')).toBe('none');
    expect(event.getHeaderValue('accept')).toBeUndefined();
  });

  it('reads the query string', () => {
    expect(event.queryStringParameters).toEqual({ tag: 'a,b', page: '2' });
    expect(event.multiValueQueryStringParameters).toEqual({});
    expect(event.resolvedQueryStringParameters).toEqual({
      tag: ['a', 'b'],
      page: ['2'],
    });
    expect(event.getQueryStringValue('page')).toBe('2');
    expect(event.getQueryStringValue('size', '10')).toBe('10');
    expect(event.getQueryStringValue('constructor')).toBeUndefined();
    expect(event.getMultiValueQueryStringValues('tag')).toEqual([]);
    expect(event.getMultiValueQueryStringValues('tag', ['none'])).toEqual([
      'none',
    ]);
  });

  it('prefers multi-value query parameters when present', () => {
    const multi = new BaseProxyEvent({
      ...raw,
      multiValueQueryStringParameters: { tag: ['a,b', 'c'] },
    });

    expect(multi.resolvedQueryStringParameters).toEqual({ tag: ['a,b', 'c'] });
    expect(multi.getMultiValueQueryStringValues('tag')).toEqual(['a,b', 'c']);
    expect(multi.getMultiValueQueryStringValues('page', ['1'])).toEqual(['1']);
  });

  it('reads the body as text and JSON', () => {
    expect(event.body).toBe('{"id":"o-1"}');
    expect(event.isBase64Encoded).toBe(false);
    expect(event.decodedBody).toBe('{"id":"o-1"}');
    expect(event.jsonBody).toEqual({ id: 'o-1' });
    expect(event.jsonBody).toBe(event.jsonBody);
  });

  it('decodes a base64 body', () => {
    const encoded = new BaseProxyEvent({
      ...raw,
      body: Buffer.from('{"id":"o-2"}').toString('base64'),
      isBase64Encoded: true,
    });

    expect(encoded.decodedBody).toBe('{"id":"o-2"}');
    expect(encoded.jsonBody).toEqual({ id: 'o-2' });
  });

  it('reads an absent body as undefined', () => {
    const empty = new BaseProxyEvent({ path: '/', httpMethod: 'GET' });

    expect(empty.body).toBeUndefined();
    expect(empty.decodedBody).toBeUndefined();
    expect(empty.jsonBody).toBeUndefined();
    expect(empty.isBase64Encoded).toBe(false);
    expect(empty.headers.size).toBe(0);
  });

  describe('malformed input', () => {
    it('throws DecodeError for a bad base64 body', () => {
      const bad = new BaseProxyEvent({
        ...raw,
        body: '%%%',
        isBase64Encoded: true,
      });

      expect(() => bad.decodedBody).toThrow(
        'BaseProxyEvent: body is not valid base64: unexpected character, padding or length'
      );
    });

    it('throws DecodeError for a body that is not JSON', () => {
      const bad = new BaseProxyEvent({ ...raw, body: '{' });

      expect(() => bad.jsonBody).toThrow(DecodeError);
    });

    it('throws MissingFieldError for an absent method', () => {
      expect(() => new BaseProxyEvent({}).httpMethod).toThrow(
        'BaseProxyEvent: httpMethod is missing'
      );
    });
  });
});

describe('eventSource', () => {
  it('wraps the raw event before calling the handler', async () => {
    const handler = eventSource(
      BaseProxyEvent,
      async (event: BaseProxyEvent, context: { requestId: string }) =>
        `${event.httpMethod} ${event.path} ${context.requestId}`
    );

    await expect(handler(raw, { requestId: 'r-1' })).resolves.toBe(
      'POST /orders r-1'
    );
  });

  it('passes options to the wrapper', () => {
    const handler = eventSource(
      BaseProxyEvent,
      (event: BaseProxyEvent) => event.jsonBody,
      { jsonDeserializer: () => 'custom' }
    );

    expect(handler(raw, {})).toBe('custom');
  });
});
