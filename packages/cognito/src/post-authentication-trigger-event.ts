import { child, optionalBoolean } from '@evt/core';
import {
  BaseTriggerEvent,
  BaseTriggerEventRequest,
  type RawBaseTriggerEvent,
  type RawBaseTriggerEventRequest,
  type RawStringMap,
} from './trigger';

/** What caused Amazon Cognito to invoke a post authentication trigger, as AWS documents it. */
export type PostAuthenticationTriggerSource =
  'PostAuthentication_Authentication';

/** The request of a post authentication trigger event, as AWS documents it. */
export interface RawPostAuthenticationTriggerEventRequest
  extends RawBaseTriggerEventRequest {
  /** The user's attributes, by name. */
  userAttributes?: RawStringMap | null | undefined;
  /** Whether the user signed in on a device the user pool had not seen. */
  newDeviceUsed?: boolean | null | undefined;
}

/** The event Amazon Cognito sends to a post authentication trigger, as AWS documents it. */
export interface RawPostAuthenticationTriggerEvent
  extends RawBaseTriggerEvent<PostAuthenticationTriggerSource> {
  /** The user who signed in. */
  request: RawPostAuthenticationTriggerEventRequest;
}

/** Wrapper for the request of a post authentication trigger event (`request`). */
export class PostAuthenticationTriggerEventRequest extends BaseTriggerEventRequest<RawPostAuthenticationTriggerEventRequest> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string =
    'PostAuthenticationTriggerEventRequest';

  /**
   * Whether the user signed in on a new device (`request.newDeviceUsed`). Amazon Cognito sets
   * it only when the user pool remembers devices (always, or when the user opts in);
   * undefined otherwise.
   *
   * @throws {@link FieldTypeError} when it is not a boolean.
   */
  get newDeviceUsed(): boolean | undefined {
    return optionalBoolean(this, this.raw.newDeviceUsed, 'newDeviceUsed');
  }
}

/**
 * Wrapper for the event that Amazon Cognito sends after a user signs in, before it issues the
 * tokens: the function can record the sign-in. Amazon Cognito reads no answer from it.
 *
 * @example
 * ```ts
 * import {
 *   PostAuthenticationTriggerEvent,
 *   type RawPostAuthenticationTriggerEvent,
 * } from '@evt/cognito';
 *
 * export const handler = async (raw: RawPostAuthenticationTriggerEvent) => {
 *   const event = new PostAuthenticationTriggerEvent(raw);
 *   if (event.request.newDeviceUsed) {
 *     console.log('new device for', event.userName);
 *   }
 *   return event.rawEvent;
 * };
 * ```
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-authentication.html
 */
export class PostAuthenticationTriggerEvent extends BaseTriggerEvent<RawPostAuthenticationTriggerEvent> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'PostAuthenticationTriggerEvent';

  #request?: PostAuthenticationTriggerEventRequest;

  /** The user who signed in: attributes, new device, client metadata (`request`). */
  get request(): PostAuthenticationTriggerEventRequest {
    return (this.#request ??= child(
      this,
      'request',
      PostAuthenticationTriggerEventRequest
    ));
  }
}
