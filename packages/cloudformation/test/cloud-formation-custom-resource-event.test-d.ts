import { eventSource } from '@evt/core';
import type {
  CloudFormationCustomResourceEvent as AwsCloudFormationCustomResourceEvent,
  CloudFormationCustomResourceHandler,
  Context,
} from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  buildResponse,
  CloudFormationCustomResourceEvent,
  type CloudFormationCustomResourceResponse,
  type CloudFormationLambdaContext,
  type CloudFormationRequestType,
  type RawCloudFormationCustomResourceEvent,
  sendResponse,
} from '../src/index';
import {
  createCloudFormationCustomResourceEvent,
  type SampleCloudFormationCustomResourceEvent,
} from '../src/testing';

interface BucketProperties {
  ServiceToken: string;
  BucketName: string;
}

interface OldBucketProperties {
  ServiceToken: string;
  Name: string;
}

/** An Update request with typed properties, new and old. */
const update = (): RawCloudFormationCustomResourceEvent<
  BucketProperties,
  OldBucketProperties
> =>
  createCloudFormationCustomResourceEvent({
    requestType: 'Update',
    resourceProperties: { BucketName: 'new' },
    oldResourceProperties: { Name: 'old' },
  });

declare const context: Context;
const callback = (): undefined => undefined;

describe('CloudFormationCustomResourceEvent types', () => {
  it('accepts the @types/aws-lambda requests', () => {
    expectTypeOf<AwsCloudFormationCustomResourceEvent>().toExtend<RawCloudFormationCustomResourceEvent>();
    expectTypeOf<
      AwsCloudFormationCustomResourceEvent<
        BucketProperties,
        OldBucketProperties
      >
    >().toExtend<
      RawCloudFormationCustomResourceEvent<
        BucketProperties,
        OldBucketProperties
      >
    >();
  });

  it('types the members', () => {
    const raw: RawCloudFormationCustomResourceEvent =
      createCloudFormationCustomResourceEvent();
    const event = new CloudFormationCustomResourceEvent(raw);

    expectTypeOf(event.requestType).toEqualTypeOf<CloudFormationRequestType>();
    expectTypeOf(event.requestType).toEqualTypeOf<
      'Create' | 'Update' | 'Delete'
    >();
    expectTypeOf(event.serviceToken).toEqualTypeOf<string>();
    expectTypeOf(event.responseUrl).toEqualTypeOf<string | undefined>();
    expectTypeOf(event.stackId).toEqualTypeOf<string>();
    expectTypeOf(event.requestId).toEqualTypeOf<string>();
    expectTypeOf(event.logicalResourceId).toEqualTypeOf<string>();
    expectTypeOf(event.physicalResourceId).toEqualTypeOf<string>();
    expectTypeOf(event.resourceType).toEqualTypeOf<string>();
    expectTypeOf(event.resourceProperties).toEqualTypeOf<
      Record<string, unknown>
    >();
    expectTypeOf(event.oldResourceProperties).toEqualTypeOf<
      Partial<Record<string, unknown>>
    >();
  });

  it('types both property shapes with the generics', () => {
    const event = new CloudFormationCustomResourceEvent<
      BucketProperties,
      OldBucketProperties
    >(update());

    expectTypeOf(event.resourceProperties.BucketName).toEqualTypeOf<string>();
    // Create and Delete requests carry no old properties: each may be absent.
    expectTypeOf(event.oldResourceProperties.Name).toEqualTypeOf<
      string | undefined
    >();
  });

  it('takes the old properties type from the new one by default', () => {
    const event = new CloudFormationCustomResourceEvent<BucketProperties>(
      createCloudFormationCustomResourceEvent({
        resourceProperties: { BucketName: 'b' },
      }) as RawCloudFormationCustomResourceEvent<BucketProperties>
    );

    expectTypeOf(event.oldResourceProperties).toEqualTypeOf<
      Partial<BucketProperties>
    >();
  });

  it('tells the raw requests apart by their request type', () => {
    const raw = createCloudFormationCustomResourceEvent({
      requestType: 'Update',
    }) as RawCloudFormationCustomResourceEvent;

    if (raw.RequestType === 'Update') {
      expectTypeOf(raw.PhysicalResourceId).toEqualTypeOf<string>();
      expectTypeOf(raw.OldResourceProperties).toEqualTypeOf<
        Record<string, unknown>
      >();
    } else if (raw.RequestType === 'Create') {
      expectTypeOf(raw.PhysicalResourceId).toEqualTypeOf<undefined>();
    }
  });

  it('fits a CloudFormationCustomResourceHandler through eventSource', () => {
    const handler: CloudFormationCustomResourceHandler = eventSource(
      CloudFormationCustomResourceEvent,
      async (event, lambdaContext) => {
        expectTypeOf(lambdaContext).toEqualTypeOf<Context>();
        await sendResponse(
          event,
          { status: 'SUCCESS' },
          { context: lambdaContext }
        );
      }
    );

    expectTypeOf(handler).toBeCallableWith(
      createCloudFormationCustomResourceEvent(),
      context,
      callback
    );
  });
});

describe('response types', () => {
  it('builds a response @types/aws-lambda accepts, with the data type', () => {
    const response = buildResponse(createCloudFormationCustomResourceEvent(), {
      status: 'SUCCESS',
      physicalResourceId: 'id-1',
      data: { Arn: 'arn:aws:s3:::bucket' },
    });

    expectTypeOf(response).toEqualTypeOf<
      CloudFormationCustomResourceResponse<{ Arn: string }>
    >();
    expectTypeOf(response.Data).toEqualTypeOf<{ Arn: string } | undefined>();
    expectTypeOf(response.Status).toEqualTypeOf<'SUCCESS' | 'FAILED'>();
    expectTypeOf(response.Reason).toEqualTypeOf<string | undefined>();
    expectTypeOf(response.NoEcho).toEqualTypeOf<boolean | undefined>();
    expectTypeOf(response.PhysicalResourceId).toEqualTypeOf<string>();
  });

  it('takes a wrapper with typed properties, or the raw request', () => {
    const raw = update();

    expectTypeOf(buildResponse).toBeCallableWith(
      new CloudFormationCustomResourceEvent(raw),
      { status: 'SUCCESS' }
    );
    expectTypeOf(buildResponse).toBeCallableWith(raw, { status: 'SUCCESS' });
  });

  it('resolves to the response sent', () => {
    expectTypeOf(
      sendResponse(createCloudFormationCustomResourceEvent(), {
        status: 'FAILED',
        reason: 'no',
      })
    ).resolves.toEqualTypeOf<
      CloudFormationCustomResourceResponse<Record<string, unknown>>
    >();
  });

  it('takes the Lambda context of @types/aws-lambda', () => {
    expectTypeOf<Context>().toExtend<CloudFormationLambdaContext>();
  });

  it('refuses a status CloudFormation does not know', () => {
    buildResponse(createCloudFormationCustomResourceEvent(), {
      // @ts-expect-error: the status is 'SUCCESS' or 'FAILED'
      status: 'OK',
    });
  });
});

describe('createCloudFormationCustomResourceEvent types', () => {
  it('returns the request of the type asked for', () => {
    const request = createCloudFormationCustomResourceEvent({
      requestType: 'Update',
    });

    expectTypeOf(request.RequestType).toEqualTypeOf<'Update'>();
    expectTypeOf(request.PhysicalResourceId).toEqualTypeOf<string>();
    const handler: CloudFormationCustomResourceHandler = async () => {};
    expectTypeOf(handler).toBeCallableWith(request, context, callback);
  });

  it('returns a request without ResponseURL for the provider framework', () => {
    const request = createCloudFormationCustomResourceEvent({
      providerFramework: true,
    });

    expectTypeOf(request).toEqualTypeOf<
      Omit<SampleCloudFormationCustomResourceEvent<'Create'>, 'ResponseURL'>
    >();
    expectTypeOf(request).not.toHaveProperty('ResponseURL');
    expectTypeOf(request).toExtend<RawCloudFormationCustomResourceEvent>();
  });
});
