import { describe, expectTypeOf, it } from 'vitest';
import {
  type AlexaSkillConfirmationStatus,
  AlexaSkillEvent,
  type AlexaSkillIntent,
  type AlexaSkillIntentRequest,
  type AlexaSkillRequest,
  type AlexaSkillRequestType,
  type AlexaSkillResolutionValue,
  type AlexaSkillSessionEndedReason,
  type AlexaSkillSlot,
  type RawAlexaSkillEvent,
} from '../src/index';
import { createAlexaSkillEvent } from '../src/testing';

describe('AlexaSkillEvent types', () => {
  it('takes the raw event and the testing sample', () => {
    expectTypeOf(createAlexaSkillEvent()).toExtend<RawAlexaSkillEvent>();
    expectTypeOf<RawAlexaSkillEvent<{ visits: number }>>().toExtend<
      ConstructorParameters<typeof AlexaSkillEvent<{ visits: number }>>[0]
    >();
  });

  it('carries the session attribute type to the session', () => {
    const event = new AlexaSkillEvent<{ visits: number }>(
      createAlexaSkillEvent() as RawAlexaSkillEvent<{ visits: number }>
    );

    expectTypeOf(event.session?.attributes).toEqualTypeOf<
      { visits: number } | undefined
    >();
  });

  it('types the optional members of a request as possibly undefined', () => {
    const event = new AlexaSkillEvent(createAlexaSkillEvent());

    expectTypeOf(event.request).toEqualTypeOf<AlexaSkillRequest>();
    expectTypeOf(event.request.type).toEqualTypeOf<AlexaSkillRequestType>();
    expectTypeOf(event.request.intent).toEqualTypeOf<
      AlexaSkillIntent | undefined
    >();
    expectTypeOf(event.request.reason).toEqualTypeOf<
      AlexaSkillSessionEndedReason | undefined
    >();
    expectTypeOf(event.slotValue('toCity')).toEqualTypeOf<string | undefined>();
    expectTypeOf(event.resolvedSlotValue('activity')).toEqualTypeOf<
      AlexaSkillResolutionValue | undefined
    >();
    expectTypeOf(event.request.intent?.slots.toCity).toEqualTypeOf<
      AlexaSkillSlot | undefined
    >();
    expectTypeOf<AlexaSkillSlot['confirmationStatus']>().toEqualTypeOf<
      AlexaSkillConfirmationStatus | undefined
    >();
  });

  it('narrows the request with the type checks', () => {
    const event = new AlexaSkillEvent(createAlexaSkillEvent());

    if (event.isIntentRequest()) {
      expectTypeOf(event.request).toExtend<AlexaSkillIntentRequest>();
      expectTypeOf(event.request.intent).toEqualTypeOf<AlexaSkillIntent>();
      expectTypeOf(event.request.type).toEqualTypeOf<'IntentRequest'>();
    }
    if (event.isSessionEndedRequest()) {
      const reason: AlexaSkillSessionEndedReason = event.request.reason;
      expectTypeOf(reason).toBeString();
      expectTypeOf<undefined>().not.toExtend<typeof event.request.reason>();
    }
    if (event.isLaunchRequest()) {
      expectTypeOf(event.request.type).toEqualTypeOf<'LaunchRequest'>();
    }
  });
});
