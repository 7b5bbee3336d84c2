import {
  child,
  EventWrapper,
  mapOrEmpty,
  requireString,
  stringMapOrEmpty,
} from '@evt/core';
import { stringMapArgument } from './arguments';
import {
  BaseTriggerEvent,
  BaseTriggerEventResponse,
  type RawBaseTriggerEvent,
  type RawStringMap,
  responsePart,
} from './trigger';

/** What caused Amazon Cognito to invoke an inbound federation trigger, as AWS documents it. */
export type InboundFederationTriggerSource =
  'InboundFederation_ExternalProvider';

/** The kinds of external identity provider, as AWS documents them. */
export type InboundFederationProviderType =
  | 'OIDC'
  | 'SAML'
  | 'Facebook'
  | 'Google'
  | 'SignInWithApple'
  | 'LoginWithAmazon';

/** A map of names to the values an identity provider sent, as they came. */
export type RawProviderValues = Readonly<Record<string, unknown>>;

/** What the identity provider sent, as AWS documents it; its parts depend on the provider. */
export interface RawInboundFederationAttributes {
  /** The token endpoint's response (OIDC and social providers). */
  tokenResponse?: RawProviderValues | null | undefined;
  /** The claims of the ID token, decoded (OIDC and social providers). */
  idToken?: RawProviderValues | null | undefined;
  /** The user's profile from the userInfo endpoint (OIDC and social providers). */
  userInfo?: RawProviderValues | null | undefined;
  /** The attributes of the SAML assertion (SAML providers). */
  samlResponse?: RawProviderValues | null | undefined;
}

/** The request of an inbound federation trigger event, as AWS documents it. */
export interface RawInboundFederationTriggerEventRequest {
  /** The name of the identity provider in the user pool. */
  providerName: string;
  /** The kind of identity provider. */
  providerType: InboundFederationProviderType;
  /** What the identity provider sent. */
  attributes: RawInboundFederationAttributes;
}

/** The response of an inbound federation trigger event, as AWS documents it. */
export interface RawInboundFederationTriggerEventResponse {
  /** The attributes to give the user, by user pool attribute name. */
  userAttributesToMap?: RawStringMap | null | undefined;
}

/** The event Amazon Cognito sends to an inbound federation trigger, as AWS documents it. */
export interface RawInboundFederationTriggerEvent
  extends RawBaseTriggerEvent<InboundFederationTriggerSource> {
  /** The identity provider and what it sent. */
  request: RawInboundFederationTriggerEventRequest;
  /** What the function answers. */
  response?: RawInboundFederationTriggerEventResponse | null | undefined;
}

/**
 * Wrapper for what the identity provider sent (`request.attributes`), as it came and before
 * the user pool's attribute mapping. An OIDC or social provider fills `tokenResponse`,
 * `idToken` and `userInfo`; a SAML provider fills `samlResponse`.
 */
export class InboundFederationAttributes extends EventWrapper<RawInboundFederationAttributes> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'InboundFederationAttributes';

  /**
   * The response of the provider's token endpoint: `access_token`, `id_token`,
   * `refresh_token`, `token_type`, `expires_in` and `scope`
   * (`request.attributes.tokenResponse`). Empty object for a SAML provider. Hidden in the
   * debug view.
   *
   * @throws {@link FieldTypeError} when it is not an object.
   */
  get tokenResponse(): Readonly<Record<string, unknown>> {
    return mapOrEmpty(this, this.raw.tokenResponse, 'tokenResponse');
  }

  /**
   * The claims of the provider's ID token, decoded and validated by Amazon Cognito
   * (`request.attributes.idToken`). Empty object for a SAML provider. Hidden in the debug
   * view.
   *
   * @throws {@link FieldTypeError} when it is not an object.
   */
  get idToken(): Readonly<Record<string, unknown>> {
    return mapOrEmpty(this, this.raw.idToken, 'idToken');
  }

  /**
   * The user's profile from the provider's userInfo endpoint
   * (`request.attributes.userInfo`). Empty object for a SAML provider.
   *
   * @throws {@link FieldTypeError} when it is not an object.
   */
  get userInfo(): Readonly<Record<string, unknown>> {
    return mapOrEmpty(this, this.raw.userInfo, 'userInfo');
  }

  /**
   * The attributes of the SAML assertion, by attribute name
   * (`request.attributes.samlResponse`). Empty object for an OIDC or social provider.
   *
   * @throws {@link FieldTypeError} when it is not an object.
   */
  get samlResponse(): Readonly<Record<string, unknown>> {
    return mapOrEmpty(this, this.raw.samlResponse, 'samlResponse');
  }
}

/** Wrapper for the request of an inbound federation trigger event (`request`). */
export class InboundFederationTriggerEventRequest extends EventWrapper<RawInboundFederationTriggerEventRequest> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string =
    'InboundFederationTriggerEventRequest';

  #attributes?: InboundFederationAttributes;

  /** The name of the identity provider in the user pool (`request.providerName`). */
  get providerName(): string {
    return requireString(this, this.raw.providerName, 'providerName');
  }

  /**
   * The kind of identity provider: `OIDC`, `SAML`, `Facebook`, `Google`, `SignInWithApple` or
   * `LoginWithAmazon` (`request.providerType`). Typed as the kinds AWS documents; not checked
   * at runtime.
   */
  get providerType(): InboundFederationProviderType {
    return requireString(this, this.raw.providerType, 'providerType');
  }

  /** What the identity provider sent, before attribute mapping (`request.attributes`). */
  get attributes(): InboundFederationAttributes {
    return (this.#attributes ??= child(
      this,
      'attributes',
      InboundFederationAttributes
    ));
  }
}

/**
 * Wrapper for the response of an inbound federation trigger event (`response`): the
 * attributes to give the user. Its setter writes into the raw event, which the function
 * returns.
 *
 * @example
 * ```ts
 * import {
 *   InboundFederationTriggerEvent,
 *   type RawInboundFederationTriggerEvent,
 * } from '@evt/cognito';
 *
 * export const handler = async (raw: RawInboundFederationTriggerEvent) => {
 *   const event = new InboundFederationTriggerEvent(raw);
 *   const { email } = event.request.attributes.userInfo;
 *   event.response.userAttributesToMap = { email: String(email) };
 *   return event.rawEvent;
 * };
 * ```
 */
export class InboundFederationTriggerEventResponse extends BaseTriggerEventResponse<RawInboundFederationTriggerEventResponse> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string =
    'InboundFederationTriggerEventResponse';

  /**
   * The attributes to give the user, by user pool attribute name
   * (`response.userAttributesToMap`). Amazon Cognito keeps only the attributes listed; an
   * empty object keeps the mapped attributes as they are. Empty object until set. Setting it
   * writes a copy of the map into the raw event.
   *
   * @throws {@link FieldTypeError} when the event holds something other than an object of
   * strings.
   * @throws {TypeError} when set to something other than an object of strings.
   */
  get userAttributesToMap(): Record<string, string> {
    return stringMapOrEmpty(
      this,
      this.raw.userAttributesToMap,
      'userAttributesToMap'
    );
  }

  /** Checks `value` and writes it into the raw event as `userAttributesToMap`; see the getter. */
  set userAttributesToMap(value: Readonly<Record<string, string>>) {
    this.write(
      'userAttributesToMap',
      stringMapArgument(
        value,
        'InboundFederationTriggerEventResponse.userAttributesToMap'
      )
    );
  }
}

/**
 * Wrapper for the event that Amazon Cognito sends when a user signs in through an external
 * identity provider (SAML, OIDC or social), before it creates or updates the user: the
 * function sees what the provider sent and chooses the attributes the user gets.
 *
 * Amazon Cognito reads the attributes from the event the function returns: set
 * `event.response.userAttributesToMap` and return `event.rawEvent`.
 *
 * @example
 * ```ts
 * import {
 *   InboundFederationTriggerEvent,
 *   type RawInboundFederationTriggerEvent,
 * } from '@evt/cognito';
 *
 * export const handler = async (raw: RawInboundFederationTriggerEvent) => {
 *   const event = new InboundFederationTriggerEvent(raw);
 *   const { attributes } = event.request;
 *   const email =
 *     event.request.providerType === 'SAML'
 *       ? attributes.samlResponse.email
 *       : attributes.idToken.email;
 *   event.response.userAttributesToMap = { email: String(email).toLowerCase() };
 *   return event.rawEvent;
 * };
 * ```
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-inbound-federation.html
 */
export class InboundFederationTriggerEvent extends BaseTriggerEvent<RawInboundFederationTriggerEvent> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'InboundFederationTriggerEvent';

  #request?: InboundFederationTriggerEventRequest;
  #response?: InboundFederationTriggerEventResponse;

  /** The identity provider and what it sent (`request`). */
  get request(): InboundFederationTriggerEventRequest {
    return (this.#request ??= child(
      this,
      'request',
      InboundFederationTriggerEventRequest
    ));
  }

  /**
   * The attributes to give the user (`response`). Its setter writes into the raw event,
   * adding `response` when the event has none.
   *
   * @throws {@link FieldTypeError} when `response` is present but not an object.
   */
  get response(): InboundFederationTriggerEventResponse {
    return (this.#response ??= responsePart(
      this,
      'response',
      InboundFederationTriggerEventResponse
    ));
  }
}
