import { loadEvent } from '@evt/tooling-config/events';
import {
  counted,
  expectEvtError,
  patchEvent,
} from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  APIGatewayProxyEventV2,
  DecodeError,
  FieldTypeError,
  MissingFieldError,
  type RawAPIGatewayProxyEventV2,
  RequestContextV2,
  RequestContextV2Authorizer,
  RequestContextV2AuthorizerIam,
} from '../src/index';

const FIXTURE = 'api-gateway-proxy-event-v2';

function load(variant?: string): APIGatewayProxyEventV2 {
  return new APIGatewayProxyEventV2(
    loadEvent<RawAPIGatewayProxyEventV2>(
      variant
        ? `api-gateway-proxy-event-v2.${variant}`
        : 'api-gateway-proxy-event-v2'
    )
  );
}

function raw(variant?: string): RawAPIGatewayProxyEventV2 {
  return loadEvent<RawAPIGatewayProxyEventV2>(
    variant
      ? `api-gateway-proxy-event-v2.${variant}`
      : 'api-gateway-proxy-event-v2'
  );
}

describe('APIGatewayProxyEventV2', () => {
  describe('version', () => {
    it('returns the payload format version', () => {
      expect(load().version).toBe('2.0');
    });
  });

  describe('routeKey', () => {
    it('returns the route key', () => {
      expect(load('iam-authorizer').routeKey).toBe('GET /orders/{orderId}');
    });
  });

  describe('rawPath', () => {
    it('returns the path as sent, with the stage', () => {
      expect(load('iam-authorizer').rawPath).toBe('/prod/orders/o-1001');
    });
  });

  describe('rawQueryString', () => {
    it('returns the query string as sent', () => {
      expect(load().rawQueryString).toBe(
        'parameter1=value1&parameter1=value2&parameter2=value'
      );
    });
  });

  describe('cookies', () => {
    it('returns the cookies', () => {
      expect(load().cookies).toEqual(['session=abc123', 'theme=dark%20blue']);
    });

    it('returns an empty array when the request has none', () => {
      expect(load('minimal').cookies).toEqual([]);
    });
  });

  describe('parsedCookies', () => {
    it('returns the cookies by name, decoded, built once', () => {
      const event = load();

      const cookies = event.parsedCookies;

      expect(cookies.get('session')).toBe('abc123');
      expect(cookies.get('theme')).toBe('dark blue');
      expect(cookies).toBe(event.parsedCookies);
    });

    it('returns an empty map when the request has none', () => {
      expect(load('minimal').parsedCookies.size).toBe(0);
    });
  });

  describe('headers', () => {
    it('returns the headers, looked up case-insensitively', () => {
      const headers = load().headers;

      expect(headers.get('X-Request-Id')).toBe(
        '3f1c9a52-7e4b-4d2a-9c18-6b0e5f7a8d21'
      );
      expect(headers.get('Header2')).toBe('value1,value2');
      expect(headers.getAll('HOST')).toEqual([
        'id.execute-api.us-east-1.amazonaws.com',
      ]);
      expect(headers.size).toBe(6);
    });

    it('returns the same map on every read', () => {
      const event = load();

      expect(event.headers).toBe(event.headers);
    });

    it('returns an empty map when headers is null', () => {
      expect(load('minimal').headers.size).toBe(0);
    });
  });

  describe('resolvedHeadersField', () => {
    it('splits comma-joined values into parts', () => {
      const event = load();

      const resolved = event.resolvedHeadersField;

      expect(resolved.getAll('Header2')).toEqual(['value1', 'value2']);
      expect(resolved.getAll('accept')).toEqual([
        'application/json',
        ' text/plain',
      ]);
      expect(resolved.get('header1')).toBe('value1');
      expect(resolved).toBe(event.resolvedHeadersField);
    });

    it('returns an empty map when headers is null', () => {
      expect(load('minimal').resolvedHeadersField.size).toBe(0);
    });
  });

  describe('queryStringParameters', () => {
    it('returns the parameters, comma-joined when repeated', () => {
      expect(load().queryStringParameters).toEqual({
        parameter1: 'value1,value2',
        parameter2: 'value',
      });
    });

    it('returns an empty object when queryStringParameters is null', () => {
      expect(load('minimal').queryStringParameters).toEqual({});
    });
  });

  describe('multiValueQueryStringParameters', () => {
    it('returns an empty object, as payload 2.0 has no such field', () => {
      expect(load().multiValueQueryStringParameters).toEqual({});
    });
  });

  describe('resolvedQueryStringParameters', () => {
    it('splits each parameter on commas, once', () => {
      const event = load();

      const resolved = event.resolvedQueryStringParameters;

      expect(resolved).toEqual({
        parameter1: ['value1', 'value2'],
        parameter2: ['value'],
      });
      expect(resolved).toBe(event.resolvedQueryStringParameters);
    });

    it('splits a value that itself contains a comma', () => {
      expect(load('iam-authorizer').resolvedQueryStringParameters).toEqual({
        expand: [''],
        fields: ['id', 'status'],
      });
    });
  });

  describe('parsedQueryStringParameters', () => {
    it('returns every value of each parameter from the raw query string, built once', () => {
      const event = load();

      const parsed = event.parsedQueryStringParameters;

      expect(parsed.get('parameter1')).toEqual(['value1', 'value2']);
      expect(parsed.get('parameter2')).toEqual(['value']);
      expect(parsed).toBe(event.parsedQueryStringParameters);
    });

    it('keeps an encoded comma inside its value', () => {
      const parsed = load('iam-authorizer').parsedQueryStringParameters;

      expect(parsed.get('fields')).toEqual(['id,status']);
      expect(parsed.get('expand')).toEqual(['']);
    });

    it('returns an empty map when there is no query string', () => {
      expect(load('minimal').parsedQueryStringParameters.size).toBe(0);
    });
  });

  describe('pathParameters', () => {
    it('returns the path parameters', () => {
      expect(load('iam-authorizer').pathParameters).toEqual({
        orderId: 'o-1001',
      });
    });

    it('returns an empty object when pathParameters is null', () => {
      expect(load('minimal').pathParameters).toEqual({});
    });
  });

  describe('stageVariables', () => {
    it('returns the stage variables', () => {
      expect(load().stageVariables).toEqual({
        stageVariable1: 'value1',
        stageVariable2: 'value2',
      });
    });

    it('returns an empty object when the event has none', () => {
      expect(load('iam-authorizer').stageVariables).toEqual({});
    });
  });

  describe('path', () => {
    it('returns rawPath unchanged on the $default stage', () => {
      expect(load().path).toBe('/my/path');
    });

    it('removes the stage prefix on a named stage', () => {
      expect(load('iam-authorizer').path).toBe('/orders/o-1001');
    });
  });

  describe('httpMethod', () => {
    it('returns the method from the request context', () => {
      expect(load().httpMethod).toBe('POST');
    });
  });

  describe('isBase64Encoded', () => {
    it('returns whether the body is base64', () => {
      expect(load().isBase64Encoded).toBe(false);
      expect(load('base64').isBase64Encoded).toBe(true);
    });
  });

  describe('body', () => {
    it('returns the body as sent', () => {
      expect(load('base64').body).toBe(
        'eyJvcmRlcklkIjoiby0xMDAyIiwibm90ZSI6ImNhZsOpIn0='
      );
    });

    it('returns undefined when the request has none', () => {
      expect(load('minimal').body).toBeUndefined();
    });
  });

  describe('decodedBody', () => {
    it('returns a text body unchanged', () => {
      expect(load().decodedBody).toBe('{"orderId":"o-1001","quantity":2}');
    });

    it('decodes a base64 UTF-8 body', () => {
      expect(load('base64').decodedBody).toBe(
        '{"orderId":"o-1002","note":"café"}'
      );
    });
  });

  describe('jsonBody', () => {
    it('parses the body as the given type', () => {
      const event = new APIGatewayProxyEventV2<{
        orderId: string;
        quantity: number;
      }>(raw());

      expect(event.jsonBody?.orderId).toBe('o-1001');
      expect(event.jsonBody).toEqual({ orderId: 'o-1001', quantity: 2 });
    });

    it('decodes then parses a base64 body', () => {
      expect(load('base64').jsonBody).toEqual({
        orderId: 'o-1002',
        note: 'café',
      });
    });

    it('returns undefined when the request has no body', () => {
      expect(load('minimal').jsonBody).toBeUndefined();
    });

    it('parses once, with the jsonDeserializer option', () => {
      const deserializer = counted((text: string) => JSON.parse(text));
      const event = new APIGatewayProxyEventV2(raw(), {
        jsonDeserializer: deserializer,
      });

      const first = event.jsonBody;

      expect(event.jsonBody).toBe(first);
      expect(first).toEqual({ orderId: 'o-1001', quantity: 2 });
      expect(deserializer.calls).toBe(1);
    });
  });

  describe('requestContext', () => {
    it('wraps requestContext, built once', () => {
      const input = raw();
      const event = new APIGatewayProxyEventV2(input);

      const context = event.requestContext;

      expect(context).toBeInstanceOf(RequestContextV2);
      expect(context.rawEvent).toBe(input.requestContext);
      expect(context).toBe(event.requestContext);
      expect(context.requestId).toBe('id');
    });
  });

  describe('getQueryStringValue', () => {
    it('returns the value of a parameter', () => {
      expect(load().getQueryStringValue('parameter1')).toBe('value1,value2');
    });

    it('returns the default value when the parameter is absent', () => {
      expect(load().getQueryStringValue('page', '1')).toBe('1');
    });
  });

  describe('getMultiValueQueryStringValues', () => {
    it('returns the default, as Powertools does, since v2 has no multi-value map', () => {
      const event = load();

      expect(event.getMultiValueQueryStringValues('parameter1')).toEqual([]);
      expect(event.resolvedQueryStringParameters.parameter1).toEqual([
        'value1',
        'value2',
      ]);
    });

    it('returns the default values when the parameter is absent', () => {
      expect(load().getMultiValueQueryStringValues('page', ['1'])).toEqual([
        '1',
      ]);
    });
  });

  describe('getHeaderValue', () => {
    it('returns the whole comma-joined value, whatever the case of the name', () => {
      expect(load().getHeaderValue('HEADER2')).toBe('value1,value2');
    });

    it('matches the exact name when case-sensitive', () => {
      const event = load();

      expect(event.getHeaderValue('header1', 'none', true)).toBe('value1');
      expect(event.getHeaderValue('Header1', 'none', true)).toBe('none');
    });

    it('returns the default value when the header is absent', () => {
      expect(load('minimal').getHeaderValue('x-request-id', 'none')).toBe(
        'none'
      );
      expect(load('minimal').getHeaderValue('x-request-id')).toBeUndefined();
    });
  });
});

describe('RequestContextV2', () => {
  describe('authorizer', () => {
    it('wraps requestContext.authorizer, built once', () => {
      const input = raw();
      const context = new APIGatewayProxyEventV2(input).requestContext;

      const authorizer = context.authorizer;

      expect(authorizer).toBeInstanceOf(RequestContextV2Authorizer);
      expect(authorizer.rawEvent).toBe(input.requestContext.authorizer);
      expect(authorizer).toBe(context.authorizer);
    });

    it('returns an empty authorizer when the route has none', () => {
      const authorizer = load('minimal').requestContext.authorizer;

      expect(authorizer.jwtClaim).toEqual({});
      expect(authorizer.jwtScopes).toEqual([]);
      expect(authorizer.lambda).toEqual({});
      expect(authorizer.iam.userArn).toBe('');
    });
  });
});

describe('RequestContextV2Authorizer', () => {
  describe('jwtClaim', () => {
    it('returns the JWT claims', () => {
      expect(load().requestContext.authorizer.jwtClaim).toEqual({
        claim1: 'value1',
        claim2: 'value2',
      });
    });
  });

  describe('jwtScopes', () => {
    it('returns the JWT scopes', () => {
      expect(load().requestContext.authorizer.jwtScopes).toEqual([
        'scope1',
        'scope2',
      ]);
    });

    it('returns an empty array when scopes is null', () => {
      const authorizer = new RequestContextV2Authorizer({
        jwt: { claims: { sub: 'abc' }, scopes: null },
      });

      expect(authorizer.jwtScopes).toEqual([]);
      expect(authorizer.jwtClaim).toEqual({ sub: 'abc' });
    });

    it('returns an empty array for an ID token, whose scopes AWS sends as null', () => {
      const authorizer = load('jwt-id-token').requestContext.authorizer;

      expect(authorizer.jwtScopes).toEqual([]);
      expect(authorizer.jwtClaim['cognito:username']).toBe('mia.k');
      expect(authorizer.jwtClaim.token_use).toBe('id');
      expect(authorizer.jwtClaim.exp).toBe('1695725892');
    });

    it('returns an empty array when the route has no JWT authorizer', () => {
      expect(load('function-url').requestContext.authorizer.jwtScopes).toEqual(
        []
      );
    });
  });

  describe('lambda', () => {
    it('returns the Lambda authorizer context', () => {
      expect(
        load('lambda-authorizer').requestContext.authorizer.lambda
      ).toEqual({
        tenantId: 'acme',
        plan: 'enterprise',
        userId: 4711,
        admin: false,
      });
    });
  });

  describe('getContext', () => {
    it('returns the Lambda authorizer context', () => {
      const authorizer = load('lambda-authorizer').requestContext.authorizer;

      expect(authorizer.getContext().tenantId).toBe('acme');
      expect(authorizer.getContext()).toBe(authorizer.lambda);
    });
  });

  describe('iam', () => {
    it('wraps authorizer.iam, built once', () => {
      const input = raw('iam-authorizer');
      const authorizer = new APIGatewayProxyEventV2(input).requestContext
        .authorizer;

      const iam = authorizer.iam;

      expect(iam).toBeInstanceOf(RequestContextV2AuthorizerIam);
      expect(iam.rawEvent).toBe(input.requestContext.authorizer?.iam);
      expect(iam).toBe(authorizer.iam);
    });

    it('returns an empty IAM output, built once, when the authorizer has none', () => {
      const authorizer = load().requestContext.authorizer;

      const iam = authorizer.iam;

      expect(iam).toBe(authorizer.iam);
      expect(iam.rawEvent).toEqual({});
      expect(iam.callerId).toBe('');
    });
  });
});

describe('RequestContextV2AuthorizerIam', () => {
  function iam(variant = 'iam-authorizer'): RequestContextV2AuthorizerIam {
    return load(variant).requestContext.authorizer.iam;
  }

  describe('accessKey', () => {
    it('returns the access key', () => {
      expect(iam().accessKey).toBe('ASIAIOSFODNN7EXAMPLE');
    });

    it('returns an empty string when the event has none', () => {
      expect(iam('minimal').accessKey).toBe('');
    });

    it('reads every field as empty when the authorizer has no IAM output', () => {
      const empty = iam('minimal');

      expect({
        accountId: empty.accountId,
        callerId: empty.callerId,
        principalOrgId: empty.principalOrgId,
        userArn: empty.userArn,
        userId: empty.userId,
      }).toEqual({
        accountId: '',
        callerId: '',
        principalOrgId: '',
        userArn: '',
        userId: '',
      });
    });
  });

  describe('accountId', () => {
    it('returns the account of the caller', () => {
      expect(iam().accountId).toBe('111122223333');
    });
  });

  describe('callerId', () => {
    it('returns the caller', () => {
      expect(iam().callerId).toBe('AROA2EXAMPLEROLEID:orders-client');
    });
  });

  describe('cognitoAmr', () => {
    it('returns the authentication methods', () => {
      expect(iam().cognitoAmr).toEqual([
        'authenticated',
        'cognito-idp.us-east-1.amazonaws.com/us-east-1_Example',
      ]);
    });

    it('returns an empty array when cognitoIdentity is null', () => {
      const authorizer = new RequestContextV2AuthorizerIam({
        cognitoIdentity: null,
      });

      expect(authorizer.cognitoAmr).toEqual([]);
      expect(authorizer.cognitoIdentityId).toBe('');
      expect(authorizer.cognitoIdentityPoolId).toBe('');
    });
  });

  describe('cognitoIdentityId', () => {
    it('returns the Cognito identity ID', () => {
      expect(iam().cognitoIdentityId).toBe(
        'us-east-1:2f8a5b7c-1d3e-4f6a-9b0c-8d7e6f5a4b3c'
      );
    });
  });

  describe('cognitoIdentityPoolId', () => {
    it('returns the Cognito identity pool ID', () => {
      expect(iam().cognitoIdentityPoolId).toBe(
        'us-east-1:7c6b5a4d-3e2f-1a0b-9c8d-7e6f5a4b3c2d'
      );
    });
  });

  describe('principalOrgId', () => {
    it('returns the organization ID', () => {
      expect(iam().principalOrgId).toBe('o-a1b2c3d4e5');
    });
  });

  describe('userArn', () => {
    it('returns the user ARN', () => {
      expect(iam().userArn).toBe(
        'arn:aws:sts::111122223333:assumed-role/orders-client/session'
      );
    });
  });

  describe('userId', () => {
    it('returns the user ID', () => {
      expect(iam().userId).toBe('AROA2EXAMPLEROLEID:orders-client');
    });
  });

  describe('toString', () => {
    it('hides the access key in the debug view', () => {
      const view = JSON.parse(String(iam()));

      expect(view.accessKey).toBe('[SENSITIVE]');
      expect(view.userId).toBe('AROA2EXAMPLEROLEID:orders-client');
    });
  });
});

describe('APIGatewayProxyEventV2 on a Lambda function URL request', () => {
  it('reads the request, its IAM caller and its cookies', () => {
    const event = load('function-url');
    const context = event.requestContext;

    expect(event.path).toBe('/reports/daily');
    expect(event.httpMethod).toBe('GET');
    expect(event.getQueryStringValue('day')).toBe('2024-03-18');
    expect(event.parsedCookies.get('theme')).toBe('dark');
    expect(context.domainName).toBe(
      'abcdefghij3klmnopqrs5tuvwxyz.lambda-url.eu-west-1.on.aws'
    );
    expect(context.authentication).toBeUndefined();
    expect(context.authorizer.iam.userArn).toBe(
      'arn:aws:sts::123456789012:assumed-role/reporting/reporting-job'
    );
    expect(context.authorizer.iam.cognitoIdentityId).toBe('');
    expect(context.authorizer.iam.cognitoAmr).toEqual([]);
    expect(context.authorizer.iam.principalOrgId).toBe('');
    expect(context.authorizer.jwtClaim).toEqual({});
  });
});

describe('malformed input', () => {
  it('throws MissingFieldError when rawPath is missing', () => {
    const event = new APIGatewayProxyEventV2(
      patchEvent<RawAPIGatewayProxyEventV2>(FIXTURE, (patch) => {
        delete (patch as Partial<RawAPIGatewayProxyEventV2>).rawPath;
      })
    );

    expectEvtError(
      () => event.path,
      MissingFieldError,
      'APIGatewayProxyEventV2: rawPath is missing'
    );
  });

  it('throws MissingFieldError when the stage is missing', () => {
    const event = new APIGatewayProxyEventV2(
      patchEvent<RawAPIGatewayProxyEventV2>(
        `${FIXTURE}.iam-authorizer`,
        (patch) => {
          delete (patch.requestContext as { stage?: string }).stage;
        }
      )
    );

    expectEvtError(
      () => event.path,
      MissingFieldError,
      'APIGatewayProxyEventV2: requestContext.stage is missing'
    );
  });

  it('throws FieldTypeError naming the item when a cookie is not a string', () => {
    const event = new APIGatewayProxyEventV2(
      patchEvent<RawAPIGatewayProxyEventV2>(FIXTURE, (patch) => {
        patch.cookies = ['session=abc123', 42 as never];
      })
    );

    expectEvtError(
      () => event.parsedCookies,
      FieldTypeError,
      'APIGatewayProxyEventV2: cookies[1] must be string, got number'
    );
  });

  it('throws FieldTypeError naming the header when a read reaches a header that is not a string', () => {
    const event = new APIGatewayProxyEventV2(
      patchEvent<RawAPIGatewayProxyEventV2>(FIXTURE, (patch) => {
        patch.headers = { host: 'h', accept: ['application/json'] as never };
      })
    );

    expect(event.getHeaderValue('Host')).toBe('h');
    expectEvtError(
      () => event.getHeaderValue('accept'),
      FieldTypeError,
      'APIGatewayProxyEventV2: headers.accept must be string, got array'
    );
    expectEvtError(
      () => event.resolvedHeadersField,
      FieldTypeError,
      'APIGatewayProxyEventV2: headers.accept must be string, got array'
    );
  });

  it('throws MissingFieldError when rawQueryString is missing', () => {
    const event = new APIGatewayProxyEventV2(
      patchEvent<RawAPIGatewayProxyEventV2>(FIXTURE, (patch) => {
        delete (patch as Partial<RawAPIGatewayProxyEventV2>).rawQueryString;
      })
    );

    expectEvtError(
      () => event.parsedQueryStringParameters,
      MissingFieldError,
      'APIGatewayProxyEventV2: rawQueryString is missing'
    );
  });

  it('throws DecodeError when a base64 body is corrupt', () => {
    const event = new APIGatewayProxyEventV2(
      patchEvent<RawAPIGatewayProxyEventV2>(`${FIXTURE}.base64`, (patch) => {
        patch.body = '%%%';
      })
    );

    expectEvtError(
      () => event.jsonBody,
      DecodeError,
      'APIGatewayProxyEventV2: body is not valid base64: unexpected character, padding or length'
    );
  });

  it('throws DecodeError when the body is not JSON', () => {
    const event = new APIGatewayProxyEventV2(
      patchEvent<RawAPIGatewayProxyEventV2>(FIXTURE, (patch) => {
        patch.body = '{"a":';
      })
    );

    expectEvtError(
      () => event.jsonBody,
      DecodeError,
      'APIGatewayProxyEventV2: body is not valid JSON: Unexpected end of JSON input'
    );
  });

  it('throws FieldTypeError naming the full path when jwt is not an object', () => {
    const event = new APIGatewayProxyEventV2(
      patchEvent<RawAPIGatewayProxyEventV2>(FIXTURE, (patch) => {
        patch.requestContext.authorizer = { jwt: 'token' as never };
      })
    );

    expectEvtError(
      () => event.requestContext.authorizer.jwtScopes,
      FieldTypeError,
      'APIGatewayProxyEventV2: requestContext.authorizer.jwt must be object, got string'
    );
  });

  it('throws FieldTypeError naming the full path when lambda is not an object', () => {
    const event = new APIGatewayProxyEventV2(
      patchEvent<RawAPIGatewayProxyEventV2>(FIXTURE, (patch) => {
        patch.requestContext.authorizer = { lambda: [] as never };
      })
    );

    expectEvtError(
      () => event.requestContext.authorizer.getContext(),
      FieldTypeError,
      'APIGatewayProxyEventV2: requestContext.authorizer.lambda must be object, got array'
    );
  });

  it('throws FieldTypeError naming the full path when an IAM field has the wrong type', () => {
    const event = new APIGatewayProxyEventV2(
      patchEvent<RawAPIGatewayProxyEventV2>(
        `${FIXTURE}.iam-authorizer`,
        (patch) => {
          patch.requestContext.authorizer = {
            iam: { userId: 12 as never, cognitoIdentity: 'x' as never },
          };
        }
      )
    );

    expectEvtError(
      () => event.requestContext.authorizer.iam.userId,
      FieldTypeError,
      'APIGatewayProxyEventV2: requestContext.authorizer.iam.userId must be string, got number'
    );
    expectEvtError(
      () => event.requestContext.authorizer.iam.cognitoAmr,
      FieldTypeError,
      'APIGatewayProxyEventV2: requestContext.authorizer.iam.cognitoIdentity must be object, got string'
    );
  });

  it('throws FieldTypeError when authorizer or iam is not an object', () => {
    const event = new APIGatewayProxyEventV2(
      patchEvent<RawAPIGatewayProxyEventV2>(FIXTURE, (patch) => {
        patch.requestContext.authorizer = 5 as never;
      })
    );
    const iam = new APIGatewayProxyEventV2(
      patchEvent<RawAPIGatewayProxyEventV2>(FIXTURE, (patch) => {
        patch.requestContext.authorizer = { iam: true as never };
      })
    );

    expectEvtError(
      () => event.requestContext.authorizer,
      FieldTypeError,
      'APIGatewayProxyEventV2: requestContext.authorizer must be object, got number'
    );
    expectEvtError(
      () => iam.requestContext.authorizer.iam,
      FieldTypeError,
      'APIGatewayProxyEventV2: requestContext.authorizer.iam must be object, got boolean'
    );
  });

  it('throws MissingFieldError when requestContext is missing', () => {
    const event = new APIGatewayProxyEventV2(
      patchEvent<RawAPIGatewayProxyEventV2>(FIXTURE, (patch) => {
        delete (patch as Partial<RawAPIGatewayProxyEventV2>).requestContext;
      })
    );

    expectEvtError(
      () => event.httpMethod,
      MissingFieldError,
      'APIGatewayProxyEventV2: requestContext is missing'
    );
  });
});
