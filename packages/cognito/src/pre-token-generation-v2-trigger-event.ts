import {
  child,
  mapOrEmpty,
  optionalChild,
  stringArrayOrEmpty,
  UNSET,
} from '@evt/core';
import {
  jsonMapArgument,
  shapeArgument,
  stringArrayArgument,
} from './arguments';
import {
  GroupConfigurationOverride,
  type RawGroupOverrideHolder,
} from './group-override';
import {
  PreTokenGenerationTriggerEventRequest,
  type PreTokenGenerationTriggerSource,
  type RawPreTokenGenerationTriggerEventRequest,
} from './pre-token-generation-trigger-event';
import {
  BaseTriggerEvent,
  BaseTriggerEventResponse,
  type RawBaseTriggerEvent,
  responsePart,
} from './trigger';

/**
 * What caused Amazon Cognito to invoke a pre token generation trigger with version 2 or 3
 * events, as AWS documents it; `TokenGeneration_ClientCredentials` (a machine-to-machine
 * token request) comes only with version 3.
 */
export type PreTokenGenerationV2TriggerSource =
  | PreTokenGenerationTriggerSource
  | 'TokenGeneration_ClientCredentials';

/**
 * A claim value a version 2 or 3 response may put in a token: a string, a number, a boolean,
 * or an array or object of such values (JSON).
 */
export type ClaimValue =
  | string
  | number
  | boolean
  | readonly ClaimValue[]
  | { readonly [name: string]: ClaimValue };

/** The request of a version 2 or 3 pre token generation trigger event, as AWS documents it. */
export interface RawPreTokenGenerationTriggerV2EventRequest
  extends RawPreTokenGenerationTriggerEventRequest {
  /** The OAuth 2.0 scopes the access token will hold. */
  scopes?: readonly string[] | null | undefined;
}

/** The changes to one token in a version 2 or 3 response, as AWS documents them. */
export interface RawTokenClaimsAndScopeOverrideDetails {
  /** The claims to add to the token, or to change in it, by name. */
  claimsToAddOrOverride?: Readonly<Record<string, unknown>> | null | undefined;
  /** The names of the claims to remove from the token. */
  claimsToSuppress?: readonly string[] | null | undefined;
  /** The scopes to add to the access token. */
  scopesToAdd?: readonly string[] | null | undefined;
  /** The scopes to remove from the access token. */
  scopesToSuppress?: readonly string[] | null | undefined;
}

/** The changes to one token as a function sets them. */
export interface TokenClaimsAndScopeOverrideInput {
  /** The claims to add to the token, or to change in it, by name. */
  readonly claimsToAddOrOverride?:
    | { readonly [name: string]: ClaimValue }
    | undefined;
  /** The names of the claims to remove from the token. */
  readonly claimsToSuppress?: readonly string[] | undefined;
  /** The scopes to add to the access token. */
  readonly scopesToAdd?: readonly string[] | undefined;
  /** The scopes to remove from the access token. */
  readonly scopesToSuppress?: readonly string[] | undefined;
}

/** The token changes of a version 2 or 3 pre token generation response, as AWS documents them. */
export interface RawClaimsAndScopeOverrideDetails
  extends RawGroupOverrideHolder {
  /** The changes to the ID token. */
  idTokenGeneration?: RawTokenClaimsAndScopeOverrideDetails | null | undefined;
  /** The changes to the access token. */
  accessTokenGeneration?:
    | RawTokenClaimsAndScopeOverrideDetails
    | null
    | undefined;
}

/** The response of a version 2 or 3 pre token generation trigger event, as AWS documents it. */
export interface RawPreTokenGenerationTriggerV2EventResponse {
  /** How to change the tokens; Amazon Cognito sends it empty or `null`. */
  claimsAndScopeOverrideDetails?:
    | RawClaimsAndScopeOverrideDetails
    | null
    | undefined;
}

/**
 * The event Amazon Cognito sends to a pre token generation trigger configured for version 2
 * or 3 events, as AWS documents it.
 */
export interface RawPreTokenGenerationV2TriggerEvent
  extends RawBaseTriggerEvent<PreTokenGenerationV2TriggerSource> {
  /** The user (or app client) the tokens are for. */
  request: RawPreTokenGenerationTriggerV2EventRequest;
  /** What the function answers. */
  response?: RawPreTokenGenerationTriggerV2EventResponse | null | undefined;
}

/** Wrapper for the request of a version 2 or 3 pre token generation trigger event (`request`). */
export class PreTokenGenerationTriggerV2EventRequest extends PreTokenGenerationTriggerEventRequest<RawPreTokenGenerationTriggerV2EventRequest> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string =
    'PreTokenGenerationTriggerV2EventRequest';

  /**
   * The OAuth 2.0 scopes the access token will hold: the standard and custom scopes the
   * user or app client asked for and the app client may issue (`request.scopes`). Empty when
   * the request has none.
   *
   * @throws {@link FieldTypeError} when it is not a list of strings.
   */
  get scopes(): readonly string[] {
    return stringArrayOrEmpty(this, this.raw.scopes, 'scopes');
  }
}

/**
 * Wrapper for the changes to one token in a version 2 or 3 pre token generation response
 * (`idTokenGeneration` or `accessTokenGeneration`). Each setter writes its field into the raw
 * event. Amazon Cognito reads scopes for the access token only.
 */
export class TokenClaimsAndScopeOverrideDetails extends BaseTriggerEventResponse<RawTokenClaimsAndScopeOverrideDetails> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string =
    'TokenClaimsAndScopeOverrideDetails';

  /**
   * The claims to add to the token, or to change in it, by name (`claimsToAddOrOverride`);
   * values may be strings, numbers, booleans, or arrays and objects of them. Empty object
   * until set. Setting it writes a copy of the map into the raw event. Hidden in the debug
   * view.
   *
   * @throws {@link FieldTypeError} when the event holds something other than an object.
   * @throws {TypeError} when set to something other than an object of such values.
   */
  get claimsToAddOrOverride(): Readonly<Record<string, unknown>> {
    return mapOrEmpty(
      this,
      this.raw.claimsToAddOrOverride,
      'claimsToAddOrOverride'
    );
  }

  /** Checks `value` and writes it into the raw event as `claimsToAddOrOverride`; see the getter. */
  set claimsToAddOrOverride(value: { readonly [name: string]: ClaimValue }) {
    this.write(
      'claimsToAddOrOverride',
      jsonMapArgument(
        value,
        'TokenClaimsAndScopeOverrideDetails.claimsToAddOrOverride'
      )
    );
  }

  /**
   * The names of the claims to remove from the token (`claimsToSuppress`). Empty until set.
   * Setting it writes a copy of the list into the raw event. Hidden in the debug view.
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
      stringArrayArgument(
        value,
        'TokenClaimsAndScopeOverrideDetails.claimsToSuppress'
      )
    );
  }

  /**
   * The OAuth 2.0 scopes to add to the access token (`scopesToAdd`). Empty until set. Setting
   * it writes a copy of the list into the raw event.
   *
   * @throws {@link FieldTypeError} when the event holds something other than a list of
   * strings.
   * @throws {TypeError} when set to something other than a list of strings.
   */
  get scopesToAdd(): readonly string[] {
    return stringArrayOrEmpty(this, this.raw.scopesToAdd, 'scopesToAdd');
  }

  /** Checks `value` and writes it into the raw event as `scopesToAdd`; see the getter. */
  set scopesToAdd(value: readonly string[]) {
    this.write(
      'scopesToAdd',
      stringArrayArgument(
        value,
        'TokenClaimsAndScopeOverrideDetails.scopesToAdd'
      )
    );
  }

  /**
   * The OAuth 2.0 scopes to remove from the access token (`scopesToSuppress`). Empty until
   * set. Setting it writes a copy of the list into the raw event.
   *
   * @throws {@link FieldTypeError} when the event holds something other than a list of
   * strings.
   * @throws {TypeError} when set to something other than a list of strings.
   */
  get scopesToSuppress(): readonly string[] {
    return stringArrayOrEmpty(
      this,
      this.raw.scopesToSuppress,
      'scopesToSuppress'
    );
  }

  /** Checks `value` and writes it into the raw event as `scopesToSuppress`; see the getter. */
  set scopesToSuppress(value: readonly string[]) {
    this.write(
      'scopesToSuppress',
      stringArrayArgument(
        value,
        'TokenClaimsAndScopeOverrideDetails.scopesToSuppress'
      )
    );
  }
}

const TOKEN_OVERRIDE_FIELDS = {
  claimsToAddOrOverride: jsonMapArgument,
  claimsToSuppress: stringArrayArgument,
  scopesToAdd: stringArrayArgument,
  scopesToSuppress: stringArrayArgument,
};

type TokenKey = 'idTokenGeneration' | 'accessTokenGeneration';

/**
 * Wrapper for the token changes of a version 2 or 3 pre token generation response
 * (`response.claimsAndScopeOverrideDetails`): the changes to the ID token, to the access
 * token, and to the groups. Each setter writes its field into the raw event, adding
 * `claimsAndScopeOverrideDetails` (and `response`) when the event has none.
 *
 * @example
 * ```ts
 * import {
 *   PreTokenGenerationV2TriggerEvent,
 *   type RawPreTokenGenerationV2TriggerEvent,
 * } from '@evt/cognito';
 *
 * export const handler = async (raw: RawPreTokenGenerationV2TriggerEvent) => {
 *   const event = new PreTokenGenerationV2TriggerEvent(raw);
 *   const details = event.response.claimsScopeOverrideDetails;
 *   details.accessTokenGeneration = {
 *     claimsToAddOrOverride: { tenant: 'acme', plan: { tier: 'pro', seats: 5 } },
 *     scopesToAdd: ['orders/read'],
 *   };
 *   details.idTokenGeneration = { claimsToSuppress: ['phone_number'] };
 *   return event.rawEvent;
 * };
 * ```
 */
export class ClaimsAndScopeOverrideDetails extends GroupConfigurationOverride<RawClaimsAndScopeOverrideDetails> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'ClaimsAndScopeOverrideDetails';

  #idTokenGeneration:
    | TokenClaimsAndScopeOverrideDetails
    | undefined
    | typeof UNSET = UNSET;
  #accessTokenGeneration:
    | TokenClaimsAndScopeOverrideDetails
    | undefined
    | typeof UNSET = UNSET;

  /**
   * The changes to the ID token (`claimsAndScopeOverrideDetails.idTokenGeneration`).
   * Undefined until set. Setting it replaces the whole object in the raw event with a copy
   * of the value.
   *
   * @throws {@link FieldTypeError} when the event holds something other than an object.
   * @throws {TypeError} when set to something other than an object holding only
   * `claimsToAddOrOverride`, `claimsToSuppress`, `scopesToAdd` and `scopesToSuppress`, each
   * of the right type.
   */
  get idTokenGeneration(): TokenClaimsAndScopeOverrideDetails | undefined {
    if (this.#idTokenGeneration === UNSET) {
      this.#idTokenGeneration = optionalChild(
        this,
        'idTokenGeneration',
        TokenClaimsAndScopeOverrideDetails
      );
    }
    return this.#idTokenGeneration;
  }

  /** Checks `value` and writes it into the raw event as `idTokenGeneration`; see the getter. */
  set idTokenGeneration(value: TokenClaimsAndScopeOverrideInput) {
    this.#writeToken('idTokenGeneration', value);
    this.#idTokenGeneration = UNSET;
  }

  /**
   * The changes to the access token: claims and scopes
   * (`claimsAndScopeOverrideDetails.accessTokenGeneration`). Undefined until set. Setting it
   * replaces the whole object in the raw event with a copy of the value.
   *
   * @throws {@link FieldTypeError} when the event holds something other than an object.
   * @throws {TypeError} when set to something other than an object holding only
   * `claimsToAddOrOverride`, `claimsToSuppress`, `scopesToAdd` and `scopesToSuppress`, each
   * of the right type.
   */
  get accessTokenGeneration(): TokenClaimsAndScopeOverrideDetails | undefined {
    if (this.#accessTokenGeneration === UNSET) {
      this.#accessTokenGeneration = optionalChild(
        this,
        'accessTokenGeneration',
        TokenClaimsAndScopeOverrideDetails
      );
    }
    return this.#accessTokenGeneration;
  }

  /** Checks `value` and writes it into the raw event as `accessTokenGeneration`; see the getter. */
  set accessTokenGeneration(value: TokenClaimsAndScopeOverrideInput) {
    this.#writeToken('accessTokenGeneration', value);
    this.#accessTokenGeneration = UNSET;
  }

  #writeToken(key: TokenKey, value: TokenClaimsAndScopeOverrideInput): void {
    this.write(
      key,
      shapeArgument<RawTokenClaimsAndScopeOverrideDetails>(
        value,
        `ClaimsAndScopeOverrideDetails.${key}`,
        'value',
        TOKEN_OVERRIDE_FIELDS
      )
    );
  }
}

/**
 * Wrapper for the response of a version 2 or 3 pre token generation trigger event
 * (`response`).
 */
export class PreTokenGenerationTriggerV2EventResponse extends BaseTriggerEventResponse<RawPreTokenGenerationTriggerV2EventResponse> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string =
    'PreTokenGenerationTriggerV2EventResponse';

  #claimsScopeOverrideDetails?: ClaimsAndScopeOverrideDetails;

  /**
   * How to change the ID and access tokens: claims, scopes and groups
   * (`response.claimsAndScopeOverrideDetails`). Always an object, even when the event holds
   * `null`: its setters add it to the raw event on the first write.
   *
   * @throws {@link FieldTypeError} when the event holds something other than an object.
   */
  get claimsScopeOverrideDetails(): ClaimsAndScopeOverrideDetails {
    return (this.#claimsScopeOverrideDetails ??= responsePart(
      this,
      'claimsAndScopeOverrideDetails',
      ClaimsAndScopeOverrideDetails
    ));
  }
}

/**
 * Wrapper for the event that Amazon Cognito sends before it issues tokens, with the version 2
 * or 3 trigger event (user pools with the Essentials or Plus feature plan): the function can
 * add, change and remove claims in the ID and access tokens, scopes in the access token, and
 * the user's groups. Version 3 events also come for machine-to-machine tokens
 * (`TokenGeneration_ClientCredentials`), which have no user: no `userName`, and empty user
 * attributes.
 *
 * Amazon Cognito reads the changes from the event the function returns: set the fields of
 * `event.response.claimsScopeOverrideDetails` and return `event.rawEvent`.
 *
 * @example
 * ```ts
 * import {
 *   PreTokenGenerationV2TriggerEvent,
 *   type RawPreTokenGenerationV2TriggerEvent,
 * } from '@evt/cognito';
 *
 * export const handler = async (raw: RawPreTokenGenerationV2TriggerEvent) => {
 *   const event = new PreTokenGenerationV2TriggerEvent(raw);
 *   const tenant = event.request.userAttributes['custom:tenant'] ?? 'none';
 *   event.response.claimsScopeOverrideDetails.accessTokenGeneration = {
 *     claimsToAddOrOverride: { tenant },
 *     scopesToAdd: [`${tenant}/read`],
 *   };
 *   return event.rawEvent;
 * };
 * ```
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
 */
export class PreTokenGenerationV2TriggerEvent extends BaseTriggerEvent<RawPreTokenGenerationV2TriggerEvent> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string =
    'PreTokenGenerationV2TriggerEvent';

  #request?: PreTokenGenerationTriggerV2EventRequest;
  #response?: PreTokenGenerationTriggerV2EventResponse;

  /** The user (or app client) the tokens are for: attributes, groups, scopes (`request`). */
  get request(): PreTokenGenerationTriggerV2EventRequest {
    return (this.#request ??= child(
      this,
      'request',
      PreTokenGenerationTriggerV2EventRequest
    ));
  }

  /**
   * How to change the tokens (`response`). Its setters write into the raw event, adding
   * `response` when the event has none.
   *
   * @throws {@link FieldTypeError} when `response` is present but not an object.
   */
  get response(): PreTokenGenerationTriggerV2EventResponse {
    return (this.#response ??= responsePart(
      this,
      'response',
      PreTokenGenerationTriggerV2EventResponse
    ));
  }
}
