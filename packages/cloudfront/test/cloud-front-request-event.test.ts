import { loadEvent } from '@evt/tooling-config/events';
import {
  counted,
  expectEvtError,
  jsonErrorOf,
  patchEvent,
} from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  CloudFrontRequestEvent,
  DecodeError,
  FieldTypeError,
  MissingFieldError,
  type RawCloudFrontRequestEvent,
} from '../src/index';
import { createCloudFrontRequestEvent } from '../src/testing';

type Variant = 'origin-request' | 's3-origin' | 'include-body';

const load = (variant?: Variant): RawCloudFrontRequestEvent =>
  loadEvent<RawCloudFrontRequestEvent>(
    variant
      ? `cloud-front-request-event.${variant}`
      : 'cloud-front-request-event'
  );

// biome-ignore lint/suspicious/noExplicitAny: the patches write shapes the raw type forbids
type Patchable = Record<string, any>;

const patch = (
  variant: Variant | undefined,
  change: (cf: Patchable) => void
): RawCloudFrontRequestEvent =>
  patchEvent<RawCloudFrontRequestEvent>(
    variant
      ? `cloud-front-request-event.${variant}`
      : 'cloud-front-request-event',
    (event) => change(event.Records[0]?.cf as unknown as Patchable)
  );

describe('CloudFrontRequestEvent', () => {
  describe('records', () => {
    it('wraps the one record, once', () => {
      const raw = load();
      const event = new CloudFrontRequestEvent(raw);

      expect(event.records.map((record) => record.rawEvent)).toEqual([
        raw.Records[0],
      ]);
      expect(event.records).toBe(event.records);
    });
  });

  describe('record', () => {
    it('returns the first record', () => {
      const raw = load();

      expect(new CloudFrontRequestEvent(raw).record.rawEvent).toBe(
        raw.Records[0]
      );
    });
  });

  describe('config', () => {
    it('returns the config of the record, the same one each time', () => {
      const raw = load();
      const event = new CloudFrontRequestEvent(raw);

      expect(event.config.rawEvent).toBe(raw.Records[0]?.cf.config);
      expect(event.config).toBe(event.record.config);
    });
  });

  describe('request', () => {
    it('returns the request of the record, the same one each time', () => {
      const raw = load();
      const event = new CloudFrontRequestEvent(raw);

      expect(event.request.rawEvent).toBe(raw.Records[0]?.cf.request);
      expect(event.request).toBe(event.record.request);
    });
  });
});

describe('CloudFrontConfig', () => {
  it('returns each field of the viewer request', () => {
    const config = new CloudFrontRequestEvent(load()).config;

    expect(config.distributionDomainName).toBe('d111111abcdef8.cloudfront.net');
    expect(config.distributionId).toBe('EDFDVBD6EXAMPLE');
    expect(config.eventType).toBe('viewer-request');
    expect(config.requestId).toBe(
      '4TyzHTaYWb1GX1qTfsHhEqV6HUDd_BzoBZnwfnvQc_1oF26ClkoUSEQ=='
    );
  });

  it('returns the origin-request event type', () => {
    expect(
      new CloudFrontRequestEvent(load('origin-request')).config.eventType
    ).toBe('origin-request');
  });

  it('returns undefined for a request ID the event lacks', () => {
    const raw = patch(undefined, (cf) => {
      delete cf.config.requestId;
    });

    expect(new CloudFrontRequestEvent(raw).config.requestId).toBeUndefined();
  });
});

describe('CloudFrontRequest', () => {
  describe('on the viewer request', () => {
    const request = () => new CloudFrontRequestEvent(load()).request;

    it('returns the client IP, method, URI and query string', () => {
      const { clientIp, method, uri, querystring } = request();

      expect([clientIp, method, uri, querystring]).toEqual([
        '203.0.113.178',
        'GET',
        '/',
        '',
      ]);
    });

    it('reads the headers case-insensitively, under the names the viewer sent', () => {
      const headers = request().headers;

      expect(headers.get('HOST')).toBe('d111111abcdef8.cloudfront.net');
      expect(headers.get('user-agent')).toBe('curl/7.66.0');
      expect([...headers.keys()]).toEqual(['Host', 'User-Agent', 'accept']);
      expect(headers.size).toBe(3);
    });

    it('returns the same header map on every read', () => {
      const wrapper = request();

      expect(wrapper.headers).toBe(wrapper.headers);
    });

    it('looks a header up with a default, or by its exact name', () => {
      const wrapper = request();

      expect(wrapper.getHeaderValue('Accept')).toBe('*/*');
      expect(wrapper.getHeaderValue('x-missing', 'none')).toBe('none');
      expect(wrapper.getHeaderValue('Accept', undefined, true)).toBeUndefined();
      expect(wrapper.getHeaderValue('accept', undefined, true)).toBe('*/*');
    });

    it('has no query parameters, cookies, origin or body', () => {
      const wrapper = request();

      expect(wrapper.parsedQueryString).toEqual(new Map());
      expect(wrapper.getQueryStringValue('size')).toBeUndefined();
      expect(wrapper.getQueryStringValue('size', 'medium')).toBe('medium');
      expect(wrapper.cookies).toEqual(new Map());
      expect(wrapper.origin).toBeUndefined();
      expect(wrapper.body).toBeUndefined();
      expect(wrapper.decodedBody).toBeUndefined();
      expect(wrapper.jsonBody).toBeUndefined();
    });

    it('reads a header without a key under its lower-case name', () => {
      const raw = patch(undefined, (cf) => {
        cf.request.headers['x-added'] = [{ value: 'by a function' }];
      });
      const headers = new CloudFrontRequestEvent(raw).request.headers;

      expect(headers.get('X-Added')).toBe('by a function');
      expect([...headers.keys()].at(-1)).toBe('x-added');
    });

    it('reads an absent query string as empty, and absent headers as none', () => {
      const raw = patch(undefined, (cf) => {
        delete cf.request.querystring;
        delete cf.request.headers;
      });
      const wrapper = new CloudFrontRequestEvent(raw).request;

      expect(wrapper.querystring).toBe('');
      expect(wrapper.headers.size).toBe(0);
    });
  });

  describe('on the include-body viewer request', () => {
    const request = () =>
      new CloudFrontRequestEvent<{ sku: string; quantity: number }>(
        load('include-body')
      ).request;

    it('parses the query string, decoding escapes, every value of each', () => {
      const wrapper = request();

      expect(wrapper.querystring).toBe(
        'source=mobile%20app&tag=new&tag=sale&token=t-5521'
      );
      expect(wrapper.parsedQueryString).toEqual(
        new Map([
          ['source', ['mobile app']],
          ['tag', ['new', 'sale']],
          ['token', ['t-5521']],
        ])
      );
      expect(wrapper.parsedQueryString).toBe(wrapper.parsedQueryString);
      expect(wrapper.getQueryStringValue('tag')).toBe('new');
    });

    it('reads every value of a repeated header', () => {
      expect(request().headers.getAll('cookie')).toEqual([
        'session=38afes7a8; theme=dark',
        'cart=c-1029',
      ]);
    });

    it('parses the cookies of every Cookie header, once', () => {
      const wrapper = request();

      expect(wrapper.cookies).toEqual(
        new Map([
          ['session', '38afes7a8'],
          ['theme', 'dark'],
          ['cart', 'c-1029'],
        ])
      );
      expect(wrapper.cookies).toBe(wrapper.cookies);
    });

    it('decodes the body as text and as JSON, once', () => {
      const wrapper = request();

      expect(wrapper.decodedBody).toBe('{"sku":"A-1001","quantity":2}');
      expect(wrapper.jsonBody).toEqual({ sku: 'A-1001', quantity: 2 });
      expect(wrapper.jsonBody).toBe(wrapper.jsonBody);
    });

    it('returns no JSON body for an empty body', () => {
      const raw = patch('include-body', (cf) => {
        cf.request.body.data = '';
      });

      expect(new CloudFrontRequestEvent(raw).request.jsonBody).toBeUndefined();
    });
  });
});

describe('CloudFrontRequestBody', () => {
  const body = (raw = load('include-body')) => {
    const found = new CloudFrontRequestEvent<{ sku: string }>(raw).request.body;
    if (!found) throw new Error('the fixture has a body');
    return found;
  };

  it('returns each field as the event holds it', () => {
    const wrapper = body();

    expect(wrapper.inputTruncated).toBe(false);
    expect(wrapper.action).toBe('read-only');
    expect(wrapper.encoding).toBe('base64');
    expect(wrapper.data).toBe('eyJza3UiOiJBLTEwMDEiLCJxdWFudGl0eSI6Mn0=');
  });

  it('returns the same body wrapper on every read', () => {
    const request = new CloudFrontRequestEvent(load('include-body')).request;

    expect(request.body).toBe(request.body);
  });

  it('decodes the data to bytes, text and JSON, each once', () => {
    const wrapper = body();

    expect(Buffer.from(wrapper.dataAsBytes).toString('utf8')).toBe(
      '{"sku":"A-1001","quantity":2}'
    );
    expect(wrapper.dataAsBytes).toBe(wrapper.dataAsBytes);
    expect(wrapper.dataAsText).toBe('{"sku":"A-1001","quantity":2}');
    expect(wrapper.dataAsJson).toEqual({ sku: 'A-1001', quantity: 2 });
    expect(wrapper.dataAsJson).toBe(wrapper.dataAsJson);
  });

  it('parses the JSON once, with the jsonDeserializer option', () => {
    const deserializer = counted(JSON.parse);
    const event = new CloudFrontRequestEvent(load('include-body'), {
      jsonDeserializer: deserializer,
    });

    event.request.body?.dataAsJson;
    event.request.jsonBody;

    expect(deserializer.calls).toBe(1);
  });

  it('reads a text body as it is', () => {
    const raw = patch('include-body', (cf) => {
      cf.request.body = {
        inputTruncated: true,
        action: 'replace',
        encoding: 'text',
        data: '{"sku":"B-7"}',
      };
    });
    const wrapper = body(raw);

    expect(wrapper.inputTruncated).toBe(true);
    expect(wrapper.action).toBe('replace');
    expect(wrapper.encoding).toBe('text');
    expect(wrapper.dataAsText).toBe('{"sku":"B-7"}');
    expect([...wrapper.dataAsBytes]).toEqual([...Buffer.from('{"sku":"B-7"}')]);
    expect(wrapper.dataAsBytes).toBe(wrapper.dataAsBytes);
    expect(wrapper.dataAsJson).toEqual({ sku: 'B-7' });
    expect(wrapper.dataAsJson).toBe(wrapper.dataAsJson);
  });

  it('reads the documented defaults when the flags are absent', () => {
    const raw = patch('include-body', (cf) => {
      cf.request.body = { data: '' };
    });
    const wrapper = body(raw);

    expect(wrapper.inputTruncated).toBe(false);
    expect(wrapper.action).toBe('read-only');
    expect(wrapper.encoding).toBe('base64');
    expect(wrapper.dataAsText).toBe('');
  });
});

describe('CloudFrontOrigin', () => {
  it('reads a custom origin', () => {
    const origin = new CloudFrontRequestEvent(load('origin-request')).request
      .origin;
    const custom = origin?.custom;

    expect(origin?.s3).toBeUndefined();
    expect(custom?.domainName).toBe('example.org');
    expect(custom?.keepaliveTimeout).toBe(5);
    expect(custom?.path).toBe('');
    expect(custom?.port).toBe(443);
    expect(custom?.protocol).toBe('https');
    expect(custom?.readTimeout).toBe(30);
    expect(custom?.sslProtocols).toEqual(['TLSv1', 'TLSv1.1', 'TLSv1.2']);
    expect(custom?.customHeaders.size).toBe(0);
    expect(custom?.customHeaders).toBe(custom?.customHeaders);
    expect(origin?.custom).toBe(custom);
  });

  it('reads an Amazon S3 origin', () => {
    const request = new CloudFrontRequestEvent(load('s3-origin')).request;
    const s3 = request.origin?.s3;

    expect(request.origin?.custom).toBeUndefined();
    expect(s3?.authMethod).toBe('origin-access-identity');
    expect(s3?.domainName).toBe('amzn-s3-demo-bucket.s3.amazonaws.com');
    expect(s3?.path).toBe('/s3_path');
    expect(s3?.region).toBe('us-east-1');
    expect(s3?.customHeaders.get('my-origin-custom-header')).toBe('Test');
    expect(s3?.customHeaders).toBe(s3?.customHeaders);
    expect(request.origin?.s3).toBe(s3);
    expect(request.origin).toBe(request.origin);
    expect(request.uri).toBe('/picture.jpg');
    expect(request.getQueryStringValue('size')).toBe('large');
  });

  it('reads the documented defaults of an origin that lacks its optional fields', () => {
    const raw = patch('origin-request', (cf) => {
      cf.request.origin = { custom: { domainName: 'example.org' } };
    });
    const custom = new CloudFrontRequestEvent(raw).request.origin?.custom;

    expect(custom?.path).toBe('');
    expect(custom?.port).toBeUndefined();
    expect(custom?.protocol).toBeUndefined();
    expect(custom?.keepaliveTimeout).toBeUndefined();
    expect(custom?.readTimeout).toBeUndefined();
    expect(custom?.sslProtocols).toEqual([]);
    expect(custom?.customHeaders.size).toBe(0);
  });

  it('reads an S3 origin without a Region or path', () => {
    const raw = patch('s3-origin', (cf) => {
      cf.request.origin.s3 = {
        authMethod: 'none',
        domainName: 'amzn-s3-demo-bucket.s3.amazonaws.com',
      };
    });
    const s3 = new CloudFrontRequestEvent(raw).request.origin?.s3;

    expect(s3?.authMethod).toBe('none');
    expect(s3?.region).toBeUndefined();
    expect(s3?.path).toBe('');
  });
});

describe('debug view', () => {
  it('hides credentials, cookies and sensitive query parameters, and decodes nothing', () => {
    const view = JSON.parse(
      String(new CloudFrontRequestEvent(load('include-body')))
    );
    const request = view.request;

    expect(request.headers.Authorization).toBe('[SENSITIVE]');
    expect(request.headers.Cookie).toBe('[SENSITIVE]');
    expect(request.headers.Host).toBe('shop.example.com');
    expect(request.cookies).toBe('[SENSITIVE]');
    expect(request.querystring).toBe(
      'source=mobile%20app&tag=new&tag=sale&token=[SENSITIVE]'
    );
    expect(request.parsedQueryString.token).toBe('[SENSITIVE]');
    expect(request.body.dataAsText).toBe('[not decoded: 40 bytes]');
    expect(request.jsonBody).toBe('[not decoded: 40 bytes]');
  });

  it('hides the custom headers of an origin', () => {
    const view = JSON.parse(
      String(new CloudFrontRequestEvent(load('s3-origin')))
    );

    expect(view.request.origin.s3.customHeaders).toBe('[SENSITIVE]');
    expect(view.request.origin.s3.domainName).toBe(
      'amzn-s3-demo-bucket.s3.amazonaws.com'
    );
  });
});

describe('testing factory', () => {
  it('builds a fresh copy of the viewer request sample', () => {
    const raw = createCloudFrontRequestEvent();

    expect(raw).toEqual(load());
    expect(raw).not.toBe(createCloudFrontRequestEvent());
  });

  it('builds the origin request sample', () => {
    expect(
      createCloudFrontRequestEvent({ eventType: 'origin-request' })
    ).toEqual(load('origin-request'));
  });

  it('builds a request with the given fields, headers and JSON body', () => {
    const event = new CloudFrontRequestEvent<{ sku: string }>(
      createCloudFrontRequestEvent({
        method: 'POST',
        uri: '/api/orders',
        querystring: 'source=app',
        clientIp: '198.51.100.7',
        headers: { Host: 'shop.example.com', Cookie: ['a=1', 'b=2'] },
        jsonBody: { sku: 'A-1001' },
      })
    );
    const { request } = event;

    expect([request.method, request.uri, request.querystring]).toEqual([
      'POST',
      '/api/orders',
      'source=app',
    ]);
    expect(request.clientIp).toBe('198.51.100.7');
    expect(request.rawEvent.headers).toEqual({
      host: [{ key: 'Host', value: 'shop.example.com' }],
      cookie: [
        { key: 'Cookie', value: 'a=1' },
        { key: 'Cookie', value: 'b=2' },
      ],
    });
    expect(request.body?.rawEvent).toEqual({
      inputTruncated: false,
      action: 'read-only',
      encoding: 'base64',
      data: 'eyJza3UiOiJBLTEwMDEifQ==',
    });
    expect(request.jsonBody).toEqual({ sku: 'A-1001' });
  });

  it('builds a body from text, and merges changes into cf last', () => {
    const event = new CloudFrontRequestEvent(
      createCloudFrontRequestEvent({
        body: 'name=Ana',
        cf: { config: { distributionId: 'E2QWRUHEXAMPLE' } },
      })
    );

    expect(event.request.decodedBody).toBe('name=Ana');
    expect(event.config.distributionId).toBe('E2QWRUHEXAMPLE');
    expect(event.config.eventType).toBe('viewer-request');
  });
});

describe('malformed input', () => {
  it('throws MissingFieldError naming Records when it is absent', () => {
    expectEvtError(
      () => new CloudFrontRequestEvent({} as RawCloudFrontRequestEvent).request,
      MissingFieldError,
      'CloudFrontRequestEvent: Records is missing'
    );
  });

  it('throws MissingFieldError naming Records[0] when there is no record', () => {
    expectEvtError(
      () => new CloudFrontRequestEvent({ Records: [] }).config,
      MissingFieldError,
      'CloudFrontRequestEvent: Records[0] is missing'
    );
  });

  it('throws MissingFieldError naming cf.request when it is absent', () => {
    const raw = patch(undefined, (cf) => {
      delete cf.request;
    });

    expectEvtError(
      () => new CloudFrontRequestEvent(raw).request,
      MissingFieldError,
      'CloudFrontRequestEvent: Records[0].cf.request is missing'
    );
  });

  it('throws MissingFieldError naming cf when the record has none', () => {
    const raw = { Records: [{}] } as RawCloudFrontRequestEvent;

    expectEvtError(
      () => new CloudFrontRequestEvent(raw).config,
      MissingFieldError,
      'CloudFrontRequestEvent: Records[0].cf is missing'
    );
  });

  it('throws FieldTypeError naming the event types for an unknown one', () => {
    const raw = patch(undefined, (cf) => {
      cf.config.eventType = 'edge-request';
    });

    expectEvtError(
      () => new CloudFrontRequestEvent(raw).config.eventType,
      FieldTypeError,
      'CloudFrontRequestEvent: Records[0].cf.config.eventType must be viewer-request | origin-request | origin-response | viewer-response, got "edge-request"'
    );
  });

  it('throws MissingFieldError naming eventType when it is absent', () => {
    const raw = patch(undefined, (cf) => {
      delete cf.config.eventType;
    });

    expectEvtError(
      () => new CloudFrontRequestEvent(raw).config.eventType,
      MissingFieldError,
      'CloudFrontRequestEvent: Records[0].cf.config.eventType is missing'
    );
  });

  it('throws FieldTypeError naming a header value that is not a string', () => {
    const raw = patch(undefined, (cf) => {
      cf.request.headers.host[0].value = 443;
    });

    expectEvtError(
      () => new CloudFrontRequestEvent(raw).request.headers,
      FieldTypeError,
      'CloudFrontRequestEvent: Records[0].cf.request.headers.host[0].value must be string, got number'
    );
  });

  it('throws FieldTypeError naming a header whose values are not a list', () => {
    const raw = patch(undefined, (cf) => {
      cf.request.headers.accept = { key: 'Accept', value: '*/*' };
    });

    expectEvtError(
      () => new CloudFrontRequestEvent(raw).request.getHeaderValue('accept'),
      FieldTypeError,
      'CloudFrontRequestEvent: Records[0].cf.request.headers.accept must be array, got object'
    );
  });

  it('throws FieldTypeError naming a header value that is not an object, or a key that is not a string', () => {
    const notObject = patch(undefined, (cf) => {
      cf.request.headers.accept = ['*/*'];
    });
    const badKey = patch(undefined, (cf) => {
      cf.request.headers.accept[0].key = true;
    });

    expectEvtError(
      () => new CloudFrontRequestEvent(notObject).request.headers,
      FieldTypeError,
      'CloudFrontRequestEvent: Records[0].cf.request.headers.accept[0] must be object, got string'
    );
    expectEvtError(
      () => new CloudFrontRequestEvent(badKey).request.headers,
      FieldTypeError,
      'CloudFrontRequestEvent: Records[0].cf.request.headers.accept[0].key must be string, got boolean'
    );
  });

  it('throws MissingFieldError naming the URI when it is absent', () => {
    const raw = patch(undefined, (cf) => {
      delete cf.request.uri;
    });

    expectEvtError(
      () => new CloudFrontRequestEvent(raw).request.uri,
      MissingFieldError,
      'CloudFrontRequestEvent: Records[0].cf.request.uri is missing'
    );
  });

  it('throws FieldTypeError naming a protocol that is neither http nor https', () => {
    const raw = patch('origin-request', (cf) => {
      cf.request.origin.custom.protocol = 'match-viewer';
    });

    expectEvtError(
      () => new CloudFrontRequestEvent(raw).request.origin?.custom?.protocol,
      FieldTypeError,
      'CloudFrontRequestEvent: Records[0].cf.request.origin.custom.protocol must be http | https, got "match-viewer"'
    );
  });

  it('throws DecodeError naming the body data when it is not base64', () => {
    const raw = patch('include-body', (cf) => {
      cf.request.body.data = 'not base64!';
    });

    expectEvtError(
      () => new CloudFrontRequestEvent(raw).request.decodedBody,
      DecodeError,
      'CloudFrontRequestEvent: Records[0].cf.request.body.data is not valid base64: unexpected character, padding or length'
    );
  });

  it('throws DecodeError naming the body data when it is not JSON', () => {
    const raw = patch('include-body', (cf) => {
      cf.request.body.data = Buffer.from('{not json').toString('base64');
    });

    expectEvtError(
      () => new CloudFrontRequestEvent(raw).request.jsonBody,
      DecodeError,
      `CloudFrontRequestEvent: Records[0].cf.request.body.data is not valid JSON: ${jsonErrorOf('{not json')}`
    );
  });

  it('throws MissingFieldError naming the body data when it is absent', () => {
    const raw = patch('include-body', (cf) => {
      delete cf.request.body.data;
    });

    expectEvtError(
      () => new CloudFrontRequestEvent(raw).request.body?.dataAsText,
      MissingFieldError,
      'CloudFrontRequestEvent: Records[0].cf.request.body.data is missing'
    );
  });

  it('throws FieldTypeError naming an unknown body encoding', () => {
    const raw = patch('include-body', (cf) => {
      cf.request.body.encoding = 'gzip';
    });

    expectEvtError(
      () => new CloudFrontRequestEvent(raw).request.body?.dataAsBytes,
      FieldTypeError,
      'CloudFrontRequestEvent: Records[0].cf.request.body.encoding must be base64 | text, got "gzip"'
    );
  });

  it('throws MissingFieldError naming the domain name of an origin that has none', () => {
    const raw = patch('s3-origin', (cf) => {
      delete cf.request.origin.s3.domainName;
    });

    expectEvtError(
      () => new CloudFrontRequestEvent(raw).request.origin?.s3?.domainName,
      MissingFieldError,
      'CloudFrontRequestEvent: Records[0].cf.request.origin.s3.domainName is missing'
    );
  });
});
