import type { HeaderMap } from '@evt/core';
import type {
  CloudFrontResponseEvent as AwsCloudFrontResponseEvent,
  CloudFrontResponseHandler,
} from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type CloudFrontRequest,
  type CloudFrontResponse,
  CloudFrontResponseEvent,
  type CloudFrontResponseEventRecord,
  type RawCloudFrontResponseEvent,
} from '../src/index';
import { createCloudFrontResponseEvent } from '../src/testing';

declare const raw: RawCloudFrontResponseEvent;

describe('CloudFrontResponseEvent', () => {
  it('accepts the @types/aws-lambda event', () => {
    expectTypeOf<AwsCloudFrontResponseEvent>().toExtend<RawCloudFrontResponseEvent>();
  });

  it('builds samples that fit @types/aws-lambda', () => {
    expectTypeOf(createCloudFrontResponseEvent()).toExtend<
      Parameters<CloudFrontResponseHandler>[0]
    >();
  });

  it('types its parts', () => {
    const event = new CloudFrontResponseEvent(raw);

    expectTypeOf(event.records).toEqualTypeOf<
      CloudFrontResponseEventRecord[]
    >();
    expectTypeOf(event.request).toEqualTypeOf<CloudFrontRequest>();
    expectTypeOf(event.response).toEqualTypeOf<CloudFrontResponse>();
    expectTypeOf(event.response.status).toEqualTypeOf<string>();
    expectTypeOf(event.response.statusCode).toEqualTypeOf<number>();
    expectTypeOf(event.response.statusDescription).toEqualTypeOf<
      string | undefined
    >();
    expectTypeOf(event.response.headers).toEqualTypeOf<HeaderMap>();
  });
});
