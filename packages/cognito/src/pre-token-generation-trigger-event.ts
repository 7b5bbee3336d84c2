import { child, stringArrayOrEmpty, stringMapOrEmpty } from '@evt/core';
import { stringArrayArgument, stringMapArgument } from './arguments';
import {
  GroupConfigurationOverride,
  GroupOverrideDetails,
  type RawGroupOverrideDetails,
  type RawGroupOverrideHolder,
} from './group-override';
import {
  BaseTriggerEvent,
  BaseTriggerEventRequest,
  BaseTriggerEventResponse,
  type RawBaseTriggerEvent,
  type RawBaseTriggerEventRequest,
  type RawStringMap,
  responsePart,
} from './trigger';

/** What caused Amazon Cognito to invoke a pre token generation trigger, as AWS documents it. */
export type PreTokenGenerationTriggerSource =
  | 'TokenGeneration_HostedAuth'
  | 'TokenGeneration_Authentication'
  | 'TokenGeneration_NewPasswordChallenge'
  | 'TokenGeneration_AuthenticateDevice'
  | 'TokenGeneration_RefreshTokens';

/** The request of a pre token generation trigger event, as AWS documents it. */
export interface RawPreTokenGenerationTriggerEventRequest
  extends RawBaseTriggerEventRequest {
  /** The user's attributes, by name. */
  userAttributes?: RawStringMap | null | undefined;
  /** The user's groups and their IAM roles. */
  groupConfiguration: RawGroupOverrideDetails;
}

/** The claims override of a version 1 pre token generation response, as AWS documents it. */
export interface RawClaimsOverrideDetails extends RawGroupOverrideHolder {
  /** The claims to add to the ID token, or to change in it, by name. */
  claimsToAddOrOverride?: RawStringMap | null | undefined;
  /** The names of the claims to remove from the ID token. */
  claimsToSuppress?: readonly string[] | null | undefined;
}

/** The response of a version 1 pre token generation trigger event, as AWS documents it. */
export interface RawPreTokenGenerationTriggerEventResponse {
  /** How to change the ID token; Amazon Cognito sends it empty or `null`. */
  claimsOverrideDetails?: RawClaimsOverrideDetails | null | undefined;
}

/**
 * The event Amazon Cognito sends to a version 1 pre token generation trigger, as AWS
 * documents it.
 */
export interface RawPreTokenGenerationTriggerEvent
  extends RawBaseTriggerEvent<PreTokenGenerationTriggerSource> {
  /** The user the tokens are for. */
  request: RawPreTokenGenerationTriggerEventRequest;
  /** What the function answers. */
  response?: RawPreTokenGenerationTriggerEventResponse | null | undefined;
}

/** Wrapper for the request of a pre token generation trigger event (`request`). */
export class PreTokenGenerationTriggerEventRequest<
  TRaw extends
    RawPreTokenGenerationTriggerEventRequest = RawPreTokenGenerationTriggerEventRequest,
> extends BaseTriggerEventRequest<TRaw> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string =
    'PreTokenGenerationTriggerEventRequest';

  #groupConfiguration?: GroupOverrideDetails;

  /** The user's groups and their IAM roles (`request.groupConfiguration`). */
  get groupConfiguration(): GroupOverrideDetails {
    return (this.#groupConfiguration ??= child(
      this as PreTokenGenerationTriggerEventRequest,
      'groupConfiguration',
      GroupOverrideDetails
    ));
  }
}

/**
 * Wrapper for the claims override of a version 1 pre token generation response
 * (`response.claimsOverrideDetails`): the claims and groups to change in the ID token. Each
 * setter writes its field into the raw event, adding `claimsOverrideDetails` (and `response`)
 * when the event has none.
 *
 * @example
 * ```ts
 * import { PreTokenGenerationTriggerEvent, type RawPreTokenGenerationTriggerEvent } from '@evt/cognito';
 *
 * export const handler = async (raw: RawPreTokenGenerationTriggerEvent) => {
 *   const event = new PreTokenGenerationTriggerEvent(raw);
 *   const details = event.response.claimsOverrideDetails;
 *   details.claimsToAddOrOverride = { tenant: 'acme' };
 *   details.claimsToSuppress = ['email'];
 *   details.setGroupConfigurationGroupsToOverride(['readers']);
 *   return event.rawEvent;
 * };
 * ```
 */
export class ClaimsOverrideDetails extends GroupConfigurationOverride<RawClaimsOverrideDetails> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'ClaimsOverrideDetails';

  /**
   * The claims to add to the ID token, or to change in it, by name
   * (`response.claimsOverrideDetails.claimsToAddOrOverride`); for the groups, use
   * {@link GroupConfigurationOverride.groupConfiguration}. Empty object until set. Setting it
   * writes a copy of the map into the raw event. Hidden in the debug view.
   *
   * @throws {@link FieldTypeError} when the event holds something other than an object of
   * strings.
   * @throws {TypeError} when set to something other than an object of strings.
   */
  get claimsToAddOrOverride(): Record<string, string> {
    return stringMapOrEmpty(
      this,
      this.raw.claimsToAddOrOverride,
      'claimsToAddOrOverride'
    );
  }

  /** Checks `value` and writes it into the raw event as `claimsToAddOrOverride`; see the getter. */
  set claimsToAddOrOverride(value: Readonly<Record<string, string>>) {
    this.write(
      'claimsToAddOrOverride',
      stringMapArgument(value, 'ClaimsOverrideDetails.claimsToAddOrOverride')
    );
  }

  /**
   * The names of the claims to remove from the ID token
   * (`response.claimsOverrideDetails.claimsToSuppress`). Empty until set. Setting it writes a
   * copy of the list into the raw event. Hidden in the debug view.
   *
   * @throws {@link FieldTypeError} when the event holds something other than a list of
   * strings.
   * @throws {TypeError} when set to something other than a list of strings.
   */
  get claimsToSuppress(): readonly string[] {
    return stringArrayOrEmpty(
      this,
      this.raw.claimsToSuppress,
      'claimsToSuppress'
    );
  }

  /** Checks `value` and writes it into the raw event as `claimsToSuppress`; see the getter. */
  set claimsToSuppress(value: readonly string[]) {
    this.write(
      'claimsToSuppress',
      stringArrayArgument(value, 'ClaimsOverrideDetails.claimsToSuppress')
    );
  }
}

/** Wrapper for the response of a version 1 pre token generation trigger event (`response`). */
export class PreTokenGenerationTriggerEventResponse extends BaseTriggerEventResponse<RawPreTokenGenerationTriggerEventResponse> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string =
    'PreTokenGenerationTriggerEventResponse';

  #claimsOverrideDetails?: ClaimsOverrideDetails;

  /**
   * How to change the ID token: claims and groups (`response.claimsOverrideDetails`). Always
   * an object, even when the event holds `null`: its setters add it to the raw event on the
   * first write.
   *
   * @throws {@link FieldTypeError} when the event holds something other than an object.
   */
  get claimsOverrideDetails(): ClaimsOverrideDetails {
    return (this.#claimsOverrideDetails ??= responsePart(
      this,
      'claimsOverrideDetails',
      ClaimsOverrideDetails
    ));
  }
}

/**
 * Wrapper for the event that Amazon Cognito sends before it issues tokens, with the version 1
 * trigger event: the function can add, change and remove claims and groups in the ID token.
 * For access tokens, configure the trigger for version 2 or 3 events and use
 * {@link PreTokenGenerationV2TriggerEvent}.
 *
 * Amazon Cognito reads the changes from the event the function returns: set the fields of
 * `event.response.claimsOverrideDetails` and return `event.rawEvent`.
 *
 * @example
 * ```ts
 * import { PreTokenGenerationTriggerEvent, type RawPreTokenGenerationTriggerEvent } from '@evt/cognito';
 *
 * export const handler = async (raw: RawPreTokenGenerationTriggerEvent) => {
 *   const event = new PreTokenGenerationTriggerEvent(raw);
 *   const groups = event.request.groupConfiguration.groupsToOverride;
 *   event.response.claimsOverrideDetails.claimsToAddOrOverride = {
 *     role: groups.includes('admins') ? 'admin' : 'member',
 *   };
 *   return event.rawEvent;
 * };
 * ```
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
 */
export class PreTokenGenerationTriggerEvent extends BaseTriggerEvent<RawPreTokenGenerationTriggerEvent> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'PreTokenGenerationTriggerEvent';

  #request?: PreTokenGenerationTriggerEventRequest;
  #response?: PreTokenGenerationTriggerEventResponse;

  /** The user the tokens are for: attributes, groups, client metadata (`request`). */
  get request(): PreTokenGenerationTriggerEventRequest {
    return (this.#request ??= child(
      this,
      'request',
      PreTokenGenerationTriggerEventRequest
    ));
  }

  /**
   * How to change the ID token (`response`). Its setters write into the raw event, adding
   * `response` when the event has none.
   *
   * @throws {@link FieldTypeError} when `response` is present but not an object.
   */
  get response(): PreTokenGenerationTriggerEventResponse {
    return (this.#response ??= responsePart(
      this,
      'response',
      PreTokenGenerationTriggerEventResponse
    ));
  }
}
