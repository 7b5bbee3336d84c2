import {
  EventWrapper,
  optionalBoolean,
  optionalString,
  requireBoolean,
  requireString,
  wrapEach,
} from '@evt/core';
import {
  BaseTriggerEventRequest,
  type RawBaseTriggerEventRequest,
  type RawStringMap,
} from './trigger';

// What the define and create auth challenge triggers share: the challenges of the session so
// far, and the flag set when no user matched.

/** One challenge of a custom authentication session, as AWS documents it. */
export interface RawChallengeResult {
  /** The kind of challenge, e.g. `PASSWORD_VERIFIER` or `CUSTOM_CHALLENGE`. */
  challengeName: string;
  /** Whether the user answered it correctly. */
  challengeResult: boolean;
  /** The function's own name for a custom challenge. */
  challengeMetadata?: string | null | undefined;
}

/** The request of a define or create auth challenge trigger event, as AWS documents it. */
export interface RawAuthChallengeTriggerEventRequest
  extends RawBaseTriggerEventRequest {
  /** The user's attributes, by name. */
  userAttributes?: RawStringMap | null | undefined;
  /** The challenges of the session so far, in order. */
  session: readonly RawChallengeResult[];
  /** Set when the app client prevents user existence errors: whether no user matched. */
  userNotFound?: boolean | null | undefined;
}

/** Wrapper for one challenge of a custom authentication session (`request.session[i]`). */
export class ChallengeResult extends EventWrapper<RawChallengeResult> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'ChallengeResult';

  /**
   * The kind of challenge (`challengeName`), e.g. `CUSTOM_CHALLENGE`, `SRP_A`,
   * `PASSWORD_VERIFIER`, `SMS_MFA`, `EMAIL_OTP`, `SOFTWARE_TOKEN_MFA`, `DEVICE_SRP_AUTH`,
   * `DEVICE_PASSWORD_VERIFIER` or `ADMIN_NO_SRP_AUTH`.
   */
  get challengeName(): string {
    return requireString(this, this.raw.challengeName, 'challengeName');
  }

  /** Whether the user answered the challenge correctly (`challengeResult`). */
  get challengeResult(): boolean {
    return requireBoolean(this, this.raw.challengeResult, 'challengeResult');
  }

  /**
   * The function's own name for a custom challenge, as the create auth challenge trigger set
   * it (`challengeMetadata`). Undefined for other challenges.
   */
  get challengeMetadata(): string | undefined {
    return optionalString(
      this,
      this.raw.challengeMetadata,
      'challengeMetadata'
    );
  }
}

/**
 * The request fields the define and create auth challenge triggers share: the user, the
 * challenges of the session so far, and whether a user matched.
 *
 * @typeParam TRaw The raw request type of the trigger.
 */
export abstract class AuthChallengeTriggerEventRequest<
  TRaw extends RawAuthChallengeTriggerEventRequest,
> extends BaseTriggerEventRequest<TRaw> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string =
    'AuthChallengeTriggerEventRequest';

  #session?: ChallengeResult[];

  /**
   * The challenges of the session so far, in order, each with its result
   * (`request.session`).
   *
   * @throws {@link MissingFieldError} when the request has none.
   */
  get session(): ChallengeResult[] {
    return (this.#session ??= wrapEach(
      this as AuthChallengeTriggerEventRequest<RawAuthChallengeTriggerEventRequest>,
      'session',
      ChallengeResult
    ));
  }

  /**
   * Whether no user matched the username given (`request.userNotFound`): the function should
   * then present challenges as for a user, without revealing that there is none. Amazon
   * Cognito sets it only when the app client prevents user existence errors; undefined
   * otherwise.
   *
   * @throws {@link FieldTypeError} when it is not a boolean.
   */
  get userNotFound(): boolean | undefined {
    return optionalBoolean(
      this as AuthChallengeTriggerEventRequest<RawAuthChallengeTriggerEventRequest>,
      this.raw.userNotFound,
      'userNotFound'
    );
  }
}
