import { describe, expect, it } from 'vitest';
import {
  type APIGatewayAuthorizerPolicyStatement,
  APIGatewayAuthorizerResponse,
  type APIGatewayAuthorizerResponseOptions,
  APIGatewayAuthorizerResponseWebSocket,
  DENY_ALL_RESPONSE,
  HttpVerb,
  parseApiGatewayArn,
} from '../src/index';

const API: APIGatewayAuthorizerResponseOptions = {
  principalId: 'foo',
  region: 'us-west-1',
  awsAccountId: '123456789012',
  apiId: 'fantom',
  stage: 'dev',
};

/** The statement of one effect for routes of the `fantom` API's `dev` stage. */
function statement(
  effect: 'Allow' | 'Deny',
  ...routes: string[]
): APIGatewayAuthorizerPolicyStatement {
  return {
    Action: 'execute-api:Invoke',
    Effect: effect,
    Resource: routes.map(
      (route) =>
        `arn:aws:execute-api:us-west-1:123456789012:fantom/dev/${route}`
    ),
  };
}

function builder(
  options: Partial<APIGatewayAuthorizerResponseOptions> = {}
): APIGatewayAuthorizerResponse {
  return new APIGatewayAuthorizerResponse({ ...API, ...options });
}

describe('HttpVerb', () => {
  it('names the methods a statement can name, and * for all', () => {
    expect({ ...HttpVerb }).toEqual({
      GET: 'GET',
      POST: 'POST',
      PUT: 'PUT',
      PATCH: 'PATCH',
      HEAD: 'HEAD',
      DELETE: 'DELETE',
      OPTIONS: 'OPTIONS',
      ALL: '*',
    });
    expect(Object.isFrozen(HttpVerb)).toBe(true);
  });
});

describe('DENY_ALL_RESPONSE', () => {
  it('denies every route to the deny-all principal', () => {
    expect(DENY_ALL_RESPONSE).toEqual({
      principalId: 'deny-all-user',
      policyDocument: {
        Version: '2012-10-17',
        Statement: [
          {
            Action: 'execute-api:Invoke',
            Effect: 'Deny',
            Resource: ['*'],
          },
        ],
      },
    });
  });

  it('is frozen at every depth', () => {
    expect(Object.isFrozen(DENY_ALL_RESPONSE)).toBe(true);
    expect(Object.isFrozen(DENY_ALL_RESPONSE.policyDocument.Statement)).toBe(
      true
    );
    expect(
      Object.isFrozen(DENY_ALL_RESPONSE.policyDocument.Statement[0]?.Resource)
    ).toBe(true);
  });
});

describe('APIGatewayAuthorizerResponse', () => {
  describe('asDict', () => {
    it("gives the output AWS documents for an Allow on GET in any stage (the TOKEN input's example)", () => {
      const policy = new APIGatewayAuthorizerResponse({
        principalId: 'user',
        region: 'us-west-2',
        awsAccountId: '123456789012',
        apiId: 'ymy8tbxw7b',
        stage: '*',
      });

      policy.allowRoute(HttpVerb.GET, '/');

      expect(policy.asDict()).toEqual({
        principalId: 'user',
        policyDocument: {
          Version: '2012-10-17',
          Statement: [
            {
              Action: 'execute-api:Invoke',
              Effect: 'Allow',
              Resource: [
                'arn:aws:execute-api:us-west-2:123456789012:ymy8tbxw7b/*/GET/',
              ],
            },
          ],
        },
      });
    });

    it('gives the documented output shape with context and usage identifier key', () => {
      const policy = new APIGatewayAuthorizerResponse({
        principalId: 'yyyyyyyy',
        region: 'us-east-1',
        awsAccountId: '123456789012',
        apiId: 'abcdef123',
        stage: 'test',
        context: { stringKey: 'value', numberKey: '1', booleanKey: 'true' },
        usageIdentifierKey: 'qJyKfXmplE4Cwr1bdrS8p7BAiEyk3WpL',
      });

      policy.allowRoute('GET', '/request');

      expect(policy.asDict()).toEqual({
        principalId: 'yyyyyyyy',
        policyDocument: {
          Version: '2012-10-17',
          Statement: [
            {
              Action: 'execute-api:Invoke',
              Effect: 'Allow',
              Resource: [
                'arn:aws:execute-api:us-east-1:123456789012:abcdef123/test/GET/request',
              ],
            },
          ],
        },
        context: { stringKey: 'value', numberKey: '1', booleanKey: 'true' },
        usageIdentifierKey: 'qJyKfXmplE4Cwr1bdrS8p7BAiEyk3WpL',
      });
    });

    it('passes context values on as numbers and booleans too', () => {
      const policy = builder({
        context: { tenant: 'acme', plan: 3, beta: true },
      });

      expect(policy.allowAllRoutes().asDict().context).toEqual({
        tenant: 'acme',
        plan: 3,
        beta: true,
      });
    });

    it('leaves out an empty context and an empty usage identifier key', () => {
      const policy = builder({ context: {}, usageIdentifierKey: '' });

      expect(Object.keys(policy.allowAllRoutes().asDict())).toEqual([
        'principalId',
        'policyDocument',
      ]);
    });

    it('puts the allowed routes in one statement and the denied ones in another, allow first', () => {
      const policy = builder();

      policy.denyRoute(HttpVerb.DELETE, '/pets/*');
      policy.allowRoute(HttpVerb.GET, '/pets');
      policy.allowRoute(HttpVerb.GET, '/pets/*');
      policy.denyRoute('ALL', '/admin/*');

      expect(policy.asDict().policyDocument.Statement).toEqual([
        statement('Allow', 'GET/pets', 'GET/pets/*'),
        statement('Deny', 'DELETE/pets/*', '*/admin/*'),
      ]);
    });

    it('gives each route with conditions a statement of its own, before the others', () => {
      const policy = builder();

      policy.allowRoute(HttpVerb.GET, '/pets');
      policy.allowRoute(HttpVerb.POST, '/pets', {
        IpAddress: { 'aws:SourceIp': ['192.0.2.0/24', '203.0.113.0/24'] },
      });

      expect(policy.asDict().policyDocument.Statement).toEqual([
        {
          Action: 'execute-api:Invoke',
          Effect: 'Allow',
          Resource: [
            'arn:aws:execute-api:us-west-1:123456789012:fantom/dev/POST/pets',
          ],
          Condition: {
            IpAddress: { 'aws:SourceIp': ['192.0.2.0/24', '203.0.113.0/24'] },
          },
        },
        statement('Allow', 'GET/pets'),
      ]);
    });

    it('merges a list of condition blocks, as Powertools takes them, into the one block IAM reads', () => {
      const policy = builder();

      policy.denyRoute(HttpVerb.POST, '/foo', [
        { StringEquals: { 'aws:PrincipalTag/team': 'billing' } },
        {
          StringEquals: { 'aws:RequestedRegion': 'us-west-1' },
          Bool: { 'aws:SecureTransport': 'false' },
        },
      ]);

      expect(policy.asDict().policyDocument.Statement).toEqual([
        {
          Action: 'execute-api:Invoke',
          Effect: 'Deny',
          Resource: [
            'arn:aws:execute-api:us-west-1:123456789012:fantom/dev/POST/foo',
          ],
          Condition: {
            StringEquals: {
              'aws:PrincipalTag/team': 'billing',
              'aws:RequestedRegion': 'us-west-1',
            },
            Bool: { 'aws:SecureTransport': 'false' },
          },
        },
      ]);
    });

    it('treats no conditions, null and an empty list as none', () => {
      const policy = builder();

      policy.allowRoute('GET', '/a', undefined);
      policy.allowRoute('GET', '/b', null as never);
      policy.allowRoute('GET', '/c', []);
      policy.allowRoute('GET', '/d', {});

      expect(policy.asDict().policyDocument.Statement).toEqual([
        statement('Allow', 'GET/a', 'GET/b', 'GET/c', 'GET/d'),
      ]);
    });

    it('keeps a copy of the conditions, so changing them later changes nothing', () => {
      const conditions = { StringLike: { 'aws:userid': ['AIDA*'] } };
      const policy = builder();
      policy.allowRoute('GET', '/pets', conditions);

      conditions.StringLike['aws:userid'].push('AROA*');

      expect(policy.asDict().policyDocument.Statement[0]?.Condition).toEqual({
        StringLike: { 'aws:userid': ['AIDA*'] },
      });
    });

    it('keeps a condition key named __proto__ as an ordinary key', () => {
      const policy = builder();

      policy.allowRoute(
        'GET',
        '/pets',
        JSON.parse('{"StringEquals":{"__proto__":"x"}}')
      );

      const condition = policy.asDict().policyDocument.Statement[0]?.Condition;
      expect(Object.keys(condition?.StringEquals ?? {})).toEqual(['__proto__']);
    });

    it('returns a fresh object on every call', () => {
      const policy = builder({ context: { tenant: 'acme' } }).allowAllRoutes();
      const first = policy.asDict();

      first.policyDocument.Statement[0]?.Resource.push('*');
      (first.context as Record<string, unknown>).tenant = 'other';

      expect(policy.asDict()).toEqual({
        principalId: 'foo',
        policyDocument: {
          Version: '2012-10-17',
          Statement: [statement('Allow', '*/*')],
        },
        context: { tenant: 'acme' },
      });
    });

    it('throws TypeError when no route was allowed or denied', () => {
      expect(() => builder().asDict()).toThrow(
        new TypeError(
          'APIGatewayAuthorizerResponse.asDict: no statements defined for the policy; allow or deny a route first'
        )
      );
    });
  });

  describe('toJSON', () => {
    it('serialises to the response, so a handler can return the builder', () => {
      const policy = builder().allowAllRoutes(HttpVerb.GET);

      expect(JSON.parse(JSON.stringify(policy))).toEqual(policy.asDict());
      expect(policy.toJSON().policyDocument.Statement[0]?.Resource).toEqual([
        'arn:aws:execute-api:us-west-1:123456789012:fantom/dev/GET/*',
      ]);
    });
  });

  describe('allowAllRoutes', () => {
    it('allows every method and path of the stage by default', () => {
      expect(
        builder().allowAllRoutes().asDict().policyDocument.Statement
      ).toEqual([statement('Allow', '*/*')]);
    });

    it('allows every path for one method', () => {
      const resource = builder().allowAllRoutes(HttpVerb.OPTIONS).asDict()
        .policyDocument.Statement[0]?.Resource;

      expect(resource).toEqual([
        'arn:aws:execute-api:us-west-1:123456789012:fantom/dev/OPTIONS/*',
      ]);
    });
  });

  describe('denyAllRoutes', () => {
    it('denies every method and path of the stage', () => {
      expect(builder().denyAllRoutes().asDict()).toEqual({
        principalId: 'foo',
        policyDocument: {
          Version: '2012-10-17',
          Statement: [statement('Deny', '*/*')],
        },
      });
    });

    it('denies every path for one method, named ALL or not', () => {
      const policy = builder().denyAllRoutes('HEAD').denyAllRoutes('ALL');

      expect(policy.asDict().policyDocument.Statement[0]?.Resource).toEqual([
        'arn:aws:execute-api:us-west-1:123456789012:fantom/dev/HEAD/*',
        'arn:aws:execute-api:us-west-1:123456789012:fantom/dev/*/*',
      ]);
    });
  });

  describe('allowRoute and denyRoute', () => {
    it('take path parameters, proxy resources, dots, dashes and underscores', () => {
      const policy = builder()
        .allowRoute('GET', '/users/{user_id}')
        .allowRoute('PATCH', '/files/{proxy+}')
        .allowRoute('PUT', 'v1.2/has-dash_and_underscore');

      expect(policy.asDict().policyDocument.Statement[0]?.Resource).toEqual([
        'arn:aws:execute-api:us-west-1:123456789012:fantom/dev/GET/users/{user_id}',
        'arn:aws:execute-api:us-west-1:123456789012:fantom/dev/PATCH/files/{proxy+}',
        'arn:aws:execute-api:us-west-1:123456789012:fantom/dev/PUT/v1.2/has-dash_and_underscore',
      ]);
    });

    it('return the builder, for chaining', () => {
      const policy = builder();

      expect(policy.allowRoute('GET', '/a')).toBe(policy);
      expect(policy.denyRoute('GET', '/b')).toBe(policy);
      expect(policy.allowAllRoutes()).toBe(policy);
      expect(policy.denyAllRoutes()).toBe(policy);
    });
  });

  describe('partitions', () => {
    it('builds China ARNs for a China Region', () => {
      const policy = builder({ region: 'cn-north-1' }).allowRoute(
        'GET',
        '/pets'
      );

      expect(policy.partition).toBe('aws-cn');
      expect(policy.asDict().policyDocument.Statement[0]?.Resource).toEqual([
        'arn:aws-cn:execute-api:cn-north-1:123456789012:fantom/dev/GET/pets',
      ]);
    });

    it('builds GovCloud ARNs from a GovCloud route ARN', () => {
      const policy = APIGatewayAuthorizerResponse.fromRouteArn(
        'arn:aws-us-gov:execute-api:us-gov-west-1:123456789012:k3x9v2m1q7/prod/GET/pets/42',
        { principalId: 'user-42' }
      ).allowAllRoutes();

      expect(policy.asDict().policyDocument.Statement[0]?.Resource).toEqual([
        'arn:aws-us-gov:execute-api:us-gov-west-1:123456789012:k3x9v2m1q7/prod/*/*',
      ]);
    });

    it('keeps a partition it is given', () => {
      const policy = builder({ region: '*', partition: 'aws-cn' });

      expect(
        policy.allowAllRoutes().asDict().policyDocument.Statement[0]?.Resource
      ).toEqual(['arn:aws-cn:execute-api:*:123456789012:fantom/dev/*/*']);
    });

    it('reads the standard partition for a wildcard Region', () => {
      expect(builder({ region: '*' }).partition).toBe('aws');
    });
  });

  describe('fromRouteArn', () => {
    it('takes the API and stage of the route ARN, as if given them one by one', () => {
      const policy = APIGatewayAuthorizerResponse.fromRouteArn(
        'arn:aws:execute-api:us-west-1:123456789012:fantom/dev/GET/foo',
        { principalId: 'foo', context: { name: 'Foo' } }
      );

      expect({ ...policy }).toEqual({
        ...builder({ context: { name: 'Foo' } }),
      });
      expect(policy.denyAllRoutes().asDict().policyDocument.Statement).toEqual([
        statement('Deny', '*/*'),
      ]);
    });

    it('takes a parsed route ARN, and reproduces the method ARN it was given', () => {
      const route = parseApiGatewayArn(
        'arn:aws:execute-api:us-east-2:1234567890:abcd1234/latest/GET/path/part/part/1'
      );
      const policy = APIGatewayAuthorizerResponse.fromRouteArn(route, {
        principalId: 'fooPrinciple',
        usageIdentifierKey: 'key',
      });

      policy.allowRoute(route.httpMethod as HttpVerb, route.resource);

      expect(policy.asDict()).toEqual({
        principalId: 'fooPrinciple',
        policyDocument: {
          Version: '2012-10-17',
          Statement: [
            {
              Action: 'execute-api:Invoke',
              Effect: 'Allow',
              Resource: [
                'arn:aws:execute-api:us-east-2:1234567890:abcd1234/latest/GET/path/part/part/1',
              ],
            },
          ],
        },
        usageIdentifierKey: 'key',
      });
    });

    it('throws TypeError when the ARN is not a route ARN', () => {
      expect(() =>
        APIGatewayAuthorizerResponse.fromRouteArn('arn:aws:s3:::bucket', {
          principalId: 'x',
        })
      ).toThrow(TypeError);
      expect(() =>
        APIGatewayAuthorizerResponse.fromRouteArn(7 as never, {
          principalId: 'x',
        })
      ).toThrow(
        new TypeError(
          'APIGatewayAuthorizerResponse.fromRouteArn: arn must be a string, got number 7'
        )
      );
    });

    it('throws TypeError when the options are not an object', () => {
      expect(() =>
        APIGatewayAuthorizerResponse.fromRouteArn(
          'arn:aws:execute-api:us-west-1:1:fantom/dev/GET/foo',
          'foo' as never
        )
      ).toThrow(
        new TypeError(
          'APIGatewayAuthorizerResponse.fromRouteArn: options must be an object, got string'
        )
      );
    });
  });

  describe('properties', () => {
    it('keeps what it was built from', () => {
      const context = { tenant: 'acme' };
      const policy = builder({ context, usageIdentifierKey: 'key' });

      expect({ ...policy }).toEqual({
        principalId: 'foo',
        region: 'us-west-1',
        awsAccountId: '123456789012',
        apiId: 'fantom',
        stage: 'dev',
        partition: 'aws',
        context: { tenant: 'acme' },
        usageIdentifierKey: 'key',
      });
      expect(policy.context).not.toBe(context);
      expect(Object.isFrozen(policy.context)).toBe(true);
    });

    it('exposes the resource path pattern Powertools checks', () => {
      expect(APIGatewayAuthorizerResponse.pathRegex.source).toBe(
        '^[-/.a-zA-Z0-9_*{}+]+$'
      );
    });
  });

  describe('misuse', () => {
    it.each([
      ['a lower-case method', 'get', 'string'],
      ['an unknown method', 'CONNECT', 'string'],
      ['a number', 7, 'number 7'],
    ])('throws TypeError naming httpMethod for %s', (_, verb, shown) => {
      expect(() => builder().allowRoute(verb as never, '/pets')).toThrow(
        new TypeError(
          `APIGatewayAuthorizerResponse.allowRoute: httpMethod must be one of GET, POST, PUT, PATCH, HEAD, DELETE, OPTIONS, * or ALL, got ${shown}`
        )
      );
    });

    it('names the method that was misused', () => {
      expect(() => builder().denyAllRoutes('ANY' as never)).toThrow(
        'APIGatewayAuthorizerResponse.denyAllRoutes: httpMethod'
      );
    });

    it.each([
      ['a character outside the pattern', '$default', 'string'],
      ['a space', '/pets/my pet', 'string'],
      ['an empty path', '', 'an empty string'],
      ['a number', 42, 'number 42'],
    ])('throws TypeError naming resource for %s', (_, resource, shown) => {
      expect(() => builder().denyRoute('GET', resource as never)).toThrow(
        new TypeError(
          `APIGatewayAuthorizerResponse.denyRoute: resource must be a string matching /^[-/.a-zA-Z0-9_*{}+]+$/ (letters, digits, / . - _ * and the {} + of path parameters), got ${shown}`
        )
      );
    });

    it('throws TypeError when the options are not an object', () => {
      expect(
        () => new APIGatewayAuthorizerResponse(undefined as never)
      ).toThrow(
        new TypeError(
          'APIGatewayAuthorizerResponse: options must be an object, got undefined'
        )
      );
    });

    it('throws TypeError naming the option that is not a string', () => {
      expect(() => builder({ principalId: 1 as never })).toThrow(
        new TypeError(
          'APIGatewayAuthorizerResponse: options.principalId must be a string, got number 1'
        )
      );
      expect(() => builder({ usageIdentifierKey: null as never })).toThrow(
        new TypeError(
          'APIGatewayAuthorizerResponse: options.usageIdentifierKey must be a string, got null'
        )
      );
    });

    it.each([
      ['region', ''],
      ['awsAccountId', 123456789012],
      ['apiId', 'abc:def'],
      ['stage', 'prod/v1'],
      ['partition', ''],
    ])('throws TypeError when %s cannot stand in an ARN', (name, value) => {
      expect(() => builder({ [name]: value })).toThrow(
        `APIGatewayAuthorizerResponse: options.${name} must be a non-empty string without ':' or '/', got `
      );
    });

    it('throws TypeError when the context is not an object of flat values', () => {
      expect(() => builder({ context: [] as never })).toThrow(
        new TypeError(
          'APIGatewayAuthorizerResponse: options.context must be an object, got array'
        )
      );
      expect(() => builder({ context: { roles: ['admin'] } as never })).toThrow(
        new TypeError(
          'APIGatewayAuthorizerResponse: options.context.roles must be a string, a finite number or a boolean (API Gateway takes no objects or arrays), got array'
        )
      );
      expect(() => builder({ context: { ratio: Number.NaN } })).toThrow(
        'options.context.ratio must be a string, a finite number or a boolean'
      );
    });

    it('throws TypeError naming the condition that is malformed', () => {
      const where = 'APIGatewayAuthorizerResponse.allowRoute';
      expect(() => builder().allowRoute('GET', '/a', 'x' as never)).toThrow(
        new TypeError(
          `${where}: conditions must be an object of condition operators, got string`
        )
      );
      expect(() =>
        builder().allowRoute('GET', '/a', [{ StringEquals: 'x' }] as never)
      ).toThrow(
        new TypeError(
          `${where}: conditions[0].StringEquals must be an object of condition keys, got string`
        )
      );
      expect(() =>
        builder().allowRoute('GET', '/a', {
          NumericLessThan: { 'aws:MultiFactorAuthAge': 3600 },
        } as never)
      ).toThrow(
        new TypeError(
          `${where}: conditions.NumericLessThan.aws:MultiFactorAuthAge must be a string or an array of strings, got number 3600`
        )
      );
      expect(() =>
        builder().allowRoute('GET', '/a', {
          StringEquals: { 'aws:username': ['a', 1] },
        } as never)
      ).toThrow(
        `${where}: conditions.StringEquals.aws:username must be a string or an array of strings, got array`
      );
    });

    it('throws TypeError when two condition blocks set the same key', () => {
      expect(() =>
        builder().denyRoute('GET', '/a', [
          { StringEquals: { 'aws:username': 'a' } },
          { StringEquals: { 'aws:username': 'b' } },
        ])
      ).toThrow(
        new TypeError(
          'APIGatewayAuthorizerResponse.denyRoute: conditions[1].StringEquals.aws:username repeats a condition key of an earlier block; put its values in one list'
        )
      );
    });
  });
});

describe('APIGatewayAuthorizerResponseWebSocket', () => {
  function webSocket(): APIGatewayAuthorizerResponseWebSocket {
    return new APIGatewayAuthorizerResponseWebSocket(API);
  }

  describe('fromRouteArn', () => {
    it('allows the $connect route the authorizer was called for', () => {
      const policy = APIGatewayAuthorizerResponseWebSocket.fromRouteArn(
        'arn:aws:execute-api:us-east-1:123456789012:c5jwxq709g/production/$connect',
        { principalId: 'user-7', context: { room: 'lobby' } }
      );

      expect(policy.allowRoute('$connect').asDict()).toEqual({
        principalId: 'user-7',
        policyDocument: {
          Version: '2012-10-17',
          Statement: [
            {
              Action: 'execute-api:Invoke',
              Effect: 'Allow',
              Resource: [
                'arn:aws:execute-api:us-east-1:123456789012:c5jwxq709g/production/$connect',
              ],
            },
          ],
        },
        context: { room: 'lobby' },
      });
    });

    it('takes a parsed route ARN, with its partition', () => {
      const route = parseApiGatewayArn(
        'arn:aws-cn:execute-api:cn-north-1:123456789012:ws1/prod/$connect',
        true
      );

      const policy = APIGatewayAuthorizerResponseWebSocket.fromRouteArn(route, {
        principalId: 'cow',
        usageIdentifierKey: 'key',
      }).allowAllRoutes();

      expect(policy.asDict()).toEqual({
        principalId: 'cow',
        policyDocument: {
          Version: '2012-10-17',
          Statement: [
            {
              Action: 'execute-api:Invoke',
              Effect: 'Allow',
              Resource: [
                'arn:aws-cn:execute-api:cn-north-1:123456789012:ws1/prod/*',
              ],
            },
          ],
        },
        usageIdentifierKey: 'key',
      });
    });
  });

  describe('allowAllRoutes and denyAllRoutes', () => {
    it('name every route of the stage, without an HTTP method', () => {
      const policy = webSocket().allowAllRoutes().denyAllRoutes();

      expect(policy.asDict().policyDocument.Statement).toEqual([
        statement('Allow', '*'),
        statement('Deny', '*'),
      ]);
    });
  });

  describe('allowRoute and denyRoute', () => {
    it('name a route key, dropping a leading slash, with conditions', () => {
      const policy = webSocket()
        .allowRoute('/foo')
        .denyRoute('sendmessage', {
          StringEquals: { 'method.request.header.Content-Type': 'text/html' },
        });

      expect(policy.asDict().policyDocument.Statement).toEqual([
        statement('Allow', 'foo'),
        {
          Action: 'execute-api:Invoke',
          Effect: 'Deny',
          Resource: [
            'arn:aws:execute-api:us-west-1:123456789012:fantom/dev/sendmessage',
          ],
          Condition: {
            StringEquals: { 'method.request.header.Content-Type': 'text/html' },
          },
        },
      ]);
    });

    it('throws TypeError naming resource when the route key is malformed', () => {
      expect(() => webSocket().allowRoute('send$message')).toThrow(
        new TypeError(
          'APIGatewayAuthorizerResponseWebSocket.allowRoute: resource must be a string matching /^\\$?[-/.a-zA-Z0-9_*{}+]+$/ (letters, digits, / . - _ * and the {} + of path parameters), got string'
        )
      );
      expect(() => webSocket().denyRoute('$')).toThrow(TypeError);
    });
  });

  describe('asDict', () => {
    it('throws TypeError when no route was allowed or denied', () => {
      expect(() => webSocket().asDict()).toThrow(
        'APIGatewayAuthorizerResponseWebSocket.asDict: no statements defined for the policy'
      );
    });
  });

  describe('misuse', () => {
    it('names its own class', () => {
      expect(
        () => new APIGatewayAuthorizerResponseWebSocket({ ...API, stage: '' })
      ).toThrow(
        `APIGatewayAuthorizerResponseWebSocket: options.stage must be a non-empty string without ':' or '/', got an empty string`
      );
    });
  });
});
