import { eventSource } from '@evt/core';
import type {
  Context,
  SecretsManagerRotationEvent,
  SecretsManagerRotationEventStep,
  SecretsManagerRotationHandler,
} from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type RawSecretsManagerEvent,
  SecretsManagerEvent,
  type SecretsManagerRotationStep,
} from '../src/index';
import { createSecretsManagerEvent } from '../src/testing';

declare const context: Context;

describe('SecretsManagerEvent types', () => {
  it('accepts the @types/aws-lambda event', () => {
    expectTypeOf<SecretsManagerRotationEvent>().toExtend<RawSecretsManagerEvent>();
    expectTypeOf<SecretsManagerRotationStep>().toEqualTypeOf<SecretsManagerRotationEventStep>();
  });

  it('types the members', () => {
    const event = new SecretsManagerEvent(createSecretsManagerEvent());

    expectTypeOf(event.secretId).toEqualTypeOf<string>();
    expectTypeOf(event.clientRequestToken).toEqualTypeOf<string>();
    expectTypeOf(event.versionId).toEqualTypeOf<string>();
    expectTypeOf(event.step).toEqualTypeOf<
      'createSecret' | 'setSecret' | 'testSecret' | 'finishSecret'
    >();
    expectTypeOf(event.rotationToken).toEqualTypeOf<string | undefined>();
  });

  it('fits a SecretsManagerRotationHandler through eventSource', () => {
    const handler: SecretsManagerRotationHandler = eventSource(
      SecretsManagerEvent,
      async (event) => {
        expectTypeOf(event).toEqualTypeOf<SecretsManagerEvent>();
      }
    );

    expectTypeOf(handler).toBeCallableWith(
      createSecretsManagerEvent(),
      context,
      () => undefined
    );
  });
});

describe('createSecretsManagerEvent types', () => {
  it('returns the event of the step asked for, as @types/aws-lambda types it', () => {
    const raw = createSecretsManagerEvent({ step: 'finishSecret' });

    expectTypeOf(raw.Step).toEqualTypeOf<'finishSecret'>();
    expectTypeOf(raw).toExtend<SecretsManagerRotationEvent>();
    expectTypeOf(
      createSecretsManagerEvent().Step
    ).toEqualTypeOf<'createSecret'>();
  });

  it('refuses a step Secrets Manager does not send', () => {
    // @ts-expect-error: the four steps only
    createSecretsManagerEvent({ step: 'create_secret' });
  });
});
