import { inspect } from 'node:util';
import { loadEvent } from '@evt/tooling-config/events';
import {
  expectEvtError,
  expectGetters,
  patchEvent,
} from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  CodeDeployLifecycleHookEvent,
  FieldTypeError,
  MissingFieldError,
  type RawCodeDeployLifecycleHookEvent,
} from '../src/index';
import { createCodeDeployLifecycleHookEvent } from '../src/testing';

const FIXTURE = 'code-deploy-lifecycle-hook-event';
const load = (variant?: string): RawCodeDeployLifecycleHookEvent =>
  loadEvent<RawCodeDeployLifecycleHookEvent>(
    variant ? `${FIXTURE}.${variant}` : FIXTURE
  );

const EXECUTION_ID =
  'eyJlbmNyeXB0ZWREYXRhIjoiWjRhN2JxM2tQbmR5T2ZWc0d0MmFNdz09IiwiaXZQYXJhbWV0ZXJTcGVjIjoiUm1wS2VYQT0iLCJtYXRlcmlhbFNldFNlcmlhbCI6MX0=';

describe('CodeDeployLifecycleHookEvent', () => {
  describe('members', () => {
    it('returns the deployment and hook run IDs of the documented event', () => {
      const event = new CodeDeployLifecycleHookEvent(load());

      expectGetters(event, {
        deploymentId: 'd-B4DK6BVJE',
        lifecycleEventHookExecutionId: EXECUTION_ID,
      });
    });

    it('returns the IDs of the Powertools sample', () => {
      const event = new CodeDeployLifecycleHookEvent(load('powertools'));

      expect(event.deploymentId).toBe('d-ABCDEF');
      expect(event.lifecycleEventHookExecutionId).toBe(
        'xxxxxxxxxxxxxxxxxxxxxxxx'
      );
    });

    it('gives the raw event back as JSON', () => {
      const raw = load();

      expect(
        JSON.parse(JSON.stringify(new CodeDeployLifecycleHookEvent(raw)))
      ).toEqual(raw);
    });
  });

  describe('debug view', () => {
    it('shows both IDs: neither is a credential', () => {
      const view = inspect(new CodeDeployLifecycleHookEvent(load()));

      expect(view).toContain("deploymentId: 'd-B4DK6BVJE'");
      expect(view).toContain(
        `lifecycleEventHookExecutionId: '${EXECUTION_ID}'`
      );
    });
  });

  describe('testing factory', () => {
    it('builds a fresh copy of the documented sample', () => {
      const raw = createCodeDeployLifecycleHookEvent();

      expect(raw).toEqual(load());
      expect(raw).not.toBe(createCodeDeployLifecycleHookEvent());
    });

    it('replaces the IDs given', () => {
      const event = new CodeDeployLifecycleHookEvent(
        createCodeDeployLifecycleHookEvent({
          deploymentId: 'd-TEST00001',
          lifecycleEventHookExecutionId: 'run-1',
        })
      );

      expect(event.deploymentId).toBe('d-TEST00001');
      expect(event.lifecycleEventHookExecutionId).toBe('run-1');
    });
  });

  describe('malformed input', () => {
    it.each([
      ['DeploymentId', 'deploymentId'],
      ['LifecycleEventHookExecutionId', 'lifecycleEventHookExecutionId'],
    ] as const)(
      'throws MissingFieldError naming %s when it is absent',
      (field, getter) => {
        const raw = patchEvent<RawCodeDeployLifecycleHookEvent>(
          FIXTURE,
          (event) => {
            delete (event as Partial<RawCodeDeployLifecycleHookEvent>)[field];
          }
        );

        expectEvtError(
          () => new CodeDeployLifecycleHookEvent(raw)[getter],
          MissingFieldError,
          `CodeDeployLifecycleHookEvent: ${field} is missing`
        );
      }
    );

    it('throws FieldTypeError naming DeploymentId when it is not a string', () => {
      const raw = patchEvent<RawCodeDeployLifecycleHookEvent>(
        FIXTURE,
        (event) => {
          (event as unknown as { DeploymentId: number }).DeploymentId = 7;
        }
      );

      expectEvtError(
        () => new CodeDeployLifecycleHookEvent(raw).deploymentId,
        FieldTypeError,
        'CodeDeployLifecycleHookEvent: DeploymentId must be string, got number'
      );
    });
  });
});
