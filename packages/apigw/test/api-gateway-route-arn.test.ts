import { describe, expect, it } from 'vitest';
import { APIGatewayRouteArn, parseApiGatewayArn } from '../src/index';

describe('parseApiGatewayArn', () => {
  it('splits a REST API method ARN into its parts', () => {
    const route = parseApiGatewayArn(
      'arn:aws:execute-api:us-east-1:123456789012:abcdef123/test/GET/request'
    );

    expect({ ...route }).toEqual({
      partition: 'aws',
      region: 'us-east-1',
      awsAccountId: '123456789012',
      apiId: 'abcdef123',
      stage: 'test',
      httpMethod: 'GET',
      resource: 'request',
      isWebsocketAuthorizer: false,
    });
  });

  it('keeps every level of the resource path, proxy resources included', () => {
    const route = parseApiGatewayArn(
      'arn:aws:execute-api:us-east-2:1234567890:abcd1234/latest/GET/path/part/{proxy+}'
    );

    expect(route.resource).toBe('path/part/{proxy+}');
  });

  it('reads an empty resource for the root resource and for an ARN that stops at the method', () => {
    expect(
      parseApiGatewayArn(
        'arn:aws:execute-api:us-west-2:123456789012:ymy8tbxw7b/*/GET/'
      ).resource
    ).toBe('');
    expect(
      parseApiGatewayArn(
        'arn:aws:execute-api:us-west-2:123456789012:ymy8tbxw7b/*/GET'
      ).resource
    ).toBe('');
  });

  it('reads the partition of a China or GovCloud ARN', () => {
    const china = parseApiGatewayArn(
      'arn:aws-cn:execute-api:cn-north-1:123456789012:a1b2c3/prod/POST/orders'
    );
    const govCloud = parseApiGatewayArn(
      'arn:aws-us-gov:execute-api:us-gov-west-1:123456789012:a1b2c3/prod/PUT/orders/{id}'
    );

    expect([china.partition, china.region]).toEqual(['aws-cn', 'cn-north-1']);
    expect([govCloud.partition, govCloud.resource]).toEqual([
      'aws-us-gov',
      'orders/{id}',
    ]);
  });

  it('keeps a colon inside the resource path', () => {
    const route = parseApiGatewayArn(
      'arn:aws:execute-api:us-east-1:123456789012:abc/prod/GET/items/a:b'
    );

    expect(route.resource).toBe('items/a:b');
    expect(route.arn).toBe(
      'arn:aws:execute-api:us-east-1:123456789012:abc/prod/GET/items/a:b'
    );
  });

  it('reads a WebSocket route ARN as a route key without an HTTP method', () => {
    const route = parseApiGatewayArn(
      'arn:aws:execute-api:us-east-1:123456789012:c5jwxq709g/production/$connect',
      true
    );

    expect(route.httpMethod).toBeUndefined();
    expect(route.resource).toBe('$connect');
    expect(route.isWebsocketAuthorizer).toBe(true);
  });

  it('builds the ARN it parsed back', () => {
    const arns = [
      'arn:aws:execute-api:us-east-1:123456789012:abcdef123/test/GET/request',
      'arn:aws-cn:execute-api:cn-north-1:123456789012:a1b2c3/*/*/*',
      'arn:aws:execute-api:us-west-2:123456789012:ymy8tbxw7b/*/GET/',
    ];

    expect(arns.map((arn) => parseApiGatewayArn(arn).arn)).toEqual(arns);
    expect(
      parseApiGatewayArn(
        'arn:aws:execute-api:us-east-1:123456789012:c5jwxq709g/production/$connect',
        true
      ).arn
    ).toBe(
      'arn:aws:execute-api:us-east-1:123456789012:c5jwxq709g/production/$connect'
    );
  });

  it.each([
    ['not an ARN', 'execute-api'],
    ['another service', 'arn:aws:lambda:us-east-1:123456789012:function/x/y'],
    ['too few segments', 'arn:aws:execute-api:us-east-1:123456789012'],
    ['no method', 'arn:aws:execute-api:us-east-1:123456789012:abc/prod'],
  ])('throws TypeError for %s', (_, arn) => {
    expect(() => parseApiGatewayArn(arn)).toThrow(
      new TypeError(
        'parseApiGatewayArn: arn must be an execute-api ARN, arn:<partition>:execute-api:<region>:<account>:<api-id>/<stage>/<method>/<resource>'
      )
    );
  });

  it('names the WebSocket form when a WebSocket ARN has no route key', () => {
    expect(() =>
      parseApiGatewayArn('arn:aws:execute-api:us-east-1:1:abc/prod', true)
    ).toThrow(
      'parseApiGatewayArn: arn must be an execute-api ARN, arn:<partition>:execute-api:<region>:<account>:<api-id>/<stage>/<route-key>'
    );
  });

  it('throws TypeError naming the argument when it is not a string or boolean', () => {
    expect(() => parseApiGatewayArn(42 as never)).toThrow(
      new TypeError('parseApiGatewayArn: arn must be a string, got number 42')
    );
    expect(() =>
      parseApiGatewayArn(
        'arn:aws:execute-api:us-east-1:1:abc/prod/GET/x',
        'yes' as never
      )
    ).toThrow(
      new TypeError(
        'parseApiGatewayArn: isWebsocketAuthorizer must be a boolean, got string'
      )
    );
  });
});

describe('APIGatewayRouteArn', () => {
  const parts = {
    region: 'us-east-1',
    awsAccountId: '123456789012',
    apiId: 'a1b2c3d4e5',
    stage: 'prod',
    httpMethod: 'GET',
    resource: '/pets/*',
  };

  describe('arn', () => {
    it('builds the ARN, dropping the leading slashes of the resource', () => {
      const route = new APIGatewayRouteArn({ ...parts, resource: '//pets/*' });

      expect(route.resource).toBe('pets/*');
      expect(route.arn).toBe(
        'arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/prod/GET/pets/*'
      );
    });

    it('takes the partition of the Region when none is given', () => {
      expect(
        new APIGatewayRouteArn({ ...parts, region: 'cn-northwest-1' }).arn
      ).toBe(
        'arn:aws-cn:execute-api:cn-northwest-1:123456789012:a1b2c3d4e5/prod/GET/pets/*'
      );
      expect(
        new APIGatewayRouteArn({ ...parts, region: 'us-gov-east-1' }).partition
      ).toBe('aws-us-gov');
      expect(new APIGatewayRouteArn({ ...parts, region: '*' }).partition).toBe(
        'aws'
      );
    });

    it('keeps the partition it is given', () => {
      expect(
        new APIGatewayRouteArn({ ...parts, partition: 'aws-iso' }).partition
      ).toBe('aws-iso');
    });

    it('leaves the HTTP method out of a WebSocket route', () => {
      const route = new APIGatewayRouteArn({
        ...parts,
        httpMethod: undefined,
        resource: '$connect',
        isWebsocketAuthorizer: true,
      });

      expect(route.arn).toBe(
        'arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/prod/$connect'
      );
    });
  });

  describe('toString', () => {
    it('returns the ARN', () => {
      expect(`${new APIGatewayRouteArn(parts)}`).toBe(
        'arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/prod/GET/pets/*'
      );
    });
  });

  describe('misuse', () => {
    it('throws TypeError when the parts are not an object', () => {
      expect(() => new APIGatewayRouteArn(null as never)).toThrow(
        new TypeError('APIGatewayRouteArn: parts must be an object, got null')
      );
    });

    it('throws TypeError naming the part that is not a string', () => {
      expect(
        () => new APIGatewayRouteArn({ ...parts, stage: 7 as never })
      ).toThrow(
        new TypeError(
          'APIGatewayRouteArn: parts.stage must be a string, got number 7'
        )
      );
      expect(
        () => new APIGatewayRouteArn({ ...parts, httpMethod: undefined })
      ).toThrow(
        new TypeError(
          'APIGatewayRouteArn: parts.httpMethod must be a string, got undefined'
        )
      );
      expect(
        () => new APIGatewayRouteArn({ ...parts, partition: null as never })
      ).toThrow(
        new TypeError(
          'APIGatewayRouteArn: parts.partition must be a string, got null'
        )
      );
    });

    it('throws TypeError when isWebsocketAuthorizer is not a boolean', () => {
      expect(
        () =>
          new APIGatewayRouteArn({
            ...parts,
            isWebsocketAuthorizer: 1 as never,
          })
      ).toThrow(
        new TypeError(
          'APIGatewayRouteArn: parts.isWebsocketAuthorizer must be a boolean, got number 1'
        )
      );
    });
  });
});
