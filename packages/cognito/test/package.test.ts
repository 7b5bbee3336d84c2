import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';

describe('@evt/cognito', () => {
  it('is named after its folder', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

    expect(manifest.name).toBe('@evt/cognito');
  });

  it('has no runtime dependency beyond @evt/core, and the Encryption SDK as an optional peer', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

    expect(manifest.dependencies).toEqual({ '@evt/core': 'workspace:^' });
    expect(manifest.peerDependencies).toEqual({
      '@aws-crypto/client-node': '^5.0.0',
    });
    expect(manifest.peerDependenciesMeta).toEqual({
      '@aws-crypto/client-node': { optional: true },
    });
  });

  it('exports exactly its wrappers and the error classes', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'DecodeError',
        'isCognitoSyncTriggerEvent',
        'isCreateAuthChallengeTriggerEvent',
        'isCustomEmailSenderTriggerEvent',
        'isCustomMessageTriggerEvent',
        'isCustomSMSSenderTriggerEvent',
        'isDefineAuthChallengeTriggerEvent',
        'isInboundFederationTriggerEvent',
        'isPostAuthenticationTriggerEvent',
        'isPostConfirmationTriggerEvent',
        'isPreAuthenticationTriggerEvent',
        'isPreSignUpTriggerEvent',
        'isPreTokenGenerationTriggerEvent',
        'isPreTokenGenerationV2TriggerEvent',
        'isUserMigrationTriggerEvent',
        'isVerifyAuthChallengeResponseTriggerEvent',
        'EvtError',
        'FieldTypeError',
        'MissingFieldError',
        'PayloadTooLargeError',
        'ValidationError',
        'AuthChallengeTriggerEventRequest',
        'BaseTriggerEvent',
        'BaseTriggerEventRequest',
        'BaseTriggerEventResponse',
        'CallerContext',
        'ChallengeResult',
        'ClaimsAndScopeOverrideDetails',
        'ClaimsOverrideDetails',
        'CognitoSyncDatasetRecord',
        'CognitoSyncTriggerEvent',
        'CreateAuthChallengeTriggerEvent',
        'CreateAuthChallengeTriggerEventRequest',
        'CreateAuthChallengeTriggerEventResponse',
        'CustomEmailSenderTriggerEvent',
        'CustomEmailSenderTriggerEventRequest',
        'CustomMessageTriggerEvent',
        'CustomMessageTriggerEventRequest',
        'CustomMessageTriggerEventResponse',
        'CustomSMSSenderTriggerEvent',
        'CustomSMSSenderTriggerEventRequest',
        'CustomSenderTriggerEvent',
        'CustomSenderTriggerEventRequest',
        'DefineAuthChallengeTriggerEvent',
        'DefineAuthChallengeTriggerEventRequest',
        'DefineAuthChallengeTriggerEventResponse',
        'GroupConfigurationOverride',
        'GroupOverrideDetails',
        'InboundFederationAttributes',
        'InboundFederationTriggerEvent',
        'InboundFederationTriggerEventRequest',
        'InboundFederationTriggerEventResponse',
        'PostAuthenticationTriggerEvent',
        'PostAuthenticationTriggerEventRequest',
        'PostConfirmationTriggerEvent',
        'PostConfirmationTriggerEventRequest',
        'PreAuthenticationTriggerEvent',
        'PreAuthenticationTriggerEventRequest',
        'PreSignUpTriggerEvent',
        'PreSignUpTriggerEventRequest',
        'PreSignUpTriggerEventResponse',
        'PreTokenGenerationTriggerEvent',
        'PreTokenGenerationTriggerEventRequest',
        'PreTokenGenerationTriggerEventResponse',
        'PreTokenGenerationTriggerV2EventRequest',
        'PreTokenGenerationTriggerV2EventResponse',
        'PreTokenGenerationV2TriggerEvent',
        'TokenClaimsAndScopeOverrideDetails',
        'UserMigrationTriggerEvent',
        'UserMigrationTriggerEventRequest',
        'UserMigrationTriggerEventResponse',
        'VerifyAuthChallengeResponseTriggerEvent',
        'VerifyAuthChallengeResponseTriggerEventRequest',
        'VerifyAuthChallengeResponseTriggerEventResponse',
      ].sort()
    );
  });
});
