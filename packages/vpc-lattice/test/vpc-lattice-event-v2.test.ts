import { loadEvent } from '@evt/tooling-config/events';
import {
  counted,
  expectEvtError,
  patchEvent,
} from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  DecodeError,
  FieldTypeError,
  MissingFieldError,
  type RawVPCLatticeEventV2,
  VPCLatticeEventV2,
  VPCLatticeEventV2Identity,
  VPCLatticeEventV2RequestContext,
} from '../src/index';
import { createVPCLatticeEventV2 } from '../src/testing';

const FIXTURE = 'vpc-lattice-event-v2';

function raw(variant?: string): RawVPCLatticeEventV2 {
  return loadEvent<RawVPCLatticeEventV2>(
    variant ? `${FIXTURE}.${variant}` : FIXTURE
  );
}

function load(variant?: string): VPCLatticeEventV2 {
  return new VPCLatticeEventV2(raw(variant));
}

interface Mutable {
  [key: string]: unknown;
  requestContext: Record<string, unknown> & {
    identity?: Record<string, unknown> | null | string;
  };
}

function patched(
  patch: (event: Mutable) => void,
  variant?: string
): VPCLatticeEventV2 {
  return new VPCLatticeEventV2(
    patchEvent<RawVPCLatticeEventV2>(
      variant ? `${FIXTURE}.${variant}` : FIXTURE,
      (event) => patch(event as unknown as Mutable)
    )
  );
}

describe('VPCLatticeEventV2', () => {
  describe('version', () => {
    it('returns the version of the event structure', () => {
      expect(load().version).toBe('2.0');
    });
  });

  describe('path', () => {
    it('returns the path of the request', () => {
      expect(load().path).toBe('/orders');
      expect(load('auth-none').path).toBe('/health');
    });
  });

  describe('method', () => {
    it('returns the HTTP method', () => {
      expect(load().method).toBe('POST');
      expect(load('auth-none').method).toBe('GET');
    });
  });

  describe('httpMethod', () => {
    it('returns the HTTP method, read from method', () => {
      expect(load('auth-none').httpMethod).toBe('GET');
    });
  });

  describe('headers', () => {
    it('returns the first value of a header, whatever the case of its name', () => {
      const headers = load().headers;

      expect(headers.get('Accept')).toBe('application/json');
      expect(headers.get('USER-AGENT')).toBe('curl/7.64.1');
      expect(headers.has('authorization')).toBe(false);
    });

    it('returns every value of a header', () => {
      expect(load().headers.getAll('accept')).toEqual([
        'application/json',
        'text/plain',
      ]);
    });

    it('counts every value, in order', () => {
      const headers = load().headers;

      expect(headers.size).toBe(6);
      expect([...headers.keys()]).toEqual([
        'accept',
        'accept',
        'content-type',
        'host',
        'user-agent',
        'x-forwarded-for',
      ]);
    });

    it('returns the same map on every read', () => {
      const event = load();

      expect(event.headers).toBe(event.headers);
    });

    it('returns an empty map when the event has none', () => {
      const event = patched((event) => {
        event.headers = null;
      });

      expect(event.headers.size).toBe(0);
    });
  });

  describe('getHeaderValue', () => {
    it('returns the first value of a header', () => {
      expect(load().getHeaderValue('Content-Type')).toBe('application/json');
      expect(load().getHeaderValue('accept')).toBe('application/json');
    });

    it('returns the default when the header is absent', () => {
      expect(load().getHeaderValue('x-api-key', 'none')).toBe('none');
    });
  });

  describe('resolvedHeadersField', () => {
    it('returns the headers map itself', () => {
      const event = load();

      expect(event.resolvedHeadersField).toBe(event.headers);
      expect(event.resolvedHeadersField.getAll('ACCEPT')).toEqual([
        'application/json',
        'text/plain',
      ]);
    });
  });

  describe('queryStringParameterValues', () => {
    it('returns every value of each parameter', () => {
      expect(load().queryStringParameterValues).toEqual({
        'order-id': ['1'],
        tag: ['new', 'priority'],
      });
    });

    it('returns an empty object when the event has none', () => {
      expect(load('auth-none').queryStringParameterValues).toEqual({});
    });
  });

  describe('queryStringParameters', () => {
    it('joins the values of each parameter with commas, as Powertools does', () => {
      expect(load().queryStringParameters).toEqual({
        'order-id': '1',
        tag: 'new,priority',
      });
    });

    it('builds an object without a prototype, once', () => {
      const event = load();

      const parameters = event.queryStringParameters;

      expect(Object.getPrototypeOf(parameters)).toBeNull();
      expect(event.queryStringParameters).toBe(parameters);
    });

    it('returns an empty object when the event has none', () => {
      expect(load('auth-none').queryStringParameters).toEqual({});
    });
  });

  describe('getQueryStringValue', () => {
    it('returns the comma-joined values of a parameter', () => {
      expect(load().getQueryStringValue('tag')).toBe('new,priority');
      expect(load().getQueryStringValue('order-id')).toBe('1');
    });

    it('returns the default when the parameter is absent', () => {
      expect(load('auth-none').getQueryStringValue('tag', 'all')).toBe('all');
      expect(load().getQueryStringValue('__proto__')).toBeUndefined();
    });
  });

  describe('resolvedQueryStringParameters', () => {
    it('splits the joined values on commas, as Powertools does', () => {
      expect(load().resolvedQueryStringParameters).toEqual({
        'order-id': ['1'],
        tag: ['new', 'priority'],
      });
    });
  });

  describe('multiValueQueryStringParameters', () => {
    it('returns an empty object, as Powertools does: version 2 has no such field', () => {
      expect(load().multiValueQueryStringParameters).toEqual({});
      expect(load().getMultiValueQueryStringValues('tag')).toEqual([]);
    });
  });

  describe('isBase64Encoded', () => {
    it('returns isBase64Encoded', () => {
      expect(load().isBase64Encoded).toBe(false);
      expect(load('roles-anywhere').isBase64Encoded).toBe(true);
    });

    it('returns false when the event has none', () => {
      const event = patched((event) => {
        delete event.isBase64Encoded;
      });

      expect(event.isBase64Encoded).toBe(false);
    });
  });

  describe('body', () => {
    it('returns the body as sent', () => {
      expect(load().body).toBe('{"orderId": "o-1001", "quantity": 2}');
    });

    it('returns undefined when the request has none', () => {
      const event = load('auth-none');

      expect(event.body).toBeUndefined();
      expect(event.decodedBody).toBeUndefined();
      expect(event.jsonBody).toBeUndefined();
    });
  });

  describe('decodedBody', () => {
    it('base64-decodes the body when isBase64Encoded is set', () => {
      expect(load('roles-anywhere').decodedBody).toBe(
        '{"records": [{"id": "ext-001", "data": "sample-data"}], "source": "partner-sync"}'
      );
    });

    it('returns the body as it is otherwise', () => {
      expect(load().decodedBody).toBe('{"orderId": "o-1001", "quantity": 2}');
    });
  });

  describe('jsonBody', () => {
    it('parses the decoded body', () => {
      expect(load().jsonBody).toEqual({ orderId: 'o-1001', quantity: 2 });
      expect(load('roles-anywhere').jsonBody).toEqual({
        records: [{ id: 'ext-001', data: 'sample-data' }],
        source: 'partner-sync',
      });
    });

    it('parses once, with the jsonDeserializer option', () => {
      const deserializer = counted(JSON.parse);
      const event = new VPCLatticeEventV2<{ quantity: number }>(raw(), {
        jsonDeserializer: deserializer,
      });

      const body = event.jsonBody;

      expect(body?.quantity).toBe(2);
      expect(event.jsonBody).toBe(body);
      expect(deserializer.calls).toBe(1);
    });
  });

  describe('requestContext', () => {
    it('wraps the request context, once', () => {
      const event = load();

      const context = event.requestContext;

      expect(context).toBeInstanceOf(VPCLatticeEventV2RequestContext);
      expect(context.rawEvent).toBe(event.rawEvent.requestContext);
      expect(event.requestContext).toBe(context);
    });
  });

  describe('rawEvent', () => {
    it('returns the raw event itself', () => {
      const event = raw();

      expect(new VPCLatticeEventV2(event).rawEvent).toBe(event);
    });
  });
});

describe('VPCLatticeEventV2RequestContext', () => {
  it('returns the service network, service and target group ARNs', () => {
    const context = load().requestContext;

    expect(context.serviceNetworkArn).toBe(
      'arn:aws:vpc-lattice:us-east-2:123456789012:servicenetwork/sn-0bf3f2882e9cc805a'
    );
    expect(context.serviceArn).toBe(
      'arn:aws:vpc-lattice:us-east-2:123456789012:service/svc-0a40eebed65f8d69c'
    );
    expect(context.targetGroupArn).toBe(
      'arn:aws:vpc-lattice:us-east-2:123456789012:targetgroup/tg-6d0ecf831eec9f09'
    );
  });

  it('returns the region', () => {
    expect(load().requestContext.region).toBe('us-east-2');
    expect(load('roles-anywhere').requestContext.region).toBe('ap-southeast-2');
  });

  describe('timeEpoch', () => {
    it('returns the time in microseconds, as sent', () => {
      expect(load().requestContext.timeEpoch).toBe('1690497599177430');
    });
  });

  describe('timeEpochAsDate', () => {
    it('returns the time as a Date, to the millisecond, built once', () => {
      const context = load().requestContext;

      const date = context.timeEpochAsDate;

      expect(date.toISOString()).toBe('2023-07-27T22:39:59.177Z');
      expect(context.timeEpochAsDate).toBe(date);
      expect(load('roles-anywhere').requestContext.timeEpochAsDate).toEqual(
        new Date('2024-08-28T19:59:59.177Z')
      );
    });

    it('reads fewer than 1,000 microseconds as the epoch itself', () => {
      const context = patched((event) => {
        event.requestContext.timeEpoch = '999';
      }).requestContext;

      expect(context.timeEpochAsDate.getTime()).toBe(0);
    });
  });

  describe('identity', () => {
    it('wraps the identity, once', () => {
      const context = load().requestContext;

      const identity = context.identity;

      expect(identity).toBeInstanceOf(VPCLatticeEventV2Identity);
      expect(context.identity).toBe(identity);
    });
  });
});

describe('VPCLatticeEventV2Identity', () => {
  it('returns the fields of an IAM-authenticated caller', () => {
    const identity = load().requestContext.identity;

    expect(identity.sourceVpcArn).toBe(
      'arn:aws:ec2:us-east-2:123456789012:vpc/vpc-0b8276c84697e7339'
    );
    expect(identity.type).toBe('AWS_IAM');
    expect(identity.principal).toBe(
      'arn:aws:sts::123456789012:assumed-role/example-role/057d00f8b51257ba3c853a0f248943cf'
    );
    expect(identity.principalOrgId).toBe('o-50dc6c495c0c9188');
    expect(identity.sessionName).toBe('057d00f8b51257ba3c853a0f248943cf');
  });

  it('returns undefined for the X.509 fields of a caller without Roles Anywhere credentials', () => {
    const identity = load().requestContext.identity;

    expect(identity.x509SubjectCn).toBeUndefined();
    expect(identity.x509IssuerOu).toBeUndefined();
    expect(identity.x509SanDns).toBeUndefined();
    expect(identity.x509SanUri).toBeUndefined();
    expect(identity.x509SanNameCn).toBeUndefined();
  });

  it('returns the certificate fields of a Roles Anywhere caller', () => {
    const identity = load('roles-anywhere').requestContext.identity;

    expect(identity.type).toBe('AWS_IAM');
    expect(identity.sessionName).toBe('partner-data-sync');
    expect(identity.x509SubjectCn).toBe('partner-data-sync.example.com');
    expect(identity.x509IssuerOu).toBe('Engineering Department');
    expect(identity.x509SanDns).toBe('partner-system.example.com');
    expect(identity.x509SanUri).toBe('https://partner-system.example.com/sync');
    expect(identity.x509SanNameCn).toBe('Data Sync Service');
  });

  it('returns only the source VPC for a service with auth type NONE', () => {
    const identity = load('auth-none').requestContext.identity;

    expect(identity.sourceVpcArn).toBe(
      'arn:aws:ec2:us-east-2:123456789012:vpc/vpc-0b8276c84697e7339'
    );
    expect(identity.type).toBeUndefined();
    expect(identity.principal).toBeUndefined();
    expect(identity.principalOrgId).toBeUndefined();
    expect(identity.sessionName).toBeUndefined();
    expect(identity.x509SubjectCn).toBeUndefined();
  });

  it('reads every field as undefined when the event has no identity', () => {
    for (const identity of [undefined, null]) {
      const event = patched((event) => {
        if (identity === undefined) delete event.requestContext.identity;
        else event.requestContext.identity = identity;
      });

      expect(event.requestContext.identity.sourceVpcArn).toBeUndefined();
      expect(event.requestContext.identity.principal).toBeUndefined();
    }
  });

  it('reads the certificate fields as Powertools Python spells them', () => {
    const identity = patched((event) => {
      event.requestContext.identity = {
        type: 'AWS_IAM',
        X509SubjectCn: 'subject.example.com',
        X509IssuerOu: 'Issuing Unit',
        x509SanDns: 'san.example.com',
        X509SanUri: 'spiffe://example.com/sync',
        X509SanNameCn: 'Sync Name',
      };
    }).requestContext.identity;

    expect(identity.x509SubjectCn).toBe('subject.example.com');
    expect(identity.x509IssuerOu).toBe('Issuing Unit');
    expect(identity.x509SanDns).toBe('san.example.com');
    expect(identity.x509SanUri).toBe('spiffe://example.com/sync');
    expect(identity.x509SanNameCn).toBe('Sync Name');
  });

  it('prefers the documented spelling when both are present', () => {
    const identity = patched((event) => {
      const fields = event.requestContext.identity as Record<string, unknown>;
      fields.X509SubjectCn = 'other.example.com';
    }, 'roles-anywhere').requestContext.identity;

    expect(identity.x509SubjectCn).toBe('partner-data-sync.example.com');
  });
});

describe('testing factory', () => {
  it('builds a fresh copy of the sample', () => {
    const event = createVPCLatticeEventV2();

    expect(event).toEqual(raw());
    expect(event).not.toBe(createVPCLatticeEventV2());
  });

  it('replaces the request fields, single values becoming lists', () => {
    const event = new VPCLatticeEventV2(
      createVPCLatticeEventV2({
        method: 'GET',
        path: '/orders/o-1',
        headers: { accept: 'application/json', 'x-tag': ['a', 'b'] },
        queryStringParameters: { fields: ['id', 'status'], page: '2' },
        body: null,
      })
    );

    expect(event.method).toBe('GET');
    expect(event.path).toBe('/orders/o-1');
    expect(event.rawEvent.headers).toEqual({
      accept: ['application/json'],
      'x-tag': ['a', 'b'],
    });
    expect(event.queryStringParameters).toEqual({
      fields: 'id,status',
      page: '2',
    });
    expect(event.body).toBeUndefined();
  });

  it('replaces the identity', () => {
    const event = new VPCLatticeEventV2(
      createVPCLatticeEventV2({
        identity: {
          sourceVpcArn: 'arn:aws:ec2:us-east-2:123456789012:vpc/vpc-1',
        },
      })
    );

    expect(event.requestContext.identity.sourceVpcArn).toBe(
      'arn:aws:ec2:us-east-2:123456789012:vpc/vpc-1'
    );
    expect(event.requestContext.identity.type).toBeUndefined();
  });

  it('sends a JSON body as plain text', () => {
    const event = new VPCLatticeEventV2(
      createVPCLatticeEventV2({ jsonBody: { orderId: 'o-2' }, body: 'ignored' })
    );

    expect(event.body).toBe('{"orderId":"o-2"}');
    expect(event.isBase64Encoded).toBe(false);
  });

  it('sets isBase64Encoded and merges changes into the event last', () => {
    const event = createVPCLatticeEventV2({
      body: 'e30=',
      isBase64Encoded: true,
      event: { requestContext: { region: 'eu-west-1' } },
    });

    expect(event.body).toBe('e30=');
    expect(event.isBase64Encoded).toBe(true);
    expect(event.requestContext.region).toBe('eu-west-1');
    expect(event.requestContext.timeEpoch).toBe('1690497599177430');
  });
});

describe('malformed input', () => {
  it('throws MissingFieldError naming version when it is absent', () => {
    const event = patched((event) => {
      delete event.version;
    });

    expectEvtError(
      () => event.version,
      MissingFieldError,
      'VPCLatticeEventV2: version is missing'
    );
  });

  it('throws MissingFieldError naming path when it is absent', () => {
    const event = patched((event) => {
      delete event.path;
    });

    expectEvtError(
      () => event.path,
      MissingFieldError,
      'VPCLatticeEventV2: path is missing'
    );
  });

  it('throws MissingFieldError naming requestContext when it is absent', () => {
    const event = patched((event) => {
      delete (event as Record<string, unknown>).requestContext;
    });

    expectEvtError(
      () => event.requestContext,
      MissingFieldError,
      'VPCLatticeEventV2: requestContext is missing'
    );
  });

  it('throws MissingFieldError naming the context field that is absent', () => {
    const event = patched((event) => {
      delete event.requestContext.targetGroupArn;
    });

    expectEvtError(
      () => event.requestContext.targetGroupArn,
      MissingFieldError,
      'VPCLatticeEventV2: requestContext.targetGroupArn is missing'
    );
  });

  it('throws FieldTypeError naming identity when it is not an object', () => {
    const event = patched((event) => {
      event.requestContext.identity = 'AWS_IAM';
    });

    expectEvtError(
      () => event.requestContext.identity,
      FieldTypeError,
      'VPCLatticeEventV2: requestContext.identity must be object, got string'
    );
  });

  it('throws FieldTypeError naming an identity field of the wrong type', () => {
    const event = patched((event) => {
      (event.requestContext.identity as Record<string, unknown>).principal = 7;
    });

    expectEvtError(
      () => event.requestContext.identity.principal,
      FieldTypeError,
      'VPCLatticeEventV2: requestContext.identity.principal must be string, got number'
    );
  });

  it('reads a header sent as one string instead of a list as one value', () => {
    const event = patched((event) => {
      event.headers = { accept: '*/*', 'x-tag': ['a', 'b'] };
    });

    expect(event.headers.get('accept')).toBe('*/*');
    expect(event.headers.getAll('accept')).toEqual(['*/*']);
    expect(event.headers.getAll('x-tag')).toEqual(['a', 'b']);
  });

  it('throws FieldTypeError naming a header that is neither a string nor a list', () => {
    const event = patched((event) => {
      event.headers = { accept: 3 as never };
    });

    expectEvtError(
      () => event.headers.get('accept'),
      FieldTypeError,
      'VPCLatticeEventV2: headers.accept must be array, got number'
    );
  });

  it('throws FieldTypeError naming a header value that is not a string', () => {
    const event = patched((event) => {
      event.headers = { accept: ['*/*', 3] };
    });

    expectEvtError(
      () => event.headers.getAll('accept'),
      FieldTypeError,
      'VPCLatticeEventV2: headers.accept[1] must be string, got number'
    );
  });

  it('reads a parameter sent as one string instead of a list as one value', () => {
    const raw = patchEvent<RawVPCLatticeEventV2>(FIXTURE, (event) => {
      event.queryStringParameters = JSON.parse(
        '{"tag": "new", "__proto__": "x", "page": ["1", "2"]}'
      );
    });
    const event = new VPCLatticeEventV2(raw);

    expect(event.queryStringParameterValues).toEqual({
      tag: ['new'],
      ['__proto__']: ['x'],
      page: ['1', '2'],
    });
    expect(event.queryStringParameters).toEqual({
      tag: 'new',
      ['__proto__']: 'x',
      page: '1,2',
    });
    expect(raw.queryStringParameters?.tag).toBe('new');
  });

  it('throws FieldTypeError naming a parameter that is neither a string nor a list', () => {
    const event = patched((event) => {
      event.queryStringParameters = { tag: 3 as never };
    });

    expectEvtError(
      () => event.queryStringParameters,
      FieldTypeError,
      'VPCLatticeEventV2: queryStringParameters.tag must be array, got number'
    );
  });

  it('throws MissingFieldError naming a parameter whose values are null', () => {
    const event = patched((event) => {
      event.queryStringParameters = { tag: null };
    });

    expectEvtError(
      () => event.getQueryStringValue('tag'),
      MissingFieldError,
      'VPCLatticeEventV2: queryStringParameters.tag is missing'
    );
  });

  it('throws FieldTypeError naming timeEpoch when it is not a string', () => {
    const event = patched((event) => {
      event.requestContext.timeEpoch = 1690497599177430;
    });

    expectEvtError(
      () => event.requestContext.timeEpochAsDate,
      FieldTypeError,
      'VPCLatticeEventV2: requestContext.timeEpoch must be string, got number'
    );
  });

  it('throws DecodeError naming timeEpoch when it is not digits a Date can hold', () => {
    for (const timeEpoch of ['soon', '', '-1', '1.5', '99999999999999999999']) {
      const event = patched((event) => {
        event.requestContext.timeEpoch = timeEpoch;
      });

      expectEvtError(
        () => event.requestContext.timeEpochAsDate,
        DecodeError,
        'VPCLatticeEventV2: requestContext.timeEpoch is not valid epoch microseconds: expected a string of digits within the Date range'
      );
    }
  });

  it('throws DecodeError naming timeEpoch when the digits pass the Date range', () => {
    const event = patched((event) => {
      event.requestContext.timeEpoch = '9000000000000000000';
    });

    expectEvtError(
      () => event.requestContext.timeEpochAsDate,
      DecodeError,
      'VPCLatticeEventV2: requestContext.timeEpoch is not valid epoch microseconds: expected a string of digits within the Date range'
    );
  });
});
