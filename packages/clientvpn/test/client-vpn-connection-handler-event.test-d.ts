import { describe, expectTypeOf, it } from 'vitest';
import {
  ClientVpnConnectionHandlerEvent,
  type ClientVpnConnectionHandlerResponse,
  type ClientVpnConnectionHandlerResponseV1,
  clientVpnConnectionHandlerResponse,
  type RawClientVpnConnectionHandlerEvent,
} from '../src/index';
import {
  createClientVpnConnectionHandlerEvent,
  type SampleClientVpnConnectionHandlerEvent,
} from '../src/testing';

describe('ClientVpnConnectionHandlerEvent types', () => {
  it('builds samples that fit the constructor', () => {
    expectTypeOf(
      createClientVpnConnectionHandlerEvent()
    ).toEqualTypeOf<SampleClientVpnConnectionHandlerEvent>();
    expectTypeOf<SampleClientVpnConnectionHandlerEvent>().toExtend<RawClientVpnConnectionHandlerEvent>();
  });

  it('types the members', () => {
    const event = new ClientVpnConnectionHandlerEvent(
      createClientVpnConnectionHandlerEvent()
    );

    expectTypeOf(event.connectionId).toEqualTypeOf<string>();
    expectTypeOf(event.endpointId).toEqualTypeOf<string>();
    expectTypeOf(event.schemaVersion).toEqualTypeOf<string>();
    expectTypeOf(event.username).toEqualTypeOf<string | undefined>();
    expectTypeOf(event.publicIp).toEqualTypeOf<string | undefined>();
  });

  it('types the response by its schema version', () => {
    expectTypeOf(
      clientVpnConnectionHandlerResponse({ allow: true })
    ).toEqualTypeOf<ClientVpnConnectionHandlerResponse>();
    expectTypeOf(
      clientVpnConnectionHandlerResponse({ allow: true, schemaVersion: 'v1' })
    ).toEqualTypeOf<ClientVpnConnectionHandlerResponseV1>();
    const version = 'v3' as 'v1' | 'v3';
    expectTypeOf(
      clientVpnConnectionHandlerResponse({
        allow: true,
        schemaVersion: version,
      })
    ).toEqualTypeOf<
      ClientVpnConnectionHandlerResponse | ClientVpnConnectionHandlerResponseV1
    >();
  });
});
