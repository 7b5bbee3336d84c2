import { loadEvent } from '@evt/tooling-config/events';
import {
  counted,
  expectEvtError,
  expectGetters,
  patchEvent,
  thrownBy,
} from '@evt/tooling-config/testing';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BaseProxyEvent,
  DecodeError,
  type EventOptions,
  eventSource,
  FieldTypeError,
  ownValue,
  parseCookies,
  parseQueryString,
  type RawProxyEventBase,
} from '../src/index';

const REST = 'api-gateway-proxy-event';

interface Pet {
  name: string;
  species: string;
}

function proxyEvent(
  patch: (event: RawProxyEventBase) => void,
  options?: EventOptions
): BaseProxyEvent<RawProxyEventBase, Pet> {
  return new BaseProxyEvent(
    patchEvent<RawProxyEventBase>(REST, patch),
    options
  );
}

/** Wraps a raw event so a test can count how often getters read each key. */
function counting(raw: RawProxyEventBase): {
  raw: RawProxyEventBase;
  reads: Map<string, number>;
} {
  const reads = new Map<string, number>();
  const proxy = new Proxy(raw, {
    get(target, key, receiver) {
      if (typeof key === 'string') reads.set(key, (reads.get(key) ?? 0) + 1);
      return Reflect.get(target, key, receiver);
    },
  });
  return { raw: proxy, reads };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('parseQueryString', () => {
  it('collects every value per name, decoding + and escapes', () => {
    const query = parseQueryString(
      'tag=a&tag=b&q=hello+world&e=%E2%9C%93&flag&first+name=Ada'
    );

    expect(query.get('tag')).toEqual(['a', 'b']);
    expect(query.get('q')).toEqual(['hello world']);
    expect(query.get('e')).toEqual(['✓']);
    expect(query.get('flag')).toEqual(['']);
    expect(query.get('first name')).toEqual(['Ada']);
  });

  it('splits each pair at its first =', () => {
    const query = parseQueryString('expr=a=b&=empty');

    expect(query.get('expr')).toEqual(['a=b']);
    expect(query.get('')).toEqual(['empty']);
    expect([...query.keys()]).toEqual(['expr', '']);
  });

  it('keeps malformed escapes and skips empty pairs', () => {
    const query = parseQueryString('a=%E2%9C&&b=%zz&');

    expect(query.get('a')).toEqual(['%E2%9C']);
    expect(query.get('b')).toEqual(['%zz']);
    expect(query.size).toBe(2);
  });

  it('treats __proto__ as an ordinary name', () => {
    expect(parseQueryString('__proto__=x').get('__proto__')).toEqual(['x']);
  });

  it('returns an empty map for an empty query', () => {
    expect(parseQueryString('').size).toBe(0);
  });

  it('calls decodeURIComponent only on a component that holds a %', () => {
    const decode = vi.spyOn(globalThis, 'decodeURIComponent');

    const query = parseQueryString('page=2&q=hello+world&fields=id%2Cstatus');

    expect(query.get('page')).toEqual(['2']);
    expect(query.get('q')).toEqual(['hello world']);
    expect(query.get('fields')).toEqual(['id,status']);
    expect(decode).toHaveBeenCalledTimes(1);
    expect(decode).toHaveBeenCalledWith('id%2Cstatus');
  });

  it('decodes as decodeURIComponent after + to space does, keeping what it refuses (property)', () => {
    // The reference: both steps on every name and value, whatever they hold.
    const reference = (text: string): string => {
      const spaced = text.replaceAll('+', ' ');
      try {
        return decodeURIComponent(spaced);
      } catch {
        return spaced;
      }
    };
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            'a',
            '+',
            '%',
            '2',
            'B',
            'C',
            '9',
            'é',
            '=',
            '&'
          ),
        }),
        (text) => {
          const expected = new Map<string, string[]>();
          for (const pair of text.split('&')) {
            if (!pair) continue;
            const at = pair.indexOf('=');
            const name = reference(at === -1 ? pair : pair.slice(0, at));
            const value = reference(at === -1 ? '' : pair.slice(at + 1));
            expected.set(name, [...(expected.get(name) ?? []), value]);
          }
          expect(parseQueryString(text)).toEqual(expected);
        }
      )
    );
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
  it('calls decodeURIComponent only on a value that holds a %', () => {
    const decode = vi.spyOn(globalThis, 'decodeURIComponent');

    const cookies = parseCookies(['locale=en-GB', 'name=J%C3%B6rg']);

    expect(cookies.get('locale')).toBe('en-GB');
    expect(cookies.get('name')).toBe('Jörg');
    expect(decode).toHaveBeenCalledTimes(1);
  });

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
    expect([...cookies.keys()]).toEqual(['a', 'b']);
  });

  it('trims names and values and keeps = inside a value', () => {
    const cookies = parseCookies(' a = 1 ;b= x=y ');

    expect(cookies.get('a')).toBe('1');
    expect(cookies.get('b')).toBe('x=y');
  });

  it('removes only a pair of surrounding double quotes', () => {
    const cookies = parseCookies(
      'empty=""; lone="; open="a; close=a"; inner=a"b"c; trimmed= "t" '
    );

    expect(cookies.get('empty')).toBe('');
    expect(cookies.get('lone')).toBe('"');
    expect(cookies.get('open')).toBe('"a');
    expect(cookies.get('close')).toBe('a"');
    expect(cookies.get('inner')).toBe('a"b"c');
    expect(cookies.get('trimmed')).toBe('t');
  });

  it('keeps a malformed escape as sent', () => {
    expect(parseCookies('bad=%E2%9C').get('bad')).toBe('%E2%9C');
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
    expect(ownValue(null, 'a')).toBeUndefined();
  });
});

describe('BaseProxyEvent', () => {
  const raw = loadEvent<RawProxyEventBase>(REST);
  const event = new BaseProxyEvent<RawProxyEventBase, Pet>(raw);

  it('reads the request line and body of the REST API sample', () => {
    expectGetters(event, {
      path: '/pets/42',
      httpMethod: 'POST',
      body: '{"name":"Rex","species":"dog"}',
      isBase64Encoded: false,
      decodedBody: '{"name":"Rex","species":"dog"}',
      jsonBody: { name: 'Rex', species: 'dog' },
    });
    expect(BaseProxyEvent.typeName).toBe('BaseProxyEvent');
  });

  describe('headers', () => {
    it('reads headers case-insensitively', () => {
      expect(event.headers.get('content-type')).toBe('application/json');
      expect(event.headers.get('x-request-id')).toBe('second-request-id');
      expect(event.headers.size).toBe(9);
    });

    it('returns the same map on every read', () => {
      expect(event.headers).toBe(event.headers);
      expect(event.resolvedHeadersField).toBe(event.headers);
    });

    it('returns an empty map when the event has none', () => {
      const empty = new BaseProxyEvent(
        loadEvent<RawProxyEventBase>(`${REST}.null-maps`)
      );

      expect(empty.headers.size).toBe(0);
      expect(empty.getHeaderValue('accept', 'none')).toBe('none');
    });

    it('throws FieldTypeError naming a header that is not a string', () => {
      const bad = proxyEvent((draft) => {
        (draft.headers as Record<string, unknown>).Accept = 1;
      });

      expectEvtError(
        () => bad.getHeaderValue('accept'),
        FieldTypeError,
        'BaseProxyEvent: headers.Accept must be string, got number'
      );
    });

    it('throws FieldTypeError when the headers are not an object', () => {
      const bad = proxyEvent((draft) => {
        draft.headers = 'Accept: */*' as never;
      });

      expectEvtError(
        () => bad.headers,
        FieldTypeError,
        'BaseProxyEvent: headers must be object, got string'
      );
    });
  });

  describe('getHeaderValue', () => {
    it('returns a header’s value whatever the case', () => {
      expect(event.getHeaderValue('x-forwarded-for')).toBe('198.51.100.10');
      expect(event.getHeaderValue('USER-AGENT', 'none')).toBe('curl/8.4.0');
    });

    it('matches the name exactly when asked to', () => {
      expect(event.getHeaderValue('user-agent', 'none', true)).toBe('none');
      expect(event.getHeaderValue('User-Agent', 'none', true)).toBe(
        'curl/8.4.0'
      );
    });

    it('returns the default, or undefined, when absent', () => {
      expect(event.getHeaderValue('authorization', 'none')).toBe('none');
      expect(event.getHeaderValue('authorization')).toBeUndefined();
    });
  });

  describe('queryStringParameters', () => {
    it('returns the raw map', () => {
      expect(event.queryStringParameters).toBe(raw.queryStringParameters);
      expect(event.queryStringParameters).toEqual({
        include: 'owner',
        tag: 'indoor',
      });
    });

    it('returns an empty object when the event has none', () => {
      const empty = new BaseProxyEvent(
        loadEvent<RawProxyEventBase>(`${REST}.null-maps`)
      );

      expect(empty.queryStringParameters).toEqual({});
      expect(empty.multiValueQueryStringParameters).toEqual({});
      expect(empty.resolvedQueryStringParameters).toEqual({});
    });

    it('throws FieldTypeError naming a parameter that is not a string', () => {
      const bad = proxyEvent((draft) => {
        (draft.queryStringParameters as Record<string, unknown>).tag = [
          'indoor',
        ];
      });

      expectEvtError(
        () => bad.queryStringParameters,
        FieldTypeError,
        'BaseProxyEvent: queryStringParameters.tag must be string, got array'
      );
    });
  });

  describe('multiValueQueryStringParameters', () => {
    it('returns the raw map', () => {
      expect(event.multiValueQueryStringParameters).toBe(
        raw.multiValueQueryStringParameters
      );
      expect(event.multiValueQueryStringParameters.tag).toEqual([
        'friendly',
        'indoor',
      ]);
    });

    it('checks own lists only', () => {
      const lists = Object.assign(Object.create({ inherited: 1 }), {
        tag: ['a'],
      });
      const event = proxyEvent((draft) => {
        draft.multiValueQueryStringParameters = lists;
      });

      expect(event.multiValueQueryStringParameters).toBe(lists);
    });

    it('throws FieldTypeError naming a parameter that is not a list of strings', () => {
      expectEvtError(
        () =>
          proxyEvent((draft) => {
            (
              draft.multiValueQueryStringParameters as Record<string, unknown>
            ).tag = 'indoor';
          }).multiValueQueryStringParameters,
        FieldTypeError,
        'BaseProxyEvent: multiValueQueryStringParameters.tag must be array, got string'
      );
      expectEvtError(
        () =>
          proxyEvent((draft) => {
            (
              draft.multiValueQueryStringParameters as Record<string, unknown>
            ).tag = ['friendly', 3];
          }).multiValueQueryStringParameters,
        FieldTypeError,
        'BaseProxyEvent: multiValueQueryStringParameters.tag[1] must be string, got number'
      );
    });
  });

  describe('resolvedQueryStringParameters', () => {
    it('returns the multi-value parameters when the event has them', () => {
      expect(event.resolvedQueryStringParameters).toBe(
        raw.multiValueQueryStringParameters
      );
    });

    it('splits single values on commas otherwise', () => {
      const single = proxyEvent((draft) => {
        draft.multiValueQueryStringParameters = null;
        draft.queryStringParameters = { tag: 'a,b', page: '2' };
      });

      expect({ ...single.resolvedQueryStringParameters }).toEqual({
        tag: ['a', 'b'],
        page: ['2'],
      });
    });

    it('splits single values when the multi-value map is empty', () => {
      const single = proxyEvent((draft) => {
        draft.multiValueQueryStringParameters = {};
      });

      expect({ ...single.resolvedQueryStringParameters }).toEqual({
        include: ['owner'],
        tag: ['indoor'],
      });
    });

    it('treats __proto__ as an ordinary parameter', () => {
      const odd = proxyEvent((draft) => {
        draft.multiValueQueryStringParameters = null;
        draft.queryStringParameters = JSON.parse('{"__proto__":"a,b"}');
      });

      const resolved = odd.resolvedQueryStringParameters;

      expect(Object.keys(resolved)).toEqual(['__proto__']);
      expect(
        Object.getOwnPropertyDescriptor(resolved, '__proto__')?.value
      ).toEqual(['a', 'b']);
    });
  });

  describe('getQueryStringValue', () => {
    it('returns a parameter’s value, or the default', () => {
      expect(event.getQueryStringValue('include')).toBe('owner');
      expect(event.getQueryStringValue('size', '10')).toBe('10');
      expect(event.getQueryStringValue('size')).toBeUndefined();
    });

    it('reads own parameters only', () => {
      expect(event.getQueryStringValue('constructor')).toBeUndefined();
    });
  });

  describe('getMultiValueQueryStringValues', () => {
    it('returns every value of a parameter', () => {
      expect(event.getMultiValueQueryStringValues('tag')).toEqual([
        'friendly',
        'indoor',
      ]);
      expect(event.getMultiValueQueryStringValues('tag', ['none'])).toEqual([
        'friendly',
        'indoor',
      ]);
    });

    it('returns the default, or [], when absent or empty', () => {
      const empty = proxyEvent((draft) => {
        (
          draft.multiValueQueryStringParameters as Record<string, string[]>
        ).tag = [];
      });

      expect(event.getMultiValueQueryStringValues('page', ['1'])).toEqual([
        '1',
      ]);
      expect(event.getMultiValueQueryStringValues('page')).toEqual([]);
      expect(empty.getMultiValueQueryStringValues('tag', ['none'])).toEqual([
        'none',
      ]);
      expect(
        event.getMultiValueQueryStringValues('constructor', ['own'])
      ).toEqual(['own']);
    });
  });

  describe('isBase64Encoded', () => {
    it('returns the flag, false when absent or null', () => {
      expect(
        new BaseProxyEvent(loadEvent<RawProxyEventBase>(`${REST}.base64`))
          .isBase64Encoded
      ).toBe(true);
      expect(
        proxyEvent((draft) => {
          delete draft.isBase64Encoded;
        }).isBase64Encoded
      ).toBe(false);
      expect(
        proxyEvent((draft) => {
          draft.isBase64Encoded = null;
        }).isBase64Encoded
      ).toBe(false);
    });

    it('throws FieldTypeError when not a boolean', () => {
      expectEvtError(
        () =>
          proxyEvent((draft) => {
            draft.isBase64Encoded = 'true' as never;
          }).isBase64Encoded,
        FieldTypeError,
        'BaseProxyEvent: isBase64Encoded must be boolean, got string'
      );
    });
  });

  describe('body', () => {
    it('returns undefined when the event has none', () => {
      expect(
        new BaseProxyEvent(loadEvent<RawProxyEventBase>(`${REST}.null-maps`))
          .body
      ).toBe(undefined);
    });

    it('throws FieldTypeError when not a string', () => {
      expectEvtError(
        () =>
          proxyEvent((draft) => {
            draft.body = { name: 'Rex' } as never;
          }).body,
        FieldTypeError,
        'BaseProxyEvent: body must be string, got object'
      );
    });
  });

  describe('decodedBody', () => {
    it('returns a base64 body decoded', () => {
      const encoded = new BaseProxyEvent(
        loadEvent<RawProxyEventBase>(`${REST}.base64`)
      );

      expect(encoded.body).toBe('eyJmaWxlIjoicmVwb3J0LnBkZiIsInNpemUiOjEwMjR9');
      expect(encoded.decodedBody).toBe('{"file":"report.pdf","size":1024}');
      expect(encoded.jsonBody).toEqual({ file: 'report.pdf', size: 1024 });
    });

    it('returns undefined when there is no body, even if flagged base64', () => {
      const empty = proxyEvent((draft) => {
        draft.body = null;
        draft.isBase64Encoded = true;
      });

      expect(empty.decodedBody).toBe(undefined);
      expect(empty.jsonBody).toBe(undefined);
    });

    it('reads the body once, including when it is absent', () => {
      const { raw: plain, reads } = counting(
        loadEvent<RawProxyEventBase>(REST)
      );
      const { raw: none, reads: noneReads } = counting(
        loadEvent<RawProxyEventBase>(`${REST}.null-maps`)
      );
      const present = new BaseProxyEvent(plain);
      const absent = new BaseProxyEvent(none);

      expect(present.decodedBody).toBe(present.decodedBody);
      expect(absent.decodedBody).toBe(absent.decodedBody);
      expect(reads.get('body')).toBe(1);
      expect(noneReads.get('body')).toBe(1);
    });

    it('throws DecodeError naming the body when it is not base64', () => {
      const bad = proxyEvent((draft) => {
        draft.body = '%%%';
        draft.isBase64Encoded = true;
      });

      expectEvtError(
        () => bad.decodedBody,
        DecodeError,
        'BaseProxyEvent: body is not valid base64: unexpected character, padding or length'
      );
    });
  });

  describe('jsonBody', () => {
    it('parses once with the jsonDeserializer option', () => {
      const jsonDeserializer = counted((text: string) => JSON.parse(text));
      const parsed = new BaseProxyEvent(raw, { jsonDeserializer });

      expect(parsed.jsonBody).toBe(parsed.jsonBody);
      expect(jsonDeserializer.calls).toBe(1);
    });

    it('parses a JSON null once', () => {
      const jsonDeserializer = counted((text: string) => JSON.parse(text));
      const parsed = proxyEvent(
        (draft) => {
          draft.body = 'null';
        },
        { jsonDeserializer }
      );

      expect(parsed.jsonBody).toBeNull();
      expect(parsed.jsonBody).toBeNull();
      expect(jsonDeserializer.calls).toBe(1);
    });

    it('returns undefined without parsing an empty body', () => {
      const jsonDeserializer = counted((text: string) => JSON.parse(text));
      const empty = proxyEvent(
        (draft) => {
          draft.body = '';
        },
        { jsonDeserializer }
      );

      expect(empty.jsonBody).toBe(undefined);
      expect(empty.jsonBody).toBe(undefined);
      expect(jsonDeserializer.calls).toBe(0);
    });

    it('throws DecodeError naming the body when it is not JSON', () => {
      const cause = thrownBy(() => JSON.parse('{')) as SyntaxError;

      expectEvtError(
        () =>
          proxyEvent((draft) => {
            draft.body = '{';
          }).jsonBody,
        DecodeError,
        `BaseProxyEvent: body is not valid JSON: ${cause.message}`
      );
    });
  });

  describe('malformed input', () => {
    it('returns undefined for an absent path or method', () => {
      const bare = new BaseProxyEvent({});

      expect(bare.path).toBeUndefined();
      expect(bare.httpMethod).toBeUndefined();
    });

    it('throws FieldTypeError when path or method is not a string', () => {
      const odd = new BaseProxyEvent({
        path: 42 as never,
        httpMethod: true as never,
      });

      expectEvtError(
        () => odd.path,
        FieldTypeError,
        'BaseProxyEvent: path must be string, got number'
      );
      expectEvtError(
        () => odd.httpMethod,
        FieldTypeError,
        'BaseProxyEvent: httpMethod must be string, got boolean'
      );
    });
  });
});

describe('eventSource', () => {
  const raw = loadEvent<RawProxyEventBase>(REST);

  it('wraps the raw event before calling the handler', async () => {
    const handler = eventSource(
      BaseProxyEvent,
      async (event: BaseProxyEvent, context: { requestId: string }) =>
        `${event.httpMethod} ${event.path} ${context.requestId}`
    );

    await expect(handler(raw, { requestId: 'r-1' })).resolves.toBe(
      'POST /pets/42 r-1'
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

  it('wraps each event in a new wrapper', () => {
    const seen: BaseProxyEvent[] = [];
    const handler = eventSource(BaseProxyEvent, (event: BaseProxyEvent) => {
      seen.push(event);
      return event.rawEvent;
    });

    expect(handler(raw, {})).toBe(raw);
    handler(raw, {});

    expect(seen[0]).not.toBe(seen[1]);
    expect(seen[0]).toBeInstanceOf(BaseProxyEvent);
  });
});
