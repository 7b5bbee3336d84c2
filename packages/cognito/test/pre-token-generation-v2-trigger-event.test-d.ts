import type {
  PreTokenGenerationV2TriggerEvent as AwsPreTokenGenerationV2TriggerEvent,
  PreTokenGenerationV3TriggerEvent as AwsPreTokenGenerationV3TriggerEvent,
} from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  PreTokenGenerationV2TriggerEvent,
  type PreTokenGenerationV2TriggerSource,
  type RawPreTokenGenerationV2TriggerEvent,
  type TokenClaimsAndScopeOverrideDetails,
} from '../src/index';
import { createPreTokenGenerationV2TriggerEvent } from '../src/testing';

describe('PreTokenGenerationV2TriggerEvent types', () => {
  it('accepts the @types/aws-lambda version 2 and 3 events, and the sample fits version 2', () => {
    expectTypeOf<AwsPreTokenGenerationV2TriggerEvent>().toExtend<RawPreTokenGenerationV2TriggerEvent>();
    expectTypeOf<AwsPreTokenGenerationV3TriggerEvent>().toExtend<RawPreTokenGenerationV2TriggerEvent>();
    expectTypeOf(
      createPreTokenGenerationV2TriggerEvent()
    ).toExtend<AwsPreTokenGenerationV2TriggerEvent>();
  });

  it('types the trigger source and the members', () => {
    const event = new PreTokenGenerationV2TriggerEvent(
      createPreTokenGenerationV2TriggerEvent()
    );
    const details = event.response.claimsScopeOverrideDetails;

    expectTypeOf(
      event.triggerSource
    ).toEqualTypeOf<PreTokenGenerationV2TriggerSource>();
    expectTypeOf(event.request.scopes).toEqualTypeOf<readonly string[]>();
    expectTypeOf(details.accessTokenGeneration).toEqualTypeOf<
      TokenClaimsAndScopeOverrideDetails | undefined
    >();
    expectTypeOf(
      details.accessTokenGeneration?.claimsToAddOrOverride
    ).toEqualTypeOf<Readonly<Record<string, unknown>> | undefined>();
  });

  it('takes JSON claim values in the token setters', () => {
    const details = new PreTokenGenerationV2TriggerEvent(
      createPreTokenGenerationV2TriggerEvent()
    ).response.claimsScopeOverrideDetails;

    details.accessTokenGeneration = {
      claimsToAddOrOverride: { plan: { seats: 5, tags: ['a', true] } },
    };
    details.idTokenGeneration = {
      // @ts-expect-error a function is not a claim value
      claimsToAddOrOverride: { callback: () => 1 },
    };
  });
});
