import { describe, expectTypeOf, it } from 'vitest';
import {
  ClientVpnConnectionHandlerEvent,
  type ClientVpnConnectionHandlerEventRecord,
} from '../src/index';
import { createClientVpnConnectionHandlerEvent } from '../src/testing';

describe('ClientVpnConnectionHandlerEvent types', () => {
  it('carries the body type to each record', () => {
    const event = new ClientVpnConnectionHandlerEvent<{ id: string }>(
      createClientVpnConnectionHandlerEvent()
    );

    expectTypeOf(event.records).toEqualTypeOf<
      ClientVpnConnectionHandlerEventRecord<{ id: string }>[]
    >();
    expectTypeOf(event.record.jsonBody).toEqualTypeOf<
      { id: string } | undefined
    >();
    expectTypeOf(event.record.awsRegion).toEqualTypeOf<string | undefined>();
  });
});
