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
import { LexEvent, type RawLexEvent } from './lex-event';

/** Whether the function fulfilled the intent, as a V1 `Close` action reports it. */
export type LexFulfillmentState = 'Fulfilled' | 'Failed';

/** The format of a V1 message: plain text, SSML for voice, or a custom payload for the client. */
export type LexMessageContentType = 'PlainText' | 'SSML' | 'CustomPayload';

/** A message Amazon Lex V1 conveys to the user. */
export interface LexMessage {
  /** The format of the content. */
  contentType: LexMessageContentType;
  /** The text, at most 1,024 characters. */
  content: string;
}

/** A button of a V1 response card. */
export interface LexResponseCardButton {
  /** The text on the button. */
  text: string;
  /** The value sent to Amazon Lex when the user chooses the button. */
  value: string;
}

/** One card of a V1 response card. */
export interface LexGenericAttachment {
  /** The card's title. */
  title?: string;
  /** The card's subtitle. */
  subTitle?: string;
  /** The URL of an image shown on the card. */
  imageUrl?: string;
  /** The URL of an attachment the card links to. */
  attachmentLinkUrl?: string;
  /** Up to five buttons. */
  buttons?: LexResponseCardButton[];
}

/** A V1 response card: options the client shows the user as cards with buttons. */
export interface LexResponseCard {
  /** The version of the card format. */
  version: number;
  /** The card format: always `application/vnd.amazonaws.card.generic`. */
  contentType: 'application/vnd.amazonaws.card.generic';
  /** Up to ten cards. */
  genericAttachments: LexGenericAttachment[];
}

/** A response card as the builders take it: `version` and `contentType` may be left out. */
export interface LexResponseCardInit {
  /** The version of the card format; `1` when left out. */
  readonly version?: number | undefined;
  /** Up to ten cards, each with up to five buttons. */
  readonly genericAttachments: readonly LexGenericAttachment[];
}

/** The state of a recent intent, to set with `recentIntentSummaryView`. */
export interface LexIntentSummaryView {
  /** The name of the intent. */
  intentName?: string;
  /** A label that marks the intent. */
  checkpointLabel?: string;
  /** The slot values by slot name. */
  slots?: Record<string, string | null>;
  /** How the user answered the confirmation prompt. */
  confirmationStatus?: 'None' | 'Confirmed' | 'Denied';
  /** The next action of the intent. */
  dialogActionType:
    | 'ElicitIntent'
    | 'ElicitSlot'
    | 'ConfirmIntent'
    | 'Delegate'
    | 'Close';
  /** Whether the intent was fulfilled. */
  fulfillmentState?: LexFulfillmentState;
  /** The slot to elicit. */
  slotToElicit?: string;
}

/** A `Close` action: no response is expected from the user. */
export interface LexCloseAction {
  /** The type of the action. */
  type: 'Close';
  /** Whether the intent was fulfilled. */
  fulfillmentState: LexFulfillmentState;
  /** The message; the intent's goodbye or follow-up message when absent. */
  message?: LexMessage;
  /** The response card. */
  responseCard?: LexResponseCard;
}

/** An `ElicitSlot` action: the user is expected to give a slot's value. */
export interface LexElicitSlotAction {
  /** The type of the action. */
  type: 'ElicitSlot';
  /** The message; one of the slot's prompts when absent. */
  message?: LexMessage;
  /** The name of the intent. */
  intentName: string;
  /** The slot values by slot name. */
  slots: Record<string, string | null>;
  /** The slot to elicit. */
  slotToElicit: string;
  /** The response card. */
  responseCard?: LexResponseCard;
}

/** A `ConfirmIntent` action: the user is expected to answer yes or no. */
export interface LexConfirmIntentAction {
  /** The type of the action. */
  type: 'ConfirmIntent';
  /** The message; the intent's confirmation prompt when absent. */
  message?: LexMessage;
  /** The name of the intent. */
  intentName: string;
  /** The slot values by slot name. */
  slots: Record<string, string | null>;
  /** The response card. */
  responseCard?: LexResponseCard;
}

/** An `ElicitIntent` action: the user is expected to say what they want. */
export interface LexElicitIntentAction {
  /** The type of the action. */
  type: 'ElicitIntent';
  /** The message; one of the bot's clarification prompts when absent. */
  message?: LexMessage;
  /** The response card. */
  responseCard?: LexResponseCard;
}

/** A `Delegate` action: Amazon Lex chooses the next action from the bot's configuration. */
export interface LexDelegateAction {
  /** The type of the action. */
  type: 'Delegate';
  /** The slot values by slot name. */
  slots: Record<string, string | null>;
  /** The Amazon Kendra query, for an intent built on `AMAZON.KendraSearchIntent`. */
  kendraQueryRequestPayload?: string;
  /** The Amazon Kendra attribute filters, for an intent built on `AMAZON.KendraSearchIntent`. */
  kendraQueryFilterString?: string;
}

/** Any V1 dialog action. */
export type LexDialogAction =
  | LexCloseAction
  | LexElicitSlotAction
  | LexConfirmIntentAction
  | LexElicitIntentAction
  | LexDelegateAction;

/**
 * The response Amazon Lex V1 reads from a code hook, as AWS documents it.
 *
 * @typeParam TAction The dialog action it carries.
 */
export interface LexResponse<
  TAction extends LexDialogAction = LexDialogAction,
> {
  /** The session attributes Amazon Lex keeps; absent to keep the last ones. */
  sessionAttributes?: Record<string, string>;
  /** The state of up to three recent intents to set; absent to keep them. */
  recentIntentSummaryView?: LexIntentSummaryView[];
  /** What Amazon Lex does next. */
  dialogAction: TAction;
}

/** What every V1 builder takes besides the event. */
export interface LexResponseInit {
  /**
   * The session attributes to send back, replacing the event's; the event's are sent back when
   * absent (and none when the event has none).
   */
  readonly sessionAttributes?: Readonly<Record<string, string>> | undefined;
  /** The state of up to three recent intents to set. */
  readonly recentIntentSummaryView?:
    | readonly LexIntentSummaryView[]
    | undefined;
}

/** The message and card of a V1 action that speaks to the user. */
export interface LexMessageInit extends LexResponseInit {
  /** The message: a string is sent as `PlainText`. At most 1,024 characters. */
  readonly message?: string | LexMessage | undefined;
  /** A response card of up to ten cards. */
  readonly responseCard?: LexResponseCardInit | undefined;
}

/** The slots of a V1 action that names the intent. */
export interface LexSlotsInit {
  /**
   * Slot values to set, by slot name; `null` clears a slot. They are merged over the event's
   * current intent's slots (or sent alone when `intentName` names another intent).
   */
  readonly slots?: Readonly<Record<string, string | null>> | undefined;
}

/** What {@link lexClose} takes. */
export interface LexCloseInit extends LexMessageInit {
  /** Whether the function fulfilled the intent: `Fulfilled` or `Failed`. */
  readonly fulfillmentState: LexFulfillmentState;
}

/** What {@link lexElicitSlot} takes. */
export interface LexElicitSlotInit extends LexMessageInit, LexSlotsInit {
  /** The slot to elicit. */
  readonly slotToElicit: string;
  /** The intent whose slot to elicit; the event's current intent when absent. */
  readonly intentName?: string | undefined;
}

/** What {@link lexConfirmIntent} takes. */
export interface LexConfirmIntentInit extends LexMessageInit, LexSlotsInit {
  /** The intent to confirm; the event's current intent when absent. */
  readonly intentName?: string | undefined;
}

/** What {@link lexElicitIntent} takes. */
export interface LexElicitIntentInit extends LexMessageInit {}

/** What {@link lexDelegate} takes. */
export interface LexDelegateInit extends LexResponseInit, LexSlotsInit {
  /** The Amazon Kendra query to run, for an intent built on `AMAZON.KendraSearchIntent`. */
  readonly kendraQueryRequestPayload?: string | undefined;
  /** The Amazon Kendra attribute filters, for an intent built on `AMAZON.KendraSearchIntent`. */
  readonly kendraQueryFilterString?: string | undefined;
}

/** The event a V1 builder answers: a {@link LexEvent}, or the raw event. */
export type LexRequest = LexEvent | RawLexEvent;

const CONTENT_TYPES: readonly LexMessageContentType[] =
  /* @__PURE__ */ Object.freeze([
    'PlainText',
    'SSML',
    'CustomPayload',
  ] as const);
const FULFILLMENT_STATES: readonly LexFulfillmentState[] =
  /* @__PURE__ */ Object.freeze(['Fulfilled', 'Failed'] as const);
const CARD_TYPE = 'application/vnd.amazonaws.card.generic';
/** AWS's limits: cards per response card, recent intents per response. */
const MAX_CARDS = 10;
const MAX_RECENT_INTENTS = 3;

/** A copy of a map of slot values, each a string or `null`. */
function slotValues(
  builder: string,
  argument: string,
  value: unknown
): Record<string, string | null> {
  if (value === undefined || value === null) return {};
  const entries = Object.entries(objectArgument(builder, argument, value));
  for (const [name, slot] of entries) {
    if (typeof slot !== 'string' && slot !== null) {
      throw argumentError(
        builder,
        `${argument}[${JSON.stringify(name)}]`,
        'a string or null',
        slot
      );
    }
  }
  return Object.fromEntries(entries) as Record<string, string | null>;
}

/**
 * The intent name and slots of an action: the event's current intent with the given slots
 * merged over its own, or the named intent with the given slots alone.
 */
function intentAndSlots(
  builder: string,
  raw: Record<string, unknown>,
  init: Record<string, unknown>
): { intentName: string; slots: Record<string, string | null> } {
  const given = slotValues(builder, 'init.slots', init.slots);
  if (init.intentName !== undefined) {
    const intentName = nonEmptyStringArgument(
      builder,
      'init.intentName',
      init.intentName
    );
    const current = raw.currentIntent;
    if (!isObject(current) || current.name !== intentName) {
      return { intentName, slots: given };
    }
  }
  const intent = objectArgument(
    builder,
    'event.currentIntent',
    raw.currentIntent
  );
  const intentName = nonEmptyStringArgument(
    builder,
    'event.currentIntent.name',
    intent.name
  );
  const slots = slotValues(builder, 'event.currentIntent.slots', intent.slots);
  return { intentName, slots: { ...slots, ...given } };
}

/** The message of an action, checked; a string is plain text. */
function messageOf(builder: string, value: unknown): LexMessage {
  if (typeof value === 'string') {
    return {
      contentType: 'PlainText',
      content: messageText(builder, 'init.message', value),
    };
  }
  if (!isObject(value)) {
    throw argumentError(
      builder,
      'init.message',
      'a string or an object',
      value
    );
  }
  return {
    contentType: oneOf(
      builder,
      'init.message.contentType',
      value.contentType,
      CONTENT_TYPES
    ),
    content: messageText(builder, 'init.message.content', value.content),
  };
}

/** The response card of an action, checked: up to ten cards of up to five buttons. */
function responseCardOf(builder: string, value: unknown): LexResponseCard {
  const card = objectArgument(builder, 'init.responseCard', value);
  const version = card.version ?? 1;
  if (typeof version !== 'number' || !Number.isSafeInteger(version)) {
    throw argumentError(
      builder,
      'init.responseCard.version',
      'an integer',
      version
    );
  }
  const cards = recordList(
    builder,
    'init.responseCard.genericAttachments',
    card.genericAttachments,
    MAX_CARDS
  );
  const genericAttachments = cards.map((attachment, index) => {
    const copy: Record<string, unknown> = { ...attachment };
    if (attachment.buttons !== undefined) {
      copy.buttons = buttonList(
        builder,
        `init.responseCard.genericAttachments[${index}].buttons`,
        attachment.buttons
      );
    }
    return copy as LexGenericAttachment;
  });
  return { version, contentType: CARD_TYPE, genericAttachments };
}

/** The response around an action: the attributes and recent intents, then the action. */
function respond<TAction extends LexDialogAction>(
  builder: string,
  raw: Record<string, unknown>,
  init: Record<string, unknown>,
  dialogAction: TAction
): LexResponse<TAction> {
  const response: Partial<LexResponse<TAction>> = {};
  const attributes = init.sessionAttributes ?? raw.sessionAttributes;
  if (attributes !== undefined && attributes !== null) {
    response.sessionAttributes = textMap(
      builder,
      init.sessionAttributes === undefined
        ? 'event.sessionAttributes'
        : 'init.sessionAttributes',
      attributes
    );
  }
  if (init.recentIntentSummaryView !== undefined) {
    const summaries = recordList(
      builder,
      'init.recentIntentSummaryView',
      init.recentIntentSummaryView,
      MAX_RECENT_INTENTS
    );
    for (const [index, summary] of summaries.entries()) {
      nonEmptyStringArgument(
        builder,
        `init.recentIntentSummaryView[${index}].dialogActionType`,
        summary.dialogActionType
      );
    }
    response.recentIntentSummaryView = summaries.map(
      (summary) => ({ ...summary }) as unknown as LexIntentSummaryView
    );
  }
  response.dialogAction = dialogAction;
  return response as LexResponse<TAction>;
}

/**
 * An action that speaks to the user: `head`, the message and `tail`, then the card, in the
 * documented order.
 */
function spoken<TAction extends LexDialogAction>(
  builder: string,
  init: Record<string, unknown>,
  head: Partial<TAction>,
  tail: Partial<TAction> = {}
): TAction {
  const action: Record<string, unknown> = { ...head };
  if (init.message !== undefined)
    action.message = messageOf(builder, init.message);
  Object.assign(action, tail);
  if (init.responseCard !== undefined) {
    action.responseCard = responseCardOf(builder, init.responseCard);
  }
  return action as unknown as TAction;
}

/** Builds a response: checks the arguments, builds the action, and wraps it. */
function answer<TAction extends LexDialogAction>(
  builder: string,
  event: unknown,
  init: unknown,
  action: (
    builder: string,
    raw: Record<string, unknown>,
    options: Record<string, unknown>
  ) => TAction
): LexResponse<TAction> {
  const [raw, options] = builderArguments(builder, LexEvent, event, init);
  return respond(builder, raw, options, action(builder, raw, options));
}

/**
 * Builds a V1 `Close` response: the conversation ends, and Amazon Lex reports whether the
 * intent was fulfilled. The event's session attributes are sent back unless replaced.
 *
 * @param event The event being answered: a {@link LexEvent}, or the raw event.
 * @param init The fulfillment state, and the message, response card, attributes and recent
 * intents to send.
 * @returns The response, ready to return from the handler.
 * @throws {TypeError} when an argument is malformed, naming it (`init.fulfillmentState`,
 * `init.message.content`, `init.sessionAttributes["key"]`, …).
 * @example
 * ```ts
 * import { LexEvent, lexClose, type RawLexEvent } from '@evt/lex';
 *
 * export const handler = async (raw: RawLexEvent) => {
 *   const event = new LexEvent(raw);
 *   return lexClose(event, {
 *     fulfillmentState: 'Fulfilled',
 *     message: `Thanks, your order for ${event.slot('FlowerType')} has been placed.`,
 *   });
 *   // { sessionAttributes: { … },
 *   //   dialogAction: { type: 'Close', fulfillmentState: 'Fulfilled',
 *   //     message: { contentType: 'PlainText', content: 'Thanks, …' } } }
 * };
 * ```
 * @see https://docs.aws.amazon.com/lex/latest/dg/lambda-input-response-format.html#using-lambda-response-format
 */
export function lexClose(
  event: LexRequest,
  init: LexCloseInit
): LexResponse<LexCloseAction> {
  return answer('lexClose', event, init, (builder, _raw, options) =>
    spoken<LexCloseAction>(builder, options, {
      type: 'Close',
      fulfillmentState: oneOf(
        builder,
        'init.fulfillmentState',
        options.fulfillmentState,
        FULFILLMENT_STATES
      ),
    })
  );
}

/**
 * Builds a V1 `ElicitSlot` response: Amazon Lex asks the user for a slot's value. The intent
 * is the event's current intent, its slots with `init.slots` merged over them (set a slot to
 * `null` to ask for it again), unless `init.intentName` names another.
 *
 * @param event The event being answered: a {@link LexEvent}, or the raw event.
 * @param init The slot to elicit, and the message, card, slots and attributes to send.
 * @returns The response, ready to return from the handler.
 * @throws {TypeError} when an argument is malformed, naming it (`init.slotToElicit`,
 * `init.slots["PickupDate"]`, `event.currentIntent.name`, …).
 * @example
 * ```ts
 * import { LexEvent, lexElicitSlot, type RawLexEvent } from '@evt/lex';
 *
 * export const handler = async (raw: RawLexEvent) => {
 *   const event = new LexEvent(raw);
 *   return lexElicitSlot(event, {
 *     slotToElicit: 'FlowerType',
 *     slots: { FlowerType: null },
 *     message: 'We do not have those. Would you like roses, lilies or tulips?',
 *   });
 * };
 * ```
 * @see https://docs.aws.amazon.com/lex/latest/dg/lambda-input-response-format.html#using-lambda-response-format
 */
export function lexElicitSlot(
  event: LexRequest,
  init: LexElicitSlotInit
): LexResponse<LexElicitSlotAction> {
  return answer('lexElicitSlot', event, init, (builder, raw, options) => {
    const slotToElicit = nonEmptyStringArgument(
      builder,
      'init.slotToElicit',
      options.slotToElicit
    );
    return spoken<LexElicitSlotAction>(
      builder,
      options,
      { type: 'ElicitSlot' },
      { ...intentAndSlots(builder, raw, options), slotToElicit }
    );
  });
}

/**
 * Builds a V1 `ConfirmIntent` response: Amazon Lex asks the user to confirm the intent with a
 * yes or a no. Give a message unless the intent has a confirmation prompt. The intent and its
 * slots are taken as {@link lexElicitSlot} takes them.
 *
 * @param event The event being answered: a {@link LexEvent}, or the raw event.
 * @param init The message, card, intent, slots and attributes to send.
 * @returns The response, ready to return from the handler.
 * @throws {TypeError} when an argument is malformed, naming it.
 * @example
 * ```ts
 * import { LexEvent, lexConfirmIntent, type RawLexEvent } from '@evt/lex';
 *
 * export const handler = async (raw: RawLexEvent) => {
 *   const event = new LexEvent(raw);
 *   return lexConfirmIntent(event, {
 *     message: `Pick up your ${event.slot('FlowerType')} on ${event.slot('PickupDate')}?`,
 *   });
 * };
 * ```
 * @see https://docs.aws.amazon.com/lex/latest/dg/lambda-input-response-format.html#using-lambda-response-format
 */
export function lexConfirmIntent(
  event: LexRequest,
  init: LexConfirmIntentInit = {}
): LexResponse<LexConfirmIntentAction> {
  return answer('lexConfirmIntent', event, init, (builder, raw, options) =>
    spoken<LexConfirmIntentAction>(
      builder,
      options,
      { type: 'ConfirmIntent' },
      intentAndSlots(builder, raw, options)
    )
  );
}

/**
 * Builds a V1 `ElicitIntent` response: Amazon Lex asks the user what they want. Without a
 * message it uses one of the bot's clarification prompts.
 *
 * @param event The event being answered: a {@link LexEvent}, or the raw event.
 * @param init The message, card and attributes to send.
 * @returns The response, ready to return from the handler.
 * @throws {TypeError} when an argument is malformed, naming it.
 * @example
 * ```ts
 * import { LexEvent, lexElicitIntent, type RawLexEvent } from '@evt/lex';
 *
 * export const handler = async (raw: RawLexEvent) =>
 *   lexElicitIntent(new LexEvent(raw), { message: 'What can I help you with?' });
 * ```
 * @see https://docs.aws.amazon.com/lex/latest/dg/lambda-input-response-format.html#using-lambda-response-format
 */
export function lexElicitIntent(
  event: LexRequest,
  init: LexElicitIntentInit = {}
): LexResponse<LexElicitIntentAction> {
  return answer('lexElicitIntent', event, init, (builder, _raw, options) =>
    spoken<LexElicitIntentAction>(builder, options, { type: 'ElicitIntent' })
  );
}

/**
 * Builds a V1 `Delegate` response: Amazon Lex chooses the next action from the bot's
 * configuration. The slots are the event's current intent's, with `init.slots` merged over
 * them.
 *
 * @param event The event being answered: a {@link LexEvent}, or the raw event.
 * @param init The slots, attributes and Amazon Kendra query to send.
 * @returns The response, ready to return from the handler.
 * @throws {TypeError} when an argument is malformed, naming it.
 * @example
 * ```ts
 * import { LexEvent, lexDelegate, type RawLexEvent } from '@evt/lex';
 *
 * export const handler = async (raw: RawLexEvent) => {
 *   const event = new LexEvent(raw);
 *   return lexDelegate(event, {
 *     sessionAttributes: { ...event.sessionAttributes, Price: '25' },
 *   });
 *   // { sessionAttributes: { Price: '25' },
 *   //   dialogAction: { type: 'Delegate', slots: { PickupTime: null, FlowerType: 'roses', … } } }
 * };
 * ```
 * @see https://docs.aws.amazon.com/lex/latest/dg/lambda-input-response-format.html#using-lambda-response-format
 */
export function lexDelegate(
  event: LexRequest,
  init: LexDelegateInit = {}
): LexResponse<LexDelegateAction> {
  return answer('lexDelegate', event, init, (builder, raw, options) => {
    const intent = objectArgument(
      builder,
      'event.currentIntent',
      raw.currentIntent
    );
    const action: LexDelegateAction = {
      type: 'Delegate',
      slots: {
        ...slotValues(builder, 'event.currentIntent.slots', intent.slots),
        ...slotValues(builder, 'init.slots', options.slots),
      },
    };
    for (const key of [
      'kendraQueryRequestPayload',
      'kendraQueryFilterString',
    ] as const) {
      if (options[key] !== undefined) {
        action[key] = nonEmptyStringArgument(
          builder,
          `init.${key}`,
          options[key]
        );
      }
    }
    return action;
  });
}
