import { describe, expect, it } from 'vitest';
import { headerRestriction, toCloudFrontHeaders } from '../src/index';

describe('headerRestriction', () => {
  it('names the documented read-only headers of each trigger', () => {
    expect(headerRestriction('Host', 'viewer-request')).toBe('read-only');
    expect(headerRestriction('content-length', 'viewer-request')).toBe(
      'read-only'
    );
    expect(headerRestriction('Host', 'origin-request')).toBeUndefined();
    expect(headerRestriction('If-None-Match', 'origin-request')).toBe(
      'read-only'
    );
    expect(headerRestriction('Accept-Encoding', 'origin-request')).toBe(
      'read-only'
    );
    expect(
      headerRestriction('Accept-Encoding', 'viewer-request')
    ).toBeUndefined();
    expect(headerRestriction('Transfer-Encoding', 'origin-response')).toBe(
      'read-only'
    );
    expect(
      headerRestriction('Content-Length', 'origin-response')
    ).toBeUndefined();
    expect(headerRestriction('Warning', 'viewer-response')).toBe('read-only');
    expect(headerRestriction('Via', 'viewer-response')).toBe('read-only');
  });

  it('names the disallowed headers, whole families included, in every trigger', () => {
    for (const eventType of [
      'viewer-request',
      'origin-request',
      'origin-response',
      'viewer-response',
    ] as const) {
      expect(headerRestriction('Connection', eventType)).toBe('disallowed');
      expect(headerRestriction('x-amz-cf-pop', eventType)).toBe('disallowed');
      expect(headerRestriction('X-Edge-Origin-Shield-Skipped', eventType)).toBe(
        'disallowed'
      );
      expect(headerRestriction('X-Amzn-RequestId', eventType)).toBe(
        'disallowed'
      );
      expect(headerRestriction('X-Real-IP', eventType)).toBe('disallowed');
      expect(headerRestriction('Cache-Control', eventType)).toBeUndefined();
      expect(headerRestriction('X-Amzn-Trace-Id', eventType)).toBeUndefined();
    }
  });

  it('refuses CloudFront-Viewer-Country in viewer requests only', () => {
    expect(
      headerRestriction('CloudFront-Viewer-Country', 'viewer-request')
    ).toBe('disallowed');
    expect(
      headerRestriction('CloudFront-Viewer-Country', 'origin-request')
    ).toBeUndefined();
  });

  it('names a malformed argument', () => {
    expect(() => headerRestriction(7 as never, 'viewer-request')).toThrow(
      new TypeError('headerRestriction: name must be a string, got number 7')
    );
    expect(() => headerRestriction('Host', 'edge' as never)).toThrow(
      new TypeError(
        'headerRestriction: eventType must be one of viewer-request, origin-request, origin-response, viewer-response, got string'
      )
    );
  });
});

describe('toCloudFrontHeaders', () => {
  it('converts a plain map to CloudFront’s shape, every value of each', () => {
    expect(
      toCloudFrontHeaders(
        {
          'Cache-Control': 'max-age=60',
          'Set-Cookie': ['theme=dark', 'lang=en'],
          'set-cookie': 'cart=c-1',
          'Content-Length': 512,
          'X-Skipped': undefined,
        },
        'origin-response'
      )
    ).toEqual({
      'cache-control': [{ key: 'Cache-Control', value: 'max-age=60' }],
      'set-cookie': [
        { key: 'Set-Cookie', value: 'theme=dark' },
        { key: 'Set-Cookie', value: 'lang=en' },
        { key: 'set-cookie', value: 'cart=c-1' },
      ],
      'content-length': [{ key: 'Content-Length', value: '512' }],
    });
  });

  it('keeps any name an ordinary key', () => {
    const headers = toCloudFrontHeaders(
      JSON.parse('{"__proto__":"x"}'),
      'origin-response'
    );

    expect(Object.getPrototypeOf(headers)).toBe(Object.prototype);
    expect(Object.keys(headers)).toEqual(['__proto__']);
  });

  it('refuses a read-only or disallowed header, naming it', () => {
    expect(() =>
      toCloudFrontHeaders({ Host: 'example.com' }, 'viewer-request')
    ).toThrow(
      new TypeError(
        'toCloudFrontHeaders: the "Host" header is read-only in viewer-request events'
      )
    );
    expect(() =>
      toCloudFrontHeaders({ 'Keep-Alive': 'timeout=5' }, 'origin-response')
    ).toThrow(
      new TypeError(
        'toCloudFrontHeaders: CloudFront does not let a function set the "Keep-Alive" header'
      )
    );
  });

  it('names a malformed argument', () => {
    expect(() => toCloudFrontHeaders(null as never, 'viewer-request')).toThrow(
      new TypeError('toCloudFrontHeaders: headers must be an object, got null')
    );
    expect(() =>
      toCloudFrontHeaders({ 'X-Count': Number.NaN }, 'viewer-request')
    ).toThrow(
      new TypeError(
        'toCloudFrontHeaders: headers["X-Count"] must be a string or a finite number, got number NaN'
      )
    );
    expect(() => toCloudFrontHeaders({ '': 'x' }, 'viewer-request')).toThrow(
      new TypeError(
        'toCloudFrontHeaders: headers[""] has a name that is not a valid header name'
      )
    );
  });
});
