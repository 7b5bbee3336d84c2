// API Gateway events under the December 2026 review: L1 (credentials printed in clear by the
// debug view), P1 (a `__proto__` query parameter) and L2 (a JSON body quoted in an error).
import { inspect } from 'node:util';
import { DecodeError } from '@evt/core';
import { describe, expect, it } from 'vitest';
import { APIGatewayProxyEvent, APIGatewayProxyEventV2 } from '../src/index';
import {
  createAPIGatewayProxyEvent,
  createAPIGatewayProxyEventV2,
} from '../src/testing';

function views(event: object): string {
  return `${String(event)}\n${inspect(event, { depth: Number.POSITIVE_INFINITY })}`;
}

describe('the debug view hides credentials (L1)', () => {
  it('in a REST API (v1) event: headers, multi-value headers, query strings, claims, identity keys', () => {
    const raw = createAPIGatewayProxyEvent();
    raw.headers = {
      Authorization: 'Bearer SECRET-V1-1',
      Cookie: 'session=SECRET-V1-2',
      'X-Api-Key': 'SECRET-V1-3',
      'X-Amz-Security-Token': 'SECRET-V1-4',
      Accept: 'text/html',
    };
    raw.multiValueHeaders = {
      Authorization: ['Bearer SECRET-V1-5'],
      'Set-Cookie': ['a=SECRET-V1-6'],
      Accept: ['text/html'],
    };
    raw.queryStringParameters = { access_token: 'SECRET-V1-7', page: '1' };
    raw.multiValueQueryStringParameters = {
      access_token: ['SECRET-V1-8'],
      page: ['1'],
    };
    raw.requestContext.authorizer = {
      claims: { sub: 'SECRET-V1-9', email: 'SECRET-V1-10' },
      principalId: 'user-1',
    };
    raw.requestContext.identity.accessKey = 'SECRET-V1-11';
    raw.requestContext.identity.apiKey = 'SECRET-V1-12';

    const text = views(new APIGatewayProxyEvent(raw));

    for (let index = 1; index <= 12; index++) {
      expect(text).not.toContain(`SECRET-V1-${index}`);
    }
    expect(text).toContain('text/html');
    expect(text).toContain('user-1');
  });

  it('in an HTTP API (v2) event: headers, cookies, query strings, JWT claims, Lambda context, IAM keys, client certificate', () => {
    const raw = createAPIGatewayProxyEventV2();
    raw.headers = {
      authorization: 'Bearer SECRET-V2-1',
      'x-amz-security-token': 'SECRET-V2-2',
      'content-type': 'application/json',
    };
    raw.cookies = ['session=SECRET-V2-3', 'theme=SECRET-V2-4'];
    raw.rawQueryString = 'code=SECRET-V2-5&state=xyz';
    raw.queryStringParameters = { code: 'SECRET-V2-6', state: 'xyz' };
    raw.requestContext.authorizer = {
      jwt: { claims: { sub: 'SECRET-V2-7' }, scopes: ['read'] },
      iam: { accessKey: 'SECRET-V2-8' } as never,
      lambda: { tenant: 'SECRET-V2-9' },
    };
    raw.requestContext.authentication = {
      clientCert: {
        clientCertPem: 'SECRET-V2-10',
        subjectDN: 'CN=client',
        issuerDN: 'CN=ca',
        serialNumber: '1',
        validity: { notBefore: 'a', notAfter: 'b' },
      },
    };

    const text = views(new APIGatewayProxyEventV2(raw));

    for (let index = 1; index <= 10; index++) {
      expect(text).not.toContain(`SECRET-V2-${index}`);
    }
    expect(text).toContain('application/json');
    expect(text).toContain('state=xyz');
    expect(text).toContain('CN=client');
  });

  it('does not decode the body: a base64 body shows by size', () => {
    const raw = createAPIGatewayProxyEventV2();
    raw.body = Buffer.from('{"password":"SECRET-BODY"}').toString('base64');
    raw.isBase64Encoded = true;

    const view = JSON.parse(String(new APIGatewayProxyEventV2(raw)));

    expect(view.decodedBody).toBe('[not decoded: 36 bytes]');
    expect(view.jsonBody).toBe('[not decoded: 36 bytes]');
    expect(JSON.stringify(view)).not.toContain('SECRET-BODY');
  });
});

describe('a __proto__ query parameter is a parameter (P1)', () => {
  it('keeps it in resolvedQueryStringParameters of a v2 event', () => {
    const raw = {
      ...createAPIGatewayProxyEventV2(),
      ...JSON.parse(
        '{"rawQueryString":"__proto__=admin,root&role=user","queryStringParameters":{"__proto__":"admin,root","role":"user"}}'
      ),
    };

    const resolved = new APIGatewayProxyEventV2(raw)
      .resolvedQueryStringParameters;
    const seen: string[] = [];
    for (const name in resolved) seen.push(`${name}=${resolved[name]}`);

    expect(Object.keys(resolved)).toEqual(['__proto__', 'role']);
    expect(Object.getPrototypeOf(resolved)).toBeNull();
    expect(seen).toEqual(['__proto__=admin,root', 'role=user']);
  });
});

describe('errors do not quote the body (L2)', () => {
  it('names the field and the fault, not the password', () => {
    const raw = {
      ...createAPIGatewayProxyEvent(),
      body: '{"username":"alice","password":hunter2-SECRET}',
    };

    let caught: unknown;
    try {
      new APIGatewayProxyEvent(raw).jsonBody;
    } catch (error) {
      caught = error;
    }

    expect(caught).toBeInstanceOf(DecodeError);
    expect((caught as Error).message).toBe(
      "APIGatewayProxyEvent: body is not valid JSON: Unexpected token 'h'"
    );
  });
});
