import { describe, expectTypeOf, it } from 'vitest';
import {
  ExampleSourceEvent,
  type ExampleSourceEventRecord,
} from '../src/index';
import { createExampleSourceEvent } from '../src/testing';

describe('ExampleSourceEvent types', () => {
  it('carries the body type to each record', () => {
    const event = new ExampleSourceEvent<{ id: string }>(
      createExampleSourceEvent()
    );

    expectTypeOf(event.records).toEqualTypeOf<
      ExampleSourceEventRecord<{ id: string }>[]
    >();
    expectTypeOf(event.record.jsonBody).toEqualTypeOf<
      { id: string } | undefined
    >();
    expectTypeOf(event.record.awsRegion).toEqualTypeOf<string | undefined>();
  });
});
