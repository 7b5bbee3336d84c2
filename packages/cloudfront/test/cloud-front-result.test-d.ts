import type {
  CloudFrontHeaders as AwsCloudFrontHeaders,
  CloudFrontRequest as AwsCloudFrontRequest,
  CloudFrontRequestResult,
  CloudFrontResponseResult,
  CloudFrontResultResponse,
} from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type CloudFrontGeneratedResponse,
  type CloudFrontRequestEvent,
  type CloudFrontResponseEvent,
  generatedResponse,
  modifiedRequest,
  modifiedResponse,
  type CloudFrontRequestResult as RequestResult,
  toCloudFrontHeaders,
} from '../src/index';

declare const request: CloudFrontRequestEvent<{ sku: string }>;
declare const response: CloudFrontResponseEvent;

describe('the builders', () => {
  it('return what the @types/aws-lambda handlers may return', () => {
    expectTypeOf(
      generatedResponse(request, { status: 200 })
    ).toEqualTypeOf<CloudFrontGeneratedResponse>();
    expectTypeOf<CloudFrontGeneratedResponse>().toExtend<CloudFrontResultResponse>();
    expectTypeOf<CloudFrontGeneratedResponse>().toExtend<CloudFrontRequestResult>();
    expectTypeOf<CloudFrontGeneratedResponse>().toExtend<CloudFrontResponseResult>();
    expectTypeOf(modifiedRequest(request, {})).toEqualTypeOf<RequestResult>();
    expectTypeOf<RequestResult>().toExtend<AwsCloudFrontRequest>();
    expectTypeOf(
      modifiedResponse(response, {})
    ).toEqualTypeOf<CloudFrontGeneratedResponse>();
    expectTypeOf(
      toCloudFrontHeaders({ a: 'b' }, 'viewer-request')
    ).toExtend<AwsCloudFrontHeaders>();
  });

  it('take the event of their triggers only', () => {
    // @ts-expect-error a request event has no response to change
    modifiedResponse(request, {});
    generatedResponse(response, { status: 502 });
  });

  it('take a complete origin of one kind', () => {
    modifiedRequest(request, {
      origin: {
        custom: {
          customHeaders: {},
          domainName: 'example.org',
          keepaliveTimeout: 5,
          path: '',
          port: 443,
          protocol: 'https',
          readTimeout: 30,
          sslProtocols: ['TLSv1.2'],
        },
      },
    });
    modifiedRequest(request, {
      origin: {
        // @ts-expect-error signing with an origin access identity needs the Region
        s3: {
          authMethod: 'origin-access-identity',
          customHeaders: {},
          domainName: 'amzn-s3-demo-bucket.s3.amazonaws.com',
          path: '',
        },
      },
    });
  });
});
