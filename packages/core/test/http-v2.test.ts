import { inspect } from 'node:util';
import { loadEvent } from '@evt/tooling-config/events';
import {
  expectEvtError,
  expectGetters,
  patchEvent,
} from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  BaseProxyEventV2,
  BaseProxyRequestContextV2,
  EventWrapper,
  FieldTypeError,
  MissingFieldError,
  type RawProxyEventV2Base,
  type RawRequestContextV2AuthorizerIam,
  RequestContextV2AuthorizerIam,
  RequestContextV2Http,
} from '../src/index';
import { ProxyEventV2 } from './fixtures';

// A function URL request (`$default` stage) and an HTTP API request on the named stage `prod`,
// copies of the source packages' fixtures.
const FUNCTION_URL = 'lambda-function-url-event';
const NAMED_STAGE = 'api-gateway-proxy-event-v2.iam-authorizer';

interface Order {
  orderId: string;
}

const load = (name = FUNCTION_URL): RawProxyEventV2Base =>
  loadEvent<RawProxyEventV2Base>(name);

function patched(
  patch: (event: RawProxyEventV2Base) => void,
  name = FUNCTION_URL
): ProxyEventV2 {
  return new ProxyEventV2(patchEvent<RawProxyEventV2Base>(name, patch));
}

/** The IAM identity of a fixture's authorizer. */
function iamOf(name: string): RequestContextV2AuthorizerIam {
  const raw = load(name).requestContext as unknown as {
    authorizer: { iam: RawRequestContextV2AuthorizerIam };
  };
  return new RequestContextV2AuthorizerIam(raw.authorizer.iam);
}

describe('BaseProxyEventV2', () => {
  it('is named in errors and the debug view', () => {
    expect(BaseProxyEventV2.typeName).toBe('BaseProxyEventV2');
  });

  it('reads the payload 2.0 request line of an HTTP API request on a named stage', () => {
    expectGetters(new ProxyEventV2<Order>(load(NAMED_STAGE)), {
      version: '2.0',
      routeKey: 'GET /orders/{orderId}',
      rawPath: '/prod/orders/o-1001',
      rawQueryString: 'fields=id%2Cstatus&expand',
      cookies: [],
      httpMethod: 'GET',
      path: '/orders/o-1001',
      jsonBody: undefined,
    });
  });

  describe('path', () => {
    it('is rawPath on the $default stage of a function URL', () => {
      const event = new ProxyEventV2(load());

      expect(event.rawPath).toBe('/orders');
      expect(event.path).toBe('/orders');
    });
  });

  describe('parsedCookies', () => {
    it('maps each cookie by name, built once', () => {
      const event = new ProxyEventV2(load());

      const cookies = event.parsedCookies;

      expect(Object.fromEntries(cookies)).toEqual({
        session: 'c2Vzc2lvbi0xMjM',
        locale: 'en-GB',
      });
      expect(event.parsedCookies).toBe(cookies);
    });

    it('is empty when the request has no cookies', () => {
      expect(new ProxyEventV2(load(NAMED_STAGE)).parsedCookies.size).toBe(0);
    });
  });

  describe('parsedQueryStringParameters', () => {
    it('parses rawQueryString, keeping an encoded comma inside its value, built once', () => {
      const event = new ProxyEventV2(load(NAMED_STAGE));

      const parsed = event.parsedQueryStringParameters;

      expect(Object.fromEntries(parsed)).toEqual({
        fields: ['id,status'],
        expand: [''],
      });
      expect(event.resolvedQueryStringParameters.fields).toEqual([
        'id',
        'status',
      ]);
      expect(event.parsedQueryStringParameters).toBe(parsed);
    });
  });

  describe('resolvedHeadersField', () => {
    it('splits each comma-joined value into its parts, built once', () => {
      const event = new ProxyEventV2(load(NAMED_STAGE));

      const resolved = event.resolvedHeadersField;

      expect(resolved.getAll('Authorization')).toHaveLength(3);
      expect(resolved.get('authorization')).toBe(
        'AWS4-HMAC-SHA256 Credential=ASIAIOSFODNN7EXAMPLE/20240312/us-east-1/execute-api/aws4_request'
      );
      expect(resolved.get('host')).toBe(
        'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com'
      );
      expect(event.resolvedHeadersField).toBe(resolved);
    });
  });

  describe('malformed input', () => {
    it('throws MissingFieldError naming version when it is absent', () => {
      const event = patched((draft) => {
        delete (draft as Partial<RawProxyEventV2Base>).version;
      });

      expectEvtError(
        () => event.version,
        MissingFieldError,
        'ProxyEventV2: version is missing'
      );
    });

    it('throws FieldTypeError naming the stage when it is not a string', () => {
      const event = patched((draft) => {
        draft.requestContext.stage = 1 as never;
      });

      expectEvtError(
        () => event.path,
        FieldTypeError,
        'ProxyEventV2: requestContext.stage must be string, got number'
      );
    });

    it('throws FieldTypeError naming cookies when they are not a list', () => {
      const event = patched((draft) => {
        draft.cookies = 'session=abc' as never;
      });

      expectEvtError(
        () => event.cookies,
        FieldTypeError,
        'ProxyEventV2: cookies must be array, got string'
      );
    });
  });
});

describe('BaseProxyRequestContextV2', () => {
  it('is named in errors and the debug view', () => {
    expect(BaseProxyRequestContextV2.typeName).toBe(
      'BaseProxyRequestContextV2'
    );
  });

  it('reads every field of an HTTP API request context', () => {
    expectGetters(
      new BaseProxyRequestContextV2(load(NAMED_STAGE).requestContext),
      {
        accountId: '123456789012',
        apiId: 'a1b2c3d4e5',
        domainName: 'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com',
        domainPrefix: 'a1b2c3d4e5',
        requestId: 'UGvWnhXmIAMEVxQ=',
        routeKey: 'GET /orders/{orderId}',
        stage: 'prod',
        time: '12/Mar/2024:08:15:30 +0000',
        timeEpoch: 1710231330000,
      }
    );
  });

  it('reads the placeholder route and stage of a function URL request', () => {
    expectGetters(new BaseProxyRequestContextV2(load().requestContext), {
      routeKey: '$default',
      stage: '$default',
    });
  });

  describe('http', () => {
    it('wraps the HTTP details, built once', () => {
      const raw = load();
      const context = new BaseProxyRequestContextV2(raw.requestContext);

      const http = context.http;

      expect(http).toBeInstanceOf(RequestContextV2Http);
      expect(http).toBeInstanceOf(EventWrapper);
      expect(http.rawEvent).toBe(raw.requestContext.http);
      expect(context.http).toBe(http);
    });

    it('throws naming the full path when http is missing or not an object', () => {
      const missing = patched((draft) => {
        delete (draft.requestContext as Partial<typeof draft.requestContext>)
          .http;
      });
      const mistyped = patched((draft) => {
        draft.requestContext.http = 'GET' as never;
      });

      expectEvtError(
        () => missing.requestContext.http,
        MissingFieldError,
        'ProxyEventV2: requestContext.http is missing'
      );
      expectEvtError(
        () => mistyped.httpMethod,
        FieldTypeError,
        'ProxyEventV2: requestContext.http must be object, got string'
      );
    });
  });

  it('throws MissingFieldError naming the full path of a missing field', () => {
    const event = patched((draft) => {
      delete (draft.requestContext as Partial<typeof draft.requestContext>)
        .requestId;
    });

    expectEvtError(
      () => event.requestContext.requestId,
      MissingFieldError,
      'ProxyEventV2: requestContext.requestId is missing'
    );
  });
});

describe('RequestContextV2Http', () => {
  it('reads every HTTP detail', () => {
    expectGetters(new ProxyEventV2(load(NAMED_STAGE)).requestContext.http, {
      method: 'GET',
      path: '/prod/orders/o-1001',
      protocol: 'HTTP/1.1',
      sourceIp: '203.0.113.25',
      userAgent: 'aws-sdk-js/3.540.0',
    });
    expect(RequestContextV2Http.typeName).toBe('RequestContextV2Http');
  });

  it('throws FieldTypeError naming the full path of a mistyped field', () => {
    const event = patched((draft) => {
      draft.requestContext.http.sourceIp = ['203.0.113.24'] as never;
    });

    expectEvtError(
      () => event.requestContext.http.sourceIp,
      FieldTypeError,
      'ProxyEventV2: requestContext.http.sourceIp must be string, got array'
    );
  });
});

describe('RequestContextV2AuthorizerIam', () => {
  it('reads a caller signed with Cognito credentials in an organization', () => {
    expectGetters(iamOf(NAMED_STAGE), {
      accessKey: 'ASIAIOSFODNN7EXAMPLE',
      accountId: '111122223333',
      callerId: 'AROA2EXAMPLEROLEID:orders-client',
      cognitoAmr: [
        'authenticated',
        'cognito-idp.us-east-1.amazonaws.com/us-east-1_Example',
      ],
      cognitoIdentityId: 'us-east-1:2f8a5b7c-1d3e-4f6a-9b0c-8d7e6f5a4b3c',
      cognitoIdentityPoolId: 'us-east-1:7c6b5a4d-3e2f-1a0b-9c8d-7e6f5a4b3c2d',
      principalOrgId: 'o-a1b2c3d4e5',
      userArn: 'arn:aws:sts::111122223333:assumed-role/orders-client/session',
      userId: 'AROA2EXAMPLEROLEID:orders-client',
    });
  });

  it('reads the null fields of a function URL caller as empty', () => {
    expectGetters(iamOf(FUNCTION_URL), {
      accountId: '111122223333',
      principalOrgId: '',
      cognitoAmr: [],
      cognitoIdentityId: '',
      cognitoIdentityPoolId: '',
    });
  });

  it('reads every member as empty when the identity has no fields', () => {
    expectGetters(new RequestContextV2AuthorizerIam({}), {
      accessKey: '',
      accountId: '',
      callerId: '',
      userArn: '',
      userId: '',
    });
  });

  it('hides the access key in the debug view', () => {
    const iam = iamOf(FUNCTION_URL);

    const text = `${String(iam)}\n${inspect(iam)}`;

    expect(text).not.toContain('ASIAIOSFODNN7EXAMPLE');
    expect(text).toContain('111122223333');
  });

  it('throws FieldTypeError naming a Cognito field that is not a list', () => {
    const iam = new RequestContextV2AuthorizerIam({
      cognitoIdentity: { amr: 'authenticated' as never },
    });

    expectEvtError(
      () => iam.cognitoAmr,
      FieldTypeError,
      'RequestContextV2AuthorizerIam: cognitoIdentity.amr must be array, got string'
    );
  });
});
