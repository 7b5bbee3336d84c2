import {
  child,
  EventWrapper,
  optionalBoolean,
  optionalString,
  optionalStringOf,
  stringArrayOrEmpty,
  stringMapOrEmpty,
} from '@evt/core';
import {
  arrayArgument,
  booleanArgument,
  oneOfArgument,
  stringMapArgument,
} from './arguments';
import {
  BaseTriggerEvent,
  BaseTriggerEventResponse,
  type RawBaseTriggerEvent,
  type RawStringMap,
  responsePart,
} from './trigger';

/** What caused Amazon Cognito to invoke a migrate user trigger, as AWS documents it. */
export type UserMigrationTriggerSource =
  | 'UserMigration_Authentication'
  | 'UserMigration_ForgotPassword';

/** The status a migrated user gets: signed in as they are, or made to reset their password. */
export type FinalUserStatus = 'CONFIRMED' | 'RESET_REQUIRED';

/** Whether Amazon Cognito sends a migrated user the welcome message again, or not at all. */
export type MessageAction = 'RESEND' | 'SUPPRESS';

/** How Amazon Cognito sends a migrated user the welcome message. */
export type DeliveryMedium = 'SMS' | 'EMAIL';

const FINAL_USER_STATUSES: readonly FinalUserStatus[] = [
  'CONFIRMED',
  'RESET_REQUIRED',
];
const MESSAGE_ACTIONS: readonly MessageAction[] = ['RESEND', 'SUPPRESS'];
const DELIVERY_MEDIUMS: readonly DeliveryMedium[] = ['SMS', 'EMAIL'];

/** The request of a migrate user trigger event, as AWS documents it. */
export interface RawUserMigrationTriggerEventRequest {
  /** The password the user entered to sign in (absent in the forgot-password flow). */
  password?: string | null | undefined;
  /** The `ValidationData` the app passed to the sign-in call, if any. */
  validationData?: RawStringMap | null | undefined;
  /** The custom data the app passed as `ClientMetadata`, if any. */
  clientMetadata?: RawStringMap | null | undefined;
}

/** The response of a migrate user trigger event, as AWS documents it. */
export interface RawUserMigrationTriggerEventResponse {
  /** The attributes to create the user with, by name. */
  userAttributes?: RawStringMap | null | undefined;
  /** The status of the user once migrated: `CONFIRMED` or `RESET_REQUIRED`. */
  finalUserStatus?: string | null | undefined;
  /** `RESEND` or `SUPPRESS` the welcome message. */
  messageAction?: string | null | undefined;
  /** How to send the welcome message: `SMS`, `EMAIL` or both. */
  desiredDeliveryMediums?: readonly string[] | null | undefined;
  /** Whether to move an email or phone alias from another user to this one. */
  forceAliasCreation?: boolean | null | undefined;
  /** Whether the migrated user must complete SMS multi-factor authentication. */
  enableSMSMFA?: boolean | null | undefined;
}

/** The event Amazon Cognito sends to a migrate user trigger, as AWS documents it. */
export interface RawUserMigrationTriggerEvent
  extends RawBaseTriggerEvent<UserMigrationTriggerSource> {
  /** The sign-in or password reset that found no user. */
  request: RawUserMigrationTriggerEventRequest;
  /** What the function answers; Amazon Cognito sends the fields empty. */
  response?: RawUserMigrationTriggerEventResponse | null | undefined;
}

/** Wrapper for the request of a migrate user trigger event (`request`). */
export class UserMigrationTriggerEventRequest extends EventWrapper<RawUserMigrationTriggerEventRequest> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string =
    'UserMigrationTriggerEventRequest';

  /**
   * The password the user entered, in plaintext, to check against the old user store
   * (`request.password`). Undefined when the request has none: Amazon Cognito sends no
   * password in the forgot-password flow (`UserMigration_ForgotPassword`). Hidden in the
   * debug view.
   */
  get password(): string | undefined {
    return optionalString(this, this.raw.password, 'password');
  }

  /**
   * The `ValidationData` the app passed to the sign-in call (`request.validationData`). Empty
   * object when the request has none.
   *
   * @throws {@link FieldTypeError} when it is not an object of strings.
   */
  get validationData(): Record<string, string> {
    return stringMapOrEmpty(this, this.raw.validationData, 'validationData');
  }

  /**
   * The custom data the app passed as `ClientMetadata` to the sign-in or password reset call
   * (`request.clientMetadata`). Empty object when the request has none.
   *
   * @throws {@link FieldTypeError} when it is not an object of strings.
   */
  get clientMetadata(): Record<string, string> {
    return stringMapOrEmpty(this, this.raw.clientMetadata, 'clientMetadata');
  }
}

function deliveryMedium(
  value: unknown,
  where: string,
  argument: string
): DeliveryMedium {
  return oneOfArgument(value, where, argument, DELIVERY_MEDIUMS);
}

/**
 * Wrapper for the response of a migrate user trigger event (`response`): the user to create
 * and how. Each setter writes its field into the raw event, which the function returns.
 *
 * @example
 * ```ts
 * import { type RawUserMigrationTriggerEvent, UserMigrationTriggerEvent } from '@evt/cognito';
 *
 * export const handler = async (raw: RawUserMigrationTriggerEvent) => {
 *   const event = new UserMigrationTriggerEvent(raw);
 *   event.response.userAttributes = { email: 'jane@example.com', email_verified: 'true' };
 *   event.response.finalUserStatus = 'CONFIRMED';
 *   event.response.messageAction = 'SUPPRESS';
 *   return event.rawEvent;
 * };
 * ```
 */
export class UserMigrationTriggerEventResponse extends BaseTriggerEventResponse<RawUserMigrationTriggerEventResponse> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string =
    'UserMigrationTriggerEventResponse';

  /**
   * The attributes to create the user with, by name; custom attributes take the `custom:`
   * prefix (`response.userAttributes`). Empty object until set. Setting it writes a copy of the
   * map into the raw event.
   *
   * @throws {@link FieldTypeError} when the event holds something other than an object of
   * strings.
   * @throws {TypeError} when set to something other than an object of strings.
   */
  get userAttributes(): Record<string, string> {
    return stringMapOrEmpty(this, this.raw.userAttributes, 'userAttributes');
  }

  /** Checks `value` and writes it into the raw event as `userAttributes`; see the getter. */
  set userAttributes(value: Readonly<Record<string, string>>) {
    this.write(
      'userAttributes',
      stringMapArgument(
        value,
        'UserMigrationTriggerEventResponse.userAttributes'
      )
    );
  }

  /**
   * The status of the user once migrated (`response.finalUserStatus`): `CONFIRMED` lets them
   * sign in with the password they entered, `RESET_REQUIRED` makes them change it first.
   * Undefined until set, which confirms the user at sign-in.
   *
   * @throws {@link FieldTypeError} when the event holds another value.
   * @throws {TypeError} when set to a value other than `CONFIRMED` or `RESET_REQUIRED`.
   */
  get finalUserStatus(): FinalUserStatus | undefined {
    return optionalStringOf(
      this,
      this.raw.finalUserStatus,
      'finalUserStatus',
      FINAL_USER_STATUSES
    );
  }

  /** Checks `value` and writes it into the raw event as `finalUserStatus`; see the getter. */
  set finalUserStatus(value: FinalUserStatus) {
    this.write(
      'finalUserStatus',
      oneOfArgument(
        value,
        'UserMigrationTriggerEventResponse.finalUserStatus',
        'value',
        FINAL_USER_STATUSES
      )
    );
  }

  /**
   * Whether Amazon Cognito sends the welcome message again (`RESEND`) or not at all
   * (`SUPPRESS`) (`response.messageAction`). Undefined until set, which sends it.
   *
   * @throws {@link FieldTypeError} when the event holds another value.
   * @throws {TypeError} when set to a value other than `RESEND` or `SUPPRESS`.
   */
  get messageAction(): MessageAction | undefined {
    return optionalStringOf(
      this,
      this.raw.messageAction,
      'messageAction',
      MESSAGE_ACTIONS
    );
  }

  /** Checks `value` and writes it into the raw event as `messageAction`; see the getter. */
  set messageAction(value: MessageAction) {
    this.write(
      'messageAction',
      oneOfArgument(
        value,
        'UserMigrationTriggerEventResponse.messageAction',
        'value',
        MESSAGE_ACTIONS
      )
    );
  }

  /**
   * How Amazon Cognito sends the welcome message: `SMS`, `EMAIL` or both
   * (`response.desiredDeliveryMediums`). Empty until set, which sends it by SMS.
   *
   * @throws {@link FieldTypeError} when the event holds something other than a list of
   * strings.
   * @throws {TypeError} when set to something other than a list of `SMS` and `EMAIL`.
   */
  get desiredDeliveryMediums(): readonly string[] {
    return stringArrayOrEmpty(
      this,
      this.raw.desiredDeliveryMediums,
      'desiredDeliveryMediums'
    );
  }

  /** Checks `value` and writes it into the raw event as `desiredDeliveryMediums`; see the getter. */
  set desiredDeliveryMediums(value: readonly DeliveryMedium[]) {
    this.write(
      'desiredDeliveryMediums',
      arrayArgument(
        value,
        'UserMigrationTriggerEventResponse.desiredDeliveryMediums',
        'value',
        deliveryMedium
      )
    );
  }

  /**
   * Whether an email address or phone number of the new user that another user already has
   * as an alias moves to the new user (`response.forceAliasCreation`). Undefined until set;
   * Amazon Cognito takes that as `false`, and fails the migration on such a conflict.
   *
   * @throws {@link FieldTypeError} when the event holds something other than a boolean.
   * @throws {TypeError} when set to something other than a boolean.
   */
  get forceAliasCreation(): boolean | undefined {
    return optionalBoolean(
      this,
      this.raw.forceAliasCreation,
      'forceAliasCreation'
    );
  }

  /** Checks `value` and writes it into the raw event as `forceAliasCreation`; see the getter. */
  set forceAliasCreation(value: boolean) {
    this.write(
      'forceAliasCreation',
      booleanArgument(
        value,
        'UserMigrationTriggerEventResponse.forceAliasCreation'
      )
    );
  }

  /**
   * Whether the migrated user must complete SMS multi-factor authentication to sign in
   * (`response.enableSMSMFA`); the user's attributes must then hold a phone number. Undefined
   * until set.
   *
   * @throws {@link FieldTypeError} when the event holds something other than a boolean.
   * @throws {TypeError} when set to something other than a boolean.
   */
  get enableSmsMfa(): boolean | undefined {
    return optionalBoolean(this, this.raw.enableSMSMFA, 'enableSMSMFA');
  }

  /** Checks `value` and writes it into the raw event as `enableSMSMFA`; see the getter. */
  set enableSmsMfa(value: boolean) {
    this.write(
      'enableSMSMFA',
      booleanArgument(value, 'UserMigrationTriggerEventResponse.enableSmsMfa')
    );
  }
}

/**
 * Wrapper for the event that Amazon Cognito sends when a user who is not in the user pool
 * signs in with a password or asks to reset their password: the function looks the user up in
 * another user store and answers with the attributes to create them with.
 *
 * Amazon Cognito reads the answer from the event the function returns: set the fields of
 * {@link UserMigrationTriggerEvent.response} and return `event.rawEvent`; throw to refuse.
 *
 * @example
 * ```ts
 * import { type RawUserMigrationTriggerEvent, UserMigrationTriggerEvent } from '@evt/cognito';
 *
 * declare function findUser(name: string, password?: string): Promise<{ email: string }>;
 *
 * export const handler = async (raw: RawUserMigrationTriggerEvent) => {
 *   const event = new UserMigrationTriggerEvent(raw);
 *   const user =
 *     event.triggerSource === 'UserMigration_Authentication'
 *       ? await findUser(event.userName ?? '', event.request.password)
 *       : await findUser(event.userName ?? '');
 *   event.response.userAttributes = { email: user.email, email_verified: 'true' };
 *   event.response.finalUserStatus = 'CONFIRMED';
 *   event.response.messageAction = 'SUPPRESS';
 *   return event.rawEvent;
 * };
 * ```
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-migrate-user.html
 */
export class UserMigrationTriggerEvent extends BaseTriggerEvent<RawUserMigrationTriggerEvent> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'UserMigrationTriggerEvent';

  #request?: UserMigrationTriggerEventRequest;
  #response?: UserMigrationTriggerEventResponse;

  /** The sign-in or password reset that found no user: password, validation data (`request`). */
  get request(): UserMigrationTriggerEventRequest {
    return (this.#request ??= child(
      this,
      'request',
      UserMigrationTriggerEventRequest
    ));
  }

  /**
   * The user to create and how (`response`). Its setters write into the raw event, adding
   * `response` when the event has none.
   *
   * @throws {@link FieldTypeError} when `response` is present but not an object.
   */
  get response(): UserMigrationTriggerEventResponse {
    return (this.#response ??= responsePart(
      this,
      'response',
      UserMigrationTriggerEventResponse
    ));
  }
}
