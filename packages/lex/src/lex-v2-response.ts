import {
  argumentError,
  isObject,
  nonEmptyStringArgument,
  objectArgument,
} from '@evt/core';
import {
  builderArguments,
  buttonList,
  messageText,
  oneOf,
  recordList,
  textMap,
} from './arguments';
import {
  type LexV2ConfirmationState,
  LexV2Event,
  type LexV2IntentState,
  type RawLexV2Event,
  type RawLexV2Slot,
  scalarSlot,
} from './lex-v2-event';

/** The format of a V2 message. */
export type LexV2MessageContentType =
  | 'PlainText'
  | 'SSML'
  | 'CustomPayload'
  | 'ImageResponseCard';

/** A button of a V2 image response card. */
export interface LexV2Button {
  /** The text on the button. */
  text: string;
  /** The value sent to Amazon Lex V2 when the user chooses the button. */
  value: string;
}

/** A card with buttons the messaging platform shows the user. */
export interface LexV2ImageResponseCard {
  /** The card's title, at most 250 characters. */
  title: string;
  /** The card's subtitle. */
  subtitle?: string;
  /** The URL of a publicly readable image shown on the card. */
  imageUrl?: string;
  /** Up to five buttons. */
  buttons?: LexV2Button[];
}

/** A message Amazon Lex V2 conveys to the user. */
export type LexV2Message =
  | {
      /** The format of the content. */
      contentType: 'PlainText' | 'SSML' | 'CustomPayload';
      /** The text, at most 1,024 characters. */
      content: string;
    }
  | {
      /** A card with buttons. */
      contentType: 'ImageResponseCard';
      /** The card. */
      imageResponseCard: LexV2ImageResponseCard;
    };

/** A context to set active in the session. */
export interface LexV2ActiveContextInit {
  /** The name of the context. */
  name: string;
  /** The context's attributes by name. */
  contextAttributes?: Record<string, string>;
  /** How long the context stays active. */
  timeToLive: {
    /** Seconds, from 5 to 86,400. */
    timeToLiveInSeconds: number;
    /** Conversation turns, from 1 to 20. */
    turnsToLive: number;
  };
}

/** The intent of a V2 response. */
export interface LexV2ResponseIntent {
  /** The name of the intent. */
  name: string;
  /** The slots by name; `null` for a slot not filled. */
  slots?: Record<string, RawLexV2Slot | null>;
  /** Where the intent stands. */
  state?: LexV2IntentState;
  /** Whether the user confirmed the intent. */
  confirmationState?: LexV2ConfirmationState;
}

/** A V2 action that names no slot. */
export interface LexV2ResponseSimpleAction {
  /** The type of the action. */
  type: 'Close' | 'ConfirmIntent' | 'Delegate' | 'ElicitIntent';
}

/** A V2 `ElicitSlot` action. */
export interface LexV2ResponseElicitSlotAction {
  /** The type of the action. */
  type: 'ElicitSlot';
  /** The slot to elicit. */
  slotToElicit: string;
  /** How to listen for the slot. */
  slotElicitationStyle?: 'Default' | 'SpellByLetter' | 'SpellByWord';
}

/** The action of a V2 response. */
export type LexV2ResponseDialogAction =
  | LexV2ResponseSimpleAction
  | LexV2ResponseElicitSlotAction;

/** The response Amazon Lex V2 reads from a code hook, as AWS documents it. */
export interface LexV2Response {
  /** The state of the conversation to go on with. */
  sessionState: {
    /** What Amazon Lex V2 does next. */
    dialogAction: LexV2ResponseDialogAction;
    /** The intent, with its slots; absent for `ElicitIntent`. */
    intent?: LexV2ResponseIntent;
    /** The session attributes Amazon Lex V2 keeps. */
    sessionAttributes?: Record<string, string>;
    /** The contexts to set active. */
    activeContexts?: LexV2ActiveContextInit[];
  };
  /** The messages of the next turn; the bot's own when absent. */
  messages?: LexV2Message[];
  /** Request attributes to return to the client. */
  requestAttributes?: Record<string, string>;
}

/**
 * A slot value as the V2 builders take it: a raw slot (as the event has it), or a string, sent
 * as a `Scalar` slot whose original, interpreted and only resolved value is that string, or
 * `null` to clear the slot.
 */
export type LexV2SlotInit = RawLexV2Slot | string | null;

/** The messages of a V2 response: a string is sent as one `PlainText` message. */
export type LexV2MessagesInit =
  | string
  | LexV2Message
  | readonly (string | LexV2Message)[];

/** What every V2 builder takes besides the event. */
export interface LexV2ResponseInit {
  /** The messages of the next turn (each at most 1,024 characters); the bot's own when absent. */
  readonly messages?: LexV2MessagesInit | undefined;
  /**
   * The session attributes to send back, replacing the event's; the event's are sent back when
   * absent (and none when the event has none).
   */
  readonly sessionAttributes?: Readonly<Record<string, string>> | undefined;
  /** Contexts to set active in the session; none are sent when absent. */
  readonly activeContexts?: readonly LexV2ActiveContextInit[] | undefined;
  /** Request attributes to return to the client. */
  readonly requestAttributes?: Readonly<Record<string, string>> | undefined;
}

/** The slots of a V2 action that carries the intent. */
export interface LexV2SlotsInit {
  /**
   * Slots to set, by name, merged over the event's session intent's slots (or sent alone when
   * `intentName` names another intent).
   */
  readonly slots?: Readonly<Record<string, LexV2SlotInit>> | undefined;
}

/** What {@link lexV2Close} takes. */
export interface LexV2CloseInit extends LexV2ResponseInit, LexV2SlotsInit {
  /** The state the intent ends in: `Fulfilled`, `Failed` or `InProgress`. */
  readonly state: 'Fulfilled' | 'Failed' | 'InProgress';
}

/** What {@link lexV2ElicitSlot} takes. */
export interface LexV2ElicitSlotInit extends LexV2ResponseInit, LexV2SlotsInit {
  /** The slot to elicit. */
  readonly slotToElicit: string;
  /** How Amazon Lex V2 listens for the slot; its default when absent. */
  readonly slotElicitationStyle?:
    | 'Default'
    | 'SpellByLetter'
    | 'SpellByWord'
    | undefined;
  /** The intent whose slot to elicit; the event's session intent when absent. */
  readonly intentName?: string | undefined;
}

/** What {@link lexV2ConfirmIntent} takes: the question is required. */
export interface LexV2ConfirmIntentInit
  extends LexV2ResponseInit,
    LexV2SlotsInit {
  /** The question that asks the user to confirm, answered yes or no. */
  readonly messages: LexV2MessagesInit;
}

/** What {@link lexV2ElicitIntent} takes: the question is required. */
export interface LexV2ElicitIntentInit extends LexV2ResponseInit {
  /** The question that asks the user what they want. */
  readonly messages: LexV2MessagesInit;
}

/** What {@link lexV2Delegate} takes. */
export interface LexV2DelegateInit extends LexV2ResponseInit, LexV2SlotsInit {}

/** The event a V2 builder answers: a {@link LexV2Event}, or the raw event. */
export type LexV2Request = LexV2Event | RawLexV2Event;

const TEXT_TYPES: readonly ('PlainText' | 'SSML' | 'CustomPayload')[] =
  /* @__PURE__ */ Object.freeze([
    'PlainText',
    'SSML',
    'CustomPayload',
  ] as const);
const CONTENT_TYPES: readonly LexV2MessageContentType[] =
  /* @__PURE__ */ Object.freeze([...TEXT_TYPES, 'ImageResponseCard'] as const);
const CLOSE_STATES: readonly LexV2CloseInit['state'][] =
  /* @__PURE__ */ Object.freeze(['Fulfilled', 'Failed', 'InProgress'] as const);
const ELICITATION_STYLES: readonly NonNullable<
  LexV2ElicitSlotInit['slotElicitationStyle']
>[] = /* @__PURE__ */ Object.freeze([
  'Default',
  'SpellByLetter',
  'SpellByWord',
] as const);
/** AWS's limit on the characters of a card's texts. */
const MAX_CARD_TEXT = 250;

/** A slot given to a builder, as the response sends it. */
function slotOf(
  builder: string,
  argument: string,
  value: unknown
): RawLexV2Slot | null {
  if (value === null) return null;
  if (typeof value === 'string') return scalarSlot(value);
  if (!isObject(value)) {
    throw argumentError(builder, argument, 'a slot, a string or null', value);
  }
  if (value.value !== undefined) {
    const slotValue = objectArgument(builder, `${argument}.value`, value.value);
    nonEmptyStringArgument(
      builder,
      `${argument}.value.interpretedValue`,
      slotValue.interpretedValue
    );
  }
  return { ...value } as RawLexV2Slot;
}

/** The slots given to a builder, as the response sends them. */
function slotsOf(
  builder: string,
  value: unknown
): Record<string, RawLexV2Slot | null> {
  if (value === undefined) return {};
  return Object.fromEntries(
    Object.entries(objectArgument(builder, 'init.slots', value)).map(
      ([name, slot]) => [
        name,
        slotOf(builder, `init.slots[${JSON.stringify(name)}]`, slot),
      ]
    )
  );
}

/**
 * The intent of a response: the event's session intent (its name, slots, state and
 * confirmation state) with the given slots merged over its own, or the named intent with the
 * given slots alone. `undefined` when the event has none, unless the action needs one (or
 * slots are given).
 */
function intentOf(
  builder: string,
  sessionState: Record<string, unknown>,
  init: Record<string, unknown>,
  required: boolean
): LexV2ResponseIntent | undefined {
  const slots = slotsOf(builder, init.slots);
  const current = sessionState.intent;
  if (init.intentName !== undefined) {
    const name = nonEmptyStringArgument(
      builder,
      'init.intentName',
      init.intentName
    );
    if (!isObject(current) || current.name !== name) return { name, slots };
  }
  if (
    (current === undefined || current === null) &&
    !required &&
    init.slots === undefined
  ) {
    return undefined;
  }
  const where = 'event.sessionState.intent';
  const session = objectArgument(builder, where, current);
  const intent: LexV2ResponseIntent = {
    name: nonEmptyStringArgument(builder, `${where}.name`, session.name),
  };
  const own = session.slots ?? undefined;
  if (own !== undefined || init.slots !== undefined) {
    intent.slots = {
      ...(own === undefined
        ? {}
        : (objectArgument(builder, `${where}.slots`, own) as Record<
            string,
            RawLexV2Slot | null
          >)),
      ...slots,
    };
  }
  for (const key of ['state', 'confirmationState'] as const) {
    const value = session[key];
    if (value !== undefined && value !== null) {
      intent[key] = nonEmptyStringArgument(builder, `${where}.${key}`, value);
    }
  }
  return intent;
}

/** An image response card, checked: a title, up to five buttons. */
function cardOf(
  builder: string,
  argument: string,
  value: unknown
): LexV2ImageResponseCard {
  const given = objectArgument(builder, argument, value);
  const card: LexV2ImageResponseCard = {
    title: nonEmptyStringArgument(builder, `${argument}.title`, given.title),
  };
  for (const key of ['title', 'subtitle', 'imageUrl'] as const) {
    const text = given[key];
    if (text === undefined) continue;
    if (
      nonEmptyStringArgument(builder, `${argument}.${key}`, text).length >
      MAX_CARD_TEXT
    ) {
      throw new TypeError(
        `${builder}: ${argument}.${key} must be at most ${MAX_CARD_TEXT} characters`
      );
    }
    if (key !== 'title') card[key] = text as string;
  }
  if (given.buttons !== undefined) {
    card.buttons = buttonList(builder, `${argument}.buttons`, given.buttons);
  }
  return card;
}

/** One message, checked; a string is plain text. */
function messageOf(
  builder: string,
  argument: string,
  value: unknown
): LexV2Message {
  if (typeof value === 'string') {
    return {
      contentType: 'PlainText',
      content: messageText(builder, argument, value),
    };
  }
  if (!isObject(value)) {
    throw argumentError(builder, argument, 'a string or an object', value);
  }
  const contentType = oneOf(
    builder,
    `${argument}.contentType`,
    value.contentType,
    CONTENT_TYPES
  );
  if (contentType === 'ImageResponseCard') {
    return {
      contentType,
      imageResponseCard: cardOf(
        builder,
        `${argument}.imageResponseCard`,
        value.imageResponseCard
      ),
    };
  }
  return {
    contentType,
    content: messageText(builder, `${argument}.content`, value.content),
  };
}

/** The messages of a response, checked; `undefined` when none are given. */
function messagesOf(
  builder: string,
  value: unknown
): LexV2Message[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value))
    return [messageOf(builder, 'init.messages', value)];
  if (value.length === 0) {
    throw argumentError(
      builder,
      'init.messages',
      'a message or a non-empty array',
      value
    );
  }
  return value.map((message, index) =>
    messageOf(builder, `init.messages[${index}]`, message)
  );
}

/** A context to set active, checked against AWS's ranges. */
function activeContextOf(
  builder: string,
  argument: string,
  value: Record<string, unknown>
): LexV2ActiveContextInit {
  const name = nonEmptyStringArgument(builder, `${argument}.name`, value.name);
  const timeToLive = value.timeToLive;
  if (!isObject(timeToLive)) {
    throw argumentError(
      builder,
      `${argument}.timeToLive`,
      'an object',
      timeToLive
    );
  }
  const ranges = {
    timeToLiveInSeconds: [5, 86_400],
    turnsToLive: [1, 20],
  } as const;
  const lifetime = {} as LexV2ActiveContextInit['timeToLive'];
  for (const key of ['timeToLiveInSeconds', 'turnsToLive'] as const) {
    const number = timeToLive[key];
    const [min, max] = ranges[key];
    if (
      typeof number !== 'number' ||
      !Number.isInteger(number) ||
      number < min ||
      number > max
    ) {
      throw argumentError(
        builder,
        `${argument}.timeToLive.${key}`,
        `an integer from ${min} to ${max}`,
        number
      );
    }
    lifetime[key] = number;
  }
  return {
    name,
    contextAttributes:
      value.contextAttributes === undefined
        ? {}
        : textMap(
            builder,
            `${argument}.contextAttributes`,
            value.contextAttributes
          ),
    timeToLive: lifetime,
  };
}

/** What a V2 action needs besides its type. */
interface ActionNeeds {
  /** Whether the response carries the intent: always, when the event has one, or never. */
  readonly intent: 'required' | 'optional' | 'none';
  /** Whether the action needs a message (`ConfirmIntent`, `ElicitIntent`). */
  readonly messages: boolean;
}

/**
 * Builds a response: checks the arguments, builds the action and the intent, and wraps them
 * with the messages, attributes and contexts.
 */
function answer(
  builder: string,
  event: unknown,
  init: unknown,
  needs: ActionNeeds,
  action: (options: Record<string, unknown>) => LexV2ResponseDialogAction,
  finish?: (
    intent: LexV2ResponseIntent,
    options: Record<string, unknown>
  ) => void
): LexV2Response {
  const [raw, options] = builderArguments(builder, LexV2Event, event, init);
  const state = objectArgument(builder, 'event.sessionState', raw.sessionState);
  const sessionState: LexV2Response['sessionState'] = {
    dialogAction: action(options),
  };
  if (needs.intent !== 'none') {
    const intent = intentOf(
      builder,
      state,
      options,
      needs.intent === 'required'
    );
    if (intent) {
      finish?.(intent, options);
      sessionState.intent = intent;
    }
  }
  const attributes = options.sessionAttributes ?? state.sessionAttributes;
  if (attributes !== undefined && attributes !== null) {
    sessionState.sessionAttributes = textMap(
      builder,
      options.sessionAttributes === undefined
        ? 'event.sessionState.sessionAttributes'
        : 'init.sessionAttributes',
      attributes
    );
  }
  if (options.activeContexts !== undefined) {
    sessionState.activeContexts = recordList(
      builder,
      'init.activeContexts',
      options.activeContexts,
      Number.MAX_SAFE_INTEGER
    ).map((context, index) =>
      activeContextOf(builder, `init.activeContexts[${index}]`, context)
    );
  }
  const response: LexV2Response = { sessionState };
  const messages = messagesOf(builder, options.messages);
  if (messages) response.messages = messages;
  else if (needs.messages) {
    throw argumentError(builder, 'init.messages', 'a message', undefined);
  }
  if (options.requestAttributes !== undefined) {
    response.requestAttributes = textMap(
      builder,
      'init.requestAttributes',
      options.requestAttributes
    );
  }
  return response;
}

/**
 * Builds a V2 `Close` response: the intent ends in the given state (`Fulfilled`, `Failed` or
 * `InProgress`), and no answer is expected from the user. The intent is the event's session
 * intent, with `init.slots` merged over its slots; the event's session attributes are sent
 * back unless replaced.
 *
 * @param event The event being answered: a {@link LexV2Event}, or the raw event.
 * @param init The state, and the messages, slots, attributes and contexts to send.
 * @returns The response, ready to return from the handler.
 * @throws {TypeError} when an argument is malformed, naming it (`init.state`,
 * `init.messages[0].content`, `event.sessionState.intent`, …).
 * @example
 * ```ts
 * import { LexV2Event, lexV2Close, type RawLexV2Event } from '@evt/lex';
 *
 * export const handler = async (raw: RawLexV2Event) => {
 *   const event = new LexV2Event(raw);
 *   return lexV2Close(event, {
 *     state: 'Fulfilled',
 *     messages: 'Thanks, your order has been placed.',
 *   });
 *   // { sessionState: { dialogAction: { type: 'Close' },
 *   //     intent: { name: 'OrderFlowers', slots: { … }, state: 'Fulfilled', … },
 *   //     sessionAttributes: { … } },
 *   //   messages: [{ contentType: 'PlainText', content: 'Thanks, …' }] }
 * };
 * ```
 * @see https://docs.aws.amazon.com/lexv2/latest/dg/lambda-response-format.html
 */
export function lexV2Close(
  event: LexV2Request,
  init: LexV2CloseInit
): LexV2Response {
  return answer(
    'lexV2Close',
    event,
    init,
    { intent: 'required', messages: false },
    () => ({ type: 'Close' }),
    (intent, options) => {
      intent.state = oneOf(
        'lexV2Close',
        'init.state',
        options.state,
        CLOSE_STATES
      );
    }
  );
}

/**
 * Builds a V2 `ElicitSlot` response: Amazon Lex V2 asks the user for a slot's value. The
 * intent is the event's session intent with `init.slots` merged over its slots (set a slot to
 * `null` to ask for it again), unless `init.intentName` names another.
 *
 * @param event The event being answered: a {@link LexV2Event}, or the raw event.
 * @param init The slot to elicit, and the messages, slots, attributes and contexts to send.
 * @returns The response, ready to return from the handler.
 * @throws {TypeError} when an argument is malformed, naming it (`init.slotToElicit`,
 * `init.slotElicitationStyle`, `init.slots["PickupDate"]`, …).
 * @example
 * ```ts
 * import { LexV2Event, lexV2ElicitSlot, type RawLexV2Event } from '@evt/lex';
 *
 * export const handler = async (raw: RawLexV2Event) => {
 *   const event = new LexV2Event(raw);
 *   return lexV2ElicitSlot(event, {
 *     slotToElicit: 'PickupDate',
 *     slots: { PickupDate: null },
 *     messages: 'We are closed that day. Which other day suits you?',
 *   });
 * };
 * ```
 * @see https://docs.aws.amazon.com/lexv2/latest/dg/lambda-response-format.html
 */
export function lexV2ElicitSlot(
  event: LexV2Request,
  init: LexV2ElicitSlotInit
): LexV2Response {
  const builder = 'lexV2ElicitSlot';
  return answer(
    builder,
    event,
    init,
    { intent: 'required', messages: false },
    (options) => {
      const action: LexV2ResponseElicitSlotAction = {
        type: 'ElicitSlot',
        slotToElicit: nonEmptyStringArgument(
          builder,
          'init.slotToElicit',
          options.slotToElicit
        ),
      };
      if (options.slotElicitationStyle !== undefined) {
        action.slotElicitationStyle = oneOf(
          builder,
          'init.slotElicitationStyle',
          options.slotElicitationStyle,
          ELICITATION_STYLES
        );
      }
      return action;
    }
  );
}

/**
 * Builds a V2 `ConfirmIntent` response: Amazon Lex V2 asks the user to confirm the intent;
 * a yes sets its confirmation state to `Confirmed`, a no to `Denied`. The message asking is
 * required. The intent is the event's session intent with `init.slots` merged over its slots.
 *
 * @param event The event being answered: a {@link LexV2Event}, or the raw event.
 * @param init The question, and the slots, attributes and contexts to send.
 * @returns The response, ready to return from the handler.
 * @throws {TypeError} when an argument is malformed, naming it (`init.messages`, …).
 * @example
 * ```ts
 * import { LexV2Event, lexV2ConfirmIntent, type RawLexV2Event } from '@evt/lex';
 *
 * export const handler = async (raw: RawLexV2Event) => {
 *   const event = new LexV2Event(raw);
 *   return lexV2ConfirmIntent(event, {
 *     messages: `Pick up on ${event.slot('PickupDate')} at ${event.slot('PickupTime')}?`,
 *   });
 * };
 * ```
 * @see https://docs.aws.amazon.com/lexv2/latest/dg/lambda-response-format.html
 */
export function lexV2ConfirmIntent(
  event: LexV2Request,
  init: LexV2ConfirmIntentInit
): LexV2Response {
  return answer(
    'lexV2ConfirmIntent',
    event,
    init,
    { intent: 'required', messages: true },
    () => ({ type: 'ConfirmIntent' })
  );
}

/**
 * Builds a V2 `ElicitIntent` response: Amazon Lex V2 asks the user what they want. The
 * message asking is required; no intent is sent.
 *
 * @param event The event being answered: a {@link LexV2Event}, or the raw event.
 * @param init The question, and the attributes and contexts to send.
 * @returns The response, ready to return from the handler.
 * @throws {TypeError} when an argument is malformed, naming it (`init.messages`, …).
 * @example
 * ```ts
 * import { LexV2Event, lexV2ElicitIntent, type RawLexV2Event } from '@evt/lex';
 *
 * export const handler = async (raw: RawLexV2Event) =>
 *   lexV2ElicitIntent(new LexV2Event(raw), { messages: 'How can I help you?' });
 * ```
 * @see https://docs.aws.amazon.com/lexv2/latest/dg/lambda-response-format.html
 */
export function lexV2ElicitIntent(
  event: LexV2Request,
  init: LexV2ElicitIntentInit
): LexV2Response {
  return answer(
    'lexV2ElicitIntent',
    event,
    init,
    { intent: 'none', messages: true },
    () => ({ type: 'ElicitIntent' })
  );
}

/**
 * Builds a V2 `Delegate` response: Amazon Lex V2 chooses the next step from the bot's
 * configuration. The event's session intent is sent back with `init.slots` merged over its
 * slots, so that values the function set or cleared are kept.
 *
 * @param event The event being answered: a {@link LexV2Event}, or the raw event.
 * @param init The slots, messages, attributes and contexts to send.
 * @returns The response, ready to return from the handler.
 * @throws {TypeError} when an argument is malformed, naming it.
 * @example
 * ```ts
 * import { LexV2Event, lexV2Delegate, type RawLexV2Event } from '@evt/lex';
 *
 * export const handler = async (raw: RawLexV2Event) => {
 *   const event = new LexV2Event(raw);
 *   return lexV2Delegate(event, {
 *     sessionAttributes: { ...event.sessionState.sessionAttributes, checked: 'true' },
 *   });
 * };
 * ```
 * @see https://docs.aws.amazon.com/lexv2/latest/dg/lambda-response-format.html
 */
export function lexV2Delegate(
  event: LexV2Request,
  init: LexV2DelegateInit = {}
): LexV2Response {
  return answer(
    'lexV2Delegate',
    event,
    init,
    { intent: 'optional', messages: false },
    () => ({ type: 'Delegate' })
  );
}
