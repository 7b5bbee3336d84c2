import {
  child,
  optionalString,
  requireString,
  stringMapOrEmpty,
} from '@evt/core';
import { stringArgument, stringMapArgument } from './arguments';
import {
  AuthChallengeTriggerEventRequest,
  type RawAuthChallengeTriggerEventRequest,
} from './auth-challenge';
import {
  BaseTriggerEvent,
  BaseTriggerEventResponse,
  type RawBaseTriggerEvent,
  type RawStringMap,
  responsePart,
} from './trigger';

/** What caused Amazon Cognito to invoke a create auth challenge trigger, as AWS documents it. */
export type CreateAuthChallengeTriggerSource =
  'CreateAuthChallenge_Authentication';

/** The request of a create auth challenge trigger event, as AWS documents it. */
export interface RawCreateAuthChallengeTriggerEventRequest
  extends RawAuthChallengeTriggerEventRequest {
  /** The challenge to create, as the define auth challenge trigger named it. */
  challengeName: string;
}

/** The response of a create auth challenge trigger event, as AWS documents it. */
export interface RawCreateAuthChallengeTriggerEventResponse {
  /** What the app shows the user to present the challenge. */
  publicChallengeParameters?: RawStringMap | null | undefined;
  /** What the verify trigger checks the answer against. */
  privateChallengeParameters?: RawStringMap | null | undefined;
  /** The function's own name for the challenge. */
  challengeMetadata?: string | null | undefined;
}

/** The event Amazon Cognito sends to a create auth challenge trigger, as AWS documents it. */
export interface RawCreateAuthChallengeTriggerEvent
  extends RawBaseTriggerEvent<CreateAuthChallengeTriggerSource> {
  /** The user, the challenge to create and the challenges so far. */
  request: RawCreateAuthChallengeTriggerEventRequest;
  /** What the function answers. */
  response?: RawCreateAuthChallengeTriggerEventResponse | null | undefined;
}

/** Wrapper for the request of a create auth challenge trigger event (`request`). */
export class CreateAuthChallengeTriggerEventRequest extends AuthChallengeTriggerEventRequest<RawCreateAuthChallengeTriggerEventRequest> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string =
    'CreateAuthChallengeTriggerEventRequest';

  /**
   * The challenge to create, as the define auth challenge trigger named it, e.g.
   * `CUSTOM_CHALLENGE` (`request.challengeName`).
   */
  get challengeName(): string {
    return requireString(this, this.raw.challengeName, 'challengeName');
  }
}

/**
 * Wrapper for the response of a create auth challenge trigger event (`response`): the
 * challenge, as the app presents it and as the verify trigger checks it. Each setter writes
 * its field into the raw event, which the function returns.
 *
 * @example
 * ```ts
 * import {
 *   CreateAuthChallengeTriggerEvent,
 *   type RawCreateAuthChallengeTriggerEvent,
 * } from '@evt/cognito';
 *
 * export const handler = async (raw: RawCreateAuthChallengeTriggerEvent) => {
 *   const event = new CreateAuthChallengeTriggerEvent(raw);
 *   event.response.publicChallengeParameters = { question: '3 + 4 = ?' };
 *   event.response.privateChallengeParameters = { answer: '7' };
 *   event.response.challengeMetadata = 'ARITHMETIC';
 *   return event.rawEvent;
 * };
 * ```
 */
export class CreateAuthChallengeTriggerEventResponse extends BaseTriggerEventResponse<RawCreateAuthChallengeTriggerEventResponse> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string =
    'CreateAuthChallengeTriggerEventResponse';

  /** The members that hold the answers, hidden in the debug view. */
  static override readonly sensitiveMembers: readonly string[] = [
    'privateChallengeParameters',
  ];

  /**
   * What the app needs to present the challenge to the user, by name
   * (`response.publicChallengeParameters`). Empty object until set. Setting it writes a copy
   * of the map into the raw event.
   *
   * @throws {@link FieldTypeError} when the event holds something other than an object of
   * strings.
   * @throws {TypeError} when set to something other than an object of strings.
   */
  get publicChallengeParameters(): Record<string, string> {
    return stringMapOrEmpty(
      this,
      this.raw.publicChallengeParameters,
      'publicChallengeParameters'
    );
  }

  /** Checks `value` and writes it into the raw event as `publicChallengeParameters`; see the getter. */
  set publicChallengeParameters(value: Readonly<Record<string, string>>) {
    this.write(
      'publicChallengeParameters',
      stringMapArgument(
        value,
        'CreateAuthChallengeTriggerEventResponse.publicChallengeParameters'
      )
    );
  }

  /**
   * What the verify auth challenge trigger checks the user's answer against, the answers
   * themselves included; the app never sees it (`response.privateChallengeParameters`). Empty
   * object until set. Setting it writes a copy of the map into the raw event. Hidden in the
   * debug view.
   *
   * @throws {@link FieldTypeError} when the event holds something other than an object of
   * strings.
   * @throws {TypeError} when set to something other than an object of strings.
   */
  get privateChallengeParameters(): Record<string, string> {
    return stringMapOrEmpty(
      this,
      this.raw.privateChallengeParameters,
      'privateChallengeParameters'
    );
  }

  /** Checks `value` and writes it into the raw event as `privateChallengeParameters`; see the getter. */
  set privateChallengeParameters(value: Readonly<Record<string, string>>) {
    this.write(
      'privateChallengeParameters',
      stringMapArgument(
        value,
        'CreateAuthChallengeTriggerEventResponse.privateChallengeParameters'
      )
    );
  }

  /**
   * The function's own name for the challenge, which later triggers see in the session's
   * `challengeMetadata` (`response.challengeMetadata`). Undefined until set. Setting it writes
   * the field into the raw event.
   *
   * @throws {TypeError} when set to something other than a string.
   */
  get challengeMetadata(): string | undefined {
    return optionalString(
      this,
      this.raw.challengeMetadata,
      'challengeMetadata'
    );
  }

  /** Checks `value` and writes it into the raw event as `challengeMetadata`; see the getter. */
  set challengeMetadata(value: string) {
    this.write(
      'challengeMetadata',
      stringArgument(
        value,
        'CreateAuthChallengeTriggerEventResponse.challengeMetadata'
      )
    );
  }
}

/**
 * Wrapper for the event that Amazon Cognito sends when the define auth challenge trigger
 * asked for a custom challenge: the function creates it, with what the app shows the user and
 * what the verify auth challenge trigger checks the answer against.
 *
 * Amazon Cognito reads the challenge from the event the function returns: set the fields of
 * {@link CreateAuthChallengeTriggerEvent.response} and return `event.rawEvent`.
 *
 * @example
 * ```ts
 * import {
 *   CreateAuthChallengeTriggerEvent,
 *   type RawCreateAuthChallengeTriggerEvent,
 * } from '@evt/cognito';
 *
 * export const handler = async (raw: RawCreateAuthChallengeTriggerEvent) => {
 *   const event = new CreateAuthChallengeTriggerEvent(raw);
 *   if (event.request.challengeName === 'CUSTOM_CHALLENGE') {
 *     const code = String(Math.floor(100000 + Math.random() * 900000));
 *     event.response.publicChallengeParameters = {
 *       email: event.request.userAttributes.email ?? '',
 *     };
 *     event.response.privateChallengeParameters = { code };
 *     event.response.challengeMetadata = `CODE-${code}`;
 *   }
 *   return event.rawEvent;
 * };
 * ```
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-create-auth-challenge.html
 */
export class CreateAuthChallengeTriggerEvent extends BaseTriggerEvent<RawCreateAuthChallengeTriggerEvent> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'CreateAuthChallengeTriggerEvent';

  #request?: CreateAuthChallengeTriggerEventRequest;
  #response?: CreateAuthChallengeTriggerEventResponse;

  /** The user, the challenge to create and the challenges so far (`request`). */
  get request(): CreateAuthChallengeTriggerEventRequest {
    return (this.#request ??= child(
      this,
      'request',
      CreateAuthChallengeTriggerEventRequest
    ));
  }

  /**
   * The challenge (`response`). Its setters write into the raw event, adding `response` when
   * the event has none.
   *
   * @throws {@link FieldTypeError} when `response` is present but not an object.
   */
  get response(): CreateAuthChallengeTriggerEventResponse {
    return (this.#response ??= responsePart(
      this,
      'response',
      CreateAuthChallengeTriggerEventResponse
    ));
  }
}
