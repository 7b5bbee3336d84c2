import { describe, expectTypeOf, it } from 'vitest';
import { DocumentDBEvent, type DocumentDBEventRecord } from '../src/index';
import { createDocumentDBEvent } from '../src/testing';

describe('DocumentDBEvent types', () => {
  it('carries the body type to each record', () => {
    const event = new DocumentDBEvent<{ id: string }>(createDocumentDBEvent());

    expectTypeOf(event.records).toEqualTypeOf<
      DocumentDBEventRecord<{ id: string }>[]
    >();
    expectTypeOf(event.record.jsonBody).toEqualTypeOf<
      { id: string } | undefined
    >();
    expectTypeOf(event.record.awsRegion).toEqualTypeOf<string | undefined>();
  });
});
