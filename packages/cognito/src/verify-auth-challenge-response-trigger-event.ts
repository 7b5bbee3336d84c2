import {
  child,
  optionalBoolean,
  requireString,
  stringMapOrEmpty,
} from '@evt/core';
import { booleanArgument } from './arguments';
import {
  BaseTriggerEvent,
  BaseTriggerEventRequest,
  BaseTriggerEventResponse,
  type RawBaseTriggerEvent,
  type RawBaseTriggerEventRequest,
  type RawStringMap,
  responsePart,
} from './trigger';

/**
 * What caused Amazon Cognito to invoke a verify auth challenge response trigger, as AWS
 * documents it.
 */
export type VerifyAuthChallengeResponseTriggerSource =
  'VerifyAuthChallengeResponse_Authentication';

/** The request of a verify auth challenge response trigger event, as AWS documents it. */
export interface RawVerifyAuthChallengeResponseTriggerEventRequest
  extends RawBaseTriggerEventRequest {
  /** The user's attributes, by name. */
  userAttributes?: RawStringMap | null | undefined;
  /** What the create auth challenge trigger set to check the answer against. */
  privateChallengeParameters?: RawStringMap | null | undefined;
  /** The user's answer to the challenge. */
  challengeAnswer: string;
  /** Set when the app client prevents user existence errors: whether no user matched. */
  userNotFound?: boolean | null | undefined;
}

/** The response of a verify auth challenge response trigger event, as AWS documents it. */
export interface RawVerifyAuthChallengeResponseTriggerEventResponse {
  /** Whether the user answered the challenge correctly. */
  answerCorrect?: boolean | null | undefined;
}

/**
 * The event Amazon Cognito sends to a verify auth challenge response trigger, as AWS
 * documents it.
 */
export interface RawVerifyAuthChallengeResponseTriggerEvent
  extends RawBaseTriggerEvent<VerifyAuthChallengeResponseTriggerSource> {
  /** The user's answer and what to check it against. */
  request: RawVerifyAuthChallengeResponseTriggerEventRequest;
  /** What the function answers. */
  response?:
    | RawVerifyAuthChallengeResponseTriggerEventResponse
    | null
    | undefined;
}

/** Wrapper for the request of a verify auth challenge response trigger event (`request`). */
export class VerifyAuthChallengeResponseTriggerEventRequest extends BaseTriggerEventRequest<RawVerifyAuthChallengeResponseTriggerEventRequest> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string =
    'VerifyAuthChallengeResponseTriggerEventRequest';

  /** The members that hold the expected and given answers, hidden in the debug view. */
  static override readonly sensitiveMembers: readonly string[] = [
    'privateChallengeParameters',
    'challengeAnswer',
  ];

  /**
   * What the create auth challenge trigger set to check the user's answer against, the
   * expected answers included (`request.privateChallengeParameters`). Empty object when the
   * request has none. Hidden in the debug view.
   *
   * @throws {@link FieldTypeError} when it is not an object of strings.
   */
  get privateChallengeParameters(): Record<string, string> {
    return stringMapOrEmpty(
      this,
      this.raw.privateChallengeParameters,
      'privateChallengeParameters'
    );
  }

  /**
   * The user's answer to the challenge, as the app sent it (`request.challengeAnswer`).
   * Hidden in the debug view.
   */
  get challengeAnswer(): string {
    return requireString(this, this.raw.challengeAnswer, 'challengeAnswer');
  }

  /**
   * Whether no user matched the username given (`request.userNotFound`). Amazon Cognito sets
   * it only when the app client prevents user existence errors; undefined otherwise.
   *
   * @throws {@link FieldTypeError} when it is not a boolean.
   */
  get userNotFound(): boolean | undefined {
    return optionalBoolean(this, this.raw.userNotFound, 'userNotFound');
  }
}

/**
 * Wrapper for the response of a verify auth challenge response trigger event (`response`).
 * Its setter writes into the raw event, which the function returns.
 *
 * @example
 * ```ts
 * import {
 *   type RawVerifyAuthChallengeResponseTriggerEvent,
 *   VerifyAuthChallengeResponseTriggerEvent,
 * } from '@evt/cognito';
 *
 * export const handler = async (raw: RawVerifyAuthChallengeResponseTriggerEvent) => {
 *   const event = new VerifyAuthChallengeResponseTriggerEvent(raw);
 *   event.response.answerCorrect =
 *     event.request.challengeAnswer === event.request.privateChallengeParameters.answer;
 *   return event.rawEvent;
 * };
 * ```
 */
export class VerifyAuthChallengeResponseTriggerEventResponse extends BaseTriggerEventResponse<RawVerifyAuthChallengeResponseTriggerEventResponse> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string =
    'VerifyAuthChallengeResponseTriggerEventResponse';

  /**
   * Whether the user answered the challenge correctly (`response.answerCorrect`). False unless
   * set. Setting it writes the field into the raw event.
   *
   * @throws {@link FieldTypeError} when the event holds something other than a boolean.
   * @throws {TypeError} when set to something other than a boolean.
   */
  get answerCorrect(): boolean {
    return (
      optionalBoolean(this, this.raw.answerCorrect, 'answerCorrect') ?? false
    );
  }

  /** Checks `value` and writes it into the raw event as `answerCorrect`; see the getter. */
  set answerCorrect(value: boolean) {
    this.write(
      'answerCorrect',
      booleanArgument(
        value,
        'VerifyAuthChallengeResponseTriggerEventResponse.answerCorrect'
      )
    );
  }
}

/**
 * Wrapper for the event that Amazon Cognito sends when a user answers a custom challenge: the
 * function checks the answer against what the create auth challenge trigger set.
 *
 * Amazon Cognito reads the verdict from the event the function returns: set
 * `event.response.answerCorrect` and return `event.rawEvent`.
 *
 * @example
 * ```ts
 * import {
 *   type RawVerifyAuthChallengeResponseTriggerEvent,
 *   VerifyAuthChallengeResponseTriggerEvent,
 * } from '@evt/cognito';
 *
 * export const handler = async (raw: RawVerifyAuthChallengeResponseTriggerEvent) => {
 *   const event = new VerifyAuthChallengeResponseTriggerEvent(raw);
 *   const expected = event.request.privateChallengeParameters.code;
 *   event.response.answerCorrect = event.request.challengeAnswer === expected;
 *   return event.rawEvent;
 * };
 * ```
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-verify-auth-challenge-response.html
 */
export class VerifyAuthChallengeResponseTriggerEvent extends BaseTriggerEvent<RawVerifyAuthChallengeResponseTriggerEvent> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string =
    'VerifyAuthChallengeResponseTriggerEvent';

  #request?: VerifyAuthChallengeResponseTriggerEventRequest;
  #response?: VerifyAuthChallengeResponseTriggerEventResponse;

  /** The user's answer and what to check it against (`request`). */
  get request(): VerifyAuthChallengeResponseTriggerEventRequest {
    return (this.#request ??= child(
      this,
      'request',
      VerifyAuthChallengeResponseTriggerEventRequest
    ));
  }

  /**
   * The verdict (`response`). Its setter writes into the raw event, adding `response` when
   * the event has none.
   *
   * @throws {@link FieldTypeError} when `response` is present but not an object.
   */
  get response(): VerifyAuthChallengeResponseTriggerEventResponse {
    return (this.#response ??= responsePart(
      this,
      'response',
      VerifyAuthChallengeResponseTriggerEventResponse
    ));
  }
}
