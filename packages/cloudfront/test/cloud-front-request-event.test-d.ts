import type { HeaderMap } from '@evt/core';
import type {
  CloudFrontRequestEvent as AwsCloudFrontRequestEvent,
  CloudFrontRequestHandler,
} from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type CloudFrontConfig,
  type CloudFrontCustomOrigin,
  type CloudFrontEventType,
  type CloudFrontOrigin,
  type CloudFrontRequest,
  type CloudFrontRequestBody,
  CloudFrontRequestEvent,
  type CloudFrontRequestEventRecord,
  type CloudFrontS3Origin,
  type RawCloudFrontRequestEvent,
} from '../src/index';
import { createCloudFrontRequestEvent } from '../src/testing';

declare const raw: RawCloudFrontRequestEvent;

interface Order {
  sku: string;
}

describe('CloudFrontRequestEvent', () => {
  it('accepts the @types/aws-lambda event', () => {
    expectTypeOf<AwsCloudFrontRequestEvent>().toExtend<RawCloudFrontRequestEvent>();
  });

  it('builds samples that fit @types/aws-lambda', () => {
    expectTypeOf(createCloudFrontRequestEvent()).toExtend<
      Parameters<CloudFrontRequestHandler>[0]
    >();
  });

  it('carries the body type down to the body', () => {
    const event = new CloudFrontRequestEvent<Order>(raw);

    expectTypeOf(event.records).toEqualTypeOf<
      CloudFrontRequestEventRecord<Order>[]
    >();
    expectTypeOf(event.request).toEqualTypeOf<CloudFrontRequest<Order>>();
    expectTypeOf(event.request.jsonBody).toEqualTypeOf<Order | undefined>();
    expectTypeOf(event.request.body).toEqualTypeOf<
      CloudFrontRequestBody<Order> | undefined
    >();
    expectTypeOf(event.request.body?.dataAsJson).toEqualTypeOf<
      Order | undefined
    >();
    expectTypeOf(
      new CloudFrontRequestEvent(raw).request.jsonBody
    ).toEqualTypeOf<unknown>();
  });

  it('types its parts', () => {
    const event = new CloudFrontRequestEvent(raw);
    const { request } = event;

    expectTypeOf(event.config).toEqualTypeOf<CloudFrontConfig>();
    expectTypeOf(event.config.eventType).toEqualTypeOf<CloudFrontEventType>();
    expectTypeOf(event.config.requestId).toEqualTypeOf<string | undefined>();
    expectTypeOf(request.headers).toEqualTypeOf<HeaderMap>();
    expectTypeOf(request.querystring).toEqualTypeOf<string>();
    expectTypeOf(request.parsedQueryString).toEqualTypeOf<
      Map<string, string[]>
    >();
    expectTypeOf(request.cookies).toEqualTypeOf<Map<string, string>>();
    expectTypeOf(request.getHeaderValue('host')).toEqualTypeOf<
      string | undefined
    >();
    expectTypeOf(
      request.getHeaderValue('host', 'none')
    ).toEqualTypeOf<string>();
    expectTypeOf(request.getQueryStringValue('a', 'b')).toEqualTypeOf<string>();
    expectTypeOf(request.origin).toEqualTypeOf<CloudFrontOrigin | undefined>();
    expectTypeOf(request.origin?.s3).toEqualTypeOf<
      CloudFrontS3Origin | undefined
    >();
    expectTypeOf(request.origin?.custom).toEqualTypeOf<
      CloudFrontCustomOrigin | undefined
    >();
    expectTypeOf(request.origin?.custom?.protocol).toEqualTypeOf<
      'http' | 'https' | undefined
    >();
    expectTypeOf(request.body?.action).toEqualTypeOf<
      'read-only' | 'replace' | undefined
    >();
    expectTypeOf(request.body?.dataAsBytes).toEqualTypeOf<
      Uint8Array | undefined
    >();
  });
});
