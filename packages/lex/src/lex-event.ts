import {
  child,
  EventWrapper,
  hasOwnKey,
  optionalChild,
  optionalNumber,
  optionalObject,
  optionalString,
  requireString,
  stringMapOrEmpty,
  UNSET,
  type WrapperClass,
  wrapEachOrEmpty,
} from '@evt/core';
import {
  invocationSourceOf,
  type LexInvocationSource,
} from './invocation-source';
import { slotValueMap, wrapSlotEntries } from './slot-maps';

/**
 * How the user answered a confirmation prompt: `None` until there is an answer (or when the
 * user changed a slot in the answer), then `Confirmed` or `Denied`. Other values are typed as
 * strings, should Amazon Lex add any.
 */
export type LexConfirmationStatus =
  | 'None'
  | 'Confirmed'
  | 'Denied'
  | (string & {});

/** One value Amazon Lex recognised for a slot, as `slotDetails` lists it. */
export interface RawLexSlotResolution {
  /** The resolved value. */
  value: string;
}

/** What Amazon Lex knows about one slot's value, as `slotDetails` sends it. */
export interface RawLexSlotDetail {
  /** The values recognised for the slot, at most five. */
  resolutions?: readonly (RawLexSlotResolution | undefined)[] | null;
  /** What the user entered for the slot. */
  originalValue?: string | null;
}

/** An intent as Amazon Lex V1 sends it in `currentIntent` and `alternativeIntents`. */
export interface RawLexIntent {
  /** The name of the intent. */
  name: string;
  /** How confident Amazon Lex is that this intent is the user's, when confidence scores are on. */
  nluIntentConfidenceScore?: number | null;
  /** The slot values by slot name; `null` for a slot the user has not filled. */
  slots?: Readonly<Record<string, string | null | undefined>> | null;
  /** More about each slot value, by slot name. */
  slotDetails?: Readonly<Record<string, RawLexSlotDetail | null>> | null;
  /** How the user answered the confirmation prompt. */
  confirmationStatus?: string | null;
}

/** The bot that processed the request. */
export interface RawLexBot {
  /** The name of the bot. */
  name: string;
  /** The alias of the bot version; `null` for `$LATEST` in the console. */
  alias?: string | null;
  /** The version of the bot. */
  version?: string | null;
}

/** The state of one recent intent, as `recentIntentSummaryView` lists it. */
export interface RawLexIntentSummary {
  /** The name of the intent. */
  intentName?: string | null;
  /** A label that marks the intent, set with the PutSession operation. */
  checkpointLabel?: string | null;
  /** The slot values by slot name. */
  slots?: Readonly<Record<string, string | null | undefined>> | null;
  /** How the user answered the confirmation prompt. */
  confirmationStatus?: string | null;
  /** The next action the bot takes with the user. */
  dialogActionType: string;
  /** Whether the intent was fulfilled: `Fulfilled` or `Failed`. */
  fulfillmentState?: string | null;
  /** The slot the bot elicits next. */
  slotToElicit?: string | null;
}

/** The Amazon Comprehend sentiment analysis of the last utterance. */
export interface RawLexSentimentResponse {
  /** The sentiment: `POSITIVE`, `NEGATIVE`, `MIXED` or `NEUTRAL`. */
  sentimentLabel?: string | null;
  /** The scores of each sentiment, as text. */
  sentimentScore?: string | null;
}

/** The event Amazon Lex V1 sends to a Lambda code hook, as AWS documents it. */
export interface RawLexEvent {
  /** The intent Amazon Lex recognised. */
  currentIntent: RawLexIntent;
  /** Up to four other intents that may be the user's, when confidence scores are on. */
  alternativeIntents?: readonly RawLexIntent[] | null;
  /** The bot that processed the request. */
  bot: RawLexBot;
  /** The ID of the user, as the client application sent it. */
  userId: string;
  /** The text Amazon Lex processed: what the user typed, or what it transcribed from speech. */
  inputTranscript?: string | null;
  /** Why Amazon Lex invokes the function. */
  invocationSource: LexInvocationSource;
  /** Whether the client expects a `Text` or a `Voice` response. */
  outputDialogMode?: string | null;
  /** The version of the event and response format; `1.0`. */
  messageVersion: string;
  /** The application's session attributes. */
  sessionAttributes?: Readonly<Record<string, string | undefined>> | null;
  /** The attributes of this request; `null` when the client sent none. */
  requestAttributes?: Readonly<Record<string, string | undefined>> | null;
  /** The state of the last three intents used. */
  recentIntentSummaryView?: readonly RawLexIntentSummary[] | null;
  /** The sentiment of the last utterance, when sentiment analysis is on. */
  sentimentResponse?: RawLexSentimentResponse | null;
  /** The whole Amazon Kendra query response, for an intent built on `AMAZON.KendraSearchIntent`. */
  kendraResponse?: Readonly<Record<string, unknown>> | null;
}

/**
 * Wrapper for what Amazon Lex V1 knows about one slot's value (an entry of `slotDetails`).
 */
export class LexSlotDetail extends EventWrapper<RawLexSlotDetail> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'LexSlotDetail';
  #resolvedValues?: readonly string[];

  /**
   * The value the user entered for the slot (`originalValue`), which may differ from the slot's
   * value when the slot type returns its top resolution. Undefined when absent.
   */
  get originalValue(): string | undefined {
    return optionalString(this, this.raw.originalValue, 'originalValue');
  }

  /**
   * The values Amazon Lex recognised for the slot, at most five (`resolutions[].value`). Empty
   * when there are none.
   *
   * @throws {@link FieldTypeError} when an item is not an object holding a string `value`.
   */
  get resolvedValues(): readonly string[] {
    return (this.#resolvedValues ??= wrapEachOrEmpty(
      this,
      'resolutions',
      // The items are typed `| undefined` only to accept `@types/aws-lambda`'s tuple; JSON
      // has no `undefined`, and a `null` item is a MissingFieldError when it is wrapped.
      LexSlotResolution as WrapperClass<
        RawLexSlotResolution | undefined,
        LexSlotResolution
      >
    ).map((resolution) => resolution.value));
  }
}

/** One item of `resolutions`, read by {@link LexSlotDetail.resolvedValues}; not exported. */
class LexSlotResolution extends EventWrapper<RawLexSlotResolution> {
  /** The class name used in error messages. */
  static override readonly typeName: string = 'LexSlotResolution';

  /** The resolved value (`value`). */
  get value(): string {
    return requireString(this, this.raw.value, 'value');
  }
}

/**
 * Wrapper for an intent of an Amazon Lex V1 event: the `currentIntent`, or one of the
 * `alternativeIntents`.
 */
export class LexIntent extends EventWrapper<RawLexIntent> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'LexIntent';
  #slots?: Readonly<Record<string, string | null>>;
  #slotDetails?: Readonly<Record<string, LexSlotDetail | null>>;

  /** The name of the intent (`name`). */
  get name(): string {
    return requireString(this, this.raw.name, 'name');
  }

  /**
   * How confident Amazon Lex is, from 0 to 1, that this intent is the user's
   * (`nluIntentConfidenceScore`). Undefined when confidence scores are off, and for
   * `AMAZON.FallbackIntent`.
   */
  get nluIntentConfidenceScore(): number | undefined {
    return optionalNumber(
      this,
      this.raw.nluIntentConfidenceScore,
      'nluIntentConfidenceScore'
    );
  }

  /**
   * The slot values by slot name (`slots`): every slot of the intent, `null` until the user
   * fills it. Amazon Lex does not check a value against the slot type; validate it. Empty
   * when the event has none.
   *
   * @throws {@link FieldTypeError} when a value is neither a string nor `null`.
   */
  get slots(): Readonly<Record<string, string | null>> {
    return (this.#slots ??= slotValueMap(this, 'slots'));
  }

  /**
   * More about each slot value, by slot name (`slotDetails`): what the user entered and the
   * values recognised. `null` for a slot without a value. Empty when the event has none.
   */
  get slotDetails(): Readonly<Record<string, LexSlotDetail | null>> {
    return (this.#slotDetails ??= wrapSlotEntries(
      this,
      'slotDetails',
      LexSlotDetail
    ));
  }

  /**
   * How the user answered the confirmation prompt (`confirmationStatus`): `None`, `Confirmed`
   * or `Denied`. Undefined when absent.
   */
  get confirmationStatus(): LexConfirmationStatus | undefined {
    return optionalString(
      this,
      this.raw.confirmationStatus,
      'confirmationStatus'
    );
  }

  /**
   * The value of one slot, or undefined when the slot is not filled or the intent has no such
   * slot.
   *
   * @param name The slot's name, as the intent defines it (case-sensitive).
   * @returns The slot's value, or `undefined`.
   * @throws {@link FieldTypeError} when a slot value is neither a string nor `null`.
   * @example
   * ```ts
   * import { LexEvent, type RawLexEvent } from '@evt/lex';
   *
   * export const handler = async (raw: RawLexEvent) => {
   *   const flowers = new LexEvent(raw).currentIntent.slot('FlowerType'); // 'roses'
   * };
   * ```
   */
  slot(name: string): string | undefined {
    const slots = this.slots;
    return hasOwnKey(slots, name) ? (slots[name] ?? undefined) : undefined;
  }
}

/** Wrapper for the bot that processed an Amazon Lex V1 request (`bot`). */
export class LexBot extends EventWrapper<RawLexBot> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'LexBot';

  /** The name of the bot (`name`). */
  get name(): string {
    return requireString(this, this.raw.name, 'name');
  }

  /**
   * The alias of the bot version that processed the request (`alias`). Undefined when the
   * request reached `$LATEST` without an alias, as in the console's test window.
   */
  get alias(): string | undefined {
    return optionalString(this, this.raw.alias, 'alias');
  }

  /** The version of the bot, e.g. `$LATEST` or `1` (`version`). Undefined when absent. */
  get version(): string | undefined {
    return optionalString(this, this.raw.version, 'version');
  }
}

/** Wrapper for the state of one recent intent (an item of `recentIntentSummaryView`). */
export class LexIntentSummary extends EventWrapper<RawLexIntentSummary> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'LexIntentSummary';
  #slots?: Readonly<Record<string, string | null>>;

  /** The name of the intent (`intentName`). Undefined when absent. */
  get intentName(): string | undefined {
    return optionalString(this, this.raw.intentName, 'intentName');
  }

  /**
   * The label that marks the intent, set with the PutSession operation (`checkpointLabel`).
   * Undefined when the intent has none.
   */
  get checkpointLabel(): string | undefined {
    return optionalString(this, this.raw.checkpointLabel, 'checkpointLabel');
  }

  /**
   * The slot values by slot name (`slots`), `null` for a slot not filled. Empty when absent.
   *
   * @throws {@link FieldTypeError} when a value is neither a string nor `null`.
   */
  get slots(): Readonly<Record<string, string | null>> {
    return (this.#slots ??= slotValueMap(this, 'slots'));
  }

  /**
   * How the user answered the confirmation prompt (`confirmationStatus`). Undefined when
   * absent.
   */
  get confirmationStatus(): LexConfirmationStatus | undefined {
    return optionalString(
      this,
      this.raw.confirmationStatus,
      'confirmationStatus'
    );
  }

  /**
   * The next action the bot takes with the user (`dialogActionType`): `ElicitIntent`,
   * `ElicitSlot`, `ConfirmIntent`, `Delegate` or `Close`.
   */
  get dialogActionType(): string {
    return requireString(this, this.raw.dialogActionType, 'dialogActionType');
  }

  /**
   * Whether the intent was fulfilled (`fulfillmentState`): `Fulfilled` or `Failed`. Undefined
   * while it is not closed.
   */
  get fulfillmentState(): string | undefined {
    return optionalString(this, this.raw.fulfillmentState, 'fulfillmentState');
  }

  /** The slot the bot elicits next (`slotToElicit`). Undefined when it elicits none. */
  get slotToElicit(): string | undefined {
    return optionalString(this, this.raw.slotToElicit, 'slotToElicit');
  }
}

/** Wrapper for the Amazon Comprehend sentiment of the last utterance (`sentimentResponse`). */
export class LexSentimentResponse extends EventWrapper<RawLexSentimentResponse> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'LexSentimentResponse';

  /**
   * The sentiment the utterance expresses (`sentimentLabel`): `POSITIVE`, `NEGATIVE`, `MIXED`
   * or `NEUTRAL`. Undefined when absent.
   */
  get sentimentLabel(): string | undefined {
    return optionalString(this, this.raw.sentimentLabel, 'sentimentLabel');
  }

  /**
   * The likelihood of each sentiment, as the text Amazon Lex sends (`sentimentScore`), e.g.
   * `{Positive: 0.9,Negative: 0.01,Neutral: 0.08,Mixed: 0.01}`. Undefined when absent.
   */
  get sentimentScore(): string | undefined {
    return optionalString(this, this.raw.sentimentScore, 'sentimentScore');
  }
}

/**
 * Wrapper for the event that Amazon Lex V1 sends when it invokes a Lambda function as a
 * dialog or fulfillment code hook.
 *
 * The debug view (`console.log(event)`) hides `inputTranscript`: it is whatever the user said
 * or typed, which can hold anything. Slot values and attributes are shown; hide a slot that
 * holds personal data by its name with `addSensitiveNames` from `@evt/core`.
 *
 * @example
 * ```ts
 * import { LexEvent, lexClose, lexDelegate, type RawLexEvent } from '@evt/lex';
 *
 * export const handler = async (raw: RawLexEvent) => {
 *   const event = new LexEvent(raw);
 *   if (event.invocationSource === 'DialogCodeHook') return lexDelegate(event);
 *   return lexClose(event, {
 *     fulfillmentState: 'Fulfilled',
 *     message: `Your ${event.slot('FlowerType')} are on their way.`,
 *   });
 * };
 * ```
 * @see https://docs.aws.amazon.com/lex/latest/dg/lambda-input-response-format.html
 */
export class LexEvent extends EventWrapper<RawLexEvent> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'LexEvent';
  /** What the user said or typed can hold anything; it stays out of logs. */
  static override readonly sensitiveMembers: readonly string[] = [
    'inputTranscript',
  ];
  #currentIntent?: LexIntent;
  #alternativeIntents?: LexIntent[];
  #bot?: LexBot;
  #recentIntentSummaryView?: LexIntentSummary[];
  #sentimentResponse: LexSentimentResponse | undefined | typeof UNSET = UNSET;

  /** The version of the event and response format (`messageVersion`); `1.0`. */
  get messageVersion(): string {
    return requireString(this, this.raw.messageVersion, 'messageVersion');
  }

  /**
   * Why Amazon Lex invokes the function (`invocationSource`): `DialogCodeHook` to validate the
   * user's input, `FulfillmentCodeHook` to fulfil the intent.
   *
   * @throws {@link FieldTypeError} when it is neither.
   */
  get invocationSource(): LexInvocationSource {
    return invocationSourceOf(this, this.raw.invocationSource);
  }

  /** The ID of the user, as the client application sent it (`userId`). */
  get userId(): string {
    return requireString(this, this.raw.userId, 'userId');
  }

  /**
   * The text Amazon Lex processed (`inputTranscript`): what the user typed, or the text
   * recognised from speech. Undefined when absent. Hidden from the debug view.
   */
  get inputTranscript(): string | undefined {
    return optionalString(this, this.raw.inputTranscript, 'inputTranscript');
  }

  /**
   * Whether the client expects a `Text` or a `Voice` response (`outputDialogMode`), from the
   * runtime request's content type. Undefined when absent.
   */
  get outputDialogMode(): 'Text' | 'Voice' | (string & {}) | undefined {
    return optionalString(this, this.raw.outputDialogMode, 'outputDialogMode');
  }

  /**
   * The application's session attributes (`sessionAttributes`). Send them back in the
   * response to keep them. Empty when the event has none (or `null`).
   *
   * @throws {@link FieldTypeError} when a value is not a string.
   */
  get sessionAttributes(): Record<string, string> {
    return stringMapOrEmpty(
      this,
      this.raw.sessionAttributes,
      'sessionAttributes'
    );
  }

  /**
   * The attributes the client sent with this request only (`requestAttributes`). Amazon Lex
   * sends `null` when there are none; that reads as an empty object.
   *
   * @throws {@link FieldTypeError} when a value is not a string.
   */
  get requestAttributes(): Record<string, string> {
    return stringMapOrEmpty(
      this,
      this.raw.requestAttributes,
      'requestAttributes'
    );
  }

  /** The intent Amazon Lex recognised, with its slots (`currentIntent`). */
  get currentIntent(): LexIntent {
    return (this.#currentIntent ??= child(this, 'currentIntent', LexIntent));
  }

  /**
   * Up to four other intents that may be the user's, each with its confidence score
   * (`alternativeIntents`), when the bot has confidence scores on. Empty when there are none.
   */
  get alternativeIntents(): LexIntent[] {
    return (this.#alternativeIntents ??= wrapEachOrEmpty(
      this,
      'alternativeIntents',
      LexIntent
    ));
  }

  /** The bot that processed the request (`bot`). */
  get bot(): LexBot {
    return (this.#bot ??= child(this, 'bot', LexBot));
  }

  /**
   * The state of the last three intents used (`recentIntentSummaryView`), most recent first.
   * Empty when the event has none.
   */
  get recentIntentSummaryView(): LexIntentSummary[] {
    return (this.#recentIntentSummaryView ??= wrapEachOrEmpty(
      this,
      'recentIntentSummaryView',
      LexIntentSummary
    ));
  }

  /**
   * The Amazon Comprehend sentiment of the last utterance (`sentimentResponse`). Undefined
   * unless the bot has sentiment analysis on.
   */
  get sentimentResponse(): LexSentimentResponse | undefined {
    if (this.#sentimentResponse === UNSET) {
      this.#sentimentResponse = optionalChild(
        this,
        'sentimentResponse',
        LexSentimentResponse
      );
    }
    return this.#sentimentResponse;
  }

  /**
   * The whole Amazon Kendra query response (`kendraResponse`), as the Kendra Query API returns
   * it. Present only in a fulfillment code hook of an intent built on
   * `AMAZON.KendraSearchIntent`; undefined otherwise.
   */
  get kendraResponse(): Readonly<Record<string, unknown>> | undefined {
    return optionalObject(this, this.raw.kendraResponse, 'kendraResponse');
  }

  /**
   * The value of one slot of the current intent, or undefined when it is not filled.
   *
   * @param name The slot's name, as the intent defines it (case-sensitive).
   * @returns The slot's value, or `undefined`.
   * @throws {@link FieldTypeError} when a slot value is neither a string nor `null`.
   * @example
   * ```ts
   * import { LexEvent, type RawLexEvent } from '@evt/lex';
   *
   * export const handler = async (raw: RawLexEvent) => {
   *   const date = new LexEvent(raw).slot('PickupDate'); // '2017-01-05'
   * };
   * ```
   */
  slot(name: string): string | undefined {
    return this.currentIntent.slot(name);
  }
}
