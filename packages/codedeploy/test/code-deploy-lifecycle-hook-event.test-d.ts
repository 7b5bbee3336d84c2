import { describe, expectTypeOf, it } from 'vitest';
import {
  CodeDeployLifecycleHookEvent,
  type CodeDeployLifecycleHookEventRecord,
} from '../src/index';
import { createCodeDeployLifecycleHookEvent } from '../src/testing';

describe('CodeDeployLifecycleHookEvent types', () => {
  it('carries the body type to each record', () => {
    const event = new CodeDeployLifecycleHookEvent<{ id: string }>(
      createCodeDeployLifecycleHookEvent()
    );

    expectTypeOf(event.records).toEqualTypeOf<
      CodeDeployLifecycleHookEventRecord<{ id: string }>[]
    >();
    expectTypeOf(event.record.jsonBody).toEqualTypeOf<
      { id: string } | undefined
    >();
    expectTypeOf(event.record.awsRegion).toEqualTypeOf<string | undefined>();
  });
});
