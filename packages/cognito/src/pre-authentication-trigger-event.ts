import { child, optionalBoolean, stringMapOrEmpty } from '@evt/core';
import {
  BaseTriggerEvent,
  BaseTriggerEventRequest,
  type RawBaseTriggerEvent,
  type RawBaseTriggerEventRequest,
  type RawStringMap,
} from './trigger';

/** What caused Amazon Cognito to invoke a pre authentication trigger, as AWS documents it. */
export type PreAuthenticationTriggerSource = 'PreAuthentication_Authentication';

/** The request of a pre authentication trigger event, as AWS documents it. */
export interface RawPreAuthenticationTriggerEventRequest
  extends RawBaseTriggerEventRequest {
  /** The user's attributes, by name. */
  userAttributes?: RawStringMap | null | undefined;
  /** Set when the app client prevents user existence errors: whether no user matched. */
  userNotFound?: boolean | null | undefined;
  /** The `ValidationData` the app passed to the sign-in call, if any. */
  validationData?: RawStringMap | null | undefined;
}

/** The event Amazon Cognito sends to a pre authentication trigger, as AWS documents it. */
export interface RawPreAuthenticationTriggerEvent
  extends RawBaseTriggerEvent<PreAuthenticationTriggerSource> {
  /** The user signing in. */
  request: RawPreAuthenticationTriggerEventRequest;
}

/** Wrapper for the request of a pre authentication trigger event (`request`). */
export class PreAuthenticationTriggerEventRequest extends BaseTriggerEventRequest<RawPreAuthenticationTriggerEventRequest> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string =
    'PreAuthenticationTriggerEventRequest';

  /**
   * Whether no user matched the username given (`request.userNotFound`). Amazon Cognito sets
   * it only when the app client prevents user existence errors; undefined otherwise.
   *
   * @throws {@link FieldTypeError} when it is not a boolean.
   */
  get userNotFound(): boolean | undefined {
    return optionalBoolean(this, this.raw.userNotFound, 'userNotFound');
  }

  /**
   * The `ValidationData` the app passed to the sign-in call, for the function to check
   * (`request.validationData`). Empty object when the request has none.
   *
   * @throws {@link FieldTypeError} when it is not an object of strings.
   */
  get validationData(): Record<string, string> {
    return stringMapOrEmpty(this, this.raw.validationData, 'validationData');
  }
}

/**
 * Wrapper for the event that Amazon Cognito sends when a user signs in, before it checks the
 * password or the challenges: the function can deny the sign-in by throwing an error, whose
 * message Amazon Cognito passes on to the app.
 *
 * @example
 * ```ts
 * import {
 *   PreAuthenticationTriggerEvent,
 *   type RawPreAuthenticationTriggerEvent,
 * } from '@evt/cognito';
 *
 * export const handler = async (raw: RawPreAuthenticationTriggerEvent) => {
 *   const event = new PreAuthenticationTriggerEvent(raw);
 *   if (event.request.userAttributes['custom:blocked'] === 'true') {
 *     throw new Error('This account is blocked');
 *   }
 *   return event.rawEvent;
 * };
 * ```
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-authentication.html
 */
export class PreAuthenticationTriggerEvent extends BaseTriggerEvent<RawPreAuthenticationTriggerEvent> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'PreAuthenticationTriggerEvent';

  #request?: PreAuthenticationTriggerEventRequest;

  /** The user signing in: attributes, validation data (`request`). */
  get request(): PreAuthenticationTriggerEventRequest {
    return (this.#request ??= child(
      this,
      'request',
      PreAuthenticationTriggerEventRequest
    ));
  }
}
