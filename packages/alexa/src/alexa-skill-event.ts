import {
  child,
  EventWrapper,
  locate,
  MissingFieldError,
  mapOrEmpty,
  optionalChild,
  requireBoolean,
  requireString,
  UNSET,
} from '@evt/core';
import {
  AlexaSkillContext,
  AlexaSkillUser,
  type RawAlexaSkillApplication,
  type RawAlexaSkillContext,
  type RawAlexaSkillUser,
} from './alexa-skill-context';
import {
  type AlexaSkillIntentRequest,
  type AlexaSkillLaunchRequest,
  AlexaSkillRequest,
  type AlexaSkillResolutionValue,
  type AlexaSkillSessionEndedRequest,
  type RawAlexaSkillRequest,
  slotName,
} from './alexa-skill-request';

/** The session of a request, as Amazon documents it. */
export interface RawAlexaSkillSession<
  TAttributes extends object = Record<string, unknown>,
> {
  /** Whether the request starts a new session. */
  new: boolean;
  /** The ID of the session, e.g. `amzn1.echo-api.session.<id>`. */
  sessionId: string;
  /** The skill the session is with. */
  application: RawAlexaSkillApplication;
  /**
   * The attributes the skill returned in `sessionAttributes` of its last response in the
   * session; absent or empty when the session is new.
   */
  attributes?: TAttributes | null | undefined;
  /** The Amazon account that made the request. */
  user: RawAlexaSkillUser;
}

/**
 * The request Alexa sends a custom skill's Lambda function, as Amazon documents it (the
 * request body of the Alexa Skills Kit's JSON interface). `TAttributes` is the shape of the
 * session attributes the skill keeps.
 */
export interface RawAlexaSkillEvent<
  TAttributes extends object = Record<string, unknown>,
> {
  /** The version of the request format: `1.0`. */
  version: string;
  /**
   * The session; absent from requests outside a session (AudioPlayer and PlaybackController
   * requests, skill events).
   */
  session?: RawAlexaSkillSession<TAttributes> | null | undefined;
  /** The state of Alexa and the device when the request was sent. */
  context?: RawAlexaSkillContext | null | undefined;
  /** What the user asked for, or what happened. */
  request: RawAlexaSkillRequest;
}

/**
 * Wrapper for the session of a request to an Alexa skill (`session`).
 *
 * `TAttributes` types {@link attributes}; it is not checked at runtime.
 */
export class AlexaSkillSession<
  TAttributes extends object = Record<string, unknown>,
> extends EventWrapper<RawAlexaSkillSession<TAttributes>> {
  static override readonly typeName: string = 'AlexaSkillSession';
  #user?: AlexaSkillUser;

  /** Whether the request starts a new session (`new`). */
  get isNew(): boolean {
    return requireBoolean(this, this.raw.new, 'new');
  }

  /** The ID of the session, the same for every request in it (`sessionId`). */
  get sessionId(): string {
    return requireString(this, this.raw.sessionId, 'sessionId');
  }

  /** The skill ID the session is with (`application.applicationId`). */
  get applicationId(): string {
    return requireString(
      this,
      this.raw.application?.applicationId,
      'application.applicationId'
    );
  }

  /**
   * The attributes the skill returned in `sessionAttributes` of its last response in the
   * session, typed as `TAttributes` (`attributes`). Empty object when the session is new or
   * the skill kept none.
   */
  get attributes(): TAttributes {
    return mapOrEmpty(this, this.raw.attributes, 'attributes');
  }

  /** The Amazon account that made the request (`user`). */
  get user(): AlexaSkillUser {
    return (this.#user ??= child(this, 'user', AlexaSkillUser));
  }
}

/**
 * Wrapper for the request that Alexa sends a custom skill's Lambda function when a user talks
 * to the skill (or an interface the skill uses reports an event): the request envelope with
 * its session, its context and the request itself.
 *
 * `TAttributes` types the session attributes ({@link AlexaSkillSession.attributes}); it is not
 * checked at runtime. Answer with {@link alexaSkillResponse}.
 *
 * The debug view (`String(event)`, `console.log`) hides the account-linking access token, the
 * consent token and the API access token.
 *
 * @example
 * ```ts
 * import { AlexaSkillEvent, alexaSkillResponse, type RawAlexaSkillEvent } from '@evt/alexa';
 *
 * export const handler = async (raw: RawAlexaSkillEvent) => {
 *   const event = new AlexaSkillEvent(raw);
 *   if (event.isIntentRequest() && event.request.intent.name === 'PlanMyTripIntent') {
 *     const city = event.slotValue('toCity') ?? 'somewhere';
 *     return alexaSkillResponse({ speech: `Planning your trip to ${city}.`, shouldEndSession: true });
 *   }
 *   return alexaSkillResponse({ speech: 'Where would you like to go?', reprompt: 'Which city?' });
 * };
 * ```
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-and-response-json-reference.html
 */
export class AlexaSkillEvent<
  TAttributes extends object = Record<string, unknown>,
> extends EventWrapper<RawAlexaSkillEvent<TAttributes>> {
  static override readonly typeName: string = 'AlexaSkillEvent';
  #session: AlexaSkillSession<TAttributes> | undefined | typeof UNSET = UNSET;
  #context: AlexaSkillContext | undefined | typeof UNSET = UNSET;
  #request?: AlexaSkillRequest;

  /** The version of the request format, `1.0` (`version`). */
  get version(): string {
    return requireString(this, this.raw.version, 'version');
  }

  /**
   * The session the request belongs to (`session`). Undefined for requests outside a session:
   * AudioPlayer and PlaybackController requests, and skill events.
   */
  get session(): AlexaSkillSession<TAttributes> | undefined {
    if (this.#session === UNSET) {
      this.#session = optionalChild(
        this,
        'session',
        AlexaSkillSession<TAttributes>
      );
    }
    return this.#session;
  }

  /**
   * The state of Alexa and the device when the request was sent: the skill, the user, the
   * device, the API access, and the state of the audio player and the screen (`context`).
   * Undefined when the request has none (requests from before Alexa added it).
   */
  get context(): AlexaSkillContext | undefined {
    if (this.#context === UNSET) {
      this.#context = optionalChild(this, 'context', AlexaSkillContext);
    }
    return this.#context;
  }

  /** What the user asked for, or what happened (`request`). */
  get request(): AlexaSkillRequest {
    return (this.#request ??= child(this, 'request', AlexaSkillRequest));
  }

  /**
   * The skill ID the request is for (`context.System.application.applicationId`, else
   * `session.application.applicationId`): compare it with your own to reject requests meant
   * for another skill.
   *
   * @throws {@link MissingFieldError} when the request has neither a context nor a session.
   */
  get applicationId(): string {
    const context = this.context;
    if (context) return context.system.applicationId;
    const session = this.session;
    if (session) return session.applicationId;
    throw new MissingFieldError(locate(this, 'context'));
  }

  /**
   * The ID of the Amazon account that made the request, unique to the skill
   * (`context.System.user.userId`, else `session.user.userId`).
   *
   * @throws {@link MissingFieldError} when the request has neither a context nor a session.
   */
  get userId(): string {
    const context = this.context;
    if (context) return context.system.user.userId;
    const session = this.session;
    if (session) return session.user.userId;
    throw new MissingFieldError(locate(this, 'context'));
  }

  /**
   * The name of the intent the user asked for (`request.intent.name`). Undefined on request
   * types that carry no intent.
   */
  get intentName(): string | undefined {
    return this.request.intent?.name;
  }

  /**
   * Whether the request is a `LaunchRequest` (`request.type`): the user opened the skill
   * without asking for anything in particular. Narrows {@link request} to an
   * {@link AlexaSkillLaunchRequest}.
   *
   * @returns `true` for a `LaunchRequest`.
   */
  isLaunchRequest(): this is this & {
    /** The request: a `LaunchRequest`. */
    readonly request: AlexaSkillLaunchRequest;
  } {
    return this.request.type === 'LaunchRequest';
  }

  /**
   * Whether the request is an `IntentRequest` (`request.type`): the user asked for one of the
   * skill's intents. Narrows {@link request} to an {@link AlexaSkillIntentRequest}, whose
   * `intent` is defined.
   *
   * @returns `true` for an `IntentRequest`.
   * @example
   * ```ts
   * import { AlexaSkillEvent, type RawAlexaSkillEvent } from '@evt/alexa';
   *
   * export const handler = async (raw: RawAlexaSkillEvent) => {
   *   const event = new AlexaSkillEvent(raw);
   *   if (event.isIntentRequest()) return event.request.intent.name; // no `?.` needed
   *   return event.request.type;
   * };
   * ```
   */
  isIntentRequest(): this is this & {
    /** The request: an `IntentRequest`, whose intent is defined. */
    readonly request: AlexaSkillIntentRequest;
  } {
    return this.request.type === 'IntentRequest';
  }

  /**
   * Whether the request is a `SessionEndedRequest` (`request.type`): the session ended
   * because the user said "exit", did not answer, or an error occurred. Alexa ignores what
   * the skill answers to it. Narrows {@link request} to an
   * {@link AlexaSkillSessionEndedRequest}, whose `reason` is defined.
   *
   * @returns `true` for a `SessionEndedRequest`.
   */
  isSessionEndedRequest(): this is this & {
    /** The request: a `SessionEndedRequest`, whose reason is defined. */
    readonly request: AlexaSkillSessionEndedRequest;
  } {
    return this.request.type === 'SessionEndedRequest';
  }

  /**
   * Returns the value the user gave for a slot of the request's intent, as Alexa heard it
   * (`request.intent.slots.<name>.value`).
   *
   * @param name The name of the slot, as the interaction model defines it.
   * @returns The value, or `undefined` when the request has no intent, the intent has no such
   * slot, or the slot is not filled.
   * @throws {TypeError} when `name` is not a string.
   * @example
   * ```ts
   * import { AlexaSkillEvent, type RawAlexaSkillEvent } from '@evt/alexa';
   *
   * export const handler = async (raw: RawAlexaSkillEvent) => {
   *   const event = new AlexaSkillEvent(raw);
   *   return event.slotValue('toCity'); // 'Seattle'
   * };
   * ```
   */
  slotValue(name: string): string | undefined {
    const slot = slotName('AlexaSkillEvent.slotValue', name);
    return this.request.intent?.slotValue(slot);
  }

  /**
   * Returns the entity a slot's value resolved to: the first value of the first authority
   * whose status is `ER_SUCCESS_MATCH` (see {@link AlexaSkillSlot.resolvedValue}).
   *
   * @param name The name of the slot, as the interaction model defines it.
   * @returns The entity (its canonical `name` and its `id`), or `undefined` when the request
   * has no intent, the intent has no such slot, or no authority matched.
   * @throws {TypeError} when `name` is not a string.
   * @example
   * ```ts
   * import { AlexaSkillEvent, type RawAlexaSkillEvent } from '@evt/alexa';
   *
   * export const handler = async (raw: RawAlexaSkillEvent) => {
   *   const event = new AlexaSkillEvent(raw);
   *   const activity = event.resolvedSlotValue('activity');
   *   return activity?.id ?? 'unknown activity'; // the user said "hike": 'HIKING'
   * };
   * ```
   */
  resolvedSlotValue(name: string): AlexaSkillResolutionValue | undefined {
    const slot = slotName('AlexaSkillEvent.resolvedSlotValue', name);
    return this.request.intent?.slot(slot)?.resolvedValue;
  }
}
