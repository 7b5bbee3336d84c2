// The errors evt throws, re-exported so that handlers can catch them (and TypeDoc can resolve
// the `@throws` links inherited from `EventWrapper`) without importing @evt/core.
export {
  DecodeError,
  EvtError,
  FieldTypeError,
  MissingFieldError,
  PayloadTooLargeError,
  ValidationError,
} from '@evt/core';
export {
  AuthChallengeTriggerEventRequest,
  ChallengeResult,
  type RawAuthChallengeTriggerEventRequest,
  type RawChallengeResult,
} from './auth-challenge';
export {
  CognitoSyncDatasetRecord,
  type CognitoSyncRecordOperation,
  CognitoSyncTriggerEvent,
  type RawCognitoSyncDatasetRecord,
  type RawCognitoSyncTriggerEvent,
} from './cognito-sync-trigger-event';
export {
  CreateAuthChallengeTriggerEvent,
  CreateAuthChallengeTriggerEventRequest,
  CreateAuthChallengeTriggerEventResponse,
  type CreateAuthChallengeTriggerSource,
  type RawCreateAuthChallengeTriggerEvent,
  type RawCreateAuthChallengeTriggerEventRequest,
  type RawCreateAuthChallengeTriggerEventResponse,
} from './create-auth-challenge-trigger-event';
export {
  CustomEmailSenderTriggerEvent,
  CustomEmailSenderTriggerEventRequest,
  type CustomEmailSenderTriggerSource,
  type RawAccountTakeOverNotificationUserAttributes,
  type RawCustomEmailSenderTriggerEvent,
  type RawCustomEmailSenderTriggerEventRequest,
} from './custom-email-sender-trigger-event';
export {
  CustomMessageTriggerEvent,
  CustomMessageTriggerEventRequest,
  CustomMessageTriggerEventResponse,
  type CustomMessageTriggerSource,
  type RawCustomMessageTriggerEvent,
  type RawCustomMessageTriggerEventRequest,
  type RawCustomMessageTriggerEventResponse,
} from './custom-message-trigger-event';
export {
  CustomSenderTriggerEvent,
  CustomSenderTriggerEventRequest,
  type RawCustomSenderTriggerEvent,
  type RawCustomSenderTriggerEventRequest,
} from './custom-sender';
export {
  CustomSMSSenderTriggerEvent,
  CustomSMSSenderTriggerEventRequest,
  type CustomSMSSenderTriggerSource,
  type RawCustomSMSSenderTriggerEvent,
  type RawCustomSMSSenderTriggerEventRequest,
} from './custom-sms-sender-trigger-event';
export {
  DefineAuthChallengeTriggerEvent,
  DefineAuthChallengeTriggerEventRequest,
  DefineAuthChallengeTriggerEventResponse,
  type DefineAuthChallengeTriggerSource,
  type RawDefineAuthChallengeTriggerEvent,
  type RawDefineAuthChallengeTriggerEventRequest,
  type RawDefineAuthChallengeTriggerEventResponse,
} from './define-auth-challenge-trigger-event';
export {
  GroupConfigurationOverride,
  GroupOverrideDetails,
  type GroupOverrideDetailsInput,
  type RawGroupOverrideDetails,
  type RawGroupOverrideHolder,
} from './group-override';
export {
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
} from './guards';
export {
  InboundFederationAttributes,
  type InboundFederationProviderType,
  InboundFederationTriggerEvent,
  InboundFederationTriggerEventRequest,
  InboundFederationTriggerEventResponse,
  type InboundFederationTriggerSource,
  type RawInboundFederationAttributes,
  type RawInboundFederationTriggerEvent,
  type RawInboundFederationTriggerEventRequest,
  type RawInboundFederationTriggerEventResponse,
  type RawProviderValues,
} from './inbound-federation-trigger-event';
export {
  PostAuthenticationTriggerEvent,
  PostAuthenticationTriggerEventRequest,
  type PostAuthenticationTriggerSource,
  type RawPostAuthenticationTriggerEvent,
  type RawPostAuthenticationTriggerEventRequest,
} from './post-authentication-trigger-event';
export {
  PostConfirmationTriggerEvent,
  PostConfirmationTriggerEventRequest,
  type PostConfirmationTriggerSource,
  type RawPostConfirmationTriggerEvent,
  type RawPostConfirmationTriggerEventRequest,
} from './post-confirmation-trigger-event';
export {
  PreAuthenticationTriggerEvent,
  PreAuthenticationTriggerEventRequest,
  type PreAuthenticationTriggerSource,
  type RawPreAuthenticationTriggerEvent,
  type RawPreAuthenticationTriggerEventRequest,
} from './pre-authentication-trigger-event';
export {
  PreSignUpTriggerEvent,
  PreSignUpTriggerEventRequest,
  PreSignUpTriggerEventResponse,
  type PreSignUpTriggerSource,
  type RawPreSignUpTriggerEvent,
  type RawPreSignUpTriggerEventRequest,
  type RawPreSignUpTriggerEventResponse,
} from './pre-sign-up-trigger-event';
export {
  ClaimsOverrideDetails,
  PreTokenGenerationTriggerEvent,
  PreTokenGenerationTriggerEventRequest,
  PreTokenGenerationTriggerEventResponse,
  type PreTokenGenerationTriggerSource,
  type RawClaimsOverrideDetails,
  type RawPreTokenGenerationTriggerEvent,
  type RawPreTokenGenerationTriggerEventRequest,
  type RawPreTokenGenerationTriggerEventResponse,
} from './pre-token-generation-trigger-event';
export {
  ClaimsAndScopeOverrideDetails,
  type ClaimValue,
  PreTokenGenerationTriggerV2EventRequest,
  PreTokenGenerationTriggerV2EventResponse,
  PreTokenGenerationV2TriggerEvent,
  type PreTokenGenerationV2TriggerSource,
  type RawClaimsAndScopeOverrideDetails,
  type RawPreTokenGenerationTriggerV2EventRequest,
  type RawPreTokenGenerationTriggerV2EventResponse,
  type RawPreTokenGenerationV2TriggerEvent,
  type RawTokenClaimsAndScopeOverrideDetails,
  TokenClaimsAndScopeOverrideDetails,
  type TokenClaimsAndScopeOverrideInput,
} from './pre-token-generation-v2-trigger-event';
export {
  BaseTriggerEvent,
  BaseTriggerEventRequest,
  BaseTriggerEventResponse,
  CallerContext,
  type RawBaseTriggerEvent,
  type RawBaseTriggerEventRequest,
  type RawCallerContext,
  type RawStringMap,
} from './trigger';
export {
  type DeliveryMedium,
  type FinalUserStatus,
  type MessageAction,
  type RawUserMigrationTriggerEvent,
  type RawUserMigrationTriggerEventRequest,
  type RawUserMigrationTriggerEventResponse,
  UserMigrationTriggerEvent,
  UserMigrationTriggerEventRequest,
  UserMigrationTriggerEventResponse,
  type UserMigrationTriggerSource,
} from './user-migration-trigger-event';
export {
  type RawVerifyAuthChallengeResponseTriggerEvent,
  type RawVerifyAuthChallengeResponseTriggerEventRequest,
  type RawVerifyAuthChallengeResponseTriggerEventResponse,
  VerifyAuthChallengeResponseTriggerEvent,
  VerifyAuthChallengeResponseTriggerEventRequest,
  VerifyAuthChallengeResponseTriggerEventResponse,
  type VerifyAuthChallengeResponseTriggerSource,
} from './verify-auth-challenge-response-trigger-event';
