import { eventSource, type HeaderMap } from '@evt/core';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type RawVPCLatticeEventV2,
  VPCLatticeEventBase,
  VPCLatticeEventV2,
  type VPCLatticeEventV2Identity,
  type VPCLatticeEventV2RequestContext,
} from '../src/index';
import { createVPCLatticeEventV2 } from '../src/testing';

declare const raw: RawVPCLatticeEventV2;

describe('VPCLatticeEventV2', () => {
  it('accepts what the testing factory builds', () => {
    expectTypeOf(createVPCLatticeEventV2()).toExtend<RawVPCLatticeEventV2>();
  });

  it('takes the raw version 2 event, also through eventSource', () => {
    expectTypeOf<
      ConstructorParameters<typeof VPCLatticeEventV2>[0]
    >().toEqualTypeOf<RawVPCLatticeEventV2>();

    const handler = eventSource(VPCLatticeEventV2, async (event) => event.path);

    expectTypeOf(handler).parameter(0).toEqualTypeOf<RawVPCLatticeEventV2>();
  });

  it('types jsonBody with the body type', () => {
    interface Order {
      orderId: string;
    }

    expectTypeOf(new VPCLatticeEventV2<Order>(raw).jsonBody).toEqualTypeOf<
      Order | undefined
    >();
  });

  it('types its getters', () => {
    const event = new VPCLatticeEventV2(raw);

    expectTypeOf(event.version).toEqualTypeOf<string>();
    expectTypeOf(event.path).toEqualTypeOf<string>();
    expectTypeOf(event.method).toEqualTypeOf<string>();
    expectTypeOf(event.headers).toEqualTypeOf<HeaderMap>();
    expectTypeOf(event.queryStringParameters).toEqualTypeOf<
      Record<string, string>
    >();
    expectTypeOf(event.queryStringParameterValues).toEqualTypeOf<
      Record<string, readonly string[]>
    >();
    expectTypeOf(event.isBase64Encoded).toEqualTypeOf<boolean>();
    expectTypeOf(
      event.requestContext
    ).toEqualTypeOf<VPCLatticeEventV2RequestContext>();
    expectTypeOf(
      event.rawEvent.requestContext.timeEpoch
    ).toEqualTypeOf<string>();
  });

  it('is a VPCLatticeEventBase', () => {
    expectTypeOf(new VPCLatticeEventV2(raw)).toExtend<VPCLatticeEventBase>();
    expectTypeOf(VPCLatticeEventBase).toBeConstructibleWith({ method: 'GET' });
  });
});

describe('VPCLatticeEventV2RequestContext', () => {
  it('types its getters', () => {
    const context = new VPCLatticeEventV2(raw).requestContext;

    expectTypeOf(context.serviceNetworkArn).toEqualTypeOf<string>();
    expectTypeOf(context.timeEpoch).toEqualTypeOf<string>();
    expectTypeOf(context.timeEpochAsDate).toEqualTypeOf<Date>();
    expectTypeOf(context.identity).toEqualTypeOf<VPCLatticeEventV2Identity>();
  });
});

describe('VPCLatticeEventV2Identity', () => {
  it('types every field as optional', () => {
    const identity = new VPCLatticeEventV2(raw).requestContext.identity;

    expectTypeOf(identity.sourceVpcArn).toEqualTypeOf<string | undefined>();
    expectTypeOf(identity.type).toEqualTypeOf<string | undefined>();
    expectTypeOf(identity.principalOrgId).toEqualTypeOf<string | undefined>();
    expectTypeOf(identity.x509SubjectCn).toEqualTypeOf<string | undefined>();
  });

  it('takes an identity with any subset of its fields', () => {
    expectTypeOf({}).toExtend<
      RawVPCLatticeEventV2['requestContext']['identity']
    >();
  });
});
