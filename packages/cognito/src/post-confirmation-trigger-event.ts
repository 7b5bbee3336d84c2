import { child } from '@evt/core';
import {
  BaseTriggerEvent,
  BaseTriggerEventRequest,
  type RawBaseTriggerEvent,
  type RawBaseTriggerEventRequest,
  type RawStringMap,
} from './trigger';

/** What caused Amazon Cognito to invoke a post confirmation trigger, as AWS documents it. */
export type PostConfirmationTriggerSource =
  | 'PostConfirmation_ConfirmSignUp'
  | 'PostConfirmation_ConfirmForgotPassword';

/** The request of a post confirmation trigger event, as AWS documents it. */
export interface RawPostConfirmationTriggerEventRequest
  extends RawBaseTriggerEventRequest {
  /** The confirmed user's attributes, by name. */
  userAttributes?: RawStringMap | null | undefined;
}

/** The event Amazon Cognito sends to a post confirmation trigger, as AWS documents it. */
export interface RawPostConfirmationTriggerEvent
  extends RawBaseTriggerEvent<PostConfirmationTriggerSource> {
  /** The confirmed user. */
  request: RawPostConfirmationTriggerEventRequest;
}

/** Wrapper for the request of a post confirmation trigger event (`request`). */
export class PostConfirmationTriggerEventRequest extends BaseTriggerEventRequest<RawPostConfirmationTriggerEventRequest> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string =
    'PostConfirmationTriggerEventRequest';
}

/**
 * Wrapper for the event that Amazon Cognito sends after a user confirms their sign-up, or
 * confirms a new password after forgetting theirs: the function can welcome the user or
 * record them elsewhere. Amazon Cognito reads no answer from it.
 *
 * @example
 * ```ts
 * import {
 *   PostConfirmationTriggerEvent,
 *   type RawPostConfirmationTriggerEvent,
 * } from '@evt/cognito';
 *
 * export const handler = async (raw: RawPostConfirmationTriggerEvent) => {
 *   const event = new PostConfirmationTriggerEvent(raw);
 *   if (event.triggerSource === 'PostConfirmation_ConfirmSignUp') {
 *     console.log('welcome', event.request.userAttributes.email);
 *   }
 *   return event.rawEvent;
 * };
 * ```
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-confirmation.html
 */
export class PostConfirmationTriggerEvent extends BaseTriggerEvent<RawPostConfirmationTriggerEvent> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'PostConfirmationTriggerEvent';

  #request?: PostConfirmationTriggerEventRequest;

  /** The confirmed user: attributes and client metadata (`request`). */
  get request(): PostConfirmationTriggerEventRequest {
    return (this.#request ??= child(
      this,
      'request',
      PostConfirmationTriggerEventRequest
    ));
  }
}
