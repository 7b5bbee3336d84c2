import { describe, expectTypeOf, it } from 'vitest';
import { WorkMailEvent, type WorkMailEventRecord } from '../src/index';
import { createWorkMailEvent } from '../src/testing';

describe('WorkMailEvent types', () => {
  it('carries the body type to each record', () => {
    const event = new WorkMailEvent<{ id: string }>(createWorkMailEvent());

    expectTypeOf(event.records).toEqualTypeOf<
      WorkMailEventRecord<{ id: string }>[]
    >();
    expectTypeOf(event.record.jsonBody).toEqualTypeOf<
      { id: string } | undefined
    >();
    expectTypeOf(event.record.awsRegion).toEqualTypeOf<string | undefined>();
  });
});
