import { describe, expectTypeOf, it } from 'vitest';
import {
  LambdaDestinationEvent,
  type LambdaDestinationEventRecord,
} from '../src/index';
import { createLambdaDestinationEvent } from '../src/testing';

describe('LambdaDestinationEvent types', () => {
  it('carries the body type to each record', () => {
    const event = new LambdaDestinationEvent<{ id: string }>(
      createLambdaDestinationEvent()
    );

    expectTypeOf(event.records).toEqualTypeOf<
      LambdaDestinationEventRecord<{ id: string }>[]
    >();
    expectTypeOf(event.record.jsonBody).toEqualTypeOf<
      { id: string } | undefined
    >();
    expectTypeOf(event.record.awsRegion).toEqualTypeOf<string | undefined>();
  });
});
