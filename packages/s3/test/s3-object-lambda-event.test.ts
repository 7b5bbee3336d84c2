import { FieldTypeError, HeaderMap, MissingFieldError } from '@evt/core';
import { loadEvent } from '@evt/tooling-config/events';
import {
  expectEvtError,
  expectGetters,
  patchEvent,
} from '@evt/tooling-config/testing';
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

const raw = (variant?: string): RawS3ObjectLambdaEvent =>
  loadEvent<RawS3ObjectLambdaEvent>(
    variant ? `s3-object-lambda-event.${variant}` : 's3-object-lambda-event'
  );

const load = (variant?: string): S3ObjectLambdaEvent =>
  new S3ObjectLambdaEvent(raw(variant));

const SIGNED_URL =
  'https://my-s3-ap-111122223333.s3-accesspoint.us-east-1.amazonaws.com/example?X-Amz-Security-Token=<snip>';
const LIST_URL =
  'https://my-s3-ap-111122223333.s3-accesspoint.us-east-1.amazonaws.com/?X-Amz-Security-Token=<snip>';
const LIST_V2_URL =
  'https://my-s3-ap-111122223333.s3-accesspoint.us-east-1.amazonaws.com/?list-type=2&X-Amz-Security-Token=<snip>';

// The request-type-dependent getters, as each fixture reads them.
const BY_REQUEST_TYPE = [
  {
    request: 'GetObject',
    variant: undefined,
    getters: {
      requestId: 'requestId',
      inputS3Url: SIGNED_URL,
      requestRoute: 'io-use1-001',
      requestToken: 'OutputToken',
      protocolVersion: '1.00',
    },
  },
  {
    request: 'HeadObject',
    variant: 'head-object',
    getters: {
      requestId: 'requestId',
      inputS3Url: SIGNED_URL,
      requestRoute: undefined,
      requestToken: undefined,
      protocolVersion: '1.01',
    },
  },
  {
    request: 'ListObjects',
    variant: 'list-objects',
    getters: {
      requestId: 'requestId',
      inputS3Url: LIST_URL,
      requestRoute: undefined,
      requestToken: undefined,
      protocolVersion: '1.01',
    },
  },
  {
    request: 'ListObjectsV2',
    variant: 'list-objects-v2',
    getters: {
      requestId: 'requestId',
      inputS3Url: LIST_V2_URL,
      requestRoute: undefined,
      requestToken: undefined,
      protocolVersion: '1.01',
    },
  },
] as const;

describe('S3ObjectLambdaEvent', () => {
  describe('requestId', () => {
    it('returns the S3 request ID', () => {
      expect(load().requestId).toBe('requestId');
    });
  });

  describe.each(BY_REQUEST_TYPE)(
    'on a $request request',
    ({ variant, getters }) => {
      it('reads the getters that depend on the request type', () => {
        expectGetters(load(variant), getters);
      });
    }
  );

  describe('objectContext', () => {
    it('returns the GetObject context, the same wrapper as getObjectContext', () => {
      const source = raw();
      const event = new S3ObjectLambdaEvent(source);

      expect(event.objectContext).toBeInstanceOf(S3ObjectContext);
      expect(event.objectContext?.rawEvent).toBe(source.getObjectContext);
      expect(event.objectContext).toBe(event.getObjectContext);
      expect(event.objectContext?.outputRoute).toBe('io-use1-001');
    });

    it.each(['head-object', 'list-objects', 'list-objects-v2'])(
      'returns undefined on the %s fixture',
      (variant) => {
        expect(load(variant).objectContext).toBeUndefined();
      }
    );
  });

  describe('getObjectContext', () => {
    it('wraps getObjectContext, the same wrapper on every access', () => {
      const source = raw();
      const event = new S3ObjectLambdaEvent(source);

      expect(event.getObjectContext).toBeInstanceOf(S3ObjectContext);
      expect(event.getObjectContext?.rawEvent).toBe(source.getObjectContext);
      expect(event.getObjectContext?.outputRoute).toBe('io-use1-001');
      expect(event.getObjectContext).toBe(event.getObjectContext);
    });

    it('returns undefined for a HeadObject request, on every access', () => {
      const event = load('head-object');

      expect(event.getObjectContext).toBeUndefined();
      expect(event.getObjectContext).toBeUndefined();
    });
  });

  describe('headObjectContext', () => {
    it('wraps headObjectContext, the same wrapper on every access', () => {
      const source = raw('head-object');
      const event = new S3ObjectLambdaEvent(source);

      expect(event.headObjectContext).toBeInstanceOf(S3ObjectInputContext);
      expect(event.headObjectContext?.rawEvent).toBe(source.headObjectContext);
      expect(event.headObjectContext?.inputS3Url).toBe(SIGNED_URL);
      expect(event.headObjectContext).toBe(event.headObjectContext);
    });

    it('returns undefined for a GetObject request, on every access', () => {
      const event = load();

      expect(event.headObjectContext).toBeUndefined();
      expect(event.headObjectContext).toBeUndefined();
    });
  });

  describe('listObjectsContext', () => {
    it('wraps listObjectsContext, the same wrapper on every access', () => {
      const source = raw('list-objects');
      const event = new S3ObjectLambdaEvent(source);

      expect(event.listObjectsContext).toBeInstanceOf(S3ObjectInputContext);
      expect(event.listObjectsContext?.rawEvent).toBe(
        source.listObjectsContext
      );
      expect(event.listObjectsContext?.inputS3Url).toBe(LIST_URL);
      expect(event.listObjectsContext).toBe(event.listObjectsContext);
    });

    it('returns undefined for a GetObject request', () => {
      expect(load().listObjectsContext).toBeUndefined();
    });
  });

  describe('listObjectsV2Context', () => {
    it('wraps listObjectsV2Context, the same wrapper on every access', () => {
      const source = raw('list-objects-v2');
      const event = new S3ObjectLambdaEvent(source);

      expect(event.listObjectsV2Context).toBeInstanceOf(S3ObjectInputContext);
      expect(event.listObjectsV2Context?.rawEvent).toBe(
        source.listObjectsV2Context
      );
      expect(event.listObjectsV2Context?.inputS3Url).toBe(LIST_V2_URL);
      expect(event.listObjectsV2Context).toBe(event.listObjectsV2Context);
    });

    it('returns undefined for a GetObject request', () => {
      expect(load().listObjectsV2Context).toBeUndefined();
    });
  });

  describe('configuration', () => {
    it('wraps configuration, the same wrapper on every access', () => {
      const source = raw();
      const event = new S3ObjectLambdaEvent(source);

      expect(event.configuration).toBeInstanceOf(S3ObjectConfiguration);
      expect(event.configuration.rawEvent).toBe(source.configuration);
      expect(event.configuration).toBe(event.configuration);
    });
  });

  describe('userRequest', () => {
    it('wraps userRequest, the same wrapper on every access', () => {
      const source = raw();
      const event = new S3ObjectLambdaEvent(source);

      expect(event.userRequest).toBeInstanceOf(S3ObjectUserRequest);
      expect(event.userRequest.rawEvent).toBe(source.userRequest);
      expect(event.userRequest).toBe(event.userRequest);
    });
  });

  describe('userIdentity', () => {
    it('wraps userIdentity, the same wrapper on every access', () => {
      const source = raw();
      const event = new S3ObjectLambdaEvent(source);

      expect(event.userIdentity).toBeInstanceOf(S3ObjectUserIdentity);
      expect(event.userIdentity.rawEvent).toBe(source.userIdentity);
      expect(event.userIdentity).toBe(event.userIdentity);
    });
  });

  describe('requestRoute', () => {
    it('returns the output route of a GetObject request', () => {
      expect(load().requestRoute).toBe('io-use1-001');
    });

    it('returns undefined for a HeadObject request', () => {
      expect(load('head-object').requestRoute).toBeUndefined();
    });
  });

  describe('requestToken', () => {
    it('returns the output token of a GetObject request', () => {
      expect(load().requestToken).toBe('OutputToken');
    });

    it('returns undefined for a ListObjects request', () => {
      expect(load('list-objects').requestToken).toBeUndefined();
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
      expect(load('list-objects').inputS3Url).toBe(LIST_URL);
    });

    it('returns the presigned URL of a ListObjectsV2 request', () => {
      expect(load('list-objects-v2').inputS3Url).toBe(LIST_V2_URL);
    });

    it('returns undefined when the event carries no context', () => {
      const event = new S3ObjectLambdaEvent(
        patchEvent<RawS3ObjectLambdaEvent>(
          's3-object-lambda-event',
          (event) => {
            delete event.getObjectContext;
          }
        )
      );

      expect(event.inputS3Url).toBeUndefined();
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

    it('shows no GetObject members on a HeadObject request', () => {
      const view = JSON.parse(String(load('head-object')));

      expect(view.objectContext).toBeUndefined();
      expect(view.requestRoute).toBeUndefined();
      expect(view.inputS3Url).toBe('[SENSITIVE]');
      expect(view.headObjectContext.inputS3Url).toBe('[SENSITIVE]');
    });
  });
});

describe('S3ObjectContext', () => {
  const context = (): S3ObjectContext =>
    load().objectContext as S3ObjectContext;

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
    it('wraps sessionContext, the same wrapper on every access', () => {
      const source = raw();
      const value = new S3ObjectLambdaEvent(source).userIdentity;

      expect(value.sessionContext).toBeInstanceOf(S3ObjectSessionContext);
      expect(value.sessionContext?.rawEvent).toBe(
        source.userIdentity.sessionContext
      );
      expect(value.sessionContext).toBe(value.sessionContext);
    });

    it('returns undefined without temporary credentials, on every access', () => {
      const value = load('head-object').userIdentity;

      expect(value.sessionContext).toBeUndefined();
      expect(value.sessionContext).toBeUndefined();
    });
  });
});

describe('S3ObjectSessionContext', () => {
  const session = (source: RawS3ObjectLambdaEvent): S3ObjectSessionContext =>
    new S3ObjectLambdaEvent(source).userIdentity
      .sessionContext as S3ObjectSessionContext;

  describe('sessionIssuer', () => {
    it('wraps sessionIssuer, the same wrapper on every access', () => {
      const source = raw();
      const value = session(source);

      expect(value.sessionIssuer).toBeInstanceOf(S3ObjectSessionIssuer);
      expect(value.sessionIssuer.rawEvent).toBe(
        source.userIdentity.sessionContext?.sessionIssuer
      );
      expect(value.sessionIssuer).toBe(value.sessionIssuer);
    });
  });

  describe('attributes', () => {
    it('wraps attributes, the same wrapper on every access', () => {
      const source = raw();
      const value = session(source);

      expect(value.attributes).toBeInstanceOf(S3ObjectSessionAttributes);
      expect(value.attributes.rawEvent).toBe(
        source.userIdentity.sessionContext?.attributes
      );
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
  const patched = (
    // biome-ignore lint/suspicious/noExplicitAny: the patches write shapes the raw type forbids
    patch: (event: any) => void,
    name = 's3-object-lambda-event'
  ): S3ObjectLambdaEvent =>
    new S3ObjectLambdaEvent(patchEvent<RawS3ObjectLambdaEvent>(name, patch));

  it('throws FieldTypeError when getObjectContext is a string', () => {
    const event = patched((event) => {
      event.getObjectContext = 'x';
    });

    expectEvtError(
      () => event.getObjectContext,
      FieldTypeError,
      'S3ObjectLambdaEvent: getObjectContext must be object, got string'
    );
    expectEvtError(
      () => event.inputS3Url,
      FieldTypeError,
      'S3ObjectLambdaEvent: getObjectContext must be object, got string'
    );
  });

  it('throws FieldTypeError when headObjectContext is an array', () => {
    const event = patched((event) => {
      event.headObjectContext = [];
    }, 's3-object-lambda-event.head-object');

    expectEvtError(
      () => event.headObjectContext,
      FieldTypeError,
      'S3ObjectLambdaEvent: headObjectContext must be object, got array'
    );
  });

  it('throws FieldTypeError when listObjectsContext is a number', () => {
    const event = patched((event) => {
      event.listObjectsContext = 1;
    }, 's3-object-lambda-event.list-objects');

    expectEvtError(
      () => event.listObjectsContext,
      FieldTypeError,
      'S3ObjectLambdaEvent: listObjectsContext must be object, got number'
    );
  });

  it('throws FieldTypeError when listObjectsV2Context is a string', () => {
    const event = patched((event) => {
      event.listObjectsV2Context = 'x';
    }, 's3-object-lambda-event.list-objects-v2');

    expectEvtError(
      () => event.listObjectsV2Context,
      FieldTypeError,
      'S3ObjectLambdaEvent: listObjectsV2Context must be object, got string'
    );
  });

  it('throws MissingFieldError naming the path of the output route', () => {
    const event = patched((event) => {
      event.getObjectContext = { inputS3Url: 'u', outputToken: 't' };
    });

    expectEvtError(
      () => event.requestRoute,
      MissingFieldError,
      'S3ObjectLambdaEvent: getObjectContext.outputRoute is missing'
    );
  });

  it('throws MissingFieldError naming the path of the presigned URL', () => {
    const event = patched((event) => {
      delete event.headObjectContext.inputS3Url;
    }, 's3-object-lambda-event.head-object');

    expectEvtError(
      () => event.inputS3Url,
      MissingFieldError,
      'S3ObjectLambdaEvent: headObjectContext.inputS3Url is missing'
    );
  });

  it('throws MissingFieldError naming the path of the output token', () => {
    const event = patched((event) => {
      event.getObjectContext = { inputS3Url: 'u', outputRoute: 'r' };
    });

    expectEvtError(
      () => event.requestToken,
      MissingFieldError,
      'S3ObjectLambdaEvent: getObjectContext.outputToken is missing'
    );
  });

  it('throws FieldTypeError when a header value is not a string', () => {
    const event = patched((event) => {
      event.userRequest.headers = { Range: 5 };
    });

    expectEvtError(
      () => event.userRequest.getHeaderValue('range'),
      FieldTypeError,
      'S3ObjectLambdaEvent: userRequest.headers.Range must be string, got number'
    );
  });

  it('throws FieldTypeError when sessionContext is a number', () => {
    const event = patched((event) => {
      event.userIdentity.sessionContext = 1;
    });

    expectEvtError(
      () => event.userIdentity.sessionContext,
      FieldTypeError,
      'S3ObjectLambdaEvent: userIdentity.sessionContext must be object, got number'
    );
  });

  it('throws MissingFieldError naming the path of the session issuer ARN', () => {
    const event = patched((event) => {
      delete event.userIdentity.sessionContext.sessionIssuer.arn;
    });

    expectEvtError(
      () => event.userIdentity.sessionContext?.sessionIssuer.arn,
      MissingFieldError,
      'S3ObjectLambdaEvent: userIdentity.sessionContext.sessionIssuer.arn is missing'
    );
  });

  it('throws FieldTypeError when the payload is an object', () => {
    const event = patched((event) => {
      event.configuration.payload = {};
    });

    expectEvtError(
      () => event.configuration.payload,
      FieldTypeError,
      'S3ObjectLambdaEvent: configuration.payload must be string, got object'
    );
  });
});
