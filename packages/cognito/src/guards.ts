import type { RawCognitoSyncTriggerEvent } from './cognito-sync-trigger-event';
import type { RawCreateAuthChallengeTriggerEvent } from './create-auth-challenge-trigger-event';
import type { RawCustomEmailSenderTriggerEvent } from './custom-email-sender-trigger-event';
import type { RawCustomMessageTriggerEvent } from './custom-message-trigger-event';
import type { RawCustomSMSSenderTriggerEvent } from './custom-sms-sender-trigger-event';
import type { RawDefineAuthChallengeTriggerEvent } from './define-auth-challenge-trigger-event';
import type { RawInboundFederationTriggerEvent } from './inbound-federation-trigger-event';
import type { RawPostAuthenticationTriggerEvent } from './post-authentication-trigger-event';
import type { RawPostConfirmationTriggerEvent } from './post-confirmation-trigger-event';
import type { RawPreAuthenticationTriggerEvent } from './pre-authentication-trigger-event';
import type { RawPreSignUpTriggerEvent } from './pre-sign-up-trigger-event';
import type { RawPreTokenGenerationTriggerEvent } from './pre-token-generation-trigger-event';
import type { RawPreTokenGenerationV2TriggerEvent } from './pre-token-generation-v2-trigger-event';
import type { RawUserMigrationTriggerEvent } from './user-migration-trigger-event';
import type { RawVerifyAuthChallengeResponseTriggerEvent } from './verify-auth-challenge-response-trigger-event';

/** Any value's named fields, read without throwing on primitives, `null` or `undefined`. */
type Fields = { readonly [name: string]: unknown } | null | undefined;

// A user pool trigger names its kind in `triggerSource`: `<Trigger>_<what caused it>`.
function hasTrigger(raw: unknown, prefix: string): boolean {
  const event = raw as Fields;
  const source = event?.triggerSource;
  return (
    typeof source === 'string' &&
    source.startsWith(prefix) &&
    typeof event?.userPoolId === 'string'
  );
}

/**
 * Whether a value is the input of a user pool's Create auth challenge trigger: `triggerSource` starts with
 * `CreateAuthChallenge_`.
 */
export function isCreateAuthChallengeTriggerEvent(
  raw: unknown
): raw is RawCreateAuthChallengeTriggerEvent {
  return hasTrigger(raw, 'CreateAuthChallenge_');
}

/**
 * Whether a value is the input of a user pool's Custom email sender trigger: `triggerSource` starts with
 * `CustomEmailSender_`.
 */
export function isCustomEmailSenderTriggerEvent(
  raw: unknown
): raw is RawCustomEmailSenderTriggerEvent {
  return hasTrigger(raw, 'CustomEmailSender_');
}

/**
 * Whether a value is the input of a user pool's Custom message trigger: `triggerSource` starts with
 * `CustomMessage_`.
 */
export function isCustomMessageTriggerEvent(
  raw: unknown
): raw is RawCustomMessageTriggerEvent {
  return hasTrigger(raw, 'CustomMessage_');
}

/**
 * Whether a value is the input of a user pool's Custom SMS sender trigger: `triggerSource` starts with
 * `CustomSMSSender_`.
 */
export function isCustomSMSSenderTriggerEvent(
  raw: unknown
): raw is RawCustomSMSSenderTriggerEvent {
  return hasTrigger(raw, 'CustomSMSSender_');
}

/**
 * Whether a value is the input of a user pool's Define auth challenge trigger: `triggerSource` starts with
 * `DefineAuthChallenge_`.
 */
export function isDefineAuthChallengeTriggerEvent(
  raw: unknown
): raw is RawDefineAuthChallengeTriggerEvent {
  return hasTrigger(raw, 'DefineAuthChallenge_');
}

/**
 * Whether a value is the input of a user pool's Inbound federation trigger: `triggerSource` starts with
 * `InboundFederation_`.
 */
export function isInboundFederationTriggerEvent(
  raw: unknown
): raw is RawInboundFederationTriggerEvent {
  return hasTrigger(raw, 'InboundFederation_');
}

/**
 * Whether a value is the input of a user pool's Post authentication trigger: `triggerSource` starts with
 * `PostAuthentication_`.
 */
export function isPostAuthenticationTriggerEvent(
  raw: unknown
): raw is RawPostAuthenticationTriggerEvent {
  return hasTrigger(raw, 'PostAuthentication_');
}

/**
 * Whether a value is the input of a user pool's Post confirmation trigger: `triggerSource` starts with
 * `PostConfirmation_`.
 */
export function isPostConfirmationTriggerEvent(
  raw: unknown
): raw is RawPostConfirmationTriggerEvent {
  return hasTrigger(raw, 'PostConfirmation_');
}

/**
 * Whether a value is the input of a user pool's Pre authentication trigger: `triggerSource` starts with
 * `PreAuthentication_`.
 */
export function isPreAuthenticationTriggerEvent(
  raw: unknown
): raw is RawPreAuthenticationTriggerEvent {
  return hasTrigger(raw, 'PreAuthentication_');
}

/**
 * Whether a value is the input of a user pool's Pre sign-up trigger: `triggerSource` starts with
 * `PreSignUp_`.
 */
export function isPreSignUpTriggerEvent(
  raw: unknown
): raw is RawPreSignUpTriggerEvent {
  return hasTrigger(raw, 'PreSignUp_');
}

/**
 * Whether a value is the input of a user pool's Migrate user trigger: `triggerSource` starts with
 * `UserMigration_`.
 */
export function isUserMigrationTriggerEvent(
  raw: unknown
): raw is RawUserMigrationTriggerEvent {
  return hasTrigger(raw, 'UserMigration_');
}

/**
 * Whether a value is the input of a user pool's Verify auth challenge response trigger: `triggerSource` starts with
 * `VerifyAuthChallengeResponse_`.
 */
export function isVerifyAuthChallengeResponseTriggerEvent(
  raw: unknown
): raw is RawVerifyAuthChallengeResponseTriggerEvent {
  return hasTrigger(raw, 'VerifyAuthChallengeResponse_');
}

/**
 * Whether a value is the input of a user pool's pre token generation trigger in event version
 * `1` (ID token only): `triggerSource` starts with `TokenGeneration_` and `version` is `1`.
 * Versions `2` and `3` are {@link isPreTokenGenerationV2TriggerEvent}.
 */
export function isPreTokenGenerationTriggerEvent(
  raw: unknown
): raw is RawPreTokenGenerationTriggerEvent {
  return (
    hasTrigger(raw, 'TokenGeneration_') && (raw as Fields)?.version === '1'
  );
}

/**
 * Whether a value is the input of a user pool's pre token generation trigger in event version
 * `2` or `3` (access token customization, and machine-to-machine in `3`): `triggerSource`
 * starts with `TokenGeneration_` and `version` is a string other than `1`.
 */
export function isPreTokenGenerationV2TriggerEvent(
  raw: unknown
): raw is RawPreTokenGenerationV2TriggerEvent {
  return (
    hasTrigger(raw, 'TokenGeneration_') &&
    typeof (raw as Fields)?.version === 'string' &&
    (raw as Fields)?.version !== '1'
  );
}

/**
 * Whether a value is the input of an identity pool's Sync Trigger (Amazon Cognito Sync):
 * `eventType` is `SyncTrigger`, `identityPoolId` is a string, and `datasetRecords` is an
 * object. No user pool trigger has any of these fields.
 *
 * @example
 * ```ts
 * import { CognitoSyncTriggerEvent, isCognitoSyncTriggerEvent } from '@evt/cognito';
 *
 * export const handler = async (raw: unknown) => {
 *   if (!isCognitoSyncTriggerEvent(raw)) throw new TypeError('not a Sync Trigger event');
 *   const event = new CognitoSyncTriggerEvent(raw);
 *   return event.rawEvent;
 * };
 * ```
 */
export function isCognitoSyncTriggerEvent(
  raw: unknown
): raw is RawCognitoSyncTriggerEvent {
  const event = raw as Fields;
  const records = event?.datasetRecords;
  return (
    event?.eventType === 'SyncTrigger' &&
    typeof event.identityPoolId === 'string' &&
    typeof records === 'object' &&
    records !== null &&
    !Array.isArray(records)
  );
}
