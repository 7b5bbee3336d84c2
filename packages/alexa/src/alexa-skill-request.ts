import {
  argumentError,
  child,
  EventWrapper,
  optionalChild,
  optionalString,
  requireString,
  UNSET,
  wrapEachOrEmpty,
  wrapEntries,
} from '@evt/core';

// The `request` object of an Alexa Skills Kit request. Its `type` says what happened (the skill
// was opened, an intent was recognised, the session ended, an audio stream moved on…); the
// members a type adds (an intent, a reason) read as undefined on the other types. The
// narrowed types below (`AlexaSkillIntentRequest`…) let a handler that has checked the type
// read those members without `undefined`.

/**
 * The type of a request: one of the standard types Amazon documents, or another string for
 * the requests of the interfaces a skill implements (`AudioPlayer.PlaybackStarted`,
 * `Alexa.Presentation.APL.UserEvent`, `CanFulfillIntentRequest`…).
 */
export type AlexaSkillRequestType =
  | 'LaunchRequest'
  | 'IntentRequest'
  | 'SessionEndedRequest'
  | 'CanFulfillIntentRequest'
  | (string & {});

/**
 * Where a multi-turn dialog stands: `STARTED`, `IN_PROGRESS` or `COMPLETED`, or another string
 * for a state Amazon may add.
 */
export type AlexaSkillDialogState =
  | 'STARTED'
  | 'IN_PROGRESS'
  | 'COMPLETED'
  | (string & {});

/**
 * Whether the user confirmed or denied an intent or a slot value: `NONE`, `CONFIRMED` or
 * `DENIED`, or another string for a status Amazon may add.
 */
export type AlexaSkillConfirmationStatus =
  | 'NONE'
  | 'CONFIRMED'
  | 'DENIED'
  | (string & {});

/**
 * The outcome of entity resolution for one authority: `ER_SUCCESS_MATCH`,
 * `ER_SUCCESS_NO_MATCH`, `ER_ERROR_TIMEOUT` or `ER_ERROR_EXCEPTION`, or another string for an
 * outcome Amazon may add.
 */
export type AlexaSkillResolutionStatusCode =
  | 'ER_SUCCESS_MATCH'
  | 'ER_SUCCESS_NO_MATCH'
  | 'ER_ERROR_TIMEOUT'
  | 'ER_ERROR_EXCEPTION'
  | (string & {});

/**
 * Why a session ended: `USER_INITIATED`, `ERROR` or `EXCEEDED_MAX_REPROMPTS`, or another
 * string for a reason Amazon may add.
 */
export type AlexaSkillSessionEndedReason =
  | 'USER_INITIATED'
  | 'ERROR'
  | 'EXCEEDED_MAX_REPROMPTS'
  | (string & {});

/**
 * The kind of error that ended a session: `INVALID_RESPONSE`, `DEVICE_COMMUNICATION_ERROR`,
 * `INTERNAL_SERVICE_ERROR` or `ENDPOINT_TIMEOUT`, or another string for a kind Amazon may add.
 */
export type AlexaSkillSessionEndedErrorType =
  | 'INVALID_RESPONSE'
  | 'DEVICE_COMMUNICATION_ERROR'
  | 'INTERNAL_SERVICE_ERROR'
  | 'ENDPOINT_TIMEOUT'
  | (string & {});

/** One entity a slot value resolved to, as Amazon documents it. */
export interface RawAlexaSkillResolutionValue {
  /** The entity. */
  value: {
    /** The canonical name of the entity, as the slot type defines it. */
    name: string;
    /** The ID of the entity, as the slot type defines it. */
    id?: string | null | undefined;
  };
}

/** The entity resolution results of one authority (one slot type), as Amazon documents them. */
export interface RawAlexaSkillResolution {
  /**
   * The authority that resolved the value: a slot type of the skill
   * (`amzn1.er-authority.echo-sdk.<skill ID>.<slot type>`), its dynamic entities
   * (`…echo-sdk.dynamic.<skill ID>.<slot type>`), or `AlexaEntities`.
   */
  authority: string;
  /** The outcome of the resolution. */
  status: {
    /** The outcome, e.g. `ER_SUCCESS_MATCH`. */
    code: string;
  };
  /** The entities the value resolved to, best first; absent when none matched. */
  values?: RawAlexaSkillResolutionValue[] | null | undefined;
}

/** The entity resolution results of a slot, as Amazon documents them. */
export interface RawAlexaSkillSlotResolutions {
  /** The results, one per authority that tried to resolve the value. */
  resolutionsPerAuthority?: RawAlexaSkillResolution[] | null | undefined;
}

/** A slot of an intent, as Amazon documents it. */
export interface RawAlexaSkillSlot {
  /** The name of the slot, as the interaction model defines it. */
  name: string;
  /** The value the user gave; absent when the slot is not filled. */
  value?: string | null | undefined;
  /** Whether the user confirmed or denied the value. */
  confirmationStatus?: string | null | undefined;
  /** Where the value came from, e.g. `USER`. */
  source?: string | null | undefined;
  /** The entities the value resolved to; absent when no resolution ran. */
  resolutions?: RawAlexaSkillSlotResolutions | null | undefined;
}

/** The intent of a request, as Amazon documents it. */
export interface RawAlexaSkillIntent {
  /** The name of the intent, e.g. `PlanMyTripIntent` or `AMAZON.HelpIntent`. */
  name: string;
  /** Whether the user confirmed or denied the whole intent. */
  confirmationStatus?: string | null | undefined;
  /** The slots of the intent, by name; absent when the intent has none. */
  slots?: Record<string, RawAlexaSkillSlot> | null | undefined;
}

/** The error that ended a session, as Amazon documents it. */
export interface RawAlexaSkillSessionEndedError {
  /** The kind of error, e.g. `INVALID_RESPONSE`. */
  type: string;
  /** What went wrong, in words. */
  message?: string | null | undefined;
}

/** The `request` object of an Alexa Skills Kit request, as Amazon documents it. */
export interface RawAlexaSkillRequest {
  /** The type of the request, e.g. `IntentRequest`. */
  type: string;
  /** The unique ID of the request, e.g. `amzn1.echo-api.request.<id>`. */
  requestId: string;
  /** When Alexa sent the request, in ISO 8601 format. */
  timestamp: string;
  /** The user's locale, e.g. `en-US`. */
  locale?: string | null | undefined;
  /** Where a multi-turn dialog stands (`IntentRequest` of a skill that uses dialogs). */
  dialogState?: string | null | undefined;
  /** The intent the user asked for (`IntentRequest`, `CanFulfillIntentRequest`). */
  intent?: RawAlexaSkillIntent | null | undefined;
  /** Why the session ended (`SessionEndedRequest`). */
  reason?: string | null | undefined;
  /** The error that ended the session (`SessionEndedRequest` with reason `ERROR`). */
  error?: RawAlexaSkillSessionEndedError | null | undefined;
}

/**
 * Checks the slot name a lookup method takes: a wrong one is the caller's bug, a TypeError
 * naming the method and the argument.
 *
 * @param where The method, e.g. `AlexaSkillIntent.slot`.
 * @param name The argument passed.
 * @returns The name.
 * @throws {TypeError} when `name` is not a string.
 */
export function slotName(where: string, name: unknown): string {
  if (typeof name === 'string') return name;
  throw argumentError(where, 'name', 'a string', name);
}

/**
 * Wrapper for one entity a slot value resolved to
 * (`…slots.<name>.resolutions.resolutionsPerAuthority[n].values[m]`).
 */
export class AlexaSkillResolutionValue extends EventWrapper<RawAlexaSkillResolutionValue> {
  static override readonly typeName: string = 'AlexaSkillResolutionValue';

  /** The canonical name of the entity, as the slot type defines it (`value.name`). */
  get name(): string {
    return requireString(this, this.raw.value?.name, 'value.name');
  }

  /** The ID of the entity, as the slot type defines it (`value.id`). Undefined when it has none. */
  get id(): string | undefined {
    return optionalString(this, this.raw.value?.id, 'value.id');
  }
}

/**
 * Wrapper for the entity resolution results of one authority
 * (`…slots.<name>.resolutions.resolutionsPerAuthority[n]`).
 */
export class AlexaSkillResolution extends EventWrapper<RawAlexaSkillResolution> {
  static override readonly typeName: string = 'AlexaSkillResolution';
  #values?: AlexaSkillResolutionValue[];

  /**
   * The authority that resolved the value: a slot type of the skill, its dynamic entities, or
   * `AlexaEntities` (`authority`).
   */
  get authority(): string {
    return requireString(this, this.raw.authority, 'authority');
  }

  /**
   * The outcome of the resolution, e.g. `ER_SUCCESS_MATCH` or `ER_SUCCESS_NO_MATCH`
   * (`status.code`).
   */
  get statusCode(): AlexaSkillResolutionStatusCode {
    return requireString(this, this.raw.status?.code, 'status.code');
  }

  /** The entities the value resolved to, best first (`values`). Empty when none matched. */
  get values(): AlexaSkillResolutionValue[] {
    return (this.#values ??= wrapEachOrEmpty(
      this,
      'values',
      AlexaSkillResolutionValue
    ));
  }
}

/** Wrapper for the entity resolution results of a slot (`…slots.<name>.resolutions`). */
export class AlexaSkillSlotResolutions extends EventWrapper<RawAlexaSkillSlotResolutions> {
  static override readonly typeName: string = 'AlexaSkillSlotResolutions';
  #resolutionsPerAuthority?: AlexaSkillResolution[];

  /**
   * The results, one per authority that tried to resolve the value, in Alexa's order
   * (`resolutionsPerAuthority`). Empty when there are none.
   */
  get resolutionsPerAuthority(): AlexaSkillResolution[] {
    return (this.#resolutionsPerAuthority ??= wrapEachOrEmpty(
      this,
      'resolutionsPerAuthority',
      AlexaSkillResolution
    ));
  }
}

/** Wrapper for a slot of the intent in a request to an Alexa skill (`request.intent.slots.<name>`). */
export class AlexaSkillSlot extends EventWrapper<RawAlexaSkillSlot> {
  static override readonly typeName: string = 'AlexaSkillSlot';
  #resolutions: AlexaSkillSlotResolutions | undefined | typeof UNSET = UNSET;
  #resolvedValue: AlexaSkillResolutionValue | undefined | typeof UNSET = UNSET;

  /** The name of the slot, as the interaction model defines it (`name`). */
  get name(): string {
    return requireString(this, this.raw.name, 'name');
  }

  /**
   * The value the user gave, as Alexa heard it (`value`). Undefined while the slot is not
   * filled.
   */
  get value(): string | undefined {
    return optionalString(this, this.raw.value, 'value');
  }

  /**
   * Whether the user confirmed or denied the value: `NONE`, `CONFIRMED` or `DENIED`
   * (`confirmationStatus`). Undefined when absent.
   */
  get confirmationStatus(): AlexaSkillConfirmationStatus | undefined {
    return optionalString(
      this,
      this.raw.confirmationStatus,
      'confirmationStatus'
    );
  }

  /** Where the value came from, e.g. `USER` (`source`). Undefined when absent. */
  get source(): string | undefined {
    return optionalString(this, this.raw.source, 'source');
  }

  /**
   * The entities the value resolved to, per authority (`resolutions`). Undefined when no
   * entity resolution ran (a built-in slot type without it, an unfilled slot).
   */
  get resolutions(): AlexaSkillSlotResolutions | undefined {
    if (this.#resolutions === UNSET) {
      this.#resolutions = optionalChild(
        this,
        'resolutions',
        AlexaSkillSlotResolutions
      );
    }
    return this.#resolutions;
  }

  /**
   * The entity the value resolved to: the first value of the first authority whose status is
   * `ER_SUCCESS_MATCH` (`resolutions.resolutionsPerAuthority[n].values[0]`). Its `name` is the
   * canonical value whatever synonym the user said, and its `id` the ID the slot type gives
   * it. Undefined when no authority matched.
   *
   * @example
   * ```ts
   * import { AlexaSkillEvent, type RawAlexaSkillEvent } from '@evt/alexa';
   *
   * export const handler = async (raw: RawAlexaSkillEvent) => {
   *   const slot = new AlexaSkillEvent(raw).request.intent?.slot('activity');
   *   // the user said "hike": slot.value is 'hike', the resolved name is 'hiking'
   *   return slot?.resolvedValue?.name ?? slot?.value;
   * };
   * ```
   */
  get resolvedValue(): AlexaSkillResolutionValue | undefined {
    if (this.#resolvedValue === UNSET) {
      let found: AlexaSkillResolutionValue | undefined;
      for (const resolution of this.resolutions?.resolutionsPerAuthority ??
        []) {
        if (resolution.statusCode === 'ER_SUCCESS_MATCH') {
          found = resolution.values[0];
          if (found) break;
        }
      }
      this.#resolvedValue = found;
    }
    return this.#resolvedValue;
  }
}

/** Wrapper for the intent of a request to an Alexa skill (`request.intent`). */
export class AlexaSkillIntent extends EventWrapper<RawAlexaSkillIntent> {
  static override readonly typeName: string = 'AlexaSkillIntent';
  #slots?: Readonly<Record<string, AlexaSkillSlot>>;

  /** The name of the intent, e.g. `PlanMyTripIntent` or `AMAZON.StopIntent` (`name`). */
  get name(): string {
    return requireString(this, this.raw.name, 'name');
  }

  /**
   * Whether the user confirmed or denied the whole intent: `NONE`, `CONFIRMED` or `DENIED`
   * (`confirmationStatus`). Undefined when absent.
   */
  get confirmationStatus(): AlexaSkillConfirmationStatus | undefined {
    return optionalString(
      this,
      this.raw.confirmationStatus,
      'confirmationStatus'
    );
  }

  /**
   * The slots of the intent, by name, filled or not (`slots`). Empty when the intent has
   * none. The map has no prototype: any name is an ordinary key.
   */
  get slots(): Readonly<Record<string, AlexaSkillSlot>> {
    return (this.#slots ??= wrapEntries(this, 'slots', AlexaSkillSlot));
  }

  /**
   * Returns a slot of the intent by name.
   *
   * @param name The name of the slot, as the interaction model defines it.
   * @returns The slot, or `undefined` when the intent has no slot of that name.
   * @throws {TypeError} when `name` is not a string.
   */
  slot(name: string): AlexaSkillSlot | undefined {
    return this.slots[slotName('AlexaSkillIntent.slot', name)];
  }

  /**
   * Returns the value the user gave for a slot, as Alexa heard it.
   *
   * @param name The name of the slot.
   * @returns The value, or `undefined` when the slot is absent or not filled.
   * @throws {TypeError} when `name` is not a string.
   */
  slotValue(name: string): string | undefined {
    return this.slots[slotName('AlexaSkillIntent.slotValue', name)]?.value;
  }
}

/** Wrapper for the error that ended a session (`request.error` of a `SessionEndedRequest`). */
export class AlexaSkillSessionEndedError extends EventWrapper<RawAlexaSkillSessionEndedError> {
  static override readonly typeName: string = 'AlexaSkillSessionEndedError';

  /**
   * The kind of error: `INVALID_RESPONSE` (the skill's response broke the rules),
   * `DEVICE_COMMUNICATION_ERROR`, `INTERNAL_SERVICE_ERROR` or `ENDPOINT_TIMEOUT` (`type`).
   */
  get type(): AlexaSkillSessionEndedErrorType {
    return requireString(this, this.raw.type, 'type');
  }

  /** What went wrong, in words (`message`). Undefined when absent. */
  get message(): string | undefined {
    return optionalString(this, this.raw.message, 'message');
  }
}

/**
 * Wrapper for the `request` object of a request to an Alexa skill (`request`): its type, ID,
 * time and locale, and the members of the standard types (an `IntentRequest`'s intent and
 * dialog state, a `SessionEndedRequest`'s reason and error). Requests of other types (the
 * AudioPlayer and APL interfaces, skill events) read through the same class; their own
 * fields are in `rawEvent`.
 */
export class AlexaSkillRequest extends EventWrapper<RawAlexaSkillRequest> {
  static override readonly typeName: string = 'AlexaSkillRequest';
  #intent: AlexaSkillIntent | undefined | typeof UNSET = UNSET;
  #error: AlexaSkillSessionEndedError | undefined | typeof UNSET = UNSET;

  /**
   * The type of the request: `LaunchRequest`, `IntentRequest`, `SessionEndedRequest`, or the
   * type of an interface's request such as `AudioPlayer.PlaybackStarted` (`type`).
   */
  get type(): AlexaSkillRequestType {
    return requireString(this, this.raw.type, 'type');
  }

  /** The unique ID of the request (`requestId`). */
  get requestId(): string {
    return requireString(this, this.raw.requestId, 'requestId');
  }

  /** When Alexa sent the request, in ISO 8601 format (`timestamp`). */
  get timestamp(): string {
    return requireString(this, this.raw.timestamp, 'timestamp');
  }

  /** The user's locale, e.g. `en-US` (`locale`). Undefined when the request has none. */
  get locale(): string | undefined {
    return optionalString(this, this.raw.locale, 'locale');
  }

  /**
   * Where a multi-turn dialog stands: `STARTED`, `IN_PROGRESS` or `COMPLETED`
   * (`dialogState`). Undefined outside dialogs and on other request types.
   */
  get dialogState(): AlexaSkillDialogState | undefined {
    return optionalString(this, this.raw.dialogState, 'dialogState');
  }

  /**
   * The intent the user asked for, with its slots (`intent`). Undefined on request types that
   * carry none (`LaunchRequest`, `SessionEndedRequest`).
   *
   * @throws {@link MissingFieldError} when an `IntentRequest` has no intent.
   */
  get intent(): AlexaSkillIntent | undefined {
    if (this.#intent === UNSET) {
      this.#intent =
        this.raw.type === 'IntentRequest'
          ? child(this, 'intent', AlexaSkillIntent)
          : optionalChild(this, 'intent', AlexaSkillIntent);
    }
    return this.#intent;
  }

  /**
   * Why the session ended: `USER_INITIATED` (the user said "exit"), `ERROR`, or
   * `EXCEEDED_MAX_REPROMPTS` (the user did not answer) (`reason`). Undefined on other request
   * types.
   *
   * @throws {@link MissingFieldError} when a `SessionEndedRequest` has no reason.
   */
  get reason(): AlexaSkillSessionEndedReason | undefined {
    return this.raw.type === 'SessionEndedRequest'
      ? requireString(this, this.raw.reason, 'reason')
      : optionalString(this, this.raw.reason, 'reason');
  }

  /**
   * The error that ended the session (`error`). Undefined unless a `SessionEndedRequest`'s
   * reason is `ERROR`.
   */
  get error(): AlexaSkillSessionEndedError | undefined {
    if (this.#error === UNSET) {
      this.#error = optionalChild(this, 'error', AlexaSkillSessionEndedError);
    }
    return this.#error;
  }
}

/**
 * A `LaunchRequest`: the user opened the skill without asking for anything in particular
 * ("Alexa, open trip planner"). What {@link AlexaSkillEvent.isLaunchRequest} narrows the
 * request to.
 */
export interface AlexaSkillLaunchRequest extends AlexaSkillRequest {
  /** The type of the request: `LaunchRequest`. */
  readonly type: 'LaunchRequest';
}

/**
 * An `IntentRequest`: the user asked for one of the skill's intents. What
 * {@link AlexaSkillEvent.isIntentRequest} narrows the request to.
 */
export interface AlexaSkillIntentRequest extends AlexaSkillRequest {
  /** The type of the request: `IntentRequest`. */
  readonly type: 'IntentRequest';
  /** The intent the user asked for; reading it throws a `MissingFieldError` when it is absent. */
  readonly intent: AlexaSkillIntent;
}

/**
 * A `SessionEndedRequest`: the session ended other than by the skill's own response (the user
 * said "exit", did not answer, or an error occurred). What
 * {@link AlexaSkillEvent.isSessionEndedRequest} narrows the request to.
 */
export interface AlexaSkillSessionEndedRequest extends AlexaSkillRequest {
  /** The type of the request: `SessionEndedRequest`. */
  readonly type: 'SessionEndedRequest';
  /** Why the session ended; reading it throws a `MissingFieldError` when it is absent. */
  readonly reason: AlexaSkillSessionEndedReason;
}
