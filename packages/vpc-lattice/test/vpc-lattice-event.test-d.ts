import { describe, expectTypeOf, it } from 'vitest';
import {
  VPCLatticeEvent,
  type VPCLatticeEventRecord,
} from '../src/index';
import { createVPCLatticeEvent } from '../src/testing';

describe('VPCLatticeEvent types', () => {
  it('carries the body type to each record', () => {
    const event = new VPCLatticeEvent<{ id: string }>(
      createVPCLatticeEvent()
    );

    expectTypeOf(event.records).toEqualTypeOf<
      VPCLatticeEventRecord<{ id: string }>[]
    >();
    expectTypeOf(event.record.jsonBody).toEqualTypeOf<
      { id: string } | undefined
    >();
    expectTypeOf(event.record.awsRegion).toEqualTypeOf<string | undefined>();
  });
});
