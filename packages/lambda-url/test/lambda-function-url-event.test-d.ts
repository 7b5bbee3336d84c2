import { describe, expectTypeOf, it } from 'vitest';
import {
  LambdaFunctionUrlEvent,
  type LambdaFunctionUrlEventRecord,
} from '../src/index';
import { createLambdaFunctionUrlEvent } from '../src/testing';

describe('LambdaFunctionUrlEvent types', () => {
  it('carries the body type to each record', () => {
    const event = new LambdaFunctionUrlEvent<{ id: string }>(
      createLambdaFunctionUrlEvent()
    );

    expectTypeOf(event.records).toEqualTypeOf<
      LambdaFunctionUrlEventRecord<{ id: string }>[]
    >();
    expectTypeOf(event.record.jsonBody).toEqualTypeOf<
      { id: string } | undefined
    >();
    expectTypeOf(event.record.awsRegion).toEqualTypeOf<string | undefined>();
  });
});
