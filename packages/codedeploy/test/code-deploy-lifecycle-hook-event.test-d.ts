import { eventSource } from '@evt/core';
import type { Context } from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  CodeDeployLifecycleHookEvent,
  type LifecycleHookStatus,
  type LifecycleHookStatusInput,
  lifecycleHookStatusInput,
  type RawCodeDeployLifecycleHookEvent,
} from '../src/index';
import { createCodeDeployLifecycleHookEvent } from '../src/testing';

/** The input type of `@aws-sdk/client-codedeploy`'s command, as the SDK declares it. */
interface SdkPutLifecycleEventHookExecutionStatusInput {
  deploymentId?: string | undefined;
  lifecycleEventHookExecutionId?: string | undefined;
  status?:
    | 'Pending'
    | 'InProgress'
    | 'Succeeded'
    | 'Failed'
    | 'Skipped'
    | 'Unknown'
    | undefined;
}

declare const context: Context;

describe('CodeDeployLifecycleHookEvent types', () => {
  it('types the members', () => {
    const event = new CodeDeployLifecycleHookEvent(
      createCodeDeployLifecycleHookEvent()
    );

    expectTypeOf(event.deploymentId).toEqualTypeOf<string>();
    expectTypeOf(event.lifecycleEventHookExecutionId).toEqualTypeOf<string>();
  });

  it('takes the testing sample as a raw event', () => {
    // @types/aws-lambda declares no CodeDeploy hook event to check against.
    expectTypeOf(
      createCodeDeployLifecycleHookEvent()
    ).toExtend<RawCodeDeployLifecycleHookEvent>();
  });

  it('wraps the event for a handler through eventSource', () => {
    const handler = eventSource(CodeDeployLifecycleHookEvent, async (event) =>
      lifecycleHookStatusInput(event, 'Succeeded')
    );

    expectTypeOf(handler).toBeCallableWith(
      createCodeDeployLifecycleHookEvent(),
      context
    );
  });
});

describe('lifecycleHookStatusInput types', () => {
  it('returns an input the AWS SDK command takes', () => {
    const input = lifecycleHookStatusInput(
      createCodeDeployLifecycleHookEvent(),
      'Failed'
    );

    expectTypeOf(input).toEqualTypeOf<LifecycleHookStatusInput>();
    expectTypeOf(input.status).toEqualTypeOf<'Succeeded' | 'Failed'>();
    expectTypeOf(
      input
    ).toExtend<SdkPutLifecycleEventHookExecutionStatusInput>();
  });

  it('refuses a status a hook cannot report', () => {
    expectTypeOf<'Skipped'>().not.toExtend<LifecycleHookStatus>();
    lifecycleHookStatusInput(
      createCodeDeployLifecycleHookEvent(),
      // @ts-expect-error: a hook reports 'Succeeded' or 'Failed'
      'Skipped'
    );
  });
});
