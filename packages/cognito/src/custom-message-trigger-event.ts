import { child, optionalString, requireString } from '@evt/core';
import { stringArgument } from './arguments';
import {
  BaseTriggerEvent,
  BaseTriggerEventRequest,
  BaseTriggerEventResponse,
  type RawBaseTriggerEvent,
  type RawBaseTriggerEventRequest,
  type RawStringMap,
  responsePart,
} from './trigger';

/** What caused Amazon Cognito to invoke a custom message trigger, as AWS documents it. */
export type CustomMessageTriggerSource =
  | 'CustomMessage_SignUp'
  | 'CustomMessage_AdminCreateUser'
  | 'CustomMessage_ResendCode'
  | 'CustomMessage_ForgotPassword'
  | 'CustomMessage_UpdateUserAttribute'
  | 'CustomMessage_VerifyUserAttribute'
  | 'CustomMessage_Authentication';

/** The request of a custom message trigger event, as AWS documents it. */
export interface RawCustomMessageTriggerEventRequest
  extends RawBaseTriggerEventRequest {
  /** The user's attributes, by name. */
  userAttributes?: RawStringMap | null | undefined;
  /** The placeholder for the code (or temporary password), e.g. `{####}`. */
  codeParameter: string;
  /** The placeholder for the verification link, e.g. `{##Click Here##}`. */
  linkParameter?: string | null | undefined;
  /** The placeholder for the username; `null` except in an admin-create-user message. */
  usernameParameter?: string | null | undefined;
}

/** The response of a custom message trigger event, as AWS documents it. */
export interface RawCustomMessageTriggerEventResponse {
  /** The SMS message to send, holding the code placeholder. */
  smsMessage?: string | null | undefined;
  /** The email message to send, holding the code placeholder. */
  emailMessage?: string | null | undefined;
  /** The subject of the email message. */
  emailSubject?: string | null | undefined;
}

/** The event Amazon Cognito sends to a custom message trigger, as AWS documents it. */
export interface RawCustomMessageTriggerEvent
  extends RawBaseTriggerEvent<CustomMessageTriggerSource> {
  /** The message to send and its placeholders. */
  request: RawCustomMessageTriggerEventRequest;
  /** What the function answers; Amazon Cognito sends the fields as `null`. */
  response?: RawCustomMessageTriggerEventResponse | null | undefined;
}

/** Wrapper for the request of a custom message trigger event (`request`). */
export class CustomMessageTriggerEventRequest extends BaseTriggerEventRequest<RawCustomMessageTriggerEventRequest> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string =
    'CustomMessageTriggerEventRequest';

  /**
   * The placeholder the message must hold where Amazon Cognito puts the code, or the
   * temporary password for a new user, e.g. `{####}` (`request.codeParameter`).
   */
  get codeParameter(): string {
    return requireString(this, this.raw.codeParameter, 'codeParameter');
  }

  /**
   * The placeholder the message may hold where Amazon Cognito puts the verification link,
   * e.g. `{##Click Here##}` (`request.linkParameter`). Undefined when the request has none.
   */
  get linkParameter(): string | undefined {
    return optionalString(this, this.raw.linkParameter, 'linkParameter');
  }

  /**
   * The placeholder the message must hold where Amazon Cognito puts the username, in the
   * invitation to a user an administrator created (`request.usernameParameter`). Undefined
   * for the other trigger sources, where Amazon Cognito sends `null`.
   */
  get usernameParameter(): string | undefined {
    return optionalString(
      this,
      this.raw.usernameParameter,
      'usernameParameter'
    );
  }
}

/**
 * Wrapper for the response of a custom message trigger event (`response`): the messages to
 * send instead of the user pool's own. Each setter writes its field into the raw event, which
 * the function returns.
 *
 * @example
 * ```ts
 * import { CustomMessageTriggerEvent, type RawCustomMessageTriggerEvent } from '@evt/cognito';
 *
 * export const handler = async (raw: RawCustomMessageTriggerEvent) => {
 *   const event = new CustomMessageTriggerEvent(raw);
 *   const { codeParameter } = event.request;
 *   event.response.smsMessage = `Your code is ${codeParameter}`;
 *   event.response.emailSubject = 'Your code';
 *   event.response.emailMessage = `<p>Your code is ${codeParameter}</p>`;
 *   return event.rawEvent;
 * };
 * ```
 */
export class CustomMessageTriggerEventResponse extends BaseTriggerEventResponse<RawCustomMessageTriggerEventResponse> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string =
    'CustomMessageTriggerEventResponse';

  /**
   * The SMS message to send; it must hold the code placeholder
   * ({@link CustomMessageTriggerEventRequest.codeParameter}) (`response.smsMessage`).
   * Undefined until set. Setting it writes the field into the raw event.
   *
   * @throws {TypeError} when set to something other than a string.
   */
  get smsMessage(): string | undefined {
    return optionalString(this, this.raw.smsMessage, 'smsMessage');
  }

  /** Checks `value` and writes it into the raw event as `smsMessage`; see the getter. */
  set smsMessage(value: string) {
    this.write(
      'smsMessage',
      stringArgument(value, 'CustomMessageTriggerEventResponse.smsMessage')
    );
  }

  /**
   * The email message to send; it must hold the code placeholder
   * ({@link CustomMessageTriggerEventRequest.codeParameter}) (`response.emailMessage`).
   * Undefined until set. Setting it writes the field into the raw event.
   *
   * @throws {TypeError} when set to something other than a string.
   */
  get emailMessage(): string | undefined {
    return optionalString(this, this.raw.emailMessage, 'emailMessage');
  }

  /** Checks `value` and writes it into the raw event as `emailMessage`; see the getter. */
  set emailMessage(value: string) {
    this.write(
      'emailMessage',
      stringArgument(value, 'CustomMessageTriggerEventResponse.emailMessage')
    );
  }

  /**
   * The subject of the email message (`response.emailSubject`). Undefined until set. Setting
   * it writes the field into the raw event.
   *
   * @throws {TypeError} when set to something other than a string.
   */
  get emailSubject(): string | undefined {
    return optionalString(this, this.raw.emailSubject, 'emailSubject');
  }

  /** Checks `value` and writes it into the raw event as `emailSubject`; see the getter. */
  set emailSubject(value: string) {
    this.write(
      'emailSubject',
      stringArgument(value, 'CustomMessageTriggerEventResponse.emailSubject')
    );
  }
}

/**
 * Wrapper for the event that Amazon Cognito sends before it sends a user an email or SMS
 * message (a confirmation or verification code, a temporary password, an MFA code): the
 * function can write the message itself.
 *
 * Amazon Cognito reads the messages from the event the function returns: set the fields of
 * {@link CustomMessageTriggerEvent.response} and return `event.rawEvent`.
 *
 * @example
 * ```ts
 * import { CustomMessageTriggerEvent, type RawCustomMessageTriggerEvent } from '@evt/cognito';
 *
 * export const handler = async (raw: RawCustomMessageTriggerEvent) => {
 *   const event = new CustomMessageTriggerEvent(raw);
 *   if (event.triggerSource === 'CustomMessage_ForgotPassword') {
 *     event.response.emailSubject = 'Reset your password';
 *     event.response.emailMessage = `Your code is ${event.request.codeParameter}`;
 *   }
 *   return event.rawEvent;
 * };
 * ```
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-message.html
 */
export class CustomMessageTriggerEvent extends BaseTriggerEvent<RawCustomMessageTriggerEvent> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'CustomMessageTriggerEvent';

  #request?: CustomMessageTriggerEventRequest;
  #response?: CustomMessageTriggerEventResponse;

  /** The user and the placeholders the message must hold (`request`). */
  get request(): CustomMessageTriggerEventRequest {
    return (this.#request ??= child(
      this,
      'request',
      CustomMessageTriggerEventRequest
    ));
  }

  /**
   * The messages to send (`response`). Its setters write into the raw event, adding
   * `response` when the event has none.
   *
   * @throws {@link FieldTypeError} when `response` is present but not an object.
   */
  get response(): CustomMessageTriggerEventResponse {
    return (this.#response ??= responsePart(
      this,
      'response',
      CustomMessageTriggerEventResponse
    ));
  }
}
