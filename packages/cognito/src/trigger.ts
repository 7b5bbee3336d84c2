import {
  child,
  EventWrapper,
  optionalChild,
  optionalString,
  requireString,
  stringMapOrEmpty,
  type WrapperClass,
} from '@evt/core';

// What every user pool trigger shares: the common fields of the event, the caller context, the
// request fields most triggers have, and the one place evt writes into a raw event: the
// response that Amazon Cognito reads back from what the function returns.

/** The caller context of a user pool trigger event, as AWS documents it. */
export interface RawCallerContext {
  /** The version of the AWS SDK that made the request. */
  awsSdkVersion: string;
  /** The ID of the app client the request came through. */
  clientId: string;
}

/**
 * The fields every user pool trigger event has, as AWS documents them.
 *
 * @typeParam TTriggerSource The trigger sources of the event kind.
 */
export interface RawBaseTriggerEvent<TTriggerSource extends string = string> {
  /** The version of the trigger event, e.g. `1`. */
  version: string;
  /** The AWS Region of the user pool. */
  region: string;
  /** The ID of the user pool. */
  userPoolId: string;
  /** What caused Amazon Cognito to invoke the function. */
  triggerSource: TTriggerSource;
  /** The user's username; absent from machine-to-machine token requests. */
  userName?: string | null | undefined;
  /** Where the request came from. */
  callerContext: RawCallerContext;
}

/** A map of names to string values (user attributes, client metadata, challenge parameters). */
export type RawStringMap = Readonly<Record<string, string>>;

/** The request fields most user pool triggers have, as AWS documents them. */
export interface RawBaseTriggerEventRequest {
  /** The user's attributes, by attribute name. */
  userAttributes?: object | null | undefined;
  /** The custom data the app passed as `ClientMetadata` to the API call, if any. */
  clientMetadata?: RawStringMap | null | undefined;
}

// Reads through the base raw types: a subclass's raw type is a type parameter here, and a path
// is only checked against a known type.
function trigger(wrapper: EventWrapper): EventWrapper<RawBaseTriggerEvent> {
  return wrapper as EventWrapper<RawBaseTriggerEvent>;
}

function request(
  wrapper: EventWrapper
): EventWrapper<RawBaseTriggerEventRequest> {
  return wrapper as EventWrapper<RawBaseTriggerEventRequest>;
}

/** Wrapper for the caller context of a user pool trigger event (`callerContext`). */
export class CallerContext extends EventWrapper<RawCallerContext> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'CallerContext';

  /** The version of the AWS SDK that made the request (`callerContext.awsSdkVersion`). */
  get awsSdkVersion(): string {
    return requireString(this, this.raw.awsSdkVersion, 'awsSdkVersion');
  }

  /** The ID of the app client the request came through (`callerContext.clientId`). */
  get clientId(): string {
    return requireString(this, this.raw.clientId, 'clientId');
  }
}

/**
 * What every user pool trigger event shares: the version, Region, user pool, trigger source,
 * username and caller context. Each trigger's class extends it with its `request` and, where
 * Amazon Cognito reads one back, its `response`.
 *
 * @typeParam TRaw The raw event type of the trigger.
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html
 */
export abstract class BaseTriggerEvent<
  TRaw extends RawBaseTriggerEvent,
> extends EventWrapper<TRaw> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'BaseTriggerEvent';

  #callerContext?: CallerContext;

  /** The version of the trigger event, e.g. `1` (`version`). */
  get version(): string {
    return requireString(trigger(this), this.raw.version, 'version');
  }

  /** The AWS Region of the user pool, e.g. `us-east-1` (`region`). */
  get region(): string {
    return requireString(trigger(this), this.raw.region, 'region');
  }

  /** The ID of the user pool, e.g. `us-east-1_EXAMPLE` (`userPoolId`). */
  get userPoolId(): string {
    return requireString(trigger(this), this.raw.userPoolId, 'userPoolId');
  }

  /**
   * What caused Amazon Cognito to invoke the function, e.g. `PreSignUp_SignUp`
   * (`triggerSource`). Typed as the sources AWS documents for the trigger; not checked at
   * runtime, so a source AWS adds later reads as it is.
   */
  get triggerSource(): TRaw['triggerSource'] {
    return requireString(
      trigger(this),
      this.raw.triggerSource,
      'triggerSource'
    );
  }

  /**
   * The user's username (`userName`). Undefined when the event has none, as in a
   * machine-to-machine (client credentials) token request.
   */
  get userName(): string | undefined {
    return optionalString(trigger(this), this.raw.userName, 'userName');
  }

  /** Where the request came from: the SDK version and the app client (`callerContext`). */
  get callerContext(): CallerContext {
    return (this.#callerContext ??= child(
      trigger(this),
      'callerContext',
      CallerContext
    ));
  }
}

/**
 * The request fields most user pool triggers share: the user's attributes and the client
 * metadata. Each trigger's request class extends it with its own fields.
 *
 * @typeParam TRaw The raw request type of the trigger.
 */
export abstract class BaseTriggerEventRequest<
  TRaw extends RawBaseTriggerEventRequest = RawBaseTriggerEventRequest,
> extends EventWrapper<TRaw> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'BaseTriggerEventRequest';

  /**
   * The user's attributes by name, e.g. `email` or `custom:tenant` (`request.userAttributes`).
   * Empty object when the request has none.
   *
   * @throws {@link FieldTypeError} when it is not an object of strings.
   */
  get userAttributes(): Record<string, string> {
    return stringMapOrEmpty(
      request(this),
      this.raw.userAttributes as RawStringMap | null | undefined,
      'userAttributes'
    );
  }

  /**
   * The custom data the app passed as `ClientMetadata` to the API call that started the
   * trigger (`request.clientMetadata`). Empty object when the request has none.
   *
   * @throws {@link FieldTypeError} when it is not an object of strings.
   */
  get clientMetadata(): Record<string, string> {
    return stringMapOrEmpty(
      request(this),
      this.raw.clientMetadata,
      'clientMetadata'
    );
  }
}

function rawOf(wrapper: EventWrapper): Record<string, unknown> {
  return (wrapper as unknown as { raw: Record<string, unknown> }).raw;
}

function placeOf(
  wrapper: EventWrapper
): { parent?: EventWrapper; path?: string } | undefined {
  return (
    wrapper as unknown as {
      options: { parent?: EventWrapper; path?: string } | undefined;
    }
  ).options;
}

// Makes a response part reachable from the event before it is written to: a part the event
// did not have (no `response`, or `claimsOverrideDetails: null`) starts as an empty object of
// its own, and is put in its place, and its parents in theirs, on the first write. A place
// that already holds an object is left as it is.
function attach(part: EventWrapper): Record<string, unknown> {
  const raw = rawOf(part);
  const place = placeOf(part);
  if (place?.parent && place.path !== undefined) {
    const holder =
      place.parent instanceof BaseTriggerEventResponse
        ? attach(place.parent)
        : rawOf(place.parent);
    const current = holder[place.path];
    if (current === undefined || current === null) holder[place.path] = raw;
  }
  return raw;
}

/**
 * A part of a trigger's response: the object Amazon Cognito reads back from the event the
 * function returns (`response`, and objects inside it such as `claimsOverrideDetails`). Its
 * setters are the one place evt writes into a raw event: each writes its field into the raw
 * event, creating the part (and the parts above it) when the event has none, so the function
 * returns `event.rawEvent` with the response filled in.
 *
 * @typeParam TRaw The raw type of the part.
 */
export abstract class BaseTriggerEventResponse<
  TRaw extends object,
> extends EventWrapper<TRaw> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'BaseTriggerEventResponse';

  /**
   * Writes a field of this part into the raw event, putting the part in place first.
   *
   * @param key The field.
   * @param value The value, already checked.
   */
  protected write<TKey extends keyof TRaw & string>(
    key: TKey,
    value: TRaw[TKey]
  ): void {
    attach(this)[key] = value;
  }
}

/**
 * Wraps a part of the response that Amazon Cognito reads back: the object at `key` of the
 * owner's raw value, or a new empty object, put in place on the first write, when it is
 * absent or `null`.
 *
 * @param owner The event or response part the field belongs to.
 * @param key The field's key in the owner's raw value.
 * @param Part The class that wraps the part.
 * @returns The wrapped part.
 * @throws {@link FieldTypeError} when the field is present but not an object.
 */
export function responsePart<
  TRaw extends object,
  TKey extends keyof TRaw & string,
  TPart,
>(
  owner: EventWrapper<TRaw>,
  key: TKey,
  Part: WrapperClass<NonNullable<TRaw[TKey]>, TPart>
): TPart {
  return (
    optionalChild(owner, key, Part) ??
    new Part({} as NonNullable<TRaw[TKey]>, { parent: owner, path: key })
  );
}
