// HTTP-style events under the attacks of the December 2026 review: P1 (a `__proto__` query
// parameter re-parented the resolved map), W3 (multi-value maps unchecked) and K4 (maps are the
// raw objects, a deliberate trade-off pinned here).
import { expectEvtError } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import { BaseProxyEvent, FieldTypeError, parseQueryString } from '../src/index';

describe('a __proto__ query parameter is a parameter (P1)', () => {
  it('keeps it as an own key of resolvedQueryStringParameters', () => {
    const event = new BaseProxyEvent(
      JSON.parse(
        '{"queryStringParameters":{"__proto__":"admin,root","role":"user"}}'
      )
    );

    const resolved = event.resolvedQueryStringParameters;
    const seen: string[] = [];
    for (const name in resolved) seen.push(`${name}=${resolved[name]}`);

    expect(Object.keys(resolved)).toEqual(['__proto__', 'role']);
    expect(Object.getPrototypeOf(resolved)).toBeNull();
    expect(seen).toEqual(['__proto__=admin,root', 'role=user']);
    expect((resolved as { length?: unknown }).length).toBeUndefined();
    expect(event.getQueryStringValue('__proto__')).toBe('admin,root');
  });

  it('keeps it in a parsed query string', () => {
    const parsed = parseQueryString('__proto__=a&%5F%5Fproto%5F%5F=b&x=1');

    expect(parsed).toBeInstanceOf(Map);
    expect(parsed.get('__proto__')).toEqual(['a', 'b']);
    expect(({} as { a?: unknown }).a).toBeUndefined();
  });
});

describe('multi-value query maps are checked value by value (W3)', () => {
  it.each([
    ['a string', { tag: 'admin' }, 'array', 'string', 'tag'],
    ['a number', { n: 5 }, 'array', 'number', 'n'],
    [
      'an array-like object',
      { t: { 0: 'a', length: 1 } },
      'array',
      'object',
      't',
    ],
    [
      'an item that is not a string',
      { t: ['a', 1] },
      'string',
      'number',
      't[1]',
    ],
  ])(
    'refuses %s',
    (_, multiValueQueryStringParameters, expected, actual, at) => {
      const event = new BaseProxyEvent({
        multiValueQueryStringParameters:
          multiValueQueryStringParameters as never,
      });
      const message = `BaseProxyEvent: multiValueQueryStringParameters.${at} must be ${expected}, got ${actual}`;

      expectEvtError(
        () => event.multiValueQueryStringParameters,
        FieldTypeError,
        message
      );
      expectEvtError(
        () => event.getMultiValueQueryStringValues('x'),
        FieldTypeError,
        message
      );
      expectEvtError(
        () => event.resolvedQueryStringParameters,
        FieldTypeError,
        message
      );
    }
  );
});

describe('maps read from the event are the raw objects (K4, a documented trade-off)', () => {
  it('returns queryStringParameters in place, so inherited names are not parameters', () => {
    const raw = { queryStringParameters: { page: '2' } };
    const event = new BaseProxyEvent(raw);

    // No copy is made: the map is the raw object, with Object.prototype behind it.
    expect(event.queryStringParameters).toBe(raw.queryStringParameters);
    expect(Object.hasOwn(event.queryStringParameters, 'constructor')).toBe(
      false
    );
    // The lookups evt offers read own keys only.
    expect(event.getQueryStringValue('constructor')).toBeUndefined();
    expect(event.getQueryStringValue('toString', 'none')).toBe('none');
    expect(event.getMultiValueQueryStringValues('constructor')).toEqual([]);
  });
});
