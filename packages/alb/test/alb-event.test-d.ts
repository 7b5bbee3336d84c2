import type { HeaderMap } from '@evt/core';
import type { ALBHandler, ALBEvent as AwsALBEvent } from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  ALBEvent,
  type ALBEventRequestContext,
  type RawALBEvent,
} from '../src/index';
import { createALBEvent } from '../src/testing';

declare const raw: RawALBEvent;

describe('ALBEvent', () => {
  it('accepts the @types/aws-lambda event', () => {
    expectTypeOf<AwsALBEvent>().toExtend<RawALBEvent>();
  });

  it('builds samples that fit @types/aws-lambda', () => {
    expectTypeOf(createALBEvent()).toExtend<AwsALBEvent>();
    expectTypeOf(createALBEvent({ multiValue: true })).toExtend<
      Parameters<ALBHandler>[0]
    >();
  });

  it('types jsonBody with the body type', () => {
    interface Order {
      orderId: string;
    }

    expectTypeOf(new ALBEvent<Order>(raw).jsonBody).toEqualTypeOf<
      Order | undefined
    >();
    expectTypeOf(new ALBEvent(raw).jsonBody).toEqualTypeOf<unknown>();
  });

  it('types its getters', () => {
    const event = new ALBEvent(raw);

    expectTypeOf(event.requestContext).toEqualTypeOf<ALBEventRequestContext>();
    expectTypeOf(
      event.requestContext.elbTargetGroupArn
    ).toEqualTypeOf<string>();
    expectTypeOf(event.httpMethod).toEqualTypeOf<string>();
    expectTypeOf(event.path).toEqualTypeOf<string>();
    expectTypeOf(event.headers).toEqualTypeOf<HeaderMap>();
    expectTypeOf(event.multiValueHeaders).toEqualTypeOf<HeaderMap>();
    expectTypeOf(event.resolvedHeadersField).toEqualTypeOf<HeaderMap>();
    expectTypeOf(event.hasMultiValueHeaders).toEqualTypeOf<boolean>();
    expectTypeOf(event.queryStringParameters).toEqualTypeOf<
      Record<string, string>
    >();
    expectTypeOf(event.multiValueQueryStringParameters).toEqualTypeOf<
      Record<string, string[]>
    >();
    expectTypeOf(event.resolvedQueryStringParameters).toEqualTypeOf<
      Record<string, string[]>
    >();
    expectTypeOf(event.decodedQueryStringParameters).toEqualTypeOf<
      Record<string, string>
    >();
    expectTypeOf(event.decodedMultiValueQueryStringParameters).toEqualTypeOf<
      Record<string, string[]>
    >();
    expectTypeOf(event.isBase64Encoded).toEqualTypeOf<boolean>();
    expectTypeOf(event.body).toEqualTypeOf<string | undefined>();
    expectTypeOf(event.decodedBody).toEqualTypeOf<string | undefined>();
  });

  it('types the lookups with defaults', () => {
    const event = new ALBEvent(raw);

    expectTypeOf(event.getQueryStringValue('q')).toEqualTypeOf<
      string | undefined
    >();
    expectTypeOf(event.getQueryStringValue('q', '')).toEqualTypeOf<string>();
    expectTypeOf(event.getHeaderValue('host')).toEqualTypeOf<
      string | undefined
    >();
    expectTypeOf(event.getHeaderValue('host', '')).toEqualTypeOf<string>();
    expectTypeOf(event.getMultiValueQueryStringValues('tag')).toEqualTypeOf<
      string[]
    >();
  });
});
