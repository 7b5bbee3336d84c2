import { describe, expectTypeOf, it } from 'vitest';
import {
  ClientVpnConnectionHandlerEvent,
  type ClientVpnConnectionHandlerResponse,
  type ClientVpnConnectionHandlerResponseV3,
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
    ).toEqualTypeOf<ClientVpnConnectionHandlerResponse>();
    expectTypeOf(
      clientVpnConnectionHandlerResponse({ allow: true, schemaVersion: 'v3' })
    ).toEqualTypeOf<ClientVpnConnectionHandlerResponseV3>();
    const version = 'v1' as 'v1' | 'v3';
    expectTypeOf(
      clientVpnConnectionHandlerResponse({
        allow: true,
        schemaVersion: version,
      })
    ).toEqualTypeOf<
      ClientVpnConnectionHandlerResponse | ClientVpnConnectionHandlerResponseV3
    >();
  });

  it('types the documented v1 response and the opt-in v3 one', () => {
    expectTypeOf<
      ClientVpnConnectionHandlerResponse['schema-version']
    >().toEqualTypeOf<'v1'>();
    expectTypeOf<ClientVpnConnectionHandlerResponse>().toHaveProperty(
      'error-msg-on-failed-posture-compliance'
    );
    expectTypeOf<ClientVpnConnectionHandlerResponse>().not.toHaveProperty(
      'error-msg-on-denied-connection'
    );
    expectTypeOf<
      ClientVpnConnectionHandlerResponseV3['schema-version']
    >().toEqualTypeOf<'v3'>();
    expectTypeOf<ClientVpnConnectionHandlerResponseV3>().toHaveProperty(
      'error-msg-on-denied-connection'
    );
  });
});
