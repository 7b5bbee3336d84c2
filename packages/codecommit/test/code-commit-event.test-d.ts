import { describe, expectTypeOf, it } from 'vitest';
import { CodeCommitEvent, type CodeCommitEventRecord } from '../src/index';
import { createCodeCommitEvent } from '../src/testing';

describe('CodeCommitEvent types', () => {
  it('carries the body type to each record', () => {
    const event = new CodeCommitEvent<{ id: string }>(createCodeCommitEvent());

    expectTypeOf(event.records).toEqualTypeOf<
      CodeCommitEventRecord<{ id: string }>[]
    >();
    expectTypeOf(event.record.jsonBody).toEqualTypeOf<
      { id: string } | undefined
    >();
    expectTypeOf(event.record.awsRegion).toEqualTypeOf<string | undefined>();
  });
});
