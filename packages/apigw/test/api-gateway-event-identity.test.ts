import { loadEvent } from '@evt/tooling-config/events';
import { expectEvtError, patchEvent } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  APIGatewayEventIdentity,
  APIGatewayProxyEvent,
  FieldTypeError,
  MissingFieldError,
  type RawAPIGatewayEventIdentity,
  type RawAPIGatewayProxyEvent,
  RequestContextClientCert,
} from '../src/index';

const FIXTURE = 'api-gateway-proxy-event';

function identity(variant?: string): APIGatewayEventIdentity {
  const raw = loadEvent<RawAPIGatewayProxyEvent>(
    variant ? `api-gateway-proxy-event.${variant}` : 'api-gateway-proxy-event'
  );
  return new APIGatewayProxyEvent(raw).requestContext.identity;
}

describe('APIGatewayEventIdentity', () => {
  describe('accessKey', () => {
    it('returns the access key of a signed request', () => {
      expect(identity('cognito-authorizer').accessKey).toBe(
        'ASIAIOSFODNN7EXAMPLE'
      );
    });

    it('returns undefined when it is null', () => {
      expect(identity().accessKey).toBeUndefined();
    });
  });

  describe('accountId', () => {
    it('returns the account of the caller', () => {
      expect(identity('cognito-authorizer').accountId).toBe('123456789012');
    });
  });

  describe('apiKey', () => {
    it('returns the API key', () => {
      expect(identity('lambda-authorizer').apiKey).toBe(
        'zE3xmpl8dFvQ2bR7hW4uY6tK9cJ1nL5s0gP3aB8e'
      );
    });

    it('returns undefined when it is absent', () => {
      expect(identity('null-maps').apiKey).toBeUndefined();
    });
  });

  describe('apiKeyId', () => {
    it('returns the API key ID', () => {
      expect(identity('lambda-authorizer').apiKeyId).toBe('x1y2z3a4b5');
    });
  });

  describe('caller', () => {
    it('returns the caller', () => {
      expect(identity('cognito-authorizer').caller).toBe(
        'AROAEXAMPLE:CognitoIdentityCredentials'
      );
    });
  });

  describe('cognitoAuthenticationProvider', () => {
    it('returns the Cognito authentication providers', () => {
      expect(identity('cognito-authorizer').cognitoAuthenticationProvider).toBe(
        'cognito-idp.us-east-1.amazonaws.com/us-east-1_Example,cognito-idp.us-east-1.amazonaws.com/us-east-1_Example:CognitoSignIn:7d8ca528-4931-4254-9273-ea5ee853f271'
      );
    });
  });

  describe('cognitoAuthenticationType', () => {
    it('returns the Cognito authentication type', () => {
      expect(identity('cognito-authorizer').cognitoAuthenticationType).toBe(
        'authenticated'
      );
    });
  });

  describe('cognitoIdentityId', () => {
    it('returns the Cognito identity ID', () => {
      expect(identity('cognito-authorizer').cognitoIdentityId).toBe(
        'us-east-1:2f8a5b7c-1d3e-4f6a-9b0c-8d7e6f5a4b3c'
      );
    });
  });

  describe('cognitoIdentityPoolId', () => {
    it('returns the Cognito identity pool ID', () => {
      expect(identity('cognito-authorizer').cognitoIdentityPoolId).toBe(
        'us-east-1:7c6b5a4d-3e2f-1a0b-9c8d-7e6f5a4b3c2d'
      );
    });
  });

  describe('principalOrgId', () => {
    it('returns the organization ID', () => {
      expect(identity('cognito-authorizer').principalOrgId).toBe(
        'o-a1b2c3d4e5'
      );
    });
  });

  describe('sourceIp', () => {
    it('returns the source IP', () => {
      expect(identity().sourceIp).toBe('198.51.100.10');
    });
  });

  describe('user', () => {
    it('returns the user', () => {
      expect(identity('cognito-authorizer').user).toBe(
        'AROAEXAMPLE:CognitoIdentityCredentials'
      );
    });
  });

  describe('userAgent', () => {
    it('returns the user agent', () => {
      expect(identity().userAgent).toBe('curl/8.4.0');
    });

    it('returns undefined when it is absent', () => {
      expect(identity('null-maps').userAgent).toBeUndefined();
    });
  });

  describe('userArn', () => {
    it('returns the user ARN', () => {
      expect(identity('cognito-authorizer').userArn).toBe(
        'arn:aws:sts::123456789012:assumed-role/Cognito_PetsAuth_Role/CognitoIdentityCredentials'
      );
    });
  });

  describe('clientCert', () => {
    it('wraps clientCert, built once', () => {
      const raw = loadEvent<RawAPIGatewayProxyEvent>(`${FIXTURE}.http-api-v1`);
      const requestIdentity = new APIGatewayProxyEvent(raw).requestContext
        .identity;

      const cert = requestIdentity.clientCert;

      expect(cert).toBeInstanceOf(RequestContextClientCert);
      expect(cert?.rawEvent).toBe(raw.requestContext.identity.clientCert);
      expect(cert).toBe(requestIdentity.clientCert);
      expect(cert?.subjectDN).toBe('www.example.com');
    });

    it('returns undefined when the API does not use mutual TLS, reading the field once', () => {
      const raw = loadEvent<RawAPIGatewayProxyEvent>(FIXTURE);
      let reads = 0;
      const requestIdentity = new APIGatewayEventIdentity(
        new Proxy(raw.requestContext.identity, {
          get(target, key, receiver) {
            if (key === 'clientCert') reads++;
            return Reflect.get(target, key, receiver);
          },
        }) as RawAPIGatewayEventIdentity
      );

      requestIdentity.clientCert;

      expect(requestIdentity.clientCert).toBeUndefined();
      expect(reads).toBe(1);
    });
  });

  describe('toString', () => {
    it('hides the API key and access key in the debug view', () => {
      const view = JSON.parse(String(identity('lambda-authorizer')));

      expect(view.apiKey).toBe('[SENSITIVE]');
      expect(view.accessKey).toBe('[SENSITIVE]');
      expect(view.sourceIp).toBe('203.0.113.25');
    });
  });
});

describe('malformed input', () => {
  it('throws MissingFieldError naming the full path when sourceIp is missing', () => {
    const event = new APIGatewayProxyEvent(
      patchEvent<RawAPIGatewayProxyEvent>(FIXTURE, (patch) => {
        delete (patch.requestContext.identity as { sourceIp?: string })
          .sourceIp;
      })
    );

    expectEvtError(
      () => event.requestContext.identity.sourceIp,
      MissingFieldError,
      'APIGatewayProxyEvent: requestContext.identity.sourceIp is missing'
    );
  });

  it('throws FieldTypeError naming the full path when clientCert is not an object', () => {
    const event = new APIGatewayProxyEvent(
      patchEvent<RawAPIGatewayProxyEvent>(FIXTURE, (patch) => {
        patch.requestContext.identity.clientCert = 'CERT_CONTENT' as never;
      })
    );

    expectEvtError(
      () => event.requestContext.identity.clientCert,
      FieldTypeError,
      'APIGatewayProxyEvent: requestContext.identity.clientCert must be object, got string'
    );
  });

  it('throws FieldTypeError when userArn is not a string', () => {
    const requestIdentity = new APIGatewayEventIdentity({
      sourceIp: '192.0.2.1',
      userArn: ['arn'] as never,
    });

    expectEvtError(
      () => requestIdentity.userArn,
      FieldTypeError,
      'APIGatewayEventIdentity: userArn must be string, got array'
    );
  });
});
