import { loadEvent } from '@evt/tooling-config/events';
import { expectEvtError, patchEvent } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  CodeDeployLifecycleHookEvent,
  type LifecycleHookStatus,
  lifecycleHookStatusInput,
  MissingFieldError,
  type RawCodeDeployLifecycleHookEvent,
} from '../src/index';

const FIXTURE = 'code-deploy-lifecycle-hook-event';
const load = (): RawCodeDeployLifecycleHookEvent =>
  loadEvent<RawCodeDeployLifecycleHookEvent>(FIXTURE);

const EXECUTION_ID =
  'eyJlbmNyeXB0ZWREYXRhIjoiWjRhN2JxM2tQbmR5T2ZWc0d0MmFNdz09IiwiaXZQYXJhbWV0ZXJTcGVjIjoiUm1wS2VYQT0iLCJtYXRlcmlhbFNldFNlcmlhbCI6MX0=';

describe('lifecycleHookStatusInput', () => {
  it('builds the documented PutLifecycleEventHookExecutionStatus request from a wrapper', () => {
    const input = lifecycleHookStatusInput(
      new CodeDeployLifecycleHookEvent(load()),
      'Succeeded'
    );

    // The request syntax of the API reference, field for field.
    expect(input).toStrictEqual({
      deploymentId: 'd-B4DK6BVJE',
      lifecycleEventHookExecutionId: EXECUTION_ID,
      status: 'Succeeded',
    });
    expect(JSON.stringify(input)).toBe(
      `{"deploymentId":"d-B4DK6BVJE","lifecycleEventHookExecutionId":"${EXECUTION_ID}","status":"Succeeded"}`
    );
  });

  it('builds a Failed report from the raw event', () => {
    const input = lifecycleHookStatusInput(
      loadEvent<RawCodeDeployLifecycleHookEvent>(`${FIXTURE}.powertools`),
      'Failed'
    );

    expect(input).toStrictEqual({
      deploymentId: 'd-ABCDEF',
      lifecycleEventHookExecutionId: 'xxxxxxxxxxxxxxxxxxxxxxxx',
      status: 'Failed',
    });
  });

  it('leaves the raw event as it was', () => {
    const raw = load();

    lifecycleHookStatusInput(raw, 'Succeeded');

    expect(raw).toEqual(load());
  });

  it.each([
    ['a status of the API a hook cannot report', 'Skipped', 'string'],
    ['a misspelt status', 'SUCCEEDED', 'string'],
    ['a long string, by its kind', 'S'.repeat(21), 'string'],
    ['a missing status', undefined, 'undefined'],
    ['a boolean', true, 'boolean'],
  ])('throws TypeError naming status for %s', (_case, status, got) => {
    expect(() =>
      lifecycleHookStatusInput(load(), status as unknown as LifecycleHookStatus)
    ).toThrow(
      new TypeError(
        `lifecycleHookStatusInput: status must be 'Succeeded' or 'Failed', got ${got}`
      )
    );
  });

  it.each([
    [null, 'null'],
    ['d-B4DK6BVJE', 'string'],
  ])('throws TypeError naming event when it is %s', (event, got) => {
    expect(() =>
      lifecycleHookStatusInput(
        event as unknown as RawCodeDeployLifecycleHookEvent,
        'Succeeded'
      )
    ).toThrow(
      new TypeError(
        `lifecycleHookStatusInput: event must be a CodeDeploy lifecycle hook event, got ${got}`
      )
    );
  });

  it('throws MissingFieldError naming the field an event lacks', () => {
    const raw = patchEvent<RawCodeDeployLifecycleHookEvent>(
      FIXTURE,
      (event) => {
        delete (event as Partial<RawCodeDeployLifecycleHookEvent>)
          .LifecycleEventHookExecutionId;
      }
    );

    expectEvtError(
      () => lifecycleHookStatusInput(raw, 'Succeeded'),
      MissingFieldError,
      'CodeDeployLifecycleHookEvent: LifecycleEventHookExecutionId is missing'
    );
  });
});
