import { child } from '@evt/core';
import {
  CustomSenderTriggerEvent,
  CustomSenderTriggerEventRequest,
  type RawCustomSenderTriggerEventRequest,
} from './custom-sender';
import type { RawBaseTriggerEvent, RawStringMap } from './trigger';

/** What caused Amazon Cognito to invoke a custom SMS sender trigger, as AWS documents it. */
export type CustomSMSSenderTriggerSource =
  | 'CustomSMSSender_SignUp'
  | 'CustomSMSSender_ResendCode'
  | 'CustomSMSSender_ForgotPassword'
  | 'CustomSMSSender_UpdateUserAttribute'
  | 'CustomSMSSender_VerifyUserAttribute'
  | 'CustomSMSSender_AdminCreateUser'
  | 'CustomSMSSender_Authentication';

/** The request of a custom SMS sender trigger event, as AWS documents it. */
export interface RawCustomSMSSenderTriggerEventRequest
  extends RawCustomSenderTriggerEventRequest {
  /** The user's attributes, by name. */
  userAttributes?: RawStringMap | null | undefined;
}

/** The event Amazon Cognito sends to a custom SMS sender trigger, as AWS documents it. */
export interface RawCustomSMSSenderTriggerEvent
  extends RawBaseTriggerEvent<CustomSMSSenderTriggerSource> {
  /** The SMS message to send. */
  request: RawCustomSMSSenderTriggerEventRequest;
}

/** Wrapper for the request of a custom SMS sender trigger event (`request`). */
export class CustomSMSSenderTriggerEventRequest extends CustomSenderTriggerEventRequest<RawCustomSMSSenderTriggerEventRequest> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string =
    'CustomSMSSenderTriggerEventRequest';
}

/**
 * Wrapper for the event that Amazon Cognito sends, instead of sending an SMS message itself,
 * when a user pool with a custom SMS sender trigger has a message to send: a confirmation or
 * verification code, a temporary password or an MFA code. The function sends it through the
 * provider of its choice. Amazon Cognito encrypts the code with the AWS Encryption SDK under
 * the user pool's KMS key; decrypt it with {@link CustomSenderTriggerEvent.decryptCode}.
 *
 * @example
 * ```ts
 * import { KmsKeyringNode } from '@aws-crypto/client-node';
 * import {
 *   CustomSMSSenderTriggerEvent,
 *   type RawCustomSMSSenderTriggerEvent,
 * } from '@evt/cognito';
 *
 * declare function sendSms(to: string, text: string): Promise<void>;
 * const keyring = new KmsKeyringNode({ keyIds: [process.env.KEY_ARN ?? ''] });
 *
 * export const handler = async (raw: RawCustomSMSSenderTriggerEvent) => {
 *   const event = new CustomSMSSenderTriggerEvent(raw);
 *   const phone = event.request.userAttributes.phone_number;
 *   if (phone) await sendSms(phone, `Your code is ${await event.decryptCode(keyring)}`);
 *   return event.rawEvent;
 * };
 * ```
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-sms-sender.html
 */
export class CustomSMSSenderTriggerEvent extends CustomSenderTriggerEvent<RawCustomSMSSenderTriggerEvent> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'CustomSMSSenderTriggerEvent';

  #request?: CustomSMSSenderTriggerEventRequest;

  /** The SMS message to send: the user, the encrypted code, client metadata (`request`). */
  get request(): CustomSMSSenderTriggerEventRequest {
    return (this.#request ??= child(
      this,
      'request',
      CustomSMSSenderTriggerEventRequest
    ));
  }
}
