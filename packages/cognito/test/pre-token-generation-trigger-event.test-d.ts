import type { PreTokenGenerationTriggerEvent as AwsPreTokenGenerationTriggerEvent } from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  PreTokenGenerationTriggerEvent,
  type PreTokenGenerationTriggerSource,
  type RawPreTokenGenerationTriggerEvent,
} from '../src/index';
import { createPreTokenGenerationTriggerEvent } from '../src/testing';

describe('PreTokenGenerationTriggerEvent types', () => {
  it('accepts the @types/aws-lambda event, and the sample fits it', () => {
    expectTypeOf<AwsPreTokenGenerationTriggerEvent>().toExtend<RawPreTokenGenerationTriggerEvent>();
    expectTypeOf(
      createPreTokenGenerationTriggerEvent()
    ).toExtend<AwsPreTokenGenerationTriggerEvent>();
    expectTypeOf(
      createPreTokenGenerationTriggerEvent({
        triggerSource: 'TokenGeneration_HostedAuth',
      })
    ).toExtend<AwsPreTokenGenerationTriggerEvent>();
  });

  it('types the trigger source and the members', () => {
    const event = new PreTokenGenerationTriggerEvent(
      createPreTokenGenerationTriggerEvent()
    );

    expectTypeOf(
      event.triggerSource
    ).toEqualTypeOf<PreTokenGenerationTriggerSource>();
    expectTypeOf(
      event.response.claimsOverrideDetails.claimsToAddOrOverride
    ).toEqualTypeOf<Record<string, string>>();
    expectTypeOf(
      event.request.groupConfiguration.groupsToOverride
    ).toEqualTypeOf<readonly string[]>();
  });

  it('takes string claims and a group override or null', () => {
    const details = new PreTokenGenerationTriggerEvent(
      createPreTokenGenerationTriggerEvent()
    ).response.claimsOverrideDetails;

    details.groupConfiguration = null;
    details.groupConfiguration = { groupsToOverride: ['a'] };
    // @ts-expect-error version 1 claims are strings
    details.claimsToAddOrOverride = { seats: 5 };
  });
});
