import { inspect } from 'node:util';
import { loadEvent } from '@evt/tooling-config/events';
import {
  counted,
  expectEvtError,
  expectGetters,
  jsonErrorOf,
  patchEvent,
} from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  DecodeError,
  FieldTypeError,
  LambdaFunctionUrlEvent,
  LambdaFunctionUrlRequestContext,
  LambdaFunctionUrlRequestContextAuthorizer,
  MissingFieldError,
  type RawLambdaFunctionUrlEvent,
  RequestContextV2AuthorizerIam,
  RequestContextV2Http,
} from '../src/index';

const IAM = 'lambda-function-url-event';
const NONE = 'lambda-function-url-event.auth-none';
const BASE64 = 'lambda-function-url-event.base64';

interface Order {
  orderId: string;
  quantity: number;
}

const load = (name = IAM): RawLambdaFunctionUrlEvent =>
  loadEvent<RawLambdaFunctionUrlEvent>(name);

function patched(
  patch: (event: RawLambdaFunctionUrlEvent) => void,
  name = IAM
): LambdaFunctionUrlEvent<Order> {
  return new LambdaFunctionUrlEvent<Order>(
    patchEvent<RawLambdaFunctionUrlEvent>(name, patch)
  );
}

describe('LambdaFunctionUrlEvent', () => {
  it('is named in errors and the debug view', () => {
    expect(LambdaFunctionUrlEvent.typeName).toBe('LambdaFunctionUrlEvent');
  });

  describe('request line (AWS_IAM request)', () => {
    it('reads the payload 2.0 fields of a signed POST', () => {
      expectGetters(new LambdaFunctionUrlEvent(load()), {
        version: '2.0',
        routeKey: '$default',
        rawPath: '/orders',
        rawQueryString: 'dryRun=true&tag=rush&tag=gift%2Cwrap',
        path: '/orders',
        httpMethod: 'POST',
        isBase64Encoded: false,
        body: '{"orderId":"o-1001","quantity":2}',
      });
    });

    it('reads the path and method of a NONE request', () => {
      expectGetters(new LambdaFunctionUrlEvent(load(NONE)), {
        rawPath: '/',
        rawQueryString: '',
        path: '/',
        httpMethod: 'GET',
        body: undefined,
      });
    });
  });

  describe('cookies', () => {
    it('returns the cookies as sent', () => {
      expect(new LambdaFunctionUrlEvent(load()).cookies).toEqual([
        'session=c2Vzc2lvbi0xMjM',
        'locale=en-GB',
      ]);
    });

    it('returns an empty array when the request has none', () => {
      expect(new LambdaFunctionUrlEvent(load(BASE64)).cookies).toEqual([]);
    });
  });

  describe('parsedCookies', () => {
    it('keeps the first of a repeated name, unquotes and percent-decodes, built once', () => {
      const event = new LambdaFunctionUrlEvent(load(NONE));

      const cookies = event.parsedCookies;

      expect([...cookies]).toEqual([
        ['session', '8c1f2e7a9b'],
        ['theme', 'dark'],
        ['cart', 'sku-1,sku-2'],
      ]);
      expect(event.parsedCookies).toBe(cookies);
    });
  });

  describe('headers', () => {
    it('reads headers whatever the case of the name', () => {
      const event = new LambdaFunctionUrlEvent(load());

      expect(event.headers.get('Content-Type')).toBe('application/json');
      expect(event.headers.get('X-Amz-Date')).toBe('20240318T071502Z');
      expect(event.headers.size).toBe(15);
      expect(event.headers).toBe(event.headers);
    });

    it('returns a header value or the default with getHeaderValue', () => {
      const event = new LambdaFunctionUrlEvent(load(NONE));

      expect(event.getHeaderValue('Accept-Language')).toBe('en-GB,en;q=0.9');
      expect(event.getHeaderValue('x-forwarded-for', 'none')).toBe(
        '198.51.100.14'
      );
      expect(event.getHeaderValue('authorization', 'none')).toBe('none');
      expect(event.getHeaderValue('Host', 'none', true)).toBe('none');
    });
  });

  describe('resolvedHeadersField', () => {
    it('splits comma-joined values into their parts, built once', () => {
      const event = new LambdaFunctionUrlEvent(load());

      const resolved = event.resolvedHeadersField;

      expect(resolved.getAll('accept-encoding')).toEqual(['gzip', 'deflate']);
      expect(resolved.get('Accept-Encoding')).toBe('gzip');
      expect(resolved.get('content-type')).toBe('application/json');
      expect(event.resolvedHeadersField).toBe(resolved);
    });
  });

  describe('query string', () => {
    it('returns the parameters with repeated values joined by commas', () => {
      const event = new LambdaFunctionUrlEvent(load());

      expect(event.queryStringParameters).toEqual({
        dryRun: 'true',
        tag: 'rush,gift,wrap',
      });
      expect(event.getQueryStringValue('dryRun')).toBe('true');
      expect(event.getQueryStringValue('page', '1')).toBe('1');
    });

    it('splits each parameter on commas in resolvedQueryStringParameters, built once', () => {
      const event = new LambdaFunctionUrlEvent(load());

      const resolved = event.resolvedQueryStringParameters;

      expect({ ...resolved }).toEqual({
        dryRun: ['true'],
        tag: ['rush', 'gift', 'wrap'],
      });
      expect(event.resolvedQueryStringParameters).toBe(resolved);
    });

    it('keeps a value with an encoded comma whole in parsedQueryStringParameters, built once', () => {
      const event = new LambdaFunctionUrlEvent(load());

      const parsed = event.parsedQueryStringParameters;

      expect(parsed.get('tag')).toEqual(['rush', 'gift,wrap']);
      expect(parsed.get('dryRun')).toEqual(['true']);
      expect(event.parsedQueryStringParameters).toBe(parsed);
    });

    it('has no multi-value parameters, as a function URL sends none', () => {
      const event = new LambdaFunctionUrlEvent(load());

      expect(event.multiValueQueryStringParameters).toEqual({});
      expect(event.getMultiValueQueryStringValues('tag')).toEqual([]);
    });

    it('returns empty parameters when the request has no query string', () => {
      const event = new LambdaFunctionUrlEvent(load(NONE));

      expect(event.queryStringParameters).toEqual({});
      expect(event.parsedQueryStringParameters.size).toBe(0);
      expect(event.getQueryStringValue('page')).toBeUndefined();
    });
  });

  describe('body', () => {
    it('parses a JSON body once, typed by TBody', () => {
      const jsonDeserializer = counted(JSON.parse);
      const event = new LambdaFunctionUrlEvent<Order>(load(), {
        jsonDeserializer,
      });

      const order = event.jsonBody;

      expect(order).toEqual({ orderId: 'o-1001', quantity: 2 });
      expect(event.decodedBody).toBe('{"orderId":"o-1001","quantity":2}');
      expect(event.jsonBody).toBe(order);
      expect(jsonDeserializer.calls).toBe(1);
    });

    it('decodes a base64 body once', () => {
      const event = new LambdaFunctionUrlEvent(load(BASE64));

      const text = event.decodedBody;

      expect(event.isBase64Encoded).toBe(true);
      expect(event.body).toBe(
        'eyJyZXBvcnQiOiJkYWlseS1zYWxlcyIsInJvd3MiOjQyLCJnZW5lcmF0ZWRBdCI6IjIwMjQtMDMtMTlUMTY6MDM6NDBaIn0='
      );
      expect(text).toBe(
        '{"report":"daily-sales","rows":42,"generatedAt":"2024-03-19T16:03:40Z"}'
      );
      expect(event.jsonBody).toEqual({
        report: 'daily-sales',
        rows: 42,
        generatedAt: '2024-03-19T16:03:40Z',
      });
      expect(event.decodedBody).toBe(text);
    });

    it('reads no body as undefined', () => {
      const event = new LambdaFunctionUrlEvent(load(NONE));

      expect(event.decodedBody).toBeUndefined();
      expect(event.jsonBody).toBeUndefined();
    });
  });

  describe('requestContext', () => {
    it('wraps the request context, built once', () => {
      const raw = load();
      const event = new LambdaFunctionUrlEvent(raw);

      const context = event.requestContext;

      expect(context).toBeInstanceOf(LambdaFunctionUrlRequestContext);
      expect(context.rawEvent).toBe(raw.requestContext);
      expect(event.requestContext).toBe(context);
    });
  });

  describe('what a function URL does not have', () => {
    it('has no path parameters or stage variables to read', () => {
      const event = new LambdaFunctionUrlEvent(load());

      expect('pathParameters' in event).toBe(false);
      expect('stageVariables' in event).toBe(false);
      expect('authentication' in event.requestContext).toBe(false);
      expect(event.get('pathParameters')).toBeNull();
    });
  });

  describe('debug view', () => {
    it('hides the access key, the security token and the cookies', () => {
      const event = new LambdaFunctionUrlEvent(load());

      const text = `${String(event)}\n${inspect(event, { depth: Number.POSITIVE_INFINITY })}`;

      expect(text).not.toContain('ASIAIOSFODNN7EXAMPLE');
      expect(text).not.toContain('IQoJb3JpZ2luX2VjE');
      expect(text).not.toContain('c2Vzc2lvbi0xMjM');
      expect(text).toContain(
        'arn:aws:sts::111122223333:assumed-role/order-sync/order-sync-task'
      );
      expect(text).toContain('203.0.113.24');
    });

    it('does not decode a base64 body', () => {
      const view = JSON.parse(String(new LambdaFunctionUrlEvent(load(BASE64))));

      expect(view.decodedBody).toBe('[not decoded: 96 bytes]');
      expect(view.jsonBody).toBe('[not decoded: 96 bytes]');
    });
  });

  describe('malformed input', () => {
    it('throws MissingFieldError naming rawPath when it is absent', () => {
      const event = patched((draft) => {
        delete (draft as Partial<RawLambdaFunctionUrlEvent>).rawPath;
      });

      expectEvtError(
        () => event.path,
        MissingFieldError,
        'LambdaFunctionUrlEvent: rawPath is missing'
      );
    });

    it('throws MissingFieldError naming requestContext when it is absent', () => {
      const event = patched((draft) => {
        delete (draft as Partial<RawLambdaFunctionUrlEvent>).requestContext;
      });

      expectEvtError(
        () => event.httpMethod,
        MissingFieldError,
        'LambdaFunctionUrlEvent: requestContext is missing'
      );
    });

    it('throws MissingFieldError naming requestContext.http.method when it is absent', () => {
      const event = patched((draft) => {
        delete (draft.requestContext.http as Partial<{ method: string }>)
          .method;
      });

      expectEvtError(
        () => event.httpMethod,
        MissingFieldError,
        'LambdaFunctionUrlEvent: requestContext.http.method is missing'
      );
    });

    it('throws FieldTypeError naming a cookie that is not a string', () => {
      const event = patched((draft) => {
        draft.cookies = ['a=1', 7] as never;
      });

      expectEvtError(
        () => event.parsedCookies,
        FieldTypeError,
        'LambdaFunctionUrlEvent: cookies[1] must be string, got number'
      );
    });

    it('throws DecodeError naming the body when it is not JSON, without quoting it', () => {
      const event = patched((draft) => {
        draft.body = '{"password":hunter2}';
      });

      const error = expectEvtError(
        () => event.jsonBody,
        DecodeError,
        `LambdaFunctionUrlEvent: body is not valid JSON: ${jsonErrorOf('{"password":hunter2}')}`
      );

      expect(error.message).not.toContain('hunter2');
    });

    it('throws DecodeError naming the body when its base64 is not UTF-8', () => {
      const event = patched((draft) => {
        draft.body = Buffer.from([0xff, 0xfe, 0x00]).toString('base64');
      }, BASE64);

      expect(() => event.decodedBody).toThrow(DecodeError);
      expect(() => event.decodedBody).toThrow(/^LambdaFunctionUrlEvent: body /);
    });
  });
});

describe('LambdaFunctionUrlRequestContext', () => {
  const context = (name = IAM): LambdaFunctionUrlRequestContext =>
    new LambdaFunctionUrlEvent(load(name)).requestContext;

  it('is named in errors and the debug view', () => {
    expect(LambdaFunctionUrlRequestContext.typeName).toBe(
      'LambdaFunctionUrlRequestContext'
    );
  });

  it('reads every field of the request context', () => {
    expectGetters(context(), {
      accountId: '123456789012',
      apiId: 'n4x7kq2rwe6tbvyz3pmd9hc5ga8suj1f',
      domainName:
        'n4x7kq2rwe6tbvyz3pmd9hc5ga8suj1f.lambda-url.eu-west-1.on.aws',
      domainPrefix: 'n4x7kq2rwe6tbvyz3pmd9hc5ga8suj1f',
      requestId: 'e1506fd5-9e7b-434f-bd42-4f8fa224b599',
      routeKey: '$default',
      stage: '$default',
      time: '18/Mar/2024:07:15:02 +0000',
      timeEpoch: 1710746102631,
    });
  });

  it('reads `anonymous` as the account of a NONE request, as Lambda sends it', () => {
    expect(context(NONE).accountId).toBe('anonymous');
  });

  describe('http', () => {
    it('wraps the HTTP details, built once', () => {
      const requestContext = context();

      const http = requestContext.http;

      expect(http).toBeInstanceOf(RequestContextV2Http);
      expect(requestContext.http).toBe(http);
      expectGetters(http, {
        method: 'POST',
        path: '/orders',
        protocol: 'HTTP/1.1',
        sourceIp: '203.0.113.24',
        userAgent: 'aws-sdk-js/3.556.0',
      });
    });
  });

  describe('authorizer', () => {
    it('wraps the caller identity of an AWS_IAM request, built once', () => {
      const raw = load();
      const requestContext = new LambdaFunctionUrlEvent(raw).requestContext;

      const authorizer = requestContext.authorizer;

      expect(authorizer).toBeInstanceOf(
        LambdaFunctionUrlRequestContextAuthorizer
      );
      expect(authorizer?.rawEvent).toBe(raw.requestContext.authorizer);
      expect(requestContext.authorizer).toBe(authorizer);
    });

    it('returns undefined for a NONE request without an authorizer, reading it once', () => {
      const raw = load(NONE);
      let reads = 0;
      const requestContext = new LambdaFunctionUrlRequestContext(
        new Proxy(raw.requestContext, {
          get(target, key, receiver) {
            if (key === 'authorizer') reads++;
            return Reflect.get(target, key, receiver);
          },
        })
      );

      expect(requestContext.authorizer).toBeUndefined();
      expect(requestContext.authorizer).toBeUndefined();
      expect(reads).toBe(1);
    });

    it('returns undefined for a NONE request whose authorizer is null', () => {
      expect(context(BASE64).authorizer).toBeUndefined();
    });

    it('throws FieldTypeError when the authorizer is not an object', () => {
      const event = patched((draft) => {
        draft.requestContext.authorizer = 'AWS_IAM' as never;
      });

      expectEvtError(
        () => event.requestContext.authorizer,
        FieldTypeError,
        'LambdaFunctionUrlEvent: requestContext.authorizer must be object, got string'
      );
    });
  });

  describe('malformed input', () => {
    it('throws FieldTypeError naming timeEpoch when it is a string', () => {
      const event = patched((draft) => {
        draft.requestContext.timeEpoch = '1710746102631' as never;
      });

      expectEvtError(
        () => event.requestContext.timeEpoch,
        FieldTypeError,
        'LambdaFunctionUrlEvent: requestContext.timeEpoch must be number, got string'
      );
    });
  });
});

describe('LambdaFunctionUrlRequestContextAuthorizer', () => {
  it('is named in errors and the debug view', () => {
    expect(LambdaFunctionUrlRequestContextAuthorizer.typeName).toBe(
      'LambdaFunctionUrlRequestContextAuthorizer'
    );
  });

  describe('iam', () => {
    it('reads the IAM identity that signed the request, built once', () => {
      const raw = load();
      const authorizer = new LambdaFunctionUrlEvent(raw).requestContext
        .authorizer as LambdaFunctionUrlRequestContextAuthorizer;

      const iam = authorizer.iam;

      expect(iam).toBeInstanceOf(RequestContextV2AuthorizerIam);
      expect(iam.rawEvent).toBe(raw.requestContext.authorizer?.iam);
      expect(authorizer.iam).toBe(iam);
      expectGetters(iam, {
        accessKey: 'ASIAIOSFODNN7EXAMPLE',
        accountId: '111122223333',
        callerId: 'AROACKCEVSQ6C2EXAMPLE:order-sync-task',
        principalOrgId: '',
        userArn:
          'arn:aws:sts::111122223333:assumed-role/order-sync/order-sync-task',
        userId: 'AROACKCEVSQ6C2EXAMPLE:order-sync-task',
        cognitoAmr: [],
        cognitoIdentityId: '',
        cognitoIdentityPoolId: '',
      });
    });

    it('reads the organization ID when the caller belongs to one', () => {
      const event = patched((draft) => {
        (
          draft.requestContext.authorizer as { iam: { principalOrgId: string } }
        ).iam.principalOrgId = 'o-a1b2c3d4e5';
      });

      expect(event.requestContext.authorizer?.iam.principalOrgId).toBe(
        'o-a1b2c3d4e5'
      );
    });

    it('reads every member as empty when the authorizer has no iam', () => {
      const event = patched((draft) => {
        draft.requestContext.authorizer = {};
      });

      expectGetters(event.requestContext.authorizer?.iam as object, {
        accessKey: '',
        accountId: '',
        userArn: '',
        cognitoAmr: [],
      });
    });

    it('throws FieldTypeError when iam is not an object', () => {
      const event = patched((draft) => {
        draft.requestContext.authorizer = { iam: 'AWS_IAM' as never };
      });

      expectEvtError(
        () => event.requestContext.authorizer?.iam,
        FieldTypeError,
        'LambdaFunctionUrlEvent: requestContext.authorizer.iam must be object, got string'
      );
    });

    it('throws FieldTypeError naming the IAM field that is not a string', () => {
      const event = patched((draft) => {
        (
          draft.requestContext.authorizer as { iam: { userArn: unknown } }
        ).iam.userArn = 42;
      });

      expectEvtError(
        () => event.requestContext.authorizer?.iam.userArn,
        FieldTypeError,
        'LambdaFunctionUrlEvent: requestContext.authorizer.iam.userArn must be string, got number'
      );
    });
  });
});
