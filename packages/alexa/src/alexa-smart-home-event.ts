import {
  child,
  EventWrapper,
  mapOrEmpty,
  optionalChild,
  optionalObject,
  optionalString,
  requireString,
  stringMapOrEmpty,
  UNSET,
} from '@evt/core';

/**
 * The kind of a Smart Home scope: `BearerToken`, `BearerTokenWithPartition`, or another
 * string for a kind Amazon may add.
 */
export type AlexaSmartHomeScopeType =
  | 'BearerToken'
  | 'BearerTokenWithPartition'
  | (string & {});

/** The authorisation a Smart Home directive carries, as Amazon documents it. */
export interface RawAlexaSmartHomeScope {
  /** The kind of scope, e.g. `BearerToken`. */
  type: string;
  /** The access token of the user's account in the device cloud, from account linking. */
  token: string;
  /** The partition (a room, a building) of a `BearerTokenWithPartition` scope. */
  partition?: string | null | undefined;
  /** The ID of the user of a `BearerTokenWithPartition` scope. */
  userId?: string | null | undefined;
}

/** The header of a Smart Home directive, as Amazon documents it. */
export interface RawAlexaSmartHomeHeader {
  /** The interface the directive belongs to, e.g. `Alexa.PowerController`. */
  namespace: string;
  /** The name of the directive, e.g. `TurnOn` or `Discover`. */
  name: string;
  /** The version of the interface's payload: `3`. */
  payloadVersion: string;
  /** The unique ID of the directive. */
  messageId: string;
  /** The token to return in the response to the directive, to tie it to the directive. */
  correlationToken?: string | null | undefined;
  /** The instance of a multi-instance controller (`ModeController`, `RangeController`…). */
  instance?: string | null | undefined;
}

/** The device (endpoint) a Smart Home directive is for, as Amazon documents it. */
export interface RawAlexaSmartHomeEndpoint {
  /** The authorisation of the directive. */
  scope?: RawAlexaSmartHomeScope | null | undefined;
  /** The ID of the endpoint, as the skill gave it in its discovery response. */
  endpointId: string;
  /** The key-value pairs the skill gave the endpoint in its discovery response. */
  cookie?: Record<string, string> | null | undefined;
}

/** The payload of a Smart Home directive: fields that depend on the directive. */
export interface RawAlexaSmartHomePayload {
  /** The authorisation of a directive that has no endpoint (`Alexa.Discovery.Discover`). */
  scope?: RawAlexaSmartHomeScope | null | undefined;
  /** The directive's own fields, as its interface documents them. */
  [field: string]: unknown;
}

/** A Smart Home directive, as Amazon documents it. */
export interface RawAlexaSmartHomeDirective {
  /** What the directive is. */
  header: RawAlexaSmartHomeHeader;
  /** The device the directive is for; absent from directives that name none (discovery). */
  endpoint?: RawAlexaSmartHomeEndpoint | null | undefined;
  /** The directive's fields. */
  payload?: RawAlexaSmartHomePayload | null | undefined;
}

/**
 * The request Alexa sends a Smart Home skill's Lambda function (Smart Home Skill API,
 * payload version 3), as Amazon documents it.
 */
export interface RawAlexaSmartHomeEvent {
  /** The directive. */
  directive: RawAlexaSmartHomeDirective;
}

/**
 * Wrapper for the authorisation of a Smart Home directive (`directive.endpoint.scope`, or
 * `directive.payload.scope` in discovery).
 *
 * The debug view hides {@link token}.
 */
export class AlexaSmartHomeScope extends EventWrapper<RawAlexaSmartHomeScope> {
  static override readonly typeName: string = 'AlexaSmartHomeScope';

  /** The kind of scope, e.g. `BearerToken` (`type`). */
  get type(): AlexaSmartHomeScopeType {
    return requireString(this, this.raw.type, 'type');
  }

  /**
   * The access token of the user's account in the device cloud, which the skill obtained by
   * account linking (`token`).
   */
  get token(): string {
    return requireString(this, this.raw.token, 'token');
  }

  /** The partition of a `BearerTokenWithPartition` scope (`partition`). Undefined otherwise. */
  get partition(): string | undefined {
    return optionalString(this, this.raw.partition, 'partition');
  }

  /** The ID of the user of a `BearerTokenWithPartition` scope (`userId`). Undefined otherwise. */
  get userId(): string | undefined {
    return optionalString(this, this.raw.userId, 'userId');
  }
}

/**
 * Wrapper for the header of a Smart Home directive (`directive.header`).
 *
 * The debug view hides {@link correlationToken}: it is an opaque token that Alexa accepts
 * back in the asynchronous response.
 */
export class AlexaSmartHomeHeader extends EventWrapper<RawAlexaSmartHomeHeader> {
  static override readonly typeName: string = 'AlexaSmartHomeHeader';

  /** The interface the directive belongs to, e.g. `Alexa.PowerController` (`namespace`). */
  get namespace(): string {
    return requireString(this, this.raw.namespace, 'namespace');
  }

  /** The name of the directive, e.g. `TurnOn` or `Discover` (`name`). */
  get name(): string {
    return requireString(this, this.raw.name, 'name');
  }

  /** The version of the payload, `3` (`payloadVersion`). */
  get payloadVersion(): string {
    return requireString(this, this.raw.payloadVersion, 'payloadVersion');
  }

  /** The unique ID of the directive (`messageId`). */
  get messageId(): string {
    return requireString(this, this.raw.messageId, 'messageId');
  }

  /**
   * The token to return in the response's header, to tie it to the directive
   * (`correlationToken`). Undefined on directives that have none (discovery).
   */
  get correlationToken(): string | undefined {
    return optionalString(this, this.raw.correlationToken, 'correlationToken');
  }

  /**
   * The instance of a multi-instance controller the directive is for, e.g.
   * `Washer.WashCycle` (`instance`). Undefined for other controllers.
   */
  get instance(): string | undefined {
    return optionalString(this, this.raw.instance, 'instance');
  }
}

/**
 * Wrapper for the device a Smart Home directive is for (`directive.endpoint`).
 *
 * The debug view hides the scope's token and {@link cookie} (skill-defined values).
 */
export class AlexaSmartHomeEndpoint extends EventWrapper<RawAlexaSmartHomeEndpoint> {
  static override readonly typeName: string = 'AlexaSmartHomeEndpoint';
  #scope: AlexaSmartHomeScope | undefined | typeof UNSET = UNSET;

  /** The authorisation of the directive (`scope`). Undefined when absent. */
  get scope(): AlexaSmartHomeScope | undefined {
    if (this.#scope === UNSET) {
      this.#scope = optionalChild(this, 'scope', AlexaSmartHomeScope);
    }
    return this.#scope;
  }

  /** The ID of the endpoint, as the skill gave it in its discovery response (`endpointId`). */
  get endpointId(): string {
    return requireString(this, this.raw.endpointId, 'endpointId');
  }

  /**
   * The key-value pairs the skill gave the endpoint in its discovery response (`cookie`).
   * Empty object when there are none.
   */
  get cookie(): Readonly<Record<string, string>> {
    return stringMapOrEmpty(this, this.raw.cookie, 'cookie');
  }
}

/**
 * Wrapper for a Smart Home directive (`directive`): its header, the endpoint it is for, and
 * its payload.
 *
 * `TPayload` types {@link payload}; it is not checked at runtime. The debug view hides the
 * payload (it may carry credentials, such as the authorisation code of
 * `Alexa.Authorization.AcceptGrant`).
 */
export class AlexaSmartHomeDirective<
  TPayload extends object = Record<string, unknown>,
> extends EventWrapper<RawAlexaSmartHomeDirective> {
  static override readonly typeName: string = 'AlexaSmartHomeDirective';
  static override readonly sensitiveMembers: readonly string[] = ['payload'];
  #header?: AlexaSmartHomeHeader;
  #endpoint: AlexaSmartHomeEndpoint | undefined | typeof UNSET = UNSET;
  #payloadScope: AlexaSmartHomeScope | undefined | typeof UNSET = UNSET;

  /** What the directive is: its interface, name, version and IDs (`header`). */
  get header(): AlexaSmartHomeHeader {
    return (this.#header ??= child(this, 'header', AlexaSmartHomeHeader));
  }

  /** The device the directive is for (`endpoint`). Undefined on directives that name none (discovery). */
  get endpoint(): AlexaSmartHomeEndpoint | undefined {
    if (this.#endpoint === UNSET) {
      this.#endpoint = optionalChild(this, 'endpoint', AlexaSmartHomeEndpoint);
    }
    return this.#endpoint;
  }

  /**
   * The directive's fields, as its interface documents them, typed as `TPayload`
   * (`payload`). Empty object when the directive has none.
   */
  get payload(): TPayload {
    return mapOrEmpty(this, this.raw.payload, 'payload') as TPayload;
  }

  /**
   * The authorisation carried in the payload (`payload.scope`), which directives without an
   * endpoint use (`Alexa.Discovery.Discover`). Undefined when the payload has none.
   */
  get payloadScope(): AlexaSmartHomeScope | undefined {
    if (this.#payloadScope === UNSET) {
      const scope = optionalObject(
        this,
        this.raw.payload?.scope,
        'payload.scope'
      );
      this.#payloadScope =
        scope === undefined
          ? undefined
          : new AlexaSmartHomeScope(scope, {
              parent: this,
              path: 'payload.scope',
            });
    }
    return this.#payloadScope;
  }
}

/**
 * Wrapper for the directive that Alexa sends a Smart Home skill's Lambda function when a user
 * discovers or controls a device (Smart Home Skill API, payload version 3).
 *
 * `TPayload` types the directive's payload; it is not checked at runtime. The debug view
 * (`String(event)`, `console.log`) hides the bearer token, the correlation token, the
 * endpoint's cookie and the payload.
 *
 * @example
 * ```ts
 * import { AlexaSmartHomeEvent, type RawAlexaSmartHomeEvent } from '@evt/alexa';
 *
 * export const handler = async (raw: RawAlexaSmartHomeEvent) => {
 *   const event = new AlexaSmartHomeEvent(raw);
 *   const { namespace, name } = event.header;
 *   if (namespace === 'Alexa.PowerController') {
 *     console.log(`${name} ${event.endpoint?.endpointId}`); // 'TurnOn appliance-001'
 *   }
 * };
 * ```
 * @see https://developer.amazon.com/en-US/docs/alexa/device-apis/message-guide.html
 */
export class AlexaSmartHomeEvent<
  TPayload extends object = Record<string, unknown>,
> extends EventWrapper<RawAlexaSmartHomeEvent> {
  static override readonly typeName: string = 'AlexaSmartHomeEvent';
  static override readonly sensitiveMembers: readonly string[] = ['payload'];
  #directive?: AlexaSmartHomeDirective<TPayload>;

  /** The directive: its header, endpoint and payload (`directive`). */
  get directive(): AlexaSmartHomeDirective<TPayload> {
    return (this.#directive ??= child(
      this,
      'directive',
      AlexaSmartHomeDirective<TPayload>
    ));
  }

  /** What the directive is (`directive.header`). */
  get header(): AlexaSmartHomeHeader {
    return this.directive.header;
  }

  /** The device the directive is for (`directive.endpoint`). Undefined in discovery. */
  get endpoint(): AlexaSmartHomeEndpoint | undefined {
    return this.directive.endpoint;
  }

  /** The directive's fields, typed as `TPayload` (`directive.payload`). Empty object when absent. */
  get payload(): TPayload {
    return this.directive.payload;
  }

  /**
   * The authorisation of the directive, with the user's access token in the device cloud:
   * the endpoint's (`directive.endpoint.scope`), else the payload's
   * (`directive.payload.scope`, in discovery). Undefined when the directive carries neither.
   */
  get scope(): AlexaSmartHomeScope | undefined {
    const directive = this.directive;
    return directive.endpoint?.scope ?? directive.payloadScope;
  }
}
