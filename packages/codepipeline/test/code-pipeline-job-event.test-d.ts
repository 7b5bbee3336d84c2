import { describe, expectTypeOf, it } from 'vitest';
import {
  CodePipelineJobEvent,
  type CodePipelineJobEventRecord,
} from '../src/index';
import { createCodePipelineJobEvent } from '../src/testing';

describe('CodePipelineJobEvent types', () => {
  it('carries the body type to each record', () => {
    const event = new CodePipelineJobEvent<{ id: string }>(
      createCodePipelineJobEvent()
    );

    expectTypeOf(event.records).toEqualTypeOf<
      CodePipelineJobEventRecord<{ id: string }>[]
    >();
    expectTypeOf(event.record.jsonBody).toEqualTypeOf<
      { id: string } | undefined
    >();
    expectTypeOf(event.record.awsRegion).toEqualTypeOf<string | undefined>();
  });
});
