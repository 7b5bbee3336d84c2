import { loadEvent } from '@evt/tooling-config/events';
import {
  counted,
  expectEvtError,
  jsonErrorOf,
  patchEvent,
} from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  DecodeError,
  FieldTypeError,
  MissingFieldError,
  type RawVPCLatticeEvent,
  VPCLatticeEvent,
} from '../src/index';
import { createVPCLatticeEvent } from '../src/testing';

const FIXTURE = 'vpc-lattice-event';

function raw(variant?: string): RawVPCLatticeEvent {
  return loadEvent<RawVPCLatticeEvent>(
    variant ? `${FIXTURE}.${variant}` : FIXTURE
  );
}

function load(variant?: string): VPCLatticeEvent {
  return new VPCLatticeEvent(raw(variant));
}

function patched(patch: (event: Record<string, unknown>) => void) {
  return new VPCLatticeEvent(
    patchEvent<RawVPCLatticeEvent>(FIXTURE, (event) =>
      patch(event as unknown as Record<string, unknown>)
    )
  );
}

describe('VPCLatticeEvent', () => {
  describe('method', () => {
    it('returns the HTTP method', () => {
      expect(load().method).toBe('POST');
      expect(load('text-body').method).toBe('PUT');
    });
  });

  describe('httpMethod', () => {
    it('returns the HTTP method, read from method', () => {
      expect(load().httpMethod).toBe('POST');
    });
  });

  describe('rawPath', () => {
    it('returns the path as sent', () => {
      expect(load().rawPath).toBe('/orders');
      expect(load('text-body').rawPath).toBe('/api/product');
    });
  });

  describe('path', () => {
    it('returns raw_path, as Powertools does for version 1', () => {
      expect(load().path).toBe('/orders');
    });
  });

  describe('headers', () => {
    it('returns the headers, looked up case-insensitively', () => {
      const headers = load().headers;

      expect(headers.get('User_Agent')).toBe('curl/7.64.1');
      expect(headers.get('Content-Type')).toBe('application/json');
      expect(headers.get('header2')).toBe('value1,value2');
      expect(headers.size).toBe(7);
    });

    it('returns the same map on every read', () => {
      const event = load();

      expect(event.headers).toBe(event.headers);
    });

    it('returns an empty map when the event has none', () => {
      const event = patched((event) => {
        delete event.headers;
      });

      expect(event.headers.size).toBe(0);
    });
  });

  describe('getHeaderValue', () => {
    it('returns a header whatever the case of its name', () => {
      expect(load().getHeaderValue('X-Forwarded-For')).toBe('10.213.229.10');
    });

    it('returns the default when the header is absent', () => {
      expect(load().getHeaderValue('authorization', 'none')).toBe('none');
      expect(load().getHeaderValue('authorization')).toBeUndefined();
    });

    it('matches the name exactly when asked to', () => {
      expect(load().getHeaderValue('Accept', 'none', true)).toBe('none');
      expect(load().getHeaderValue('accept', 'none', true)).toBe('*/*');
    });
  });

  describe('resolvedHeadersField', () => {
    it('splits comma-joined values into parts, built once', () => {
      const event = load();

      const resolved = event.resolvedHeadersField;

      expect(resolved.getAll('Header2')).toEqual(['value1', 'value2']);
      expect(resolved.get('header1')).toBe('value1');
      expect(resolved.get('accept')).toBe('*/*');
      expect(resolved).toBe(event.resolvedHeadersField);
    });
  });

  describe('queryStringParameters', () => {
    it('returns the parameters', () => {
      expect(load().queryStringParameters).toEqual({
        'order-id': '1',
        tags: 'new,priority',
      });
    });

    it('returns an empty object when the event has none', () => {
      expect(load('text-body').queryStringParameters).toEqual({});
    });
  });

  describe('getQueryStringValue', () => {
    it('returns a parameter by name', () => {
      expect(load().getQueryStringValue('order-id')).toBe('1');
    });

    it('returns the default when the parameter is absent', () => {
      expect(load().getQueryStringValue('page', '1')).toBe('1');
      expect(load('text-body').getQueryStringValue('order-id')).toBeUndefined();
    });
  });

  describe('multiValueQueryStringParameters', () => {
    it('returns an empty object, as Powertools does: version 1 has no such field', () => {
      expect(load().multiValueQueryStringParameters).toEqual({});
    });
  });

  describe('getMultiValueQueryStringValues', () => {
    it('returns the default values, as Powertools does: version 1 has no multi-value map', () => {
      expect(load().getMultiValueQueryStringValues('tags')).toEqual([]);
      expect(load().getMultiValueQueryStringValues('tags', ['all'])).toEqual([
        'all',
      ]);
    });
  });

  describe('resolvedQueryStringParameters', () => {
    it('splits each parameter on commas, built once', () => {
      const event = load();

      expect(event.resolvedQueryStringParameters).toEqual({
        'order-id': ['1'],
        tags: ['new', 'priority'],
      });
      expect(event.resolvedQueryStringParameters).toBe(
        event.resolvedQueryStringParameters
      );
    });
  });

  describe('isBase64Encoded', () => {
    it('returns is_base64_encoded', () => {
      expect(load().isBase64Encoded).toBe(true);
      expect(load('text-body').isBase64Encoded).toBe(false);
    });

    it('returns false when the event has none', () => {
      const event = patched((event) => {
        delete event.is_base64_encoded;
      });

      expect(event.isBase64Encoded).toBe(false);
    });
  });

  describe('body', () => {
    it('returns the body as sent', () => {
      expect(load().body).toBe('eyJvcmRlcklkIjoiby0xMDAxIiwicXVhbnRpdHkiOjJ9');
      expect(load('text-body').body).toBe('{"id": 5, "description": "TV"}');
    });

    it('returns undefined when the request has none', () => {
      const event = patched((event) => {
        delete event.body;
      });

      expect(event.body).toBeUndefined();
      expect(event.decodedBody).toBeUndefined();
      expect(event.jsonBody).toBeUndefined();
    });
  });

  describe('decodedBody', () => {
    it('base64-decodes the body when is_base64_encoded is set', () => {
      expect(load().decodedBody).toBe('{"orderId":"o-1001","quantity":2}');
    });

    it('returns the body as it is otherwise', () => {
      expect(load('text-body').decodedBody).toBe(
        '{"id": 5, "description": "TV"}'
      );
    });
  });

  describe('jsonBody', () => {
    it('parses the decoded body', () => {
      expect(load().jsonBody).toEqual({ orderId: 'o-1001', quantity: 2 });
      expect(load('text-body').jsonBody).toEqual({ id: 5, description: 'TV' });
    });

    it('parses once, with the jsonDeserializer option', () => {
      const deserializer = counted(JSON.parse);
      const event = new VPCLatticeEvent<{ orderId: string }>(raw(), {
        jsonDeserializer: deserializer,
      });

      const body = event.jsonBody;

      expect(body?.orderId).toBe('o-1001');
      expect(event.jsonBody).toBe(body);
      expect(deserializer.calls).toBe(1);
    });
  });

  describe('rawEvent', () => {
    it('returns the raw event itself', () => {
      const event = raw();

      expect(new VPCLatticeEvent(event).rawEvent).toBe(event);
    });
  });

  describe('testing factory', () => {
    it('builds a fresh copy of the sample', () => {
      const event = createVPCLatticeEvent();

      expect(event).toEqual(raw());
      expect(event).not.toBe(createVPCLatticeEvent());
    });

    it('replaces the request fields', () => {
      const event = new VPCLatticeEvent(
        createVPCLatticeEvent({
          method: 'GET',
          rawPath: '/orders/o-7',
          headers: { Accept: 'application/json' },
          queryStringParameters: { fields: 'id' },
          body: null,
        })
      );

      expect(event.method).toBe('GET');
      expect(event.rawPath).toBe('/orders/o-7');
      expect(event.headers.toJSON()).toEqual({ Accept: 'application/json' });
      expect(event.queryStringParameters).toEqual({ fields: 'id' });
      expect(event.body).toBeUndefined();
      expect(event.isBase64Encoded).toBe(true);
    });

    it('sends a JSON body as plain text', () => {
      const event = new VPCLatticeEvent(
        createVPCLatticeEvent({ jsonBody: { orderId: 'o-2' } })
      );

      expect(event.body).toBe('{"orderId":"o-2"}');
      expect(event.isBase64Encoded).toBe(false);
      expect(event.jsonBody).toEqual({ orderId: 'o-2' });
    });

    it('sets is_base64_encoded and merges changes into the event last', () => {
      const event = createVPCLatticeEvent({
        body: 'e30=',
        isBase64Encoded: true,
        event: { headers: { 'x-trace': 't-1' } },
      });

      expect(event.body).toBe('e30=');
      expect(event.is_base64_encoded).toBe(true);
      expect(event.headers['x-trace']).toBe('t-1');
      expect(event.headers.host).toBe(
        'test-lambda-service-3908sdf9u3u.dkfjd93.vpc-lattice-svcs.us-east-2.on.aws'
      );
    });
  });

  describe('malformed input', () => {
    it('throws MissingFieldError naming raw_path when it is absent', () => {
      const event = patched((event) => {
        delete event.raw_path;
      });

      expectEvtError(
        () => event.path,
        MissingFieldError,
        'VPCLatticeEvent: raw_path is missing'
      );
    });

    it('throws MissingFieldError naming method when it is absent', () => {
      const event = patched((event) => {
        delete event.method;
      });

      expectEvtError(
        () => event.httpMethod,
        MissingFieldError,
        'VPCLatticeEvent: method is missing'
      );
    });

    it('throws FieldTypeError naming is_base64_encoded when it is not a boolean', () => {
      const event = patched((event) => {
        event.is_base64_encoded = 'true';
      });

      expectEvtError(
        () => event.decodedBody,
        FieldTypeError,
        'VPCLatticeEvent: is_base64_encoded must be boolean, got string'
      );
    });

    it('throws FieldTypeError naming the parameter whose value is not a string', () => {
      const event = patched((event) => {
        event.query_string_parameters = { 'order-id': 1 };
      });

      expectEvtError(
        () => event.getQueryStringValue('order-id'),
        FieldTypeError,
        'VPCLatticeEvent: query_string_parameters.order-id must be string, got number'
      );
    });

    it('throws FieldTypeError naming the header whose value is not a string', () => {
      const event = patched((event) => {
        event.headers = { accept: ['*/*'] };
      });

      expectEvtError(
        () => event.resolvedHeadersField,
        FieldTypeError,
        'VPCLatticeEvent: headers.accept must be string, got array'
      );
    });

    it('throws DecodeError naming the body when it is not JSON', () => {
      const event = patched((event) => {
        event.body = '{not json';
        event.is_base64_encoded = false;
      });

      expectEvtError(
        () => event.jsonBody,
        DecodeError,
        `VPCLatticeEvent: body is not valid JSON: ${jsonErrorOf('{not json')}`
      );
    });

    it('throws DecodeError naming the body when it is not base64', () => {
      const event = patched((event) => {
        event.body = 'not base64!';
      });

      expectEvtError(
        () => event.decodedBody,
        DecodeError,
        'VPCLatticeEvent: body is not valid base64: unexpected character, padding or length'
      );
    });
  });
});
