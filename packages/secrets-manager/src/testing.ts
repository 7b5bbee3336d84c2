import { argumentError } from '@evt/core';
import type { Sample } from '@evt/core/testing';
import finishSecret from '../test/events/secrets-manager-event.finish-secret.json';
import createSecret from '../test/events/secrets-manager-event.json';
import setSecret from '../test/events/secrets-manager-event.set-secret.json';
import testSecret from '../test/events/secrets-manager-event.test-secret.json';
import type {
  RawSecretsManagerEvent,
  SecretsManagerRotationStep,
} from './secrets-manager-event';

/**
 * The event {@link createSecretsManagerEvent} returns for a step: a fresh copy that fits
 * `SecretsManagerEvent`'s constructor and the `SecretsManagerRotationEvent` of
 * `@types/aws-lambda`.
 *
 * @typeParam TStep The rotation step.
 */
export type SampleSecretsManagerEvent<
  TStep extends SecretsManagerRotationStep = SecretsManagerRotationStep,
> = Sample<Omit<RawSecretsManagerEvent, 'Step'>> & {
  /** The rotation step. */
  Step: TStep;
};

/**
 * The changes {@link createSecretsManagerEvent} can make to the sample of a step.
 *
 * @typeParam TStep The rotation step.
 */
export interface SecretsManagerEventOverrides<
  TStep extends SecretsManagerRotationStep = 'createSecret',
> {
  /**
   * The rotation step, `'createSecret'` by default: picks the sample of that step. The
   * `createSecret` sample has no `RotationToken`, the others have one.
   */
  readonly step?: TStep | undefined;
  /** The secret's ARN (`SecretId`). */
  readonly secretId?: string | undefined;
  /** The new version's ID (`ClientRequestToken`). */
  readonly clientRequestToken?: string | undefined;
  /**
   * The rotation token (`RotationToken`), or `null` to build the event without one.
   */
  readonly rotationToken?: string | null | undefined;
}

const SAMPLES: Record<SecretsManagerRotationStep, RawSecretsManagerEvent> = {
  createSecret: createSecret as RawSecretsManagerEvent,
  setSecret: setSecret as RawSecretsManagerEvent,
  testSecret: testSecret as RawSecretsManagerEvent,
  finishSecret: finishSecret as RawSecretsManagerEvent,
};

/**
 * Builds a sample rotation event from AWS Secrets Manager for one step, as a fresh copy you
 * may change.
 *
 * @typeParam TStep The rotation step.
 * @param overrides The step, and the fields to replace in its sample.
 * @returns The raw event.
 * @throws {TypeError} when `step` is not one of the four rotation steps.
 * @example
 * ```ts
 * import { SecretsManagerEvent } from '@evt/secrets-manager';
 * import { createSecretsManagerEvent } from '@evt/secrets-manager/testing';
 *
 * const event = new SecretsManagerEvent(
 *   createSecretsManagerEvent({ step: 'finishSecret', clientRequestToken: 'v-2' })
 * );
 * event.step; // 'finishSecret'
 * event.versionId; // 'v-2'
 * ```
 */
export function createSecretsManagerEvent<
  TStep extends SecretsManagerRotationStep = 'createSecret',
>(
  overrides: SecretsManagerEventOverrides<TStep> = {}
): SampleSecretsManagerEvent<TStep> {
  const step: string = overrides.step ?? 'createSecret';
  if (!Object.hasOwn(SAMPLES, step)) {
    throw argumentError(
      'createSecretsManagerEvent',
      'step',
      "'createSecret', 'setSecret', 'testSecret' or 'finishSecret'",
      step
    );
  }
  const event = structuredClone(
    SAMPLES[step as SecretsManagerRotationStep]
  ) as SampleSecretsManagerEvent<TStep>;
  const { secretId, clientRequestToken, rotationToken } = overrides;
  if (secretId !== undefined) event.SecretId = secretId;
  if (clientRequestToken !== undefined) {
    event.ClientRequestToken = clientRequestToken;
  }
  if (rotationToken === null) delete event.RotationToken;
  else if (rotationToken !== undefined) event.RotationToken = rotationToken;
  return event;
}
