import { loadEvent } from '@evt/tooling-config/events';
import { describe, expect, it } from 'vitest';
import {
  CloudFrontRequestEvent,
  CloudFrontResponseEvent,
  generatedResponse,
  modifiedRequest,
  modifiedResponse,
  type RawCloudFrontRequestEvent,
  type RawCloudFrontResponseEvent,
} from '../src/index';
import {
  createCloudFrontRequestEvent,
  createCloudFrontResponseEvent,
} from '../src/testing';

const viewerRequest = () =>
  new CloudFrontRequestEvent(
    loadEvent<RawCloudFrontRequestEvent>('cloud-front-request-event')
  );
const originRequest = () =>
  new CloudFrontRequestEvent(
    loadEvent<RawCloudFrontRequestEvent>(
      'cloud-front-request-event.origin-request'
    )
  );
const bodyRequest = () =>
  new CloudFrontRequestEvent(
    loadEvent<RawCloudFrontRequestEvent>(
      'cloud-front-request-event.include-body'
    )
  );
const originResponse = () =>
  new CloudFrontResponseEvent(
    loadEvent<RawCloudFrontResponseEvent>('cloud-front-response-event')
  );
const viewerResponse = () =>
  new CloudFrontResponseEvent(
    loadEvent<RawCloudFrontResponseEvent>(
      'cloud-front-response-event.viewer-response'
    )
  );

describe('generatedResponse', () => {
  it('builds the redirect of the guide’s "Generating an HTTP redirect" example', () => {
    const response = generatedResponse(viewerRequest(), {
      status: 302,
      statusDescription: 'Found',
      headers: {
        Location:
          'https://docs.aws.amazon.com/lambda/latest/dg/lambda-edge.html',
      },
    });

    expect(response).toEqual({
      status: '302',
      statusDescription: 'Found',
      headers: {
        location: [
          {
            key: 'Location',
            value:
              'https://docs.aws.amazon.com/lambda/latest/dg/lambda-edge.html',
          },
        ],
      },
    });
  });

  it('builds the static page of the guide’s "Serving static content" example', () => {
    const content =
      '<!DOCTYPE html><html><head><title>Simple Lambda@Edge Static Content Response</title></head><body><p>Hello from Lambda@Edge!</p></body></html>';

    const response = generatedResponse(originRequest(), {
      status: 200,
      statusDescription: 'OK',
      headers: { 'Cache-Control': 'max-age=100', 'Content-Type': 'text/html' },
      body: content,
    });

    expect(response).toEqual({
      status: '200',
      statusDescription: 'OK',
      headers: {
        'cache-control': [{ key: 'Cache-Control', value: 'max-age=100' }],
        'content-type': [{ key: 'Content-Type', value: 'text/html' }],
      },
      body: content,
    });
  });

  it('sends bytes base64-encoded, and keeps an encoding asked for', () => {
    const bytes = generatedResponse(viewerRequest(), {
      status: 200,
      body: new Uint8Array([0x47, 0x49, 0x46]),
    });
    const base64 = generatedResponse(viewerRequest(), {
      status: 200,
      body: 'R0lG',
      bodyEncoding: 'base64',
    });
    const text = generatedResponse(viewerRequest(), {
      status: 200,
      body: 'ok',
      bodyEncoding: 'text',
    });

    expect(bytes).toEqual({
      status: '200',
      bodyEncoding: 'base64',
      body: 'R0lG',
    });
    expect(base64).toEqual(bytes);
    expect(text).toEqual({ status: '200', bodyEncoding: 'text', body: 'ok' });
  });

  it('replaces the origin’s response in an origin response event', () => {
    expect(
      generatedResponse(originResponse(), {
        status: 503,
        headers: { 'Retry-After': 120 },
      })
    ).toEqual({
      status: '503',
      headers: { 'retry-after': [{ key: 'Retry-After', value: '120' }] },
    });
  });

  it('refuses a header that is read-only in the event’s trigger, naming it', () => {
    expect(() =>
      generatedResponse(originRequest(), {
        status: 200,
        headers: { 'Content-Length': 2 },
        body: 'ok',
      })
    ).toThrow(
      new TypeError(
        'generatedResponse: the "Content-Length" header is read-only in origin-request events'
      )
    );
  });

  it('refuses a disallowed header, naming it', () => {
    expect(() =>
      generatedResponse(viewerRequest(), {
        status: 200,
        headers: { 'X-Cache': 'Hit from cloudfront' },
      })
    ).toThrow(
      new TypeError(
        'generatedResponse: CloudFront does not let a function set the "X-Cache" header'
      )
    );
  });

  it('refuses a response larger than the trigger accepts: 40 KB for viewer events', () => {
    const body = 'x'.repeat(40 * 1024);

    expect(() =>
      generatedResponse(viewerRequest(), { status: 200, body })
    ).toThrow(
      new RangeError(
        'generatedResponse: the response is 40986 bytes as JSON, more than the 40960 bytes CloudFront accepts from a viewer-request function (headers and body together)'
      )
    );
    expect(
      generatedResponse(originRequest(), { status: 200, body }).body
    ).toHaveLength(40 * 1024);
  });

  it('refuses a response larger than 1 MB from an origin event', () => {
    expect(() =>
      generatedResponse(originResponse(), {
        status: 200,
        body: 'é'.repeat(512 * 1024),
      })
    ).toThrow(RangeError);
  });

  it('refuses a body in a viewer request’s 204 response', () => {
    expect(() =>
      generatedResponse(viewerRequest(), { status: 204, body: 'nothing' })
    ).toThrow(
      new TypeError(
        'generatedResponse: a 204 (No Content) response from a viewer-request function must have no body'
      )
    );
  });

  it('refuses a viewer response event, which cannot change the status', () => {
    expect(() => generatedResponse(viewerResponse(), { status: 200 })).toThrow(
      new TypeError(
        'generatedResponse: event.config.eventType is viewer-response, but generatedResponse answers viewer-request or origin-request or origin-response events'
      )
    );
  });

  it('names a malformed argument', () => {
    const event = viewerRequest();

    expect(() => generatedResponse(event, { status: 99 })).toThrow(
      new TypeError(
        'generatedResponse: init.status must be an integer from 200 to 599, got number 99'
      )
    );
    expect(() =>
      generatedResponse(event, { status: 200, statusDescription: 1 as never })
    ).toThrow(
      new TypeError(
        'generatedResponse: init.statusDescription must be a string, got number 1'
      )
    );
    expect(() =>
      generatedResponse(event, {
        status: 200,
        body: 'not base64!',
        bodyEncoding: 'base64',
      })
    ).toThrow(
      new TypeError(
        'generatedResponse: init.body must be valid base64 when init.bodyEncoding is base64'
      )
    );
    expect(() =>
      generatedResponse(event, {
        status: 200,
        body: new Uint8Array(1),
        bodyEncoding: 'text',
      })
    ).toThrow(
      new TypeError(
        'generatedResponse: init.body is bytes, which are sent as base64, but init.bodyEncoding is text'
      )
    );
    expect(() =>
      generatedResponse(event, { status: 200, bodyEncoding: 'gzip' as never })
    ).toThrow(
      new TypeError(
        'generatedResponse: init.bodyEncoding must be text or base64, got string'
      )
    );
    expect(() =>
      generatedResponse(event, { status: 200, headers: { 'Bad Name': 'x' } })
    ).toThrow(
      new TypeError(
        'generatedResponse: init.headers["Bad Name"] has a name that is not a valid header name'
      )
    );
    expect(() =>
      generatedResponse(event, {
        status: 200,
        headers: { Link: ['<a>', false as never] },
      })
    ).toThrow(
      new TypeError(
        'generatedResponse: init.headers["Link"][1] must be a string or a finite number, got boolean'
      )
    );
    expect(() =>
      generatedResponse(event, {
        status: 200,
        headers: { Location: '/a\r\nX-Evil: 1' },
      })
    ).toThrow(
      new TypeError(
        'generatedResponse: init.headers["Location"] must not hold a line break or a NUL character'
      )
    );
    expect(() => generatedResponse(event, null as never)).toThrow(
      new TypeError('generatedResponse: init must be an object, got null')
    );
    expect(() => generatedResponse({} as never, { status: 200 })).toThrow(
      new TypeError(
        'generatedResponse: event.config.eventType must be one of viewer-request, origin-request, origin-response, viewer-response, got undefined'
      )
    );
    expect(() =>
      generatedResponse(undefined as never, { status: 200 })
    ).toThrow(
      new TypeError(
        'generatedResponse: event must be an event of viewer-request or origin-request or origin-response, got undefined'
      )
    );
  });
});

describe('modifiedRequest', () => {
  it('returns the request with headers set and deleted, leaving the event as it was', () => {
    const event = viewerRequest();
    const before = structuredClone(event.rawEvent);

    const request = modifiedRequest(event, {
      headers: { 'X-Experiment': 'B', 'User-Agent': null },
    });

    expect(request).toEqual({
      clientIp: '203.0.113.178',
      headers: {
        host: [{ key: 'Host', value: 'd111111abcdef8.cloudfront.net' }],
        accept: [{ key: 'accept', value: '*/*' }],
        'x-experiment': [{ key: 'X-Experiment', value: 'B' }],
      },
      method: 'GET',
      querystring: '',
      uri: '/',
    });
    expect(event.rawEvent).toEqual(before);
  });

  it('rewrites the URI and query string', () => {
    const request = modifiedRequest(viewerRequest(), {
      uri: '/index.html',
      querystring: 'lang=en',
    });

    expect([request.uri, request.querystring]).toEqual([
      '/index.html',
      'lang=en',
    ]);
  });

  it('sends an origin request to another origin', () => {
    const origin = {
      s3: {
        authMethod: 'none',
        customHeaders: {},
        domainName: 'amzn-s3-demo-bucket.s3.amazonaws.com',
        path: '',
      },
    } as const;

    const request = modifiedRequest(originRequest(), {
      origin,
      headers: { Host: 'amzn-s3-demo-bucket.s3.amazonaws.com' },
    });

    expect(request.origin).toEqual(origin);
    expect(request.headers.host).toEqual([
      { key: 'Host', value: 'amzn-s3-demo-bucket.s3.amazonaws.com' },
    ]);
  });

  it('replaces the body of an include-body request', () => {
    const request = modifiedRequest(bodyRequest(), {
      body: '{"sku":"A-1001","quantity":3}',
    });

    expect(request.body).toEqual({
      inputTruncated: false,
      action: 'replace',
      encoding: 'text',
      data: '{"sku":"A-1001","quantity":3}',
    });
    expect(
      modifiedRequest(bodyRequest(), { body: new Uint8Array([1, 2]) }).body
    ).toEqual({
      inputTruncated: false,
      action: 'replace',
      encoding: 'base64',
      data: 'AQI=',
    });
  });

  it('refuses a body past the trigger’s limit: 40 KB of text in a viewer request', () => {
    expect(() =>
      modifiedRequest(bodyRequest(), { body: 'x'.repeat(40 * 1024 + 1) })
    ).toThrow(
      new RangeError(
        'modifiedRequest: the text body is 40961 bytes, more than the 40960 CloudFront accepts in viewer-request events'
      )
    );
    expect(() =>
      modifiedRequest(bodyRequest(), {
        body: 'A'.repeat(54480),
        bodyEncoding: 'base64',
      })
    ).toThrow(
      new RangeError(
        'modifiedRequest: the base64 body is 54480 characters, more than the 54476 CloudFront accepts in viewer-request events'
      )
    );
  });

  it('refuses a change CloudFront would refuse, naming the header', () => {
    expect(() =>
      modifiedRequest(viewerRequest(), { headers: { host: 'example.org' } })
    ).toThrow(
      new TypeError(
        'modifiedRequest: the "host" header is read-only in viewer-request events'
      )
    );
    expect(() =>
      modifiedRequest(originRequest(), { headers: { Via: null } })
    ).toThrow(
      new TypeError(
        'modifiedRequest: the "Via" header is read-only in origin-request events'
      )
    );
    expect(() =>
      modifiedRequest(viewerRequest(), {
        headers: { 'CloudFront-Viewer-Country': 'DE' },
      })
    ).toThrow(
      new TypeError(
        'modifiedRequest: CloudFront does not let a function set the "CloudFront-Viewer-Country" header'
      )
    );
    expect(
      modifiedRequest(originRequest(), {
        headers: { 'CloudFront-Viewer-Country': 'DE', 'X-Amzn-Cf-Id': null },
      }).headers['cloudfront-viewer-country']
    ).toEqual([{ key: 'CloudFront-Viewer-Country', value: 'DE' }]);
  });

  it('refuses what only some triggers may change', () => {
    expect(() =>
      modifiedRequest(viewerRequest(), {
        origin: { custom: {} as never },
      })
    ).toThrow(
      new TypeError(
        'modifiedRequest: changes.origin is for origin-request events, not viewer-request'
      )
    );
    expect(() => modifiedRequest(viewerRequest(), { body: 'x' })).toThrow(
      new TypeError(
        "modifiedRequest: changes.body needs the trigger's include body option (the event has no body)"
      )
    );
    expect(() => modifiedRequest(originResponse() as never, {})).toThrow(
      new TypeError(
        'modifiedRequest: event.config.eventType is origin-response, but modifiedRequest answers viewer-request or origin-request events'
      )
    );
  });

  it('names a malformed URI, query string or origin', () => {
    const event = originRequest();

    expect(() => modifiedRequest(event, { uri: 'index.html' })).toThrow(
      new TypeError('modifiedRequest: changes.uri must start with "/"')
    );
    expect(() => modifiedRequest(event, { uri: '/a b' })).toThrow(
      new TypeError(
        'modifiedRequest: changes.uri must not hold spaces or control characters'
      )
    );
    expect(() => modifiedRequest(event, { querystring: 'a=1#top' })).toThrow(
      new TypeError(
        'modifiedRequest: changes.querystring must not hold spaces, control characters or "#"'
      )
    );
    expect(() =>
      modifiedRequest(event, { uri: `/${'a'.repeat(8191)}` })
    ).toThrow(
      new RangeError(
        'modifiedRequest: the URI with its query string is 8192 characters; CloudFront needs fewer than 8192'
      )
    );
    expect(() =>
      modifiedRequest(event, { origin: { s3: {}, custom: {} } as never })
    ).toThrow(
      new TypeError(
        'modifiedRequest: changes.origin must hold exactly one of s3 and custom'
      )
    );
    expect(() =>
      modifiedRequest(event, {
        origin: { custom: { domainName: '' } } as never,
      })
    ).toThrow(
      new TypeError(
        'modifiedRequest: changes.origin.custom.domainName must be a non-empty string, got an empty string'
      )
    );
    expect(() => modifiedRequest(event, { headers: [] as never })).toThrow(
      new TypeError(
        'modifiedRequest: changes.headers must be an object, got array'
      )
    );
  });
});

describe('modifiedResponse', () => {
  it('adds the security headers of the guide’s viewer response example', () => {
    const event = viewerResponse();
    const before = structuredClone(event.rawEvent);

    const response = modifiedResponse(event, {
      headers: {
        'Strict-Transport-Security':
          'max-age=63072000; includeSubdomains; preload',
        'Content-Security-Policy': "default-src 'none'; img-src 'self'",
        Server: null,
      },
    });

    expect(response.status).toBe('200');
    expect(response.statusDescription).toBe('OK');
    expect(response.headers?.['strict-transport-security']).toEqual([
      {
        key: 'Strict-Transport-Security',
        value: 'max-age=63072000; includeSubdomains; preload',
      },
    ]);
    expect(response.headers?.['content-security-policy']).toEqual([
      {
        key: 'Content-Security-Policy',
        value: "default-src 'none'; img-src 'self'",
      },
    ]);
    expect(response.headers?.server).toBeUndefined();
    expect(response.headers?.age).toEqual([{ key: 'Age', value: '2402' }]);
    expect(event.rawEvent).toEqual(before);
  });

  it('turns an origin error into the guide’s 200 with a static body', () => {
    const event = new CloudFrontResponseEvent(
      createCloudFrontResponseEvent({
        status: 500,
        statusDescription: 'Internal Server Error',
        headers: {},
      })
    );

    expect(
      modifiedResponse(event, {
        status: 200,
        statusDescription: 'OK',
        body: 'Body generation example',
      })
    ).toEqual({
      status: '200',
      statusDescription: 'OK',
      headers: {},
      body: 'Body generation example',
    });
  });

  it('refuses a status change in a viewer response', () => {
    expect(() => modifiedResponse(viewerResponse(), { status: 404 })).toThrow(
      new TypeError(
        'modifiedResponse: a viewer-response function cannot change the status'
      )
    );
  });

  it('refuses a header change CloudFront would refuse, naming it', () => {
    expect(() =>
      modifiedResponse(viewerResponse(), { headers: { Warning: '199 - "x"' } })
    ).toThrow(
      new TypeError(
        'modifiedResponse: the "Warning" header is read-only in viewer-response events'
      )
    );
    expect(() =>
      modifiedResponse(originResponse(), {
        headers: { 'Transfer-Encoding': null },
      })
    ).toThrow(
      new TypeError(
        'modifiedResponse: the "Transfer-Encoding" header is read-only in origin-response events'
      )
    );
    expect(() =>
      modifiedResponse(originResponse(), {
        headers: { 'X-Edge-Location': 'FRA' },
      })
    ).toThrow(
      new TypeError(
        'modifiedResponse: CloudFront does not let a function set the "X-Edge-Location" header'
      )
    );
  });

  it('refuses a body past 40 KB in a viewer response', () => {
    expect(() =>
      modifiedResponse(viewerResponse(), { body: 'x'.repeat(40 * 1024) })
    ).toThrow(RangeError);
  });

  it('names a malformed argument', () => {
    expect(() => modifiedResponse(originResponse(), { status: 200.5 })).toThrow(
      new TypeError(
        'modifiedResponse: changes.status must be an integer from 200 to 599, got number 200.5'
      )
    );
    expect(() => modifiedResponse(originResponse(), 'x' as never)).toThrow(
      new TypeError('modifiedResponse: changes must be an object, got string')
    );
    expect(() =>
      modifiedResponse(viewerRequest() as never, { headers: {} })
    ).toThrow(
      new TypeError(
        'modifiedResponse: event.config.eventType is viewer-request, but modifiedResponse answers origin-response or viewer-response events'
      )
    );
  });

  it('sets a base64 body with its encoding', () => {
    expect(
      modifiedResponse(
        new CloudFrontResponseEvent(
          createCloudFrontResponseEvent({ headers: {} })
        ),
        { body: new Uint8Array([0xff]) }
      )
    ).toEqual({
      status: '200',
      statusDescription: 'OK',
      headers: {},
      bodyEncoding: 'base64',
      body: '/w==',
    });
  });
});

describe('the testing factories and the builders together', () => {
  it('answer a request built by the factory', () => {
    const event = new CloudFrontRequestEvent(
      createCloudFrontRequestEvent({
        eventType: 'origin-request',
        uri: '/docs/',
      })
    );

    expect(
      modifiedRequest(event, { uri: `${event.request.uri}index.html` }).uri
    ).toBe('/docs/index.html');
  });
});
