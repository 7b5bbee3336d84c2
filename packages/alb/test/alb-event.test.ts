import { inspect } from 'node:util';
import { loadEvent } from '@evt/tooling-config/events';
import {
  counted,
  expectEvtError,
  jsonErrorOf,
  patchEvent,
} from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  ALBEvent,
  ALBEventRequestContext,
  DecodeError,
  FieldTypeError,
  MissingFieldError,
  type RawALBEvent,
} from '../src/index';
import { createALBEvent } from '../src/testing';

const FIXTURE = 'alb-event';

function raw(variant?: string): RawALBEvent {
  return loadEvent<RawALBEvent>(variant ? `${FIXTURE}.${variant}` : FIXTURE);
}

function load(variant?: string): ALBEvent {
  return new ALBEvent(raw(variant));
}

/** An event whose query string holds `parameters`, one value each, as the load balancer sends them. */
function withQuery(parameters: Record<string, string>): ALBEvent {
  return new ALBEvent(createALBEvent({ queryStringParameters: parameters }));
}

/** A mutable copy of a fixture. */
function mutable(variant: string): RawALBEvent {
  return loadEvent<RawALBEvent>(`${FIXTURE}.${variant}`, { frozen: false });
}

/** Puts `field` of `event` behind a getter that counts how often it is read. */
function countReads(
  event: RawALBEvent,
  field: keyof RawALBEvent
): { calls: number } {
  const value = event[field];
  const read = counted(() => value);
  Object.defineProperty(event, field, { get: read, enumerable: true });
  return read;
}

describe('ALBEvent', () => {
  describe('requestContext', () => {
    it('returns the target group ARN', () => {
      const event = load();

      const context = event.requestContext;

      expect(context).toBeInstanceOf(ALBEventRequestContext);
      expect(context.elbTargetGroupArn).toBe(
        'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/lambda-279XGJDqGZ5rsrHC2Fjr/49e9d65c45c6791a'
      );
    });

    it('returns the same wrapper on every read', () => {
      const event = load();

      expect(event.requestContext).toBe(event.requestContext);
    });
  });

  describe('httpMethod', () => {
    it('returns the HTTP method', () => {
      expect(load().httpMethod).toBe('GET');
      expect(load('json-body').httpMethod).toBe('POST');
    });
  });

  describe('path', () => {
    it('returns the request path', () => {
      expect(load().path).toBe('/lambda');
      expect(load('health-check').path).toBe('/');
    });
  });

  describe('headers', () => {
    it('returns the headers, looked up case-insensitively', () => {
      const headers = load().headers;

      expect(headers.get('Host')).toBe(
        'lambda-alb-123578498.us-east-1.elb.amazonaws.com'
      );
      expect(headers.get('x-forwarded-proto')).toBe('http');
      expect(headers.size).toBe(12);
    });

    it('returns an empty map for a multi-value event, as Powertools does', () => {
      const event = load('multi-value');

      expect(event.headers.size).toBe(0);
    });
  });

  describe('multiValueHeaders', () => {
    it('returns every value of each header, looked up case-insensitively', () => {
      const headers = load('multi-value').multiValueHeaders;

      expect(headers.getAll('Cookie')).toEqual([
        'name1=value1',
        'name2=value2',
      ]);
      expect(headers.get('cookie')).toBe('name1=value1');
      expect(headers.get('X-Forwarded-Port')).toBe('443');
      expect(headers.size).toBe(10);
    });

    it('returns the same map on every read', () => {
      const event = load('multi-value');

      expect(event.multiValueHeaders).toBe(event.multiValueHeaders);
    });

    it('returns an empty map when multi-value headers are disabled', () => {
      const event = load();

      expect(event.multiValueHeaders.size).toBe(0);
    });
  });

  describe('hasMultiValueHeaders', () => {
    it('returns true when the target group sends multiValueHeaders', () => {
      expect(load('multi-value').hasMultiValueHeaders).toBe(true);
    });

    it('returns false when the target group sends headers', () => {
      expect(load().hasMultiValueHeaders).toBe(false);
      expect(load('health-check').hasMultiValueHeaders).toBe(false);
    });

    it('returns false when multiValueHeaders is empty', () => {
      const event = new ALBEvent(
        patchEvent<RawALBEvent>(FIXTURE, (patch) => {
          patch.multiValueHeaders = {};
        })
      );

      expect(event.hasMultiValueHeaders).toBe(false);
    });
  });

  describe('resolvedHeadersField', () => {
    it('returns the single-value headers when multi-value headers are disabled', () => {
      const event = load();

      expect(event.resolvedHeadersField).toBe(event.headers);
      expect(event.resolvedHeadersField.get('X-Amzn-Trace-Id')).toBe(
        'Root=1-5c536348-3d683b8b04734faae651f476'
      );
    });

    it('returns the multi-value headers when the event has them', () => {
      const event = load('multi-value');

      const resolved = event.resolvedHeadersField;

      expect(resolved).toBe(event.multiValueHeaders);
      expect(resolved.getAll('cookie')).toEqual([
        'name1=value1',
        'name2=value2',
      ]);
    });

    it('chooses once: a second read reads nothing', () => {
      const source = mutable('multi-value');
      const multiReads = countReads(source, 'multiValueHeaders');
      const singleReads = countReads(source, 'headers');
      const event = new ALBEvent(source);
      const first = event.resolvedHeadersField;
      const readsAfterFirst = multiReads.calls;

      const second = event.resolvedHeadersField;

      expect(second).toBe(first);
      expect(multiReads.calls).toBe(readsAfterFirst);
      expect(singleReads.calls).toBe(0);
    });

    it("reads a health check's user agent", () => {
      const event = load('health-check');

      expect(event.resolvedHeadersField.get('User-Agent')).toBe(
        'ELB-HealthChecker/2.0'
      );
    });
  });

  describe('getHeaderValue', () => {
    it('returns a header value whatever the case of the name', () => {
      const event = load();

      expect(event.getHeaderValue('X-Forwarded-For')).toBe('72.12.164.125');
      expect(event.getHeaderValue('x-api-key', 'none')).toBe('none');
      expect(event.getHeaderValue('X-Forwarded-For', 'none', true)).toBe(
        'none'
      );
    });

    it('reads headers only, so gives the default for a multi-value event, as Powertools does', () => {
      const event = load('multi-value');

      expect(event.getHeaderValue('host', 'none')).toBe('none');
    });
  });

  describe('queryStringParameters', () => {
    it('returns the parameters as the load balancer sends them, not decoded', () => {
      expect(load().queryStringParameters).toEqual({ query: '1234ABCD' });
      expect(load('json-body').queryStringParameters).toEqual({
        source: 'mobile%20app',
        since: '2024-03-01T09:00:00+01:00',
        city: 'S%C3%A3o%20Paulo',
      });
    });

    it('returns an empty object for a multi-value event or a health check', () => {
      expect(load('multi-value').queryStringParameters).toEqual({});
      expect(load('health-check').queryStringParameters).toEqual({});
    });
  });

  describe('multiValueQueryStringParameters', () => {
    it('returns every value of each parameter', () => {
      const event = load('multi-value');

      expect(event.multiValueQueryStringParameters).toEqual({
        myKey: ['val1', 'val2'],
      });
    });

    it('returns an empty object when multi-value headers are disabled', () => {
      expect(load().multiValueQueryStringParameters).toEqual({});
    });
  });

  describe('resolvedQueryStringParameters', () => {
    it('returns the multi-value parameters when the event has them', () => {
      expect(load('multi-value').resolvedQueryStringParameters).toEqual({
        myKey: ['val1', 'val2'],
      });
    });

    it('splits single values on commas otherwise, as Powertools does', () => {
      expect(load().resolvedQueryStringParameters).toEqual({
        query: ['1234ABCD'],
      });
      expect(withQuery({ tags: 'a,b' }).resolvedQueryStringParameters).toEqual({
        tags: ['a', 'b'],
      });
    });

    it('keeps the values as sent, as Powertools does by default', () => {
      expect(load('json-body').resolvedQueryStringParameters.source).toEqual([
        'mobile%20app',
      ]);
    });

    it('returns the same object on every read', () => {
      const event = load('multi-value');

      expect(event.resolvedQueryStringParameters).toBe(
        event.resolvedQueryStringParameters
      );
    });
  });

  describe('getQueryStringValue', () => {
    it('returns a parameter value as sent, or the default', () => {
      const event = load();

      expect(event.getQueryStringValue('query')).toBe('1234ABCD');
      expect(event.getQueryStringValue('page')).toBeUndefined();
      expect(event.getQueryStringValue('page', '1')).toBe('1');
    });

    it('reads queryStringParameters only, so gives the default for a multi-value event, as Powertools does', () => {
      expect(load('multi-value').getQueryStringValue('myKey', 'none')).toBe(
        'none'
      );
    });
  });

  describe('getMultiValueQueryStringValues', () => {
    it('returns every value of a parameter', () => {
      expect(
        load('multi-value').getMultiValueQueryStringValues('myKey')
      ).toEqual(['val1', 'val2']);
    });

    it('returns the default when the event has no multi-value parameters', () => {
      const event = load();

      expect(event.getMultiValueQueryStringValues('query')).toEqual([]);
      expect(event.getMultiValueQueryStringValues('query', ['x'])).toEqual([
        'x',
      ]);
    });
  });

  describe('decodedQueryStringParameters', () => {
    it('percent-decodes names and values', () => {
      expect(load('json-body').decodedQueryStringParameters).toEqual({
        source: 'mobile app',
        since: '2024-03-01T09:00:00+01:00',
        city: 'São Paulo',
      });
      expect(
        withQuery({ 'first%20name': 'Ana' }).decodedQueryStringParameters
      ).toEqual({ 'first name': 'Ana' });
    });

    it('decodes ?q=hello%20world to hello world, next to the raw value', () => {
      const event = withQuery({ q: 'hello%20world' });

      expect(event.queryStringParameters.q).toBe('hello%20world');
      expect(event.decodedQueryStringParameters.q).toBe('hello world');
    });

    it('keeps + as +, and decodes %2B to +', () => {
      const event = withQuery({ sum: '1+2', tz: '%2B01:00' });

      expect(event.decodedQueryStringParameters).toEqual({
        sum: '1+2',
        tz: '+01:00',
      });
    });

    it('keeps malformed escapes as sent and replaces bytes that are not UTF-8, without throwing', () => {
      const event = withQuery({
        percent: '100%',
        letters: '%zz%4',
        invalid: 'caf%C3%A9%FF',
        truncated: '%E2%82',
        bom: '%EF%BB%BFx%FF',
      });

      expect(event.decodedQueryStringParameters).toEqual({
        percent: '100%',
        letters: '%zz%4',
        invalid: 'café\uFFFD',
        truncated: '\uFFFD',
        bom: '\uFEFFx\uFFFD',
      });
    });

    it('takes the last value of each multi-value parameter', () => {
      const event = new ALBEvent(
        createALBEvent({
          multiValue: true,
          queryStringParameters: { tag: ['new%20in', 'sale'], page: '2' },
        })
      );

      expect(event.decodedQueryStringParameters).toEqual({
        tag: 'sale',
        page: '2',
      });
    });

    it('returns an empty object for a health check', () => {
      expect(load('health-check').decodedQueryStringParameters).toEqual({});
    });

    it('holds __proto__ as an ordinary parameter', () => {
      const event = withQuery(
        Object.fromEntries([
          ['__proto__', 'x'],
          ['%5F%5Fproto%5F%5F', 'y'],
        ])
      );

      const decoded = event.decodedQueryStringParameters;

      expect(Object.getPrototypeOf(decoded)).toBeNull();
      expect(Object.keys(decoded)).toEqual(['__proto__']);
      expect(Object.getOwnPropertyDescriptor(decoded, '__proto__')?.value).toBe(
        'y'
      );
    });

    it('holds only the request’s own parameters under a polluted prototype', () => {
      const polluted = Object.prototype as Record<string, unknown>;
      polluted.injected = 'x';
      try {
        const event = withQuery({ q: 'a%20b' });

        expect(Object.keys(event.decodedQueryStringParameters)).toEqual(['q']);
        expect(
          Object.keys(event.decodedMultiValueQueryStringParameters)
        ).toEqual(['q']);
      } finally {
        delete polluted.injected;
      }
    });

    it('decodes once and reads each query field once', () => {
      const source = mutable('json-body');
      const singleReads = countReads(source, 'queryStringParameters');
      const multiReads = countReads(source, 'multiValueQueryStringParameters');
      const event = new ALBEvent(source);

      const first = event.decodedQueryStringParameters;

      expect(event.decodedQueryStringParameters).toBe(first);
      expect(singleReads.calls).toBe(1);
      expect(multiReads.calls).toBe(1);
    });
  });

  describe('decodedMultiValueQueryStringParameters', () => {
    it('percent-decodes every value of each multi-value parameter', () => {
      const event = new ALBEvent(
        createALBEvent({
          multiValue: true,
          queryStringParameters: { tag: ['new%20in', 'sale'] },
        })
      );

      expect(event.decodedMultiValueQueryStringParameters).toEqual({
        tag: ['new in', 'sale'],
      });
      expect(
        load('multi-value').decodedMultiValueQueryStringParameters
      ).toEqual({ myKey: ['val1', 'val2'] });
    });

    it('gives each single-value parameter a list of one', () => {
      expect(load('json-body').decodedMultiValueQueryStringParameters).toEqual({
        source: ['mobile app'],
        since: ['2024-03-01T09:00:00+01:00'],
        city: ['São Paulo'],
      });
    });

    it('joins the lists of names that decode alike', () => {
      const event = new ALBEvent(
        createALBEvent({
          multiValue: true,
          queryStringParameters: { 'a%20b': ['1'], 'a b': ['2', '3'] },
        })
      );

      expect(event.decodedMultiValueQueryStringParameters).toEqual({
        'a b': ['1', '2', '3'],
      });
    });

    it('decodes once and reads the multi-value field once', () => {
      const source = mutable('multi-value');
      const multiReads = countReads(source, 'multiValueQueryStringParameters');
      const event = new ALBEvent(source);

      const first = event.decodedMultiValueQueryStringParameters;

      expect(event.decodedMultiValueQueryStringParameters).toBe(first);
      expect(multiReads.calls).toBe(1);
      expect(Object.getPrototypeOf(first)).toBeNull();
    });
  });

  describe('isBase64Encoded', () => {
    it('returns whether the load balancer base64-encoded the body', () => {
      expect(load().isBase64Encoded).toBe(false);
      expect(load('base64').isBase64Encoded).toBe(true);
    });
  });

  describe('body', () => {
    it('returns the body as sent', () => {
      expect(load().body).toBe('');
      expect(load('base64').body).toBe(
        'bmFtZT1BbmErU291emEmY2l0eT1TJUMzJUEzbytQYXVsbyZuZXdzbGV0dGVyPW9u'
      );
    });
  });

  describe('decodedBody', () => {
    it('base64-decodes a form body the load balancer encoded', () => {
      expect(load('base64').decodedBody).toBe(
        'name=Ana+Souza&city=S%C3%A3o+Paulo&newsletter=on'
      );
    });

    it('returns a text body as sent', () => {
      expect(load('json-body').decodedBody).toBe(
        '{"orderId":"o-1001","quantity":2,"items":[{"sku":"SKU-1","price":1999}]}'
      );
      expect(load('health-check').decodedBody).toBe('');
    });

    it('returns the same text on every read', () => {
      const event = load('base64');

      expect(event.decodedBody).toBe(event.decodedBody);
    });
  });

  describe('jsonBody', () => {
    it('parses a JSON body', () => {
      expect(load('json-body').jsonBody).toEqual({
        orderId: 'o-1001',
        quantity: 2,
        items: [{ sku: 'SKU-1', price: 1999 }],
      });
    });

    it('returns undefined for an empty body', () => {
      expect(load().jsonBody).toBeUndefined();
      expect(load('health-check').jsonBody).toBeUndefined();
    });

    it('parses once, with the jsonDeserializer option', () => {
      const deserializer = counted(JSON.parse);
      const event = new ALBEvent(raw('json-body'), {
        jsonDeserializer: deserializer,
      });

      const first = event.jsonBody;

      expect(event.jsonBody).toBe(first);
      expect(deserializer.calls).toBe(1);
    });
  });

  describe('debug view', () => {
    it('hides cookies and credentials in either header shape and in the query string', () => {
      const single = createALBEvent({
        headers: {
          cookie: 'session=SECRET-1',
          authorization: 'Bearer SECRET-2',
          accept: 'text/html',
        },
        queryStringParameters: { token: 'SECRET-3', page: '1' },
      });
      const multi = createALBEvent({
        multiValue: true,
        headers: { cookie: ['a=SECRET-4', 'b=SECRET-5'], accept: 'text/html' },
        queryStringParameters: { access_token: ['SECRET-6'], page: ['1'] },
      });

      const text = [single, multi]
        .map((event) => {
          const wrapped = new ALBEvent(event);
          wrapped.decodedQueryStringParameters;
          return `${String(wrapped)}\n${inspect(wrapped, { depth: null })}`;
        })
        .join('\n');

      for (let index = 1; index <= 6; index++) {
        expect(text).not.toContain(`SECRET-${index}`);
      }
      expect(text).toContain('text/html');
      expect(text).toContain('lambda-279XGJDqGZ5rsrHC2Fjr');
    });
    it('decodes no query string for the view: escaped parameters show by size until read', () => {
      const raw = createALBEvent({
        queryStringParameters: { q: 'hello%20world', page: '1' },
      });
      const event = new ALBEvent(raw);

      const before = JSON.parse(String(event));
      const decoded = event.decodedQueryStringParameters;
      const after = JSON.parse(String(event));

      expect(before.queryStringParameters).toEqual({
        q: 'hello%20world',
        page: '1',
      });
      expect(before.decodedQueryStringParameters).toBe(
        '[not decoded: 13 bytes]'
      );
      expect(before.decodedMultiValueQueryStringParameters).toBe(
        '[not decoded: 13 bytes]'
      );
      expect(after.decodedQueryStringParameters).toEqual({ ...decoded });
      expect(decoded.q).toBe('hello world');
    });
  });

  describe('malformed input', () => {
    it('throws MissingFieldError when requestContext is missing', () => {
      const event = new ALBEvent(
        patchEvent<Partial<RawALBEvent>>(FIXTURE, (patch) => {
          delete patch.requestContext;
        }) as RawALBEvent
      );

      expectEvtError(
        () => event.requestContext,
        MissingFieldError,
        'ALBEvent: requestContext is missing'
      );
    });

    it('throws MissingFieldError naming the target group ARN when elb is missing', () => {
      const event = new ALBEvent(
        patchEvent<RawALBEvent>(FIXTURE, (patch) => {
          patch.requestContext = {} as never;
        })
      );

      expectEvtError(
        () => event.requestContext.elbTargetGroupArn,
        MissingFieldError,
        'ALBEvent: requestContext.elb.targetGroupArn is missing'
      );
    });

    it('throws MissingFieldError when httpMethod is missing', () => {
      const event = new ALBEvent(
        patchEvent<Partial<RawALBEvent>>(FIXTURE, (patch) => {
          delete patch.httpMethod;
        }) as RawALBEvent
      );

      expectEvtError(
        () => event.httpMethod,
        MissingFieldError,
        'ALBEvent: httpMethod is missing'
      );
    });

    it('throws FieldTypeError when path is not a string', () => {
      const event = new ALBEvent(
        patchEvent<RawALBEvent>(FIXTURE, (patch) => {
          patch.path = 7 as never;
        })
      );

      expectEvtError(
        () => event.path,
        FieldTypeError,
        'ALBEvent: path must be string, got number'
      );
    });

    it('throws FieldTypeError when multiValueHeaders is not an object', () => {
      const event = new ALBEvent(
        patchEvent<RawALBEvent>(FIXTURE, (patch) => {
          patch.multiValueHeaders = 'cookie' as never;
        })
      );

      expectEvtError(
        () => event.hasMultiValueHeaders,
        FieldTypeError,
        'ALBEvent: multiValueHeaders must be object, got string'
      );
    });

    it('throws FieldTypeError naming the header when a multi-value header is neither a string nor an array', () => {
      const event = new ALBEvent(
        patchEvent<RawALBEvent>('alb-event.multi-value', (patch) => {
          (patch.multiValueHeaders as Record<string, unknown>).cookie = {
            a: 1,
          };
        })
      );

      expectEvtError(
        () => event.resolvedHeadersField.get('cookie'),
        FieldTypeError,
        'ALBEvent: multiValueHeaders.cookie must be array, got object'
      );
    });

    it('throws FieldTypeError naming the value when a multi-value parameter holds a number', () => {
      const event = new ALBEvent(
        patchEvent<RawALBEvent>('alb-event.multi-value', (patch) => {
          (
            patch.multiValueQueryStringParameters as Record<string, unknown>
          ).myKey = ['val1', 2];
        })
      );

      expectEvtError(
        () => event.decodedQueryStringParameters,
        FieldTypeError,
        'ALBEvent: multiValueQueryStringParameters.myKey[1] must be string, got number'
      );
    });

    it.each([
      'decodedQueryStringParameters',
      'decodedMultiValueQueryStringParameters',
    ] as const)(
      'throws FieldTypeError from %s naming the parameter whose value is not a string',
      (getter) => {
        const numbered = new ALBEvent(
          patchEvent<RawALBEvent>(FIXTURE, (patch) => {
            (patch.queryStringParameters as Record<string, unknown>).query = 1;
          })
        );
        const nulled = new ALBEvent(
          patchEvent<RawALBEvent>(FIXTURE, (patch) => {
            patch.queryStringParameters = { a: 'x%20y', b: null as never };
          })
        );

        expectEvtError(
          () => numbered[getter],
          FieldTypeError,
          'ALBEvent: queryStringParameters.query must be string, got number'
        );
        expectEvtError(
          () => nulled[getter],
          FieldTypeError,
          'ALBEvent: queryStringParameters.b must be string, got null'
        );
      }
    );

    it.each([
      'decodedQueryStringParameters',
      'decodedMultiValueQueryStringParameters',
    ] as const)(
      'throws FieldTypeError from %s when queryStringParameters is not an object',
      (getter) => {
        const event = new ALBEvent(
          patchEvent<RawALBEvent>(FIXTURE, (patch) => {
            patch.queryStringParameters = 'q=1' as never;
          })
        );

        expectEvtError(
          () => event[getter],
          FieldTypeError,
          'ALBEvent: queryStringParameters must be object, got string'
        );
      }
    );

    it('throws DecodeError naming the body when it is not base64', () => {
      const event = new ALBEvent(
        patchEvent<RawALBEvent>('alb-event.base64', (patch) => {
          patch.body = 'not base64!';
        })
      );

      expectEvtError(
        () => event.decodedBody,
        DecodeError,
        'ALBEvent: body is not valid base64: unexpected character, padding or length'
      );
    });

    it('throws DecodeError naming the body when it is not JSON', () => {
      const event = load('base64');

      expectEvtError(
        () => event.jsonBody,
        DecodeError,
        `ALBEvent: body is not valid JSON: ${jsonErrorOf('name=Ana+Souza&city=S%C3%A3o+Paulo&newsletter=on')}`
      );
    });
  });
});
