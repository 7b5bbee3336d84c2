import { child, optionalBoolean, optionalString } from '@evt/core';
import { booleanArgument, stringArgument } from './arguments';
import {
  AuthChallengeTriggerEventRequest,
  type RawAuthChallengeTriggerEventRequest,
} from './auth-challenge';
import {
  BaseTriggerEvent,
  BaseTriggerEventResponse,
  type RawBaseTriggerEvent,
  responsePart,
} from './trigger';

/** What caused Amazon Cognito to invoke a define auth challenge trigger, as AWS documents it. */
export type DefineAuthChallengeTriggerSource =
  'DefineAuthChallenge_Authentication';

/** The request of a define auth challenge trigger event, as AWS documents it. */
export interface RawDefineAuthChallengeTriggerEventRequest
  extends RawAuthChallengeTriggerEventRequest {}

/** The response of a define auth challenge trigger event, as AWS documents it. */
export interface RawDefineAuthChallengeTriggerEventResponse {
  /** The next challenge to present. */
  challengeName?: string | null | undefined;
  /** Whether to issue tokens: the user has answered enough challenges. */
  issueTokens?: boolean | null | undefined;
  /** Whether to end the sign-in, failing it. */
  failAuthentication?: boolean | null | undefined;
}

/** The event Amazon Cognito sends to a define auth challenge trigger, as AWS documents it. */
export interface RawDefineAuthChallengeTriggerEvent
  extends RawBaseTriggerEvent<DefineAuthChallengeTriggerSource> {
  /** The user and the challenges so far. */
  request: RawDefineAuthChallengeTriggerEventRequest;
  /** What the function answers. */
  response?: RawDefineAuthChallengeTriggerEventResponse | null | undefined;
}

/** Wrapper for the request of a define auth challenge trigger event (`request`). */
export class DefineAuthChallengeTriggerEventRequest extends AuthChallengeTriggerEventRequest<RawDefineAuthChallengeTriggerEventRequest> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string =
    'DefineAuthChallengeTriggerEventRequest';
}

/**
 * Wrapper for the response of a define auth challenge trigger event (`response`): the next
 * step of the sign-in. Each setter writes its field into the raw event, which the function
 * returns.
 *
 * @example
 * ```ts
 * import {
 *   DefineAuthChallengeTriggerEvent,
 *   type RawDefineAuthChallengeTriggerEvent,
 * } from '@evt/cognito';
 *
 * export const handler = async (raw: RawDefineAuthChallengeTriggerEvent) => {
 *   const event = new DefineAuthChallengeTriggerEvent(raw);
 *   const passed = event.request.session.filter((challenge) => challenge.challengeResult);
 *   event.response.issueTokens = passed.length >= 1;
 *   event.response.failAuthentication = false;
 *   if (passed.length === 0) event.response.challengeName = 'CUSTOM_CHALLENGE';
 *   return event.rawEvent;
 * };
 * ```
 */
export class DefineAuthChallengeTriggerEventResponse extends BaseTriggerEventResponse<RawDefineAuthChallengeTriggerEventResponse> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string =
    'DefineAuthChallengeTriggerEventResponse';

  /**
   * The next challenge to present to the user, e.g. `CUSTOM_CHALLENGE` or
   * `PASSWORD_VERIFIER` (`response.challengeName`). Undefined until set. Setting it writes the
   * field into the raw event.
   *
   * @throws {TypeError} when set to something other than a string.
   */
  get challengeName(): string | undefined {
    return optionalString(this, this.raw.challengeName, 'challengeName');
  }

  /** Checks `value` and writes it into the raw event as `challengeName`; see the getter. */
  set challengeName(value: string) {
    this.write(
      'challengeName',
      stringArgument(
        value,
        'DefineAuthChallengeTriggerEventResponse.challengeName'
      )
    );
  }

  /**
   * Whether Amazon Cognito ends the sign-in, failing it (`response.failAuthentication`).
   * False unless set. Setting it writes the field into the raw event.
   *
   * @throws {@link FieldTypeError} when the event holds something other than a boolean.
   * @throws {TypeError} when set to something other than a boolean.
   */
  get failAuthentication(): boolean {
    return (
      optionalBoolean(
        this,
        this.raw.failAuthentication,
        'failAuthentication'
      ) ?? false
    );
  }

  /** Checks `value` and writes it into the raw event as `failAuthentication`; see the getter. */
  set failAuthentication(value: boolean) {
    this.write(
      'failAuthentication',
      booleanArgument(
        value,
        'DefineAuthChallengeTriggerEventResponse.failAuthentication'
      )
    );
  }

  /**
   * Whether Amazon Cognito issues tokens: the user has answered enough challenges
   * (`response.issueTokens`). False unless set. Setting it writes the field into the raw
   * event.
   *
   * @throws {@link FieldTypeError} when the event holds something other than a boolean.
   * @throws {TypeError} when set to something other than a boolean.
   */
  get issueTokens(): boolean {
    return optionalBoolean(this, this.raw.issueTokens, 'issueTokens') ?? false;
  }

  /** Checks `value` and writes it into the raw event as `issueTokens`; see the getter. */
  set issueTokens(value: boolean) {
    this.write(
      'issueTokens',
      booleanArgument(
        value,
        'DefineAuthChallengeTriggerEventResponse.issueTokens'
      )
    );
  }
}

/**
 * Wrapper for the event that Amazon Cognito sends to start each step of a custom
 * authentication flow: the function looks at the challenges of the session so far and
 * decides to present another one, to issue tokens, or to fail the sign-in.
 *
 * Amazon Cognito reads the decision from the event the function returns: set the fields of
 * {@link DefineAuthChallengeTriggerEvent.response} and return `event.rawEvent`.
 *
 * @example
 * ```ts
 * import {
 *   DefineAuthChallengeTriggerEvent,
 *   type RawDefineAuthChallengeTriggerEvent,
 * } from '@evt/cognito';
 *
 * export const handler = async (raw: RawDefineAuthChallengeTriggerEvent) => {
 *   const event = new DefineAuthChallengeTriggerEvent(raw);
 *   const last = event.request.session.at(-1);
 *   if (last?.challengeName === 'CUSTOM_CHALLENGE' && last.challengeResult) {
 *     event.response.issueTokens = true;
 *   } else if (event.request.session.length >= 3) {
 *     event.response.failAuthentication = true;
 *   } else {
 *     event.response.challengeName = 'CUSTOM_CHALLENGE';
 *   }
 *   return event.rawEvent;
 * };
 * ```
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-define-auth-challenge.html
 */
export class DefineAuthChallengeTriggerEvent extends BaseTriggerEvent<RawDefineAuthChallengeTriggerEvent> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'DefineAuthChallengeTriggerEvent';

  #request?: DefineAuthChallengeTriggerEventRequest;
  #response?: DefineAuthChallengeTriggerEventResponse;

  /** The user and the challenges of the session so far (`request`). */
  get request(): DefineAuthChallengeTriggerEventRequest {
    return (this.#request ??= child(
      this,
      'request',
      DefineAuthChallengeTriggerEventRequest
    ));
  }

  /**
   * The next step of the sign-in (`response`). Its setters write into the raw event, adding
   * `response` when the event has none.
   *
   * @throws {@link FieldTypeError} when `response` is present but not an object.
   */
  get response(): DefineAuthChallengeTriggerEventResponse {
    return (this.#response ??= responsePart(
      this,
      'response',
      DefineAuthChallengeTriggerEventResponse
    ));
  }
}
