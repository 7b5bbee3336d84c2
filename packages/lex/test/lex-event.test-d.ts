import { describe, expectTypeOf, it } from 'vitest';
import { LexEvent, type LexEventRecord } from '../src/index';
import { createLexEvent } from '../src/testing';

describe('LexEvent types', () => {
  it('carries the body type to each record', () => {
    const event = new LexEvent<{ id: string }>(createLexEvent());

    expectTypeOf(event.records).toEqualTypeOf<
      LexEventRecord<{ id: string }>[]
    >();
    expectTypeOf(event.record.jsonBody).toEqualTypeOf<
      { id: string } | undefined
    >();
    expectTypeOf(event.record.awsRegion).toEqualTypeOf<string | undefined>();
  });
});
