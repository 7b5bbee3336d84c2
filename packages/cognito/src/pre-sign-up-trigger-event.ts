import { child, optionalBoolean, stringMapOrEmpty } from '@evt/core';
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

/** What caused Amazon Cognito to invoke a pre sign-up trigger, as AWS documents it. */
export type PreSignUpTriggerSource =
  | 'PreSignUp_SignUp'
  | 'PreSignUp_AdminCreateUser'
  | 'PreSignUp_ExternalProvider';

/** The request of a pre sign-up trigger event, as AWS documents it. */
export interface RawPreSignUpTriggerEventRequest
  extends RawBaseTriggerEventRequest {
  /** The attributes the user signs up with, by name. */
  userAttributes?: RawStringMap | null | undefined;
  /** The `ValidationData` the app passed to the sign-up call, if any. */
  validationData?: RawStringMap | null | undefined;
}

/** The response of a pre sign-up trigger event, as AWS documents it. */
export interface RawPreSignUpTriggerEventResponse {
  /** Whether to confirm the user without a confirmation code. */
  autoConfirmUser?: boolean | null | undefined;
  /** Whether to mark the user's email address as verified. */
  autoVerifyEmail?: boolean | null | undefined;
  /** Whether to mark the user's phone number as verified. */
  autoVerifyPhone?: boolean | null | undefined;
}

/** The event Amazon Cognito sends to a pre sign-up trigger, as AWS documents it. */
export interface RawPreSignUpTriggerEvent
  extends RawBaseTriggerEvent<PreSignUpTriggerSource> {
  /** What the user signs up with. */
  request: RawPreSignUpTriggerEventRequest;
  /** What the function answers; Amazon Cognito sends the fields as `false`. */
  response?: RawPreSignUpTriggerEventResponse | null | undefined;
}

/** Wrapper for the request of a pre sign-up trigger event (`request`). */
export class PreSignUpTriggerEventRequest extends BaseTriggerEventRequest<RawPreSignUpTriggerEventRequest> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'PreSignUpTriggerEventRequest';

  /**
   * The `ValidationData` the app passed to the sign-up call, for the function to check and
   * not stored with the user (`request.validationData`). Empty object when the request has
   * none.
   *
   * @throws {@link FieldTypeError} when it is not an object of strings.
   */
  get validationData(): Record<string, string> {
    return stringMapOrEmpty(this, this.raw.validationData, 'validationData');
  }
}

/**
 * Wrapper for the response of a pre sign-up trigger event (`response`): what the function
 * tells Amazon Cognito to do with the new user. Each setter writes its field into the raw
 * event, which the function returns.
 *
 * @example
 * ```ts
 * import { PreSignUpTriggerEvent, type RawPreSignUpTriggerEvent } from '@evt/cognito';
 *
 * export const handler = async (raw: RawPreSignUpTriggerEvent) => {
 *   const event = new PreSignUpTriggerEvent(raw);
 *   if (event.request.userAttributes.email?.endsWith('@example.com')) {
 *     event.response.autoConfirmUser = true;
 *     event.response.autoVerifyEmail = true;
 *   }
 *   return event.rawEvent;
 * };
 * ```
 */
export class PreSignUpTriggerEventResponse extends BaseTriggerEventResponse<RawPreSignUpTriggerEventResponse> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'PreSignUpTriggerEventResponse';

  /**
   * Whether Amazon Cognito confirms the user without a confirmation code
   * (`response.autoConfirmUser`). False unless set. Setting it writes the field into the raw
   * event.
   *
   * @throws {@link FieldTypeError} when the event holds something other than a boolean.
   * @throws {TypeError} when set to something other than a boolean.
   */
  get autoConfirmUser(): boolean {
    return (
      optionalBoolean(this, this.raw.autoConfirmUser, 'autoConfirmUser') ??
      false
    );
  }

  /** Checks `value` and writes it into the raw event as `autoConfirmUser`; see the getter. */
  set autoConfirmUser(value: boolean) {
    this.write(
      'autoConfirmUser',
      booleanArgument(value, 'PreSignUpTriggerEventResponse.autoConfirmUser')
    );
  }

  /**
   * Whether Amazon Cognito marks the email address of the user as verified
   * (`response.autoVerifyEmail`). False unless set. Setting it writes the field into the raw
   * event.
   *
   * @throws {@link FieldTypeError} when the event holds something other than a boolean.
   * @throws {TypeError} when set to something other than a boolean.
   */
  get autoVerifyEmail(): boolean {
    return (
      optionalBoolean(this, this.raw.autoVerifyEmail, 'autoVerifyEmail') ??
      false
    );
  }

  /** Checks `value` and writes it into the raw event as `autoVerifyEmail`; see the getter. */
  set autoVerifyEmail(value: boolean) {
    this.write(
      'autoVerifyEmail',
      booleanArgument(value, 'PreSignUpTriggerEventResponse.autoVerifyEmail')
    );
  }

  /**
   * Whether Amazon Cognito marks the phone number of the user as verified
   * (`response.autoVerifyPhone`). False unless set. Setting it writes the field into the raw
   * event.
   *
   * @throws {@link FieldTypeError} when the event holds something other than a boolean.
   * @throws {TypeError} when set to something other than a boolean.
   */
  get autoVerifyPhone(): boolean {
    return (
      optionalBoolean(this, this.raw.autoVerifyPhone, 'autoVerifyPhone') ??
      false
    );
  }

  /** Checks `value` and writes it into the raw event as `autoVerifyPhone`; see the getter. */
  set autoVerifyPhone(value: boolean) {
    this.write(
      'autoVerifyPhone',
      booleanArgument(value, 'PreSignUpTriggerEventResponse.autoVerifyPhone')
    );
  }
}

/**
 * Wrapper for the event that Amazon Cognito sends when a user signs up, an administrator
 * creates a user, or a user signs in for the first time through an external identity
 * provider, before the user is created: the function can reject the sign-up (by throwing),
 * or confirm the user and verify their email address or phone number.
 *
 * Amazon Cognito reads the answer from the event the function returns: set the fields of
 * {@link PreSignUpTriggerEvent.response} and return `event.rawEvent`.
 *
 * @example
 * ```ts
 * import { PreSignUpTriggerEvent, type RawPreSignUpTriggerEvent } from '@evt/cognito';
 *
 * export const handler = async (raw: RawPreSignUpTriggerEvent) => {
 *   const event = new PreSignUpTriggerEvent(raw);
 *   if (event.triggerSource === 'PreSignUp_ExternalProvider') {
 *     event.response.autoConfirmUser = true;
 *   }
 *   return event.rawEvent;
 * };
 * ```
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html
 */
export class PreSignUpTriggerEvent extends BaseTriggerEvent<RawPreSignUpTriggerEvent> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'PreSignUpTriggerEvent';

  #request?: PreSignUpTriggerEventRequest;
  #response?: PreSignUpTriggerEventResponse;

  /** What the user signs up with: attributes, validation data, client metadata (`request`). */
  get request(): PreSignUpTriggerEventRequest {
    return (this.#request ??= child(
      this,
      'request',
      PreSignUpTriggerEventRequest
    ));
  }

  /**
   * What the function tells Amazon Cognito to do with the user (`response`). Its setters
   * write into the raw event, adding `response` when the event has none.
   *
   * @throws {@link FieldTypeError} when `response` is present but not an object.
   */
  get response(): PreSignUpTriggerEventResponse {
    return (this.#response ??= responsePart(
      this,
      'response',
      PreSignUpTriggerEventResponse
    ));
  }
}
