import { type DeepPartial, mergeDeep } from '@evt/core/testing';
import cognitoSyncSample from '../test/events/cognito-sync-trigger-event.json';
import createAuthChallengeSample from '../test/events/create-auth-challenge-trigger-event.json';
import customEmailSenderSample from '../test/events/custom-email-sender-trigger-event.json';
import customMessageSample from '../test/events/custom-message-trigger-event.json';
import customSMSSenderSample from '../test/events/custom-sms-sender-trigger-event.json';
import defineAuthChallengeSample from '../test/events/define-auth-challenge-trigger-event.json';
import inboundFederationSample from '../test/events/inbound-federation-trigger-event.json';
import postAuthenticationSample from '../test/events/post-authentication-trigger-event.json';
import postConfirmationSample from '../test/events/post-confirmation-trigger-event.json';
import preAuthenticationSample from '../test/events/pre-authentication-trigger-event.json';
import preSignUpSample from '../test/events/pre-sign-up-trigger-event.json';
import preTokenGenerationSample from '../test/events/pre-token-generation-trigger-event.json';
import preTokenGenerationV2Sample from '../test/events/pre-token-generation-v2-trigger-event.json';
import userMigrationSample from '../test/events/user-migration-trigger-event.json';
import verifyAuthChallengeResponseSample from '../test/events/verify-auth-challenge-response-trigger-event.json';
import type {
  CognitoSyncRecordOperation,
  RawCognitoSyncTriggerEvent,
} from './cognito-sync-trigger-event';
import type { CreateAuthChallengeTriggerSource } from './create-auth-challenge-trigger-event';
import type { CustomEmailSenderTriggerSource } from './custom-email-sender-trigger-event';
import type { CustomMessageTriggerSource } from './custom-message-trigger-event';
import type { CustomSMSSenderTriggerSource } from './custom-sms-sender-trigger-event';
import type { DefineAuthChallengeTriggerSource } from './define-auth-challenge-trigger-event';
import type {
  InboundFederationProviderType,
  InboundFederationTriggerSource,
} from './inbound-federation-trigger-event';
import type { PostAuthenticationTriggerSource } from './post-authentication-trigger-event';
import type { PostConfirmationTriggerSource } from './post-confirmation-trigger-event';
import type { PreAuthenticationTriggerSource } from './pre-authentication-trigger-event';
import type { PreSignUpTriggerSource } from './pre-sign-up-trigger-event';
import type { PreTokenGenerationTriggerSource } from './pre-token-generation-trigger-event';
import type { PreTokenGenerationV2TriggerSource } from './pre-token-generation-v2-trigger-event';
import type { RawCallerContext } from './trigger';
import type { UserMigrationTriggerSource } from './user-migration-trigger-event';
import type { VerifyAuthChallengeResponseTriggerSource } from './verify-auth-challenge-response-trigger-event';

// Sample events for a function's own tests, one factory per trigger, each built from the
// documented sample of `test/events/` (the same JSON the package's tests read). Each sample
// fits the constructor of its wrapper and the matching type of `@types/aws-lambda`; where
// that type declares response fields that Amazon Cognito sends empty or `null` (the
// challenge flags, the migration attributes, the claims overrides), the sample holds the
// empty values it declares instead (`false`, `{}`, `[]`), as a response not yet set.

/** A map of names to string values, as a sample holds it. */
export type SampleStringMap = Record<string, string>;

/**
 * The fields every sample trigger event has.
 *
 * @typeParam TSource The trigger source of the sample.
 */
export interface SampleTriggerEvent<TSource extends string> {
  /** The version of the trigger event. */
  version: string;
  /** What caused Amazon Cognito to invoke the function. */
  triggerSource: TSource;
  /** The AWS Region of the user pool. */
  region: string;
  /** The ID of the user pool. */
  userPoolId: string;
  /** The user's username. */
  userName: string;
  /** Where the request came from. */
  callerContext: RawCallerContext;
}

/** The request fields most sample trigger events have. */
export interface SampleTriggerEventRequest {
  /** The user's attributes, by name. */
  userAttributes: SampleStringMap;
  /** The custom data the app passed as `ClientMetadata`. */
  clientMetadata?: SampleStringMap;
}

/**
 * What every factory can change in its sample. Fields left `undefined` keep the sample's.
 *
 * @typeParam TSource The trigger source.
 * @typeParam TSample The sample type.
 */
export interface TriggerEventOverrides<TSource extends string, TSample> {
  /** The trigger source (`triggerSource`). */
  readonly triggerSource?: TSource | undefined;
  /** The username (`userName`). */
  readonly userName?: string | undefined;
  /** Changes merged into the whole event, at any depth, applied last. */
  readonly event?: DeepPartial<TSample> | undefined;
}

/**
 * What the factories of events with user attributes can change in their sample.
 *
 * @typeParam TSource The trigger source.
 * @typeParam TSample The sample type.
 */
export interface UserTriggerEventOverrides<TSource extends string, TSample>
  extends TriggerEventOverrides<TSource, TSample> {
  /** The user's attributes (`request.userAttributes`), replacing the sample's. */
  readonly userAttributes?: Readonly<SampleStringMap> | undefined;
  /** The client metadata (`request.clientMetadata`), replacing the sample's. */
  readonly clientMetadata?: Readonly<SampleStringMap> | undefined;
}

type AnyOverrides = UserTriggerEventOverrides<string, unknown>;

interface MutableEvent {
  triggerSource: string;
  userName?: string;
  request: { userAttributes?: unknown; clientMetadata?: unknown };
  response?: Record<string, unknown> | null;
}

// A fresh copy of a sample, its response filled with the values the sample type declares
// where the documented event has none, then the overrides.
function build<T>(
  sample: object,
  overrides: AnyOverrides,
  responseDefaults?: Record<string, unknown>
): T {
  const event = structuredClone(sample) as MutableEvent;
  if (responseDefaults) {
    const response: Record<string, unknown> = { ...responseDefaults };
    for (const [key, value] of Object.entries(event.response ?? {})) {
      if (value !== null) response[key] = value;
    }
    event.response = response;
  }
  if (overrides.triggerSource !== undefined) {
    event.triggerSource = overrides.triggerSource;
  }
  if (overrides.userName !== undefined) event.userName = overrides.userName;
  if (overrides.userAttributes !== undefined) {
    event.request.userAttributes = { ...overrides.userAttributes };
  }
  if (overrides.clientMetadata !== undefined) {
    event.request.clientMetadata = { ...overrides.clientMetadata };
  }
  return mergeDeep(event, overrides.event as DeepPartial<MutableEvent>) as T;
}

/**
 * A pre sign-up event as {@link createPreSignUpTriggerEvent} builds it.
 *
 * @typeParam TSource The trigger source.
 */
export interface SamplePreSignUpTriggerEvent<
  TSource extends PreSignUpTriggerSource = PreSignUpTriggerSource,
> extends SampleTriggerEvent<TSource> {
  /** What the user signs up with. */
  request: SampleTriggerEventRequest & {
    /** The `ValidationData` of the sign-up call. */
    validationData?: SampleStringMap;
  };
  /** The response, as Amazon Cognito sends it. */
  response: {
    /** Whether to confirm the user. */
    autoConfirmUser: boolean;
    /** Whether to verify the email address. */
    autoVerifyEmail: boolean;
    /** Whether to verify the phone number. */
    autoVerifyPhone: boolean;
  };
}

/**
 * Builds a pre sign-up event from the documented `PreSignUp_SignUp` sample, as a fresh copy
 * you may change. It fits `PreSignUpTriggerEvent`'s constructor and the
 * `PreSignUpTriggerEvent` of `@types/aws-lambda`.
 *
 * @typeParam TSource The trigger source.
 * @param overrides The fields to replace in the sample.
 * @returns The raw event.
 * @example
 * ```ts
 * import { PreSignUpTriggerEvent } from '@evt/cognito';
 * import { createPreSignUpTriggerEvent } from '@evt/cognito/testing';
 *
 * const event = new PreSignUpTriggerEvent(
 *   createPreSignUpTriggerEvent({ userAttributes: { email: 'jane@example.com' } })
 * );
 * event.request.userAttributes.email; // 'jane@example.com'
 * ```
 */
export function createPreSignUpTriggerEvent<
  TSource extends PreSignUpTriggerSource = 'PreSignUp_SignUp',
>(
  overrides: UserTriggerEventOverrides<
    TSource,
    SamplePreSignUpTriggerEvent<TSource>
  > = {}
): SamplePreSignUpTriggerEvent<TSource> {
  return build(preSignUpSample, overrides);
}

/**
 * A post confirmation event as {@link createPostConfirmationTriggerEvent} builds it.
 *
 * @typeParam TSource The trigger source.
 */
export interface SamplePostConfirmationTriggerEvent<
  TSource extends PostConfirmationTriggerSource = PostConfirmationTriggerSource,
> extends SampleTriggerEvent<TSource> {
  /** The confirmed user. */
  request: SampleTriggerEventRequest;
  /** The response: Amazon Cognito reads none. */
  response: Record<string, never>;
}

/**
 * Builds a post confirmation event from the documented `PostConfirmation_ConfirmSignUp`
 * sample, as a fresh copy you may change. It fits `PostConfirmationTriggerEvent`'s
 * constructor and the `PostConfirmationTriggerEvent` of `@types/aws-lambda`.
 *
 * @typeParam TSource The trigger source.
 * @param overrides The fields to replace in the sample.
 * @returns The raw event.
 */
export function createPostConfirmationTriggerEvent<
  TSource extends
    PostConfirmationTriggerSource = 'PostConfirmation_ConfirmSignUp',
>(
  overrides: UserTriggerEventOverrides<
    TSource,
    SamplePostConfirmationTriggerEvent<TSource>
  > = {}
): SamplePostConfirmationTriggerEvent<TSource> {
  return build(postConfirmationSample, overrides);
}

/**
 * A migrate user event as {@link createUserMigrationTriggerEvent} builds it.
 *
 * @typeParam TSource The trigger source.
 */
export interface SampleUserMigrationTriggerEvent<
  TSource extends UserMigrationTriggerSource = UserMigrationTriggerSource,
> extends SampleTriggerEvent<TSource> {
  /** The sign-in that found no user. */
  request: {
    /** The password the user entered. */
    password: string;
    /** The `ValidationData` of the sign-in call. */
    validationData?: SampleStringMap;
    /** The custom data the app passed as `ClientMetadata`. */
    clientMetadata?: SampleStringMap;
  };
  /** The response not yet set: the attributes and delivery mediums empty. */
  response: {
    /** The attributes to create the user with. */
    userAttributes: SampleStringMap;
    /** How to send the welcome message. */
    desiredDeliveryMediums: ('SMS' | 'EMAIL')[];
  };
}

/**
 * Builds a migrate user event from the documented `UserMigration_Authentication` sample, as a
 * fresh copy you may change. It fits `UserMigrationTriggerEvent`'s constructor and the
 * `UserMigrationTriggerEvent` of `@types/aws-lambda`.
 *
 * @typeParam TSource The trigger source.
 * @param overrides The fields to replace in the sample (its request has no user attributes).
 * @returns The raw event.
 */
export function createUserMigrationTriggerEvent<
  TSource extends UserMigrationTriggerSource = 'UserMigration_Authentication',
>(
  overrides: TriggerEventOverrides<
    TSource,
    SampleUserMigrationTriggerEvent<TSource>
  > = {}
): SampleUserMigrationTriggerEvent<TSource> {
  return build(userMigrationSample, overrides, {
    userAttributes: {},
    desiredDeliveryMediums: [],
  });
}

/**
 * A custom message event as {@link createCustomMessageTriggerEvent} builds it.
 *
 * @typeParam TSource The trigger source.
 */
export interface SampleCustomMessageTriggerEvent<
  TSource extends CustomMessageTriggerSource = CustomMessageTriggerSource,
> extends SampleTriggerEvent<TSource> {
  /** The user and the placeholders. */
  request: SampleTriggerEventRequest & {
    /** The code placeholder. */
    codeParameter: string;
    /** The link placeholder. */
    linkParameter: string;
    /** The username placeholder; `null` but for an admin-created user. */
    usernameParameter: string | null;
  };
  /** The response, as Amazon Cognito sends it. */
  response: {
    /** The SMS message. */
    smsMessage: string | null;
    /** The email message. */
    emailMessage: string | null;
    /** The email subject. */
    emailSubject: string | null;
  };
}

/**
 * Builds a custom message event from the documented `CustomMessage_SignUp` sample, as a fresh
 * copy you may change. It fits `CustomMessageTriggerEvent`'s constructor and the
 * `CustomMessageTriggerEvent` of `@types/aws-lambda`.
 *
 * @typeParam TSource The trigger source.
 * @param overrides The fields to replace in the sample.
 * @returns The raw event.
 */
export function createCustomMessageTriggerEvent<
  TSource extends CustomMessageTriggerSource = 'CustomMessage_SignUp',
>(
  overrides: UserTriggerEventOverrides<
    TSource,
    SampleCustomMessageTriggerEvent<TSource>
  > = {}
): SampleCustomMessageTriggerEvent<TSource> {
  return build(customMessageSample, overrides);
}

/**
 * A pre authentication event as {@link createPreAuthenticationTriggerEvent} builds it.
 *
 * @typeParam TSource The trigger source.
 */
export interface SamplePreAuthenticationTriggerEvent<
  TSource extends
    PreAuthenticationTriggerSource = PreAuthenticationTriggerSource,
> extends SampleTriggerEvent<TSource> {
  /** The user signing in. */
  request: SampleTriggerEventRequest & {
    /** Whether no user matched. */
    userNotFound?: boolean;
    /** The `ValidationData` of the sign-in call. */
    validationData?: SampleStringMap;
  };
  /** The response: Amazon Cognito reads none. */
  response: Record<string, never>;
}

/**
 * Builds a pre authentication event from the documented sample, as a fresh copy you may
 * change. It fits `PreAuthenticationTriggerEvent`'s constructor and the
 * `PreAuthenticationTriggerEvent` of `@types/aws-lambda`.
 *
 * @typeParam TSource The trigger source.
 * @param overrides The fields to replace in the sample.
 * @returns The raw event.
 */
export function createPreAuthenticationTriggerEvent<
  TSource extends
    PreAuthenticationTriggerSource = 'PreAuthentication_Authentication',
>(
  overrides: UserTriggerEventOverrides<
    TSource,
    SamplePreAuthenticationTriggerEvent<TSource>
  > = {}
): SamplePreAuthenticationTriggerEvent<TSource> {
  return build(preAuthenticationSample, overrides);
}

/**
 * A post authentication event as {@link createPostAuthenticationTriggerEvent} builds it.
 *
 * @typeParam TSource The trigger source.
 */
export interface SamplePostAuthenticationTriggerEvent<
  TSource extends
    PostAuthenticationTriggerSource = PostAuthenticationTriggerSource,
> extends SampleTriggerEvent<TSource> {
  /** The user who signed in. */
  request: SampleTriggerEventRequest & {
    /** Whether the user signed in on a new device. */
    newDeviceUsed: boolean;
  };
  /** The response: Amazon Cognito reads none. */
  response: Record<string, never>;
}

/**
 * Builds a post authentication event from the documented sample, as a fresh copy you may
 * change. It fits `PostAuthenticationTriggerEvent`'s constructor and the
 * `PostAuthenticationTriggerEvent` of `@types/aws-lambda`.
 *
 * @typeParam TSource The trigger source.
 * @param overrides The fields to replace in the sample.
 * @returns The raw event.
 */
export function createPostAuthenticationTriggerEvent<
  TSource extends
    PostAuthenticationTriggerSource = 'PostAuthentication_Authentication',
>(
  overrides: UserTriggerEventOverrides<
    TSource,
    SamplePostAuthenticationTriggerEvent<TSource>
  > = {}
): SamplePostAuthenticationTriggerEvent<TSource> {
  return build(postAuthenticationSample, overrides);
}

/** A group configuration as the pre token generation samples hold it. */
export interface SampleGroupConfiguration {
  /** The names of the groups. */
  groupsToOverride: string[];
  /** The IAM roles of the groups. */
  iamRolesToOverride: string[];
  /** The IAM role to prefer. */
  preferredRole: string;
}

/** The request of the pre token generation samples. */
export interface SamplePreTokenGenerationRequest
  extends SampleTriggerEventRequest {
  /** The user's groups. */
  groupConfiguration: SampleGroupConfiguration;
}

/**
 * A version 1 pre token generation event as {@link createPreTokenGenerationTriggerEvent}
 * builds it.
 *
 * @typeParam TSource The trigger source.
 */
export interface SamplePreTokenGenerationTriggerEvent<
  TSource extends
    PreTokenGenerationTriggerSource = PreTokenGenerationTriggerSource,
> extends SampleTriggerEvent<TSource> {
  /** The user the tokens are for. */
  request: SamplePreTokenGenerationRequest;
  /** The response not yet set: an empty claims override. */
  response: {
    /** How to change the ID token. */
    claimsOverrideDetails: {
      /** The claims to add or change. */
      claimsToAddOrOverride?: SampleStringMap;
      /** The claims to remove. */
      claimsToSuppress?: string[];
      /** The groups to put in the token instead. */
      groupOverrideDetails?: Partial<SampleGroupConfiguration>;
    };
  };
}

/**
 * Builds a version 1 pre token generation event from the documented
 * `TokenGeneration_Authentication` sample, as a fresh copy you may change. It fits
 * `PreTokenGenerationTriggerEvent`'s constructor and the `PreTokenGenerationTriggerEvent` of
 * `@types/aws-lambda`.
 *
 * @typeParam TSource The trigger source.
 * @param overrides The fields to replace in the sample.
 * @returns The raw event.
 */
export function createPreTokenGenerationTriggerEvent<
  TSource extends
    PreTokenGenerationTriggerSource = 'TokenGeneration_Authentication',
>(
  overrides: UserTriggerEventOverrides<
    TSource,
    SamplePreTokenGenerationTriggerEvent<TSource>
  > = {}
): SamplePreTokenGenerationTriggerEvent<TSource> {
  return build(preTokenGenerationSample, overrides, {
    claimsOverrideDetails: {},
  });
}

/** The changes to one token as the version 2 samples hold them. */
export interface SampleTokenGeneration {
  /** The claims to add or change. */
  claimsToAddOrOverride?: SampleStringMap;
  /** The claims to remove. */
  claimsToSuppress?: string[];
  /** The scopes to add. */
  scopesToAdd?: string[];
  /** The scopes to remove. */
  scopesToSuppress?: string[];
}

/**
 * A version 2 pre token generation event as {@link createPreTokenGenerationV2TriggerEvent}
 * builds it.
 *
 * @typeParam TSource The trigger source.
 */
export interface SamplePreTokenGenerationV2TriggerEvent<
  TSource extends
    PreTokenGenerationV2TriggerSource = PreTokenGenerationV2TriggerSource,
> extends SampleTriggerEvent<TSource> {
  /** The user the tokens are for. */
  request: SamplePreTokenGenerationRequest & {
    /** The scopes of the access token. */
    scopes: string[];
  };
  /** The response not yet set: an empty claims and scopes override. */
  response: {
    /** How to change the tokens. */
    claimsAndScopeOverrideDetails: {
      /** The changes to the ID token. */
      idTokenGeneration?: SampleTokenGeneration;
      /** The changes to the access token. */
      accessTokenGeneration?: SampleTokenGeneration;
      /** The groups to put in the tokens instead. */
      groupOverrideDetails?: Partial<SampleGroupConfiguration>;
    };
  };
}

/**
 * Builds a version 2 pre token generation event from the documented
 * `TokenGeneration_Authentication` sample, as a fresh copy you may change; set `version` to
 * `3` (with `event`) for a version 3 event. It fits `PreTokenGenerationV2TriggerEvent`'s
 * constructor and the `PreTokenGenerationV2TriggerEvent` of `@types/aws-lambda`.
 *
 * @typeParam TSource The trigger source.
 * @param overrides The fields to replace in the sample.
 * @returns The raw event.
 * @example
 * ```ts
 * import { PreTokenGenerationV2TriggerEvent } from '@evt/cognito';
 * import { createPreTokenGenerationV2TriggerEvent } from '@evt/cognito/testing';
 *
 * const event = new PreTokenGenerationV2TriggerEvent(
 *   createPreTokenGenerationV2TriggerEvent({ triggerSource: 'TokenGeneration_RefreshTokens' })
 * );
 * event.request.scopes; // ['openid', 'email', 'aws.cognito.signin.user.admin']
 * ```
 */
export function createPreTokenGenerationV2TriggerEvent<
  TSource extends
    PreTokenGenerationV2TriggerSource = 'TokenGeneration_Authentication',
>(
  overrides: UserTriggerEventOverrides<
    TSource,
    SamplePreTokenGenerationV2TriggerEvent<TSource>
  > = {}
): SamplePreTokenGenerationV2TriggerEvent<TSource> {
  return build(preTokenGenerationV2Sample, overrides, {
    claimsAndScopeOverrideDetails: {},
  });
}

/** A challenge of a custom authentication session, as the samples hold it. */
export type SampleChallengeResult =
  | {
      /** A built-in challenge. */
      challengeName:
        | 'PASSWORD_VERIFIER'
        | 'SMS_MFA'
        | 'DEVICE_SRP_AUTH'
        | 'DEVICE_PASSWORD_VERIFIER'
        | 'ADMIN_NO_SRP_AUTH'
        | 'SRP_A';
      /** Whether the user answered it. */
      challengeResult: boolean;
    }
  | {
      /** A custom challenge. */
      challengeName: 'CUSTOM_CHALLENGE';
      /** Whether the user answered it. */
      challengeResult: boolean;
      /** The function's name for it. */
      challengeMetadata?: string;
    };

/** The request of the define and create auth challenge samples. */
export interface SampleAuthChallengeRequest extends SampleTriggerEventRequest {
  /** The challenges so far. */
  session: SampleChallengeResult[];
  /** Whether no user matched. */
  userNotFound?: boolean;
}

/**
 * A define auth challenge event as {@link createDefineAuthChallengeTriggerEvent} builds it.
 *
 * @typeParam TSource The trigger source.
 */
export interface SampleDefineAuthChallengeTriggerEvent<
  TSource extends
    DefineAuthChallengeTriggerSource = DefineAuthChallengeTriggerSource,
> extends SampleTriggerEvent<TSource> {
  /** The user and the challenges so far. */
  request: SampleAuthChallengeRequest;
  /** The response not yet set: both flags `false`. */
  response: {
    /** The next challenge. */
    challengeName?: string;
    /** Whether to issue tokens. */
    issueTokens: boolean;
    /** Whether to fail the sign-in. */
    failAuthentication: boolean;
  };
}

/**
 * Builds a define auth challenge event from the documented sample (a session of `SRP_A`,
 * `PASSWORD_VERIFIER` and a failed custom challenge), as a fresh copy you may change. It fits
 * `DefineAuthChallengeTriggerEvent`'s constructor and the `DefineAuthChallengeTriggerEvent`
 * of `@types/aws-lambda`.
 *
 * @typeParam TSource The trigger source.
 * @param overrides The fields to replace in the sample; `event.request.session` replaces the
 * session.
 * @returns The raw event.
 */
export function createDefineAuthChallengeTriggerEvent<
  TSource extends
    DefineAuthChallengeTriggerSource = 'DefineAuthChallenge_Authentication',
>(
  overrides: UserTriggerEventOverrides<
    TSource,
    SampleDefineAuthChallengeTriggerEvent<TSource>
  > = {}
): SampleDefineAuthChallengeTriggerEvent<TSource> {
  return build(defineAuthChallengeSample, overrides, {
    issueTokens: false,
    failAuthentication: false,
  });
}

/**
 * A create auth challenge event as {@link createCreateAuthChallengeTriggerEvent} builds it.
 *
 * @typeParam TSource The trigger source.
 */
export interface SampleCreateAuthChallengeTriggerEvent<
  TSource extends
    CreateAuthChallengeTriggerSource = CreateAuthChallengeTriggerSource,
> extends SampleTriggerEvent<TSource> {
  /** The challenge to create and the challenges so far. */
  request: SampleAuthChallengeRequest & {
    /** The challenge to create. */
    challengeName: string;
  };
  /** The response not yet set: empty parameters and metadata. */
  response: {
    /** What the app shows. */
    publicChallengeParameters: SampleStringMap;
    /** What the answer is checked against. */
    privateChallengeParameters: SampleStringMap;
    /** The function's name for the challenge. */
    challengeMetadata: string;
  };
}

/**
 * Builds a create auth challenge event from the documented sample (a `CUSTOM_CHALLENGE`
 * after `SRP_A` and `PASSWORD_VERIFIER`), as a fresh copy you may change. It fits
 * `CreateAuthChallengeTriggerEvent`'s constructor and the `CreateAuthChallengeTriggerEvent`
 * of `@types/aws-lambda`.
 *
 * @typeParam TSource The trigger source.
 * @param overrides The fields to replace in the sample.
 * @returns The raw event.
 */
export function createCreateAuthChallengeTriggerEvent<
  TSource extends
    CreateAuthChallengeTriggerSource = 'CreateAuthChallenge_Authentication',
>(
  overrides: UserTriggerEventOverrides<
    TSource,
    SampleCreateAuthChallengeTriggerEvent<TSource>
  > = {}
): SampleCreateAuthChallengeTriggerEvent<TSource> {
  return build(createAuthChallengeSample, overrides, {
    publicChallengeParameters: {},
    privateChallengeParameters: {},
    challengeMetadata: '',
  });
}

/**
 * A verify auth challenge response event as
 * {@link createVerifyAuthChallengeResponseTriggerEvent} builds it.
 *
 * @typeParam TSource The trigger source.
 */
export interface SampleVerifyAuthChallengeResponseTriggerEvent<
  TSource extends
    VerifyAuthChallengeResponseTriggerSource = VerifyAuthChallengeResponseTriggerSource,
> extends SampleTriggerEvent<TSource> {
  /** The answer and what to check it against. */
  request: SampleTriggerEventRequest & {
    /** What the answer is checked against. */
    privateChallengeParameters: SampleStringMap;
    /** The user's answer. */
    challengeAnswer: string;
    /** Whether no user matched. */
    userNotFound?: boolean;
  };
  /** The response not yet set: `answerCorrect` `false`. */
  response: {
    /** Whether the answer is correct. */
    answerCorrect: boolean;
  };
}

/**
 * Builds a verify auth challenge response event from the documented sample (answer `7`), as
 * a fresh copy you may change. It fits `VerifyAuthChallengeResponseTriggerEvent`'s
 * constructor and the `VerifyAuthChallengeResponseTriggerEvent` of `@types/aws-lambda`.
 *
 * @typeParam TSource The trigger source.
 * @param overrides The fields to replace in the sample.
 * @returns The raw event.
 */
export function createVerifyAuthChallengeResponseTriggerEvent<
  TSource extends
    VerifyAuthChallengeResponseTriggerSource = 'VerifyAuthChallengeResponse_Authentication',
>(
  overrides: UserTriggerEventOverrides<
    TSource,
    SampleVerifyAuthChallengeResponseTriggerEvent<TSource>
  > = {}
): SampleVerifyAuthChallengeResponseTriggerEvent<TSource> {
  return build(verifyAuthChallengeResponseSample, overrides, {
    answerCorrect: false,
  });
}

/**
 * A custom email or SMS sender event as the factories build it.
 *
 * @typeParam TSource The trigger source.
 */
export interface SampleCustomSenderTriggerEvent<TSource extends string>
  extends SampleTriggerEvent<TSource> {
  /** The message to send. */
  request: SampleTriggerEventRequest & {
    /** The version of the request. */
    type: string;
    /** The encrypted code, base64-encoded. */
    code: string | null;
  };
  /** An empty response: Amazon Cognito sends and reads none. */
  response: Record<string, never>;
}

/**
 * Options of the custom sender factories.
 *
 * @typeParam TSource The trigger source.
 */
export interface CustomSenderTriggerEventOverrides<TSource extends string>
  extends UserTriggerEventOverrides<
    TSource,
    SampleCustomSenderTriggerEvent<TSource>
  > {
  /**
   * The encrypted code (`request.code`), base64-encoded, e.g. what `encrypt` of
   * `@aws-crypto/client-node` returns for your test keyring. The sample's code decrypts
   * with the test keyring of the package's own tests only.
   */
  readonly code?: string | null | undefined;
}

function buildSender<T>(
  sample: object,
  overrides: CustomSenderTriggerEventOverrides<string>
): T {
  const event = build<{ request: { code?: string | null } }>(
    sample,
    overrides,
    {}
  );
  if (overrides.code !== undefined) event.request.code = overrides.code;
  return event as T;
}

/**
 * Builds a custom email sender event from the documented `CustomEmailSender_SignUp` sample,
 * as a fresh copy you may change, with an empty `response` added. It fits
 * `CustomEmailSenderTriggerEvent`'s constructor and the `CustomEmailSenderTriggerEvent` of
 * `@types/aws-lambda`.
 *
 * @typeParam TSource The trigger source.
 * @param overrides The fields to replace in the sample.
 * @returns The raw event.
 */
export function createCustomEmailSenderTriggerEvent<
  TSource extends CustomEmailSenderTriggerSource = 'CustomEmailSender_SignUp',
>(
  overrides: CustomSenderTriggerEventOverrides<TSource> = {}
): SampleCustomSenderTriggerEvent<TSource> {
  return buildSender(customEmailSenderSample, overrides);
}

/**
 * Builds a custom SMS sender event from the documented `CustomSMSSender_SignUp` sample, as a
 * fresh copy you may change, with an empty `response` added. It fits
 * `CustomSMSSenderTriggerEvent`'s constructor and the `CustomSMSSenderTriggerEvent` of
 * `@types/aws-lambda`.
 *
 * @typeParam TSource The trigger source.
 * @param overrides The fields to replace in the sample.
 * @returns The raw event.
 */
export function createCustomSMSSenderTriggerEvent<
  TSource extends CustomSMSSenderTriggerSource = 'CustomSMSSender_SignUp',
>(
  overrides: CustomSenderTriggerEventOverrides<TSource> = {}
): SampleCustomSenderTriggerEvent<TSource> {
  return buildSender(customSMSSenderSample, overrides);
}

/**
 * An inbound federation event as {@link createInboundFederationTriggerEvent} builds it.
 *
 * @typeParam TSource The trigger source.
 */
export interface SampleInboundFederationTriggerEvent<
  TSource extends
    InboundFederationTriggerSource = InboundFederationTriggerSource,
> extends SampleTriggerEvent<TSource> {
  /** The identity provider and what it sent. */
  request: {
    /** The provider's name. */
    providerName: string;
    /** The provider's kind. */
    providerType: InboundFederationProviderType;
    /** What the provider sent. */
    attributes: {
      /** The token endpoint's response. */
      tokenResponse?: SampleStringMap;
      /** The ID token's claims. */
      idToken?: SampleStringMap;
      /** The userInfo endpoint's response. */
      userInfo?: SampleStringMap;
      /** The SAML assertion's attributes. */
      samlResponse?: SampleStringMap;
    };
  };
  /** The response, as Amazon Cognito sends it. */
  response: {
    /** The attributes to give the user. */
    userAttributesToMap: SampleStringMap;
  };
}

/**
 * Builds an inbound federation event from the documented OIDC sample, as a fresh copy you may
 * change. It fits `InboundFederationTriggerEvent`'s constructor and the
 * `InboundFederationTriggerEvent` of `@types/aws-lambda`.
 *
 * @typeParam TSource The trigger source.
 * @param overrides The fields to replace in the sample.
 * @returns The raw event.
 */
export function createInboundFederationTriggerEvent<
  TSource extends
    InboundFederationTriggerSource = 'InboundFederation_ExternalProvider',
>(
  overrides: TriggerEventOverrides<
    TSource,
    SampleInboundFederationTriggerEvent<TSource>
  > = {}
): SampleInboundFederationTriggerEvent<TSource> {
  return build(inboundFederationSample, overrides);
}

/** A record of a Cognito Sync dataset, as a sample holds it. */
export interface SampleCognitoSyncDatasetRecord {
  /** The value stored before the synchronisation; `null` for a record the app adds. */
  oldValue?: string | null;
  /** The value the app synchronises; `null` for a record being removed. */
  newValue?: string | null;
  /** What happened to the record. */
  op: CognitoSyncRecordOperation;
}

/** A Cognito Sync trigger event as {@link createCognitoSyncTriggerEvent} builds it. */
export interface SampleCognitoSyncTriggerEvent
  extends Omit<RawCognitoSyncTriggerEvent, 'datasetRecords'> {
  /** The records of the dataset, by key. */
  datasetRecords: Record<string, SampleCognitoSyncDatasetRecord>;
}

/** What {@link createCognitoSyncTriggerEvent} can change in its sample. */
export interface CognitoSyncTriggerEventOverrides {
  /** The ID of the identity (`identityId`). */
  readonly identityId?: string | undefined;
  /** The name of the dataset (`datasetName`). */
  readonly datasetName?: string | undefined;
  /** The records of the dataset (`datasetRecords`), replacing the sample's. */
  readonly datasetRecords?:
    | Readonly<Record<string, SampleCognitoSyncDatasetRecord>>
    | undefined;
  /** Changes merged into the whole event, at any depth, applied last. */
  readonly event?: DeepPartial<SampleCognitoSyncTriggerEvent> | undefined;
}

/**
 * Builds a Cognito Sync trigger event from the documented sample (a `gameState` dataset with
 * two changed records), as a fresh copy you may change. It fits `CognitoSyncTriggerEvent`'s
 * constructor.
 *
 * @param overrides The fields to replace in the sample.
 * @returns The raw event.
 * @example
 * ```ts
 * import { CognitoSyncTriggerEvent } from '@evt/cognito';
 * import { createCognitoSyncTriggerEvent } from '@evt/cognito/testing';
 *
 * const event = new CognitoSyncTriggerEvent(
 *   createCognitoSyncTriggerEvent({
 *     datasetRecords: { level: { oldValue: '1', newValue: '2', op: 'replace' } },
 *   })
 * );
 * event.datasetRecords.level?.newValue; // '2'
 * ```
 */
export function createCognitoSyncTriggerEvent(
  overrides: CognitoSyncTriggerEventOverrides = {}
): SampleCognitoSyncTriggerEvent {
  const event = structuredClone(
    cognitoSyncSample
  ) as SampleCognitoSyncTriggerEvent;
  if (overrides.identityId !== undefined) {
    event.identityId = overrides.identityId;
  }
  if (overrides.datasetName !== undefined) {
    event.datasetName = overrides.datasetName;
  }
  if (overrides.datasetRecords !== undefined) {
    event.datasetRecords = structuredClone({ ...overrides.datasetRecords });
  }
  return mergeDeep(event, overrides.event);
}
