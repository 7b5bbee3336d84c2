import { inspect } from 'node:util';
import { loadEvent } from '@evt/tooling-config/events';
import {
  counted,
  expectEvtError,
  patchEvent,
} from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  APIGatewayAuthorizerTokenEvent,
  APIGatewayRouteArn,
  DecodeError,
  FieldTypeError,
  MissingFieldError,
  type RawAPIGatewayAuthorizerTokenEvent,
} from '../src/index';

const FIXTURE = 'api-gateway-authorizer-token-event';

function load(variant?: string): APIGatewayAuthorizerTokenEvent {
  return new APIGatewayAuthorizerTokenEvent(
    loadEvent<RawAPIGatewayAuthorizerTokenEvent>(
      variant ? `${FIXTURE}.${variant}` : FIXTURE
    )
  );
}

describe('APIGatewayAuthorizerTokenEvent', () => {
  describe('type', () => {
    it('returns the authorizer type', () => {
      expect(load().type).toBe('TOKEN');
    });
  });

  describe('authorizationToken', () => {
    it('returns the token the caller sent', () => {
      expect(load().authorizationToken).toBe('allow');
      expect(load('gov-cloud').authorizationToken).toBe(
        'Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6InRlc3Qta2V5In0.eyJzdWIiOiJ1c2VyLTQyIn0.c2lnbmF0dXJl'
      );
    });
  });

  describe('methodArn', () => {
    it('returns the ARN of the method called', () => {
      expect(load().methodArn).toBe(
        'arn:aws:execute-api:us-west-2:123456789012:ymy8tbxw7b/*/GET/'
      );
    });
  });

  describe('parsedArn', () => {
    it('returns the parts of the method ARN', () => {
      const parsed = load().parsedArn;

      expect(parsed).toBeInstanceOf(APIGatewayRouteArn);
      expect({ ...parsed }).toEqual({
        partition: 'aws',
        region: 'us-west-2',
        awsAccountId: '123456789012',
        apiId: 'ymy8tbxw7b',
        stage: '*',
        httpMethod: 'GET',
        resource: '',
        isWebsocketAuthorizer: false,
      });
    });

    it('reads the partition and every level of the resource of a GovCloud ARN', () => {
      const parsed = load('gov-cloud').parsedArn;

      expect([parsed.partition, parsed.region, parsed.resource]).toEqual([
        'aws-us-gov',
        'us-gov-west-1',
        'pets/42/toys/{proxy+}',
      ]);
    });

    it('parses once and returns the same object', () => {
      const raw = loadEvent<RawAPIGatewayAuthorizerTokenEvent>(FIXTURE);
      const read = counted(() => raw.methodArn);
      const event = new APIGatewayAuthorizerTokenEvent(
        new Proxy(raw, {
          get: (target, key) =>
            key === 'methodArn' ? read() : Reflect.get(target, key),
        })
      );

      const first = event.parsedArn;

      expect(event.parsedArn).toBe(first);
      expect(read.calls).toBe(1);
    });
  });

  describe('debug view', () => {
    it('hides the token', () => {
      const text = `${String(load('gov-cloud'))}\n${inspect(load('gov-cloud'))}`;

      expect(text).not.toContain('eyJhbGci');
      expect(text).toContain('[SENSITIVE]');
      expect(text).toContain('us-gov-west-1');
    });
  });
});

describe('malformed input', () => {
  it('throws MissingFieldError when the token is missing', () => {
    const event = new APIGatewayAuthorizerTokenEvent(
      patchEvent<Partial<RawAPIGatewayAuthorizerTokenEvent>>(
        FIXTURE,
        (patch) => {
          delete patch.authorizationToken;
        }
      ) as RawAPIGatewayAuthorizerTokenEvent
    );

    expectEvtError(
      () => event.authorizationToken,
      MissingFieldError,
      'APIGatewayAuthorizerTokenEvent: authorizationToken is missing'
    );
  });

  it('throws FieldTypeError when the type is not a string', () => {
    const event = new APIGatewayAuthorizerTokenEvent(
      patchEvent<RawAPIGatewayAuthorizerTokenEvent>(FIXTURE, (patch) => {
        patch.type = 1 as never;
      })
    );

    expectEvtError(
      () => event.type,
      FieldTypeError,
      'APIGatewayAuthorizerTokenEvent: type must be string, got number'
    );
  });

  it('throws DecodeError naming methodArn when it is not a route ARN, without quoting it', () => {
    const event = new APIGatewayAuthorizerTokenEvent(
      patchEvent<RawAPIGatewayAuthorizerTokenEvent>(FIXTURE, (patch) => {
        patch.methodArn = 'arn:aws:execute-api:us-west-2:secret-account';
      })
    );

    const error = expectEvtError(
      () => event.parsedArn,
      DecodeError,
      'APIGatewayAuthorizerTokenEvent: methodArn is not valid API Gateway route ARN: expected arn:<partition>:execute-api:<region>:<account>:<api-id>/<stage>/<method>/<resource>'
    );
    expect(error.message).not.toContain('secret-account');
  });

  it('throws MissingFieldError from parsedArn when methodArn is missing', () => {
    const event = new APIGatewayAuthorizerTokenEvent(
      patchEvent<Partial<RawAPIGatewayAuthorizerTokenEvent>>(
        FIXTURE,
        (patch) => {
          delete patch.methodArn;
        }
      ) as RawAPIGatewayAuthorizerTokenEvent
    );

    expectEvtError(
      () => event.parsedArn,
      MissingFieldError,
      'APIGatewayAuthorizerTokenEvent: methodArn is missing'
    );
  });
});
