import {
  PreTokenGenerationV2TriggerEvent,
  type RawPreTokenGenerationV2TriggerEvent,
} from '@evt/cognito';

/** The plans of the tenants, as a real function would read them from its own store. */
const PLANS: Readonly<Record<string, { tier: string; seats: number }>> = {
  acme: { tier: 'pro', seats: 25 },
};

/**
 * A pre token generation trigger (version 2 and 3 events) for a multi-tenant API. For a user,
 * it puts the tenant and its plan in the access token, grants the tenant's API scope, keeps
 * the phone number out of the ID token and drops the internal group; for a machine-to-machine
 * token (no user, no ID token), it names the calling app client. Amazon Cognito reads the
 * changes from the event the function returns.
 */
export const handler = async (raw: RawPreTokenGenerationV2TriggerEvent) => {
  const event = new PreTokenGenerationV2TriggerEvent(raw);
  const { request } = event;
  const details = event.response.claimsScopeOverrideDetails;

  if (event.triggerSource === 'TokenGeneration_ClientCredentials') {
    details.accessTokenGeneration = {
      claimsToAddOrOverride: { client: event.callerContext.clientId },
    };
    return event.rawEvent;
  }

  const tenant = request.userAttributes['custom:tenant'];
  if (tenant !== undefined) {
    details.accessTokenGeneration = {
      claimsToAddOrOverride: {
        tenant,
        plan: PLANS[tenant] ?? { tier: 'free', seats: 1 },
      },
      scopesToAdd: [`${tenant}-api/read`],
      scopesToSuppress: request.scopes.filter((scope) =>
        scope.startsWith('aws.cognito.')
      ),
    };
  }
  details.idTokenGeneration = { claimsToSuppress: ['phone_number'] };
  details.setGroupConfigurationGroupsToOverride(
    request.groupConfiguration.groupsToOverride.filter(
      (group) => group !== 'internal'
    )
  );
  return event.rawEvent;
};
