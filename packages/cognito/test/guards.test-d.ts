import { expectTypeOf, it } from 'vitest';
import {
  isCognitoSyncTriggerEvent,
  isCreateAuthChallengeTriggerEvent,
  isCustomEmailSenderTriggerEvent,
  isCustomMessageTriggerEvent,
  isCustomSMSSenderTriggerEvent,
  isDefineAuthChallengeTriggerEvent,
  isInboundFederationTriggerEvent,
  isPostAuthenticationTriggerEvent,
  isPostConfirmationTriggerEvent,
  isPreAuthenticationTriggerEvent,
  isPreSignUpTriggerEvent,
  isPreTokenGenerationTriggerEvent,
  isPreTokenGenerationV2TriggerEvent,
  isUserMigrationTriggerEvent,
  isVerifyAuthChallengeResponseTriggerEvent,
  type RawCognitoSyncTriggerEvent,
  type RawCreateAuthChallengeTriggerEvent,
  type RawCustomEmailSenderTriggerEvent,
  type RawCustomMessageTriggerEvent,
  type RawCustomSMSSenderTriggerEvent,
  type RawDefineAuthChallengeTriggerEvent,
  type RawInboundFederationTriggerEvent,
  type RawPostAuthenticationTriggerEvent,
  type RawPostConfirmationTriggerEvent,
  type RawPreAuthenticationTriggerEvent,
  type RawPreSignUpTriggerEvent,
  type RawPreTokenGenerationTriggerEvent,
  type RawPreTokenGenerationV2TriggerEvent,
  type RawUserMigrationTriggerEvent,
  type RawVerifyAuthChallengeResponseTriggerEvent,
} from '../src/index';

it('narrows an unknown value to the raw event', () => {
  const raw: unknown = undefined;
  if (isCognitoSyncTriggerEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawCognitoSyncTriggerEvent>();
  if (isCreateAuthChallengeTriggerEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawCreateAuthChallengeTriggerEvent>();
  if (isCustomEmailSenderTriggerEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawCustomEmailSenderTriggerEvent>();
  if (isCustomMessageTriggerEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawCustomMessageTriggerEvent>();
  if (isCustomSMSSenderTriggerEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawCustomSMSSenderTriggerEvent>();
  if (isDefineAuthChallengeTriggerEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawDefineAuthChallengeTriggerEvent>();
  if (isInboundFederationTriggerEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawInboundFederationTriggerEvent>();
  if (isPostAuthenticationTriggerEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawPostAuthenticationTriggerEvent>();
  if (isPostConfirmationTriggerEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawPostConfirmationTriggerEvent>();
  if (isPreAuthenticationTriggerEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawPreAuthenticationTriggerEvent>();
  if (isPreSignUpTriggerEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawPreSignUpTriggerEvent>();
  if (isUserMigrationTriggerEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawUserMigrationTriggerEvent>();
  if (isVerifyAuthChallengeResponseTriggerEvent(raw))
    expectTypeOf(
      raw
    ).toEqualTypeOf<RawVerifyAuthChallengeResponseTriggerEvent>();
  if (isPreTokenGenerationTriggerEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawPreTokenGenerationTriggerEvent>();
  if (isPreTokenGenerationV2TriggerEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawPreTokenGenerationV2TriggerEvent>();
});
