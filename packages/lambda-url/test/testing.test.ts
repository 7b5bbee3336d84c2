import { loadEvent } from '@evt/tooling-config/events';
import { describe, expect, it } from 'vitest';
import {
  LambdaFunctionUrlEvent,
  type RawLambdaFunctionUrlEvent,
} from '../src/index';
import { createLambdaFunctionUrlEvent } from '../src/testing';

describe('createLambdaFunctionUrlEvent', () => {
  it('returns a fresh copy of the sample, without the fields function URLs leave null', () => {
    const first = createLambdaFunctionUrlEvent();

    const second = createLambdaFunctionUrlEvent();

    const {
      pathParameters: _pathParameters,
      stageVariables: _stageVariables,
      ...sample
    } = loadEvent<
      RawLambdaFunctionUrlEvent & {
        pathParameters: null;
        stageVariables: null;
      }
    >('lambda-function-url-event');
    const { authentication: _authentication, ...requestContext } =
      sample.requestContext as typeof sample.requestContext & {
        authentication: null;
      };
    expect(first).toEqual({ ...sample, requestContext });
    expect(first).not.toBe(second);
    expect(first.requestContext).not.toBe(second.requestContext);
    expect(first.requestContext.authorizer?.iam).not.toBe(
      second.requestContext.authorizer?.iam
    );
  });

  it('applies the overrides', () => {
    const event = new LambdaFunctionUrlEvent(
      createLambdaFunctionUrlEvent({
        method: 'PUT',
        rawPath: '/orders/o-7',
        headers: { 'X-Request-Id': 'abc' },
        queryStringParameters: { dryRun: 'false', note: 'gift wrap' },
        cookies: ['session=s-2'],
        jsonBody: { orderId: 'o-7' },
      })
    );

    expect(event.httpMethod).toBe('PUT');
    expect(event.path).toBe('/orders/o-7');
    expect(event.requestContext.http.path).toBe('/orders/o-7');
    expect(event.getHeaderValue('x-request-id')).toBe('abc');
    expect(event.headers.size).toBe(1);
    expect(event.queryStringParameters).toEqual({
      dryRun: 'false',
      note: 'gift wrap',
    });
    expect(event.rawQueryString).toBe('dryRun=false&note=gift+wrap');
    expect(event.parsedQueryStringParameters.get('note')).toEqual([
      'gift wrap',
    ]);
    expect(event.parsedCookies.get('session')).toBe('s-2');
    expect(event.body).toBe('{"orderId":"o-7"}');
    expect(event.jsonBody).toEqual({ orderId: 'o-7' });
  });

  it('sets a base64 body', () => {
    const event = new LambdaFunctionUrlEvent(
      createLambdaFunctionUrlEvent({ body: 'aGVsbG8=', isBase64Encoded: true })
    );

    expect(event.decodedBody).toBe('hello');
  });

  it('leaves the body out when it is null', () => {
    const raw = createLambdaFunctionUrlEvent({ body: null });

    expect('body' in raw).toBe(false);
    expect(new LambdaFunctionUrlEvent(raw).jsonBody).toBeUndefined();
  });

  it('keeps the IAM caller for AWS_IAM and leaves the authorizer out for NONE', () => {
    const signed = new LambdaFunctionUrlEvent(
      createLambdaFunctionUrlEvent({ authType: 'AWS_IAM' })
    );
    const anonymous = createLambdaFunctionUrlEvent({ authType: 'NONE' });

    expect(signed.requestContext.authorizer?.iam.accountId).toBe(
      '111122223333'
    );
    expect('authorizer' in anonymous.requestContext).toBe(false);
    expect(
      new LambdaFunctionUrlEvent(anonymous).requestContext.authorizer
    ).toBeUndefined();
  });

  it('merges changes into the caller identity', () => {
    const event = new LambdaFunctionUrlEvent(
      createLambdaFunctionUrlEvent({
        event: {
          requestContext: {
            authorizer: {
              iam: { userArn: 'arn:aws:iam::111122223333:user/ada' },
            },
          },
        },
      })
    );

    expect(event.requestContext.authorizer?.iam.userArn).toBe(
      'arn:aws:iam::111122223333:user/ada'
    );
    expect(event.requestContext.authorizer?.iam.accountId).toBe('111122223333');
  });

  it('throws TypeError naming authType when it is neither AWS_IAM nor NONE', () => {
    expect(() =>
      createLambdaFunctionUrlEvent({ authType: 'IAM' as never })
    ).toThrow(
      new TypeError(
        "createLambdaFunctionUrlEvent: authType must be 'AWS_IAM' or 'NONE', got string"
      )
    );
  });
});
