import { loadEvent } from '@evt/tooling-config/events';
import { expectEvtError, patchEvent } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  CloudFrontResponseEvent,
  FieldTypeError,
  MissingFieldError,
  type RawCloudFrontResponseEvent,
} from '../src/index';
import { createCloudFrontResponseEvent } from '../src/testing';

const load = (variant?: 'viewer-response'): RawCloudFrontResponseEvent =>
  loadEvent<RawCloudFrontResponseEvent>(
    variant
      ? `cloud-front-response-event.${variant}`
      : 'cloud-front-response-event'
  );

const patch = (
  change: (cf: RawCloudFrontResponseEvent['Records'][number]['cf']) => void
): RawCloudFrontResponseEvent =>
  patchEvent<RawCloudFrontResponseEvent>(
    'cloud-front-response-event',
    (event) =>
      change(
        (event.Records[0] as RawCloudFrontResponseEvent['Records'][number]).cf
      )
  );

describe('CloudFrontResponseEvent', () => {
  describe('records', () => {
    it('wraps the one record, once', () => {
      const raw = load();
      const event = new CloudFrontResponseEvent(raw);

      expect(event.records.map((record) => record.rawEvent)).toEqual([
        raw.Records[0],
      ]);
      expect(event.records).toBe(event.records);
      expect(event.record.rawEvent).toBe(raw.Records[0]);
    });
  });

  describe('config, request and response', () => {
    it('return the parts of the record, the same ones each time', () => {
      const raw = load();
      const event = new CloudFrontResponseEvent(raw);
      const cf = raw.Records[0]?.cf;

      expect(event.config.rawEvent).toBe(cf?.config);
      expect(event.request.rawEvent).toBe(cf?.request);
      expect(event.response.rawEvent).toBe(cf?.response);
      expect(event.config).toBe(event.record.config);
      expect(event.request).toBe(event.record.request);
      expect(event.response).toBe(event.record.response);
    });
  });

  describe('on the origin response', () => {
    const event = () => new CloudFrontResponseEvent(load());

    it('returns the config', () => {
      const { config } = event();

      expect(config.eventType).toBe('origin-response');
      expect(config.distributionId).toBe('EDFDVBD6EXAMPLE');
      expect(config.distributionDomainName).toBe(
        'd111111abcdef8.cloudfront.net'
      );
      expect(config.requestId).toBe(
        '4TyzHTaYWb1GX1qTfsHhEqV6HUDd_BzoBZnwfnvQc_1oF26ClkoUSEQ=='
      );
    });

    it('returns the request CloudFront sent to the origin', () => {
      const { request } = event();

      expect(request.method).toBe('GET');
      expect(request.uri).toBe('/');
      expect(request.clientIp).toBe('203.0.113.178');
      expect(request.headers.get('via')).toBe(
        '2.0 2afae0d44e2540f472c0635ab62c232b.cloudfront.net (CloudFront)'
      );
      expect(request.origin?.custom?.domainName).toBe('example.org');
      expect(request.body).toBeUndefined();
    });

    it('returns the status, as text and as a number, and the description', () => {
      const { response } = event();

      expect(response.status).toBe('200');
      expect(response.statusCode).toBe(200);
      expect(response.statusDescription).toBe('OK');
    });

    it('reads the response headers case-insensitively, under their names', () => {
      const { response } = event();

      expect(response.headers.get('content-type')).toBe(
        'text/html; charset=utf-8'
      );
      expect(response.getHeaderValue('X-FRAME-OPTIONS')).toBe('DENY');
      expect(response.getHeaderValue('age', '0')).toBe('0');
      expect(
        response.getHeaderValue('server', undefined, true)
      ).toBeUndefined();
      expect(response.getHeaderValue('Server', undefined, true)).toBe(
        'ExampleCustomOriginServer'
      );
      expect([...response.headers.keys()]).toEqual([
        'Access-Control-Allow-Credentials',
        'Access-Control-Allow-Origin',
        'Date',
        'Referrer-Policy',
        'Server',
        'X-Content-Type-Options',
        'X-Frame-Options',
        'X-XSS-Protection',
        'Content-Type',
        'Content-Length',
      ]);
      expect(response.headers).toBe(response.headers);
    });
  });

  describe('on the viewer response', () => {
    it('returns the trigger, the viewer request and the cached response', () => {
      const event = new CloudFrontResponseEvent(load('viewer-response'));

      expect(event.config.eventType).toBe('viewer-response');
      expect(event.request.headers.get('user-agent')).toBe('curl/7.66.0');
      expect(event.request.origin).toBeUndefined();
      expect(event.response.headers.get('age')).toBe('2402');
      expect(event.response.statusCode).toBe(200);
    });
  });

  it('reads every Set-Cookie value, and hides them in the debug view', () => {
    const raw = patch((cf) => {
      cf.response.headers = {
        'set-cookie': [
          { key: 'Set-Cookie', value: 'theme=light' },
          {
            key: 'Set-Cookie',
            value: 'sessionToken=abc123; Expires=Wed, 09 Jun 2021 10:18:14 GMT',
          },
        ],
      };
    });
    const event = new CloudFrontResponseEvent(raw);

    expect(event.response.headers.getAll('set-cookie')).toEqual([
      'theme=light',
      'sessionToken=abc123; Expires=Wed, 09 Jun 2021 10:18:14 GMT',
    ]);
    expect(JSON.parse(String(event)).response.headers['Set-Cookie']).toBe(
      '[SENSITIVE]'
    );
  });

  it('returns undefined for a status description the response lacks', () => {
    const raw = patch((cf) => {
      delete cf.response.statusDescription;
    });

    expect(
      new CloudFrontResponseEvent(raw).response.statusDescription
    ).toBeUndefined();
  });

  describe('testing factory', () => {
    it('builds fresh copies of the two samples', () => {
      expect(createCloudFrontResponseEvent()).toEqual(load());
      expect(
        createCloudFrontResponseEvent({ eventType: 'viewer-response' })
      ).toEqual(load('viewer-response'));
      expect(createCloudFrontResponseEvent()).not.toBe(
        createCloudFrontResponseEvent()
      );
    });

    it('builds a response with the given status, headers and request', () => {
      const event = new CloudFrontResponseEvent(
        createCloudFrontResponseEvent({
          status: 404,
          statusDescription: 'Not Found',
          headers: { 'Content-Type': 'text/plain' },
          requestHeaders: { Host: 'example.org' },
          uri: '/missing.html',
          method: 'HEAD',
          querystring: 'v=2',
          clientIp: '198.51.100.7',
          cf: { config: { requestId: 'r-1' } },
        })
      );

      expect(event.response.statusCode).toBe(404);
      expect(event.response.statusDescription).toBe('Not Found');
      expect(event.response.rawEvent.headers).toEqual({
        'content-type': [{ key: 'Content-Type', value: 'text/plain' }],
      });
      expect(event.request.rawEvent.headers).toEqual({
        host: [{ key: 'Host', value: 'example.org' }],
      });
      expect([
        event.request.uri,
        event.request.method,
        event.request.querystring,
        event.request.clientIp,
      ]).toEqual(['/missing.html', 'HEAD', 'v=2', '198.51.100.7']);
      expect(event.config.requestId).toBe('r-1');
    });
  });

  describe('malformed input', () => {
    it('throws MissingFieldError naming cf.response when it is absent', () => {
      const raw = patch((cf) => {
        delete (cf as Partial<typeof cf>).response;
      });

      expectEvtError(
        () => new CloudFrontResponseEvent(raw).response,
        MissingFieldError,
        'CloudFrontResponseEvent: Records[0].cf.response is missing'
      );
    });

    it('throws MissingFieldError naming the status when it is absent', () => {
      const raw = patch((cf) => {
        delete (cf.response as Partial<typeof cf.response>).status;
      });

      expectEvtError(
        () => new CloudFrontResponseEvent(raw).response.statusCode,
        MissingFieldError,
        'CloudFrontResponseEvent: Records[0].cf.response.status is missing'
      );
    });

    it('throws FieldTypeError naming a status that is not three digits', () => {
      const raw = patch((cf) => {
        cf.response.status = '2OO';
      });

      expect(new CloudFrontResponseEvent(raw).response.status).toBe('2OO');
      expectEvtError(
        () => new CloudFrontResponseEvent(raw).response.statusCode,
        FieldTypeError,
        'CloudFrontResponseEvent: Records[0].cf.response.status must be a three-digit status code, got string'
      );
    });

    it('throws FieldTypeError naming a response header that is malformed', () => {
      const raw = patch((cf) => {
        (cf.response.headers as Record<string, unknown>).date = 'today';
      });

      expectEvtError(
        () => new CloudFrontResponseEvent(raw).response.headers.get('date'),
        FieldTypeError,
        'CloudFrontResponseEvent: Records[0].cf.response.headers.date must be array, got string'
      );
    });
  });
});
