import { child } from '@evt/core';
import {
  CustomSenderTriggerEvent,
  CustomSenderTriggerEventRequest,
  type RawCustomSenderTriggerEventRequest,
} from './custom-sender';
import type { RawBaseTriggerEvent, RawStringMap } from './trigger';

/** What caused Amazon Cognito to invoke a custom email sender trigger, as AWS documents it. */
export type CustomEmailSenderTriggerSource =
  | 'CustomEmailSender_SignUp'
  | 'CustomEmailSender_ResendCode'
  | 'CustomEmailSender_ForgotPassword'
  | 'CustomEmailSender_UpdateUserAttribute'
  | 'CustomEmailSender_VerifyUserAttribute'
  | 'CustomEmailSender_AdminCreateUser'
  | 'CustomEmailSender_AccountTakeOverNotification'
  | 'CustomEmailSender_Authentication';

/**
 * The user attributes of an account takeover notification, as AWS documents them: what threat
 * protection detected, instead of the user's attributes.
 */
export interface RawAccountTakeOverNotificationUserAttributes {
  /** The ID of the sign-in event. */
  EVENT_ID: string;
  /** The user's username. */
  USER_NAME: string;
  /** The IP address of the sign-in. */
  IP_ADDRESS: string;
  /** What threat protection did: `BLOCK`, `NO_ACTION`, `MFA`, … */
  ACCOUNT_TAKE_OVER_ACTION: string;
  /** The link the user follows to say that the sign-in was theirs. */
  ONE_CLICK_LINK_VALID: string;
  /** The link the user follows to say that it was not. */
  ONE_CLICK_LINK_INVALID: string;
  /** When the sign-in happened. */
  LOGIN_TIME: string;
  /** The token that identifies the user's feedback. */
  FEEDBACK_TOKEN: string;
  /** The city of the sign-in, when known. */
  CITY?: string | undefined;
  /** The country of the sign-in, when known. */
  COUNTRY?: string | undefined;
  /** The device of the sign-in, when known. */
  DEVICE_NAME?: string | undefined;
}

/** The request of a custom email sender trigger event, as AWS documents it. */
export interface RawCustomEmailSenderTriggerEventRequest
  extends RawCustomSenderTriggerEventRequest {
  /** The user's attributes (for an account takeover notification, what was detected). */
  userAttributes?:
    | RawStringMap
    | RawAccountTakeOverNotificationUserAttributes
    | null
    | undefined;
}

/** The event Amazon Cognito sends to a custom email sender trigger, as AWS documents it. */
export interface RawCustomEmailSenderTriggerEvent
  extends RawBaseTriggerEvent<CustomEmailSenderTriggerSource> {
  /** The email to send. */
  request: RawCustomEmailSenderTriggerEventRequest;
}

/** Wrapper for the request of a custom email sender trigger event (`request`). */
export class CustomEmailSenderTriggerEventRequest extends CustomSenderTriggerEventRequest<RawCustomEmailSenderTriggerEventRequest> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string =
    'CustomEmailSenderTriggerEventRequest';
}

/**
 * Wrapper for the event that Amazon Cognito sends, instead of sending an email itself, when a
 * user pool with a custom email sender trigger has an email to send: a confirmation or
 * verification code, a temporary password, an MFA code, or an account takeover notification.
 * The function sends it through the provider of its choice. Amazon Cognito encrypts the code
 * with the AWS Encryption SDK under the user pool's KMS key; decrypt it with
 * {@link CustomSenderTriggerEvent.decryptCode}.
 *
 * @example
 * ```ts
 * import { KmsKeyringNode } from '@aws-crypto/client-node';
 * import {
 *   CustomEmailSenderTriggerEvent,
 *   type RawCustomEmailSenderTriggerEvent,
 * } from '@evt/cognito';
 *
 * declare function sendEmail(to: string, text: string): Promise<void>;
 * const keyring = new KmsKeyringNode({ keyIds: [process.env.KEY_ARN ?? ''] });
 *
 * export const handler = async (raw: RawCustomEmailSenderTriggerEvent) => {
 *   const event = new CustomEmailSenderTriggerEvent(raw);
 *   const email = event.request.userAttributes.email;
 *   if (email && event.triggerSource === 'CustomEmailSender_SignUp') {
 *     await sendEmail(email, `Welcome! Your code is ${await event.decryptCode(keyring)}`);
 *   }
 *   return event.rawEvent;
 * };
 * ```
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-email-sender.html
 */
export class CustomEmailSenderTriggerEvent extends CustomSenderTriggerEvent<RawCustomEmailSenderTriggerEvent> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'CustomEmailSenderTriggerEvent';

  #request?: CustomEmailSenderTriggerEventRequest;

  /** The email to send: the user, the encrypted code, client metadata (`request`). */
  get request(): CustomEmailSenderTriggerEventRequest {
    return (this.#request ??= child(
      this,
      'request',
      CustomEmailSenderTriggerEventRequest
    ));
  }
}
