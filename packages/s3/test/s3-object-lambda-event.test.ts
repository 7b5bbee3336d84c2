import { loadEvent } from '@evt/config/events';
import { FieldTypeError, HeaderMap, MissingFieldError } from '@evt/core';
import { describe, expect, it } from 'vitest';
import {
  type RawS3ObjectLambdaEvent,
  S3ObjectConfiguration,
  S3ObjectContext,
  S3ObjectInputContext,
  S3ObjectLambdaEvent,
  S3ObjectSessionAttributes,
  S3ObjectSessionContext,
  S3ObjectSessionIssuer,
  S3ObjectUserIdentity,
  S3ObjectUserRequest,
} from '../src/s3-object-lambda-event';

function load(variant?: string): S3ObjectLambdaEvent {
  const name = variant
    ? `s3-object-lambda-event.${variant}`
    : 's3-object-lambda-event';
  return new S3ObjectLambdaEvent(loadEvent<RawS3ObjectLambdaEvent>(name));
}

const SIGNED_URL =
  'https://my-s3-ap-111122223333.s3-accesspoint.us-east-1.amazonaws.com/example?X-Amz-Security-Token=<snip>';

describe('S3ObjectLambdaEvent', () => {
  describe('requestId', () => {
    it('returns the S3 request ID', () => {
      expect(load().requestId).toBe('requestId');
    });
  });

  describe('objectContext', () => {
    it('returns the GetObject context', () => {
      const event = load();

      expect(event.objectContext).toBeInstanceOf(S3ObjectContext);
      expect(event.objectContext).toBe(event.getObjectContext);
    });
  });

  describe('getObjectContext', () => {
    it('returns the GetObject context, the same wrapper on every access', () => {
      const event = load();

      expect(event.getObjectContext?.outputRoute).toBe('io-use1-001');
      expect(event.getObjectContext).toBe(event.getObjectContext);
    });

    it('returns undefined for a HeadObject request', () => {
      expect(load('head-object').getObjectContext).toBeUndefined();
    });
  });

  describe('headObjectContext', () => {
    it('returns the HeadObject context', () => {
      const event = load('head-object');

      expect(event.headObjectContext).toBeInstanceOf(S3ObjectInputContext);
      expect(event.headObjectContext?.inputS3Url).toBe(SIGNED_URL);
      expect(event.headObjectContext).toBe(event.headObjectContext);
    });

    it('returns undefined for a GetObject request', () => {
      expect(load().headObjectContext).toBeUndefined();
    });
  });

  describe('listObjectsContext', () => {
    it('returns the ListObjects context', () => {
      const event = load('list-objects');

      expect(event.listObjectsContext?.inputS3Url).toBe(
        'https://my-s3-ap-111122223333.s3-accesspoint.us-east-1.amazonaws.com/?X-Amz-Security-Token=<snip>'
      );
      expect(event.listObjectsContext).toBe(event.listObjectsContext);
    });

    it('returns undefined for a GetObject request', () => {
      expect(load().listObjectsContext).toBeUndefined();
    });
  });

  describe('listObjectsV2Context', () => {
    it('returns the ListObjectsV2 context', () => {
      const event = load('list-objects-v2');

      expect(event.listObjectsV2Context?.inputS3Url).toBe(
        'https://my-s3-ap-111122223333.s3-accesspoint.us-east-1.amazonaws.com/?list-type=2&X-Amz-Security-Token=<snip>'
      );
      expect(event.listObjectsV2Context).toBe(event.listObjectsV2Context);
    });

    it('returns undefined for a GetObject request', () => {
      expect(load().listObjectsV2Context).toBeUndefined();
    });
  });

  describe('configuration', () => {
    it('returns the configuration', () => {
      const event = load();

      expect(event.configuration).toBeInstanceOf(S3ObjectConfiguration);
      expect(event.configuration).toBe(event.configuration);
    });
  });

  describe('userRequest', () => {
    it('returns the original request', () => {
      const event = load();

      expect(event.userRequest).toBeInstanceOf(S3ObjectUserRequest);
      expect(event.userRequest).toBe(event.userRequest);
    });
  });

  describe('userIdentity', () => {
    it('returns the identity', () => {
      const event = load();

      expect(event.userIdentity).toBeInstanceOf(S3ObjectUserIdentity);
      expect(event.userIdentity).toBe(event.userIdentity);
    });
  });

  describe('requestRoute', () => {
    it('returns the output route', () => {
      expect(load().requestRoute).toBe('io-use1-001');
    });
  });

  describe('requestToken', () => {
    it('returns the output token', () => {
      expect(load().requestToken).toBe('OutputToken');
    });
  });

  describe('inputS3Url', () => {
    it('returns the presigned URL of a GetObject request', () => {
      expect(load().inputS3Url).toBe(SIGNED_URL);
    });

    it('returns the presigned URL of a HeadObject request', () => {
      expect(load('head-object').inputS3Url).toBe(SIGNED_URL);
    });

    it('returns the presigned URL of a ListObjects request', () => {
      expect(load('list-objects').inputS3Url).toBe(
        'https://my-s3-ap-111122223333.s3-accesspoint.us-east-1.amazonaws.com/?X-Amz-Security-Token=<snip>'
      );
    });

    it('returns the presigned URL of a ListObjectsV2 request', () => {
      expect(load('list-objects-v2').inputS3Url).toBe(
        'https://my-s3-ap-111122223333.s3-accesspoint.us-east-1.amazonaws.com/?list-type=2&X-Amz-Security-Token=<snip>'
      );
    });
  });

  describe('protocolVersion', () => {
    it('returns the protocol version', () => {
      expect(load().protocolVersion).toBe('1.00');
      expect(load('head-object').protocolVersion).toBe('1.01');
    });
  });

  describe('toString', () => {
    it('hides the presigned URL and the token', () => {
      const view = JSON.parse(String(load()));

      expect(view.inputS3Url).toBe('[SENSITIVE]');
      expect(view.requestToken).toBe('[SENSITIVE]');
      expect(view.getObjectContext.outputToken).toBe('[SENSITIVE]');
      expect(view.requestRoute).toBe('io-use1-001');
    });
  });
});

describe('S3ObjectContext', () => {
  const context = (): S3ObjectContext => load().objectContext;

  describe('inputS3Url', () => {
    it('returns the presigned URL', () => {
      expect(context().inputS3Url).toBe(SIGNED_URL);
    });
  });

  describe('outputRoute', () => {
    it('returns the routing token', () => {
      expect(context().outputRoute).toBe('io-use1-001');
    });
  });

  describe('outputToken', () => {
    it('returns the output token', () => {
      expect(context().outputToken).toBe('OutputToken');
    });
  });
});

describe('S3ObjectInputContext', () => {
  describe('inputS3Url', () => {
    it('returns the presigned URL', () => {
      expect(load('head-object').headObjectContext?.inputS3Url).toBe(
        SIGNED_URL
      );
    });
  });
});

describe('S3ObjectConfiguration', () => {
  describe('accessPointArn', () => {
    it('returns the Object Lambda Access Point ARN', () => {
      expect(load().configuration.accessPointArn).toBe(
        'arn:aws:s3-object-lambda:us-east-1:111122223333:accesspoint/example-object-lambda-ap'
      );
    });
  });

  describe('supportingAccessPointArn', () => {
    it('returns the supporting access point ARN', () => {
      expect(load().configuration.supportingAccessPointArn).toBe(
        'arn:aws:s3:us-east-1:111122223333:accesspoint/example-ap'
      );
    });
  });

  describe('payload', () => {
    it('returns the payload as sent', () => {
      expect(load().configuration.payload).toBe('{}');
    });
  });
});

describe('S3ObjectUserRequest', () => {
  describe('url', () => {
    it('returns the URL of the original request', () => {
      expect(load().userRequest.url).toBe(
        'https://object-lambda-111122223333.s3-object-lambda.us-east-1.amazonaws.com/example'
      );
    });
  });

  describe('headers', () => {
    it('returns a case-insensitive header map, the same on every access', () => {
      const request = load().userRequest;

      expect(request.headers).toBeInstanceOf(HeaderMap);
      expect(request.headers.get('accept-encoding')).toBe('identity');
      expect([...request.headers.keys()]).toEqual([
        'Host',
        'Accept-Encoding',
        'X-Amz-Content-SHA256',
      ]);
      expect(request.headers).toBe(request.headers);
    });
  });

  describe('getHeaderValue', () => {
    it('matches the name case-insensitively', () => {
      expect(load().userRequest.getHeaderValue('host')).toBe(
        'object-lambda-111122223333.s3-object-lambda.us-east-1.amazonaws.com'
      );
    });

    it('returns the default when the header is absent', () => {
      expect(load().userRequest.getHeaderValue('range', 'bytes=0-')).toBe(
        'bytes=0-'
      );
      expect(load().userRequest.getHeaderValue('range')).toBeUndefined();
    });

    it('matches the exact name when case-sensitive', () => {
      const request = load().userRequest;

      expect(request.getHeaderValue('Accept-Encoding', 'none', true)).toBe(
        'identity'
      );
      expect(request.getHeaderValue('accept-encoding', 'none', true)).toBe(
        'none'
      );
    });
  });
});

describe('S3ObjectUserIdentity', () => {
  const identity = (): S3ObjectUserIdentity => load().userIdentity;

  describe('type', () => {
    it('returns the identity type', () => {
      expect(identity().type).toBe('AssumedRole');
      expect(load('head-object').userIdentity.type).toBe('IAMUser');
    });
  });

  describe('accountId', () => {
    it('returns the account ID', () => {
      expect(identity().accountId).toBe('111122223333');
    });
  });

  describe('accessKeyId', () => {
    it('returns the access key ID', () => {
      expect(identity().accessKeyId).toBe('accessKeyId');
    });
  });

  describe('userName', () => {
    it('returns undefined for an assumed role', () => {
      expect(identity().userName).toBeUndefined();
    });

    it('returns the user name of an IAM user', () => {
      expect(load('head-object').userIdentity.userName).toBe('username');
    });
  });

  describe('principalId', () => {
    it('returns the principal ID', () => {
      expect(identity().principalId).toBe('principalId');
    });
  });

  describe('arn', () => {
    it('returns the principal ARN', () => {
      expect(identity().arn).toBe(
        'arn:aws:sts::111122223333:assumed-role/Admin/example'
      );
    });
  });

  describe('sessionContext', () => {
    it('returns the session context, the same wrapper on every access', () => {
      const value = identity();

      expect(value.sessionContext).toBeInstanceOf(S3ObjectSessionContext);
      expect(value.sessionContext).toBe(value.sessionContext);
    });

    it('returns undefined without temporary credentials', () => {
      expect(load('head-object').userIdentity.sessionContext).toBeUndefined();
    });
  });
});

describe('S3ObjectSessionContext', () => {
  const session = (): S3ObjectSessionContext =>
    load().userIdentity.sessionContext as S3ObjectSessionContext;

  describe('sessionIssuer', () => {
    it('returns the issuer', () => {
      const value = session();

      expect(value.sessionIssuer).toBeInstanceOf(S3ObjectSessionIssuer);
      expect(value.sessionIssuer).toBe(value.sessionIssuer);
    });
  });

  describe('attributes', () => {
    it('returns the attributes', () => {
      const value = session();

      expect(value.attributes).toBeInstanceOf(S3ObjectSessionAttributes);
      expect(value.attributes).toBe(value.attributes);
    });
  });
});

describe('S3ObjectSessionIssuer', () => {
  const issuer = (): S3ObjectSessionIssuer =>
    (load().userIdentity.sessionContext as S3ObjectSessionContext)
      .sessionIssuer;

  describe('type', () => {
    it('returns Role', () => {
      expect(issuer().type).toBe('Role');
    });
  });

  describe('userName', () => {
    it('returns the role name', () => {
      expect(issuer().userName).toBe('Admin');
    });
  });

  describe('principalId', () => {
    it('returns the principal ID', () => {
      expect(issuer().principalId).toBe('principalId');
    });
  });

  describe('arn', () => {
    it('returns the role ARN', () => {
      expect(issuer().arn).toBe('arn:aws:iam::111122223333:role/Admin');
    });
  });

  describe('accountId', () => {
    it('returns the account ID', () => {
      expect(issuer().accountId).toBe('111122223333');
    });
  });
});

describe('S3ObjectSessionAttributes', () => {
  const attributes = (): S3ObjectSessionAttributes =>
    (load().userIdentity.sessionContext as S3ObjectSessionContext).attributes;

  describe('creationDate', () => {
    it('returns the creation date', () => {
      expect(attributes().creationDate).toBe('Wed Mar 10 23:41:52 UTC 2021');
    });
  });

  describe('mfaAuthenticated', () => {
    it('returns the string false', () => {
      expect(attributes().mfaAuthenticated).toBe('false');
    });
  });
});

describe('malformed input', () => {
  function mutated(
    change: (event: Record<string, unknown>) => void,
    name = 's3-object-lambda-event'
  ): S3ObjectLambdaEvent {
    const raw = loadEvent<Record<string, unknown>>(name, { frozen: false });
    change(raw);
    return new S3ObjectLambdaEvent(raw as never);
  }

  it('throws MissingFieldError from objectContext on a HeadObject request', () => {
    const event = load('head-object');

    expect(() => event.objectContext).toThrow(MissingFieldError);
    expect(() => event.requestRoute).toThrow(
      'S3ObjectLambdaEvent: getObjectContext is missing'
    );
    expect(() => event.requestToken).toThrow(
      'S3ObjectLambdaEvent: getObjectContext is missing'
    );
  });

  it('throws MissingFieldError from inputS3Url without any context', () => {
    const event = mutated((raw) => {
      delete raw.getObjectContext;
    });

    expect(() => event.inputS3Url).toThrow(MissingFieldError);
    expect(() => event.inputS3Url).toThrow(
      'S3ObjectLambdaEvent: getObjectContext is missing'
    );
  });

  it('throws FieldTypeError when getObjectContext is a string', () => {
    const event = mutated((raw) => {
      raw.getObjectContext = 'x';
    });

    expect(() => event.getObjectContext).toThrow(FieldTypeError);
    expect(() => event.inputS3Url).toThrow(
      'S3ObjectLambdaEvent: getObjectContext must be object, got string'
    );
  });

  it('throws FieldTypeError when headObjectContext is an array', () => {
    const event = mutated((raw) => {
      raw.headObjectContext = [];
    }, 's3-object-lambda-event.head-object');

    expect(() => event.headObjectContext).toThrow(FieldTypeError);
    expect(() => event.headObjectContext).toThrow(
      'S3ObjectLambdaEvent: headObjectContext must be object, got array'
    );
  });

  it('throws MissingFieldError naming the path of the output token', () => {
    const event = mutated((raw) => {
      raw.getObjectContext = { inputS3Url: 'u', outputRoute: 'r' };
    });

    expect(() => event.requestToken).toThrow(MissingFieldError);
    expect(() => event.requestToken).toThrow(
      'S3ObjectLambdaEvent: getObjectContext.outputToken is missing'
    );
  });

  it('throws FieldTypeError when a header value is not a string', () => {
    const event = mutated((raw) => {
      (raw.userRequest as Record<string, unknown>).headers = { Range: 5 };
    });

    expect(() => event.userRequest.getHeaderValue('range')).toThrow(
      FieldTypeError
    );
    expect(() => event.userRequest.headers).toThrow(
      'S3ObjectLambdaEvent: userRequest.headers.Range must be string, got number'
    );
  });

  it('throws FieldTypeError when sessionContext is a number', () => {
    const event = mutated((raw) => {
      (raw.userIdentity as Record<string, unknown>).sessionContext = 1;
    });

    expect(() => event.userIdentity.sessionContext).toThrow(FieldTypeError);
    expect(() => event.userIdentity.sessionContext).toThrow(
      'S3ObjectLambdaEvent: userIdentity.sessionContext must be object, got number'
    );
  });

  it('throws MissingFieldError naming the path of the session issuer ARN', () => {
    const event = mutated((raw) => {
      const identity = raw.userIdentity as {
        sessionContext: { sessionIssuer: Record<string, unknown> };
      };
      delete identity.sessionContext.sessionIssuer.arn;
    });

    expect(() => event.userIdentity.sessionContext?.sessionIssuer.arn).toThrow(
      MissingFieldError
    );
    expect(() => event.userIdentity.sessionContext?.sessionIssuer.arn).toThrow(
      'S3ObjectLambdaEvent: userIdentity.sessionContext.sessionIssuer.arn is missing'
    );
  });

  it('throws FieldTypeError when the payload is an object', () => {
    const event = mutated((raw) => {
      (raw.configuration as Record<string, unknown>).payload = {};
    });

    expect(() => event.configuration.payload).toThrow(FieldTypeError);
    expect(() => event.configuration.payload).toThrow(
      'S3ObjectLambdaEvent: configuration.payload must be string, got object'
    );
  });
});
