import type { HeaderMap } from '@evt/core';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type RawVPCLatticeEvent,
  VPCLatticeEvent,
  type VPCLatticeEventBase,
  type VPCLatticeResponse,
} from '../src/index';
import { createVPCLatticeEvent } from '../src/testing';

declare const raw: RawVPCLatticeEvent;

describe('VPCLatticeEvent', () => {
  it('accepts what the testing factory builds', () => {
    expectTypeOf(createVPCLatticeEvent()).toExtend<RawVPCLatticeEvent>();
  });

  it('types jsonBody with the body type', () => {
    interface Order {
      orderId: string;
    }

    expectTypeOf(new VPCLatticeEvent<Order>(raw).jsonBody).toEqualTypeOf<
      Order | undefined
    >();
  });

  it('types its getters', () => {
    const event = new VPCLatticeEvent(raw);

    expectTypeOf(event.method).toEqualTypeOf<string>();
    expectTypeOf(event.httpMethod).toEqualTypeOf<string>();
    expectTypeOf(event.rawPath).toEqualTypeOf<string>();
    expectTypeOf(event.path).toEqualTypeOf<string>();
    expectTypeOf(event.headers).toEqualTypeOf<HeaderMap>();
    expectTypeOf(event.resolvedHeadersField).toEqualTypeOf<HeaderMap>();
    expectTypeOf(event.queryStringParameters).toEqualTypeOf<
      Record<string, string>
    >();
    expectTypeOf(event.isBase64Encoded).toEqualTypeOf<boolean>();
    expectTypeOf(event.body).toEqualTypeOf<string | undefined>();
    expectTypeOf(event.decodedBody).toEqualTypeOf<string | undefined>();
    expectTypeOf(event.getQueryStringValue('a')).toEqualTypeOf<
      string | undefined
    >();
    expectTypeOf(event.getQueryStringValue('a', 'b')).toEqualTypeOf<string>();
    expectTypeOf(event.getHeaderValue('a', 'b')).toEqualTypeOf<string>();
    expectTypeOf(event.rawEvent.raw_path).toEqualTypeOf<string>();
  });

  it('is a VPCLatticeEventBase', () => {
    expectTypeOf(new VPCLatticeEvent(raw)).toExtend<VPCLatticeEventBase>();
  });
});

describe('VPCLatticeResponse', () => {
  it('takes the documented response', () => {
    expectTypeOf({
      isBase64Encoded: false,
      statusCode: 200,
      statusDescription: '200 OK',
      headers: { 'Content-Type': 'application/json' },
      body: '{"ok":true}',
    }).toExtend<VPCLatticeResponse>();
    expectTypeOf({ statusCode: 204 }).toExtend<VPCLatticeResponse>();
  });

  it('requires a status code', () => {
    expectTypeOf({ body: 'x' }).not.toExtend<VPCLatticeResponse>();
  });
});
