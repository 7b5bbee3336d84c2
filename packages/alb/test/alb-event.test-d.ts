import { describe, expectTypeOf, it } from 'vitest';
import {
  ALBEvent,
  type ALBEventRecord,
} from '../src/index';
import { createALBEvent } from '../src/testing';

describe('ALBEvent types', () => {
  it('carries the body type to each record', () => {
    const event = new ALBEvent<{ id: string }>(
      createALBEvent()
    );

    expectTypeOf(event.records).toEqualTypeOf<
      ALBEventRecord<{ id: string }>[]
    >();
    expectTypeOf(event.record.jsonBody).toEqualTypeOf<
      { id: string } | undefined
    >();
    expectTypeOf(event.record.awsRegion).toEqualTypeOf<string | undefined>();
  });
});
