import type { HeaderMap } from '@evt/core';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type RawS3ObjectLambdaEvent,
  type S3ObjectConfiguration,
  type S3ObjectContext,
  type S3ObjectInputContext,
  S3ObjectLambdaEvent,
  type S3ObjectSessionContext,
  type S3ObjectUserIdentity,
  type S3ObjectUserRequest,
} from '../src/s3-object-lambda-event';

// @types/aws-lambda has no S3 Object Lambda event type, so there is no assignability check.
describe('S3ObjectLambdaEvent types', () => {
  it('types the getters', () => {
    const event = new S3ObjectLambdaEvent({} as RawS3ObjectLambdaEvent);

    expectTypeOf(event.requestId).toEqualTypeOf<string>();
    expectTypeOf(event.objectContext).toEqualTypeOf<
      S3ObjectContext | undefined
    >();
    expectTypeOf(event.getObjectContext).toEqualTypeOf<
      S3ObjectContext | undefined
    >();
    expectTypeOf(event.headObjectContext).toEqualTypeOf<
      S3ObjectInputContext | undefined
    >();
    expectTypeOf(event.listObjectsContext).toEqualTypeOf<
      S3ObjectInputContext | undefined
    >();
    expectTypeOf(event.listObjectsV2Context).toEqualTypeOf<
      S3ObjectInputContext | undefined
    >();
    expectTypeOf(event.configuration).toEqualTypeOf<S3ObjectConfiguration>();
    expectTypeOf(event.userRequest).toEqualTypeOf<S3ObjectUserRequest>();
    expectTypeOf(event.userRequest.headers).toEqualTypeOf<HeaderMap>();
    expectTypeOf(event.userIdentity).toEqualTypeOf<S3ObjectUserIdentity>();
    expectTypeOf(event.userIdentity.sessionContext).toEqualTypeOf<
      S3ObjectSessionContext | undefined
    >();
    expectTypeOf(event.inputS3Url).toEqualTypeOf<string | undefined>();
    expectTypeOf(event.requestRoute).toEqualTypeOf<string | undefined>();
    expectTypeOf(event.requestToken).toEqualTypeOf<string | undefined>();
    expectTypeOf(event.protocolVersion).toEqualTypeOf<string>();
  });

  it('narrows getHeaderValue with a default', () => {
    const request = new S3ObjectLambdaEvent({} as RawS3ObjectLambdaEvent)
      .userRequest;

    expectTypeOf(request.getHeaderValue('range')).toEqualTypeOf<
      string | undefined
    >();
    expectTypeOf(
      request.getHeaderValue('range', 'bytes=0-')
    ).toEqualTypeOf<string>();
    expectTypeOf(
      request.getHeaderValue('Range', 'bytes=0-', true)
    ).toEqualTypeOf<string>();
    expectTypeOf(
      request.getHeaderValue('Range', undefined, true)
    ).toEqualTypeOf<string | undefined>();
    expectTypeOf(
      request.getHeaderValue('range', '' as string | undefined)
    ).toEqualTypeOf<string | undefined>();
  });

  it('rejects a default that is not a string', () => {
    const request = new S3ObjectLambdaEvent({} as RawS3ObjectLambdaEvent)
      .userRequest;

    // @ts-expect-error the default is a string or undefined
    request.getHeaderValue('range', 0);
    // @ts-expect-error caseSensitive is a boolean
    request.getHeaderValue('range', 'x', 'yes');
  });
});
