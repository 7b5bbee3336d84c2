import {
  child,
  EventWrapper,
  type FieldPath,
  hasOwnKey,
  optionalChild,
  optionalNumber,
  optionalObject,
  optionalString,
  requireString,
  stringArrayOrEmpty,
  stringMapOrEmpty,
  UNSET,
  wrapEachOrEmpty,
} from '@evt/core';
import {
  invocationSourceOf,
  type LexInvocationSource,
} from './invocation-source';
import { wrapSlotEntries } from './slot-maps';

/** How the user spoke to the bot: typed `Text`, `Speech`, or `DTMF` keypad tones. */
export type LexV2InputMode = 'Text' | 'Speech' | 'DTMF' | (string & {});

/**
 * Where an intent stands: `InProgress` while slots are elicited, `ReadyForFulfillment`,
 * `FulfillmentInProgress`, `Fulfilled`, `Failed`, or `Waiting` (streaming conversations).
 */
export type LexV2IntentState =
  | 'Failed'
  | 'Fulfilled'
  | 'FulfillmentInProgress'
  | 'InProgress'
  | 'ReadyForFulfillment'
  | 'Waiting'
  | (string & {});

/** Whether the user confirmed the intent: `Confirmed`, `Denied`, or `None` before the prompt. */
export type LexV2ConfirmationState =
  | 'Confirmed'
  | 'Denied'
  | 'None'
  | (string & {});

/** The next action of the dialog. */
export type LexV2DialogActionType =
  | 'Close'
  | 'ConfirmIntent'
  | 'Delegate'
  | 'ElicitIntent'
  | 'ElicitSlot'
  | (string & {});

/**
 * How Amazon Lex V2 listens for the slot it elicits: `Default`, `SpellByLetter`, or
 * `SpellByWord` ("a as in apple").
 */
export type LexV2SlotElicitationStyle =
  | 'Default'
  | 'SpellByLetter'
  | 'SpellByWord'
  | (string & {});

/**
 * A confidence score: a number, as AWS documents the event now, or `{ score }`, as its first
 * documentation (and the runtime API) wrote it. Both read as the number.
 */
export type RawLexV2Confidence =
  | number
  | {
      /** The score, from 0 to 1. */
      score?: number | null;
    };

/** What the user said for a slot and how Amazon Lex V2 interpreted it. */
export interface RawLexV2SlotValue {
  /** The part of the user's input that is the slot value. */
  originalValue?: string | null;
  /** The value Amazon Lex V2 settled on; absent when it could not resolve one. */
  interpretedValue?: string | null;
  /** The values the input may resolve to. */
  resolvedValues?: readonly string[] | null;
}

/** A slot as Amazon Lex V2 sends it: one value (`Scalar`), or a `List` of values. */
export interface RawLexV2Slot {
  /** `Scalar`, `List` (a multi-valued slot) or `Composite`. */
  shape?: string | null;
  /** The slot's value; for a list, the whole of the user's answer. */
  value?: RawLexV2SlotValue | null;
  /** The values of a multi-valued slot, each a `Scalar` slot. */
  values?: readonly RawLexV2Slot[] | null;
  /** The sub-slots of a composite slot, by name. */
  subSlots?: Readonly<Record<string, RawLexV2Slot | null>> | null;
}

/** An intent as Amazon Lex V2 sends it. */
export interface RawLexV2Intent {
  /** The name of the intent. */
  name: string;
  /** The slots by name; `null` for a slot not filled. */
  slots?: Readonly<Record<string, RawLexV2Slot | null>> | null;
  /** Where the intent stands. */
  state?: string | null;
  /** Whether the user confirmed the intent. */
  confirmationState?: string | null;
  /** The Amazon Kendra query response, for an intent built on `AMAZON.KendraSearchIntent`. */
  kendraResponse?: Readonly<Record<string, unknown>> | null;
}

/** The bot that processed the request. */
export interface RawLexV2Bot {
  /** The ID of the bot. */
  id: string;
  /** The name of the bot. */
  name: string;
  /** The ID of the bot alias. */
  aliasId?: string | null;
  /** The name of the bot alias. */
  aliasName?: string | null;
  /** The locale of the conversation, e.g. `en_US`. */
  localeId: string;
  /** The version of the bot, e.g. `DRAFT` or `3`. */
  version: string;
}

/** The Amazon Comprehend sentiment scores of an utterance. */
export interface RawLexV2SentimentScore {
  /** The likelihood that the sentiment is mixed. */
  mixed?: number | null;
  /** The likelihood that the sentiment is negative. */
  negative?: number | null;
  /** The likelihood that the sentiment is neutral. */
  neutral?: number | null;
  /** The likelihood that the sentiment is positive. */
  positive?: number | null;
}

/** The Amazon Comprehend sentiment of an utterance. */
export interface RawLexV2SentimentResponse {
  /** `MIXED`, `NEGATIVE`, `NEUTRAL` or `POSITIVE`. */
  sentiment?: string | null;
  /** The score of each sentiment. */
  sentimentScore?: RawLexV2SentimentScore | null;
}

/** One intent Amazon Lex V2 considers a possible match for the utterance. */
export interface RawLexV2Interpretation {
  /** The intent. */
  intent: RawLexV2Intent;
  /** How confident Amazon Lex V2 is in the match; absent for `FallbackIntent`. */
  nluConfidence?: RawLexV2Confidence | null;
  /** The sentiment of the utterance, when sentiment analysis is on. */
  sentimentResponse?: RawLexV2SentimentResponse | null;
  /** What found the interpretation: `Lex` or `Bedrock`. */
  interpretationSource?: string | null;
}

/** The next action of the dialog. */
export interface RawLexV2DialogAction {
  /** The type of the action. */
  type: string;
  /** The slot to elicit, for `ElicitSlot`. */
  slotToElicit?: string | null;
  /** How to listen for the slot, for `ElicitSlot`. */
  slotElicitationStyle?: string | null;
}

/** A context active in the session. */
export interface RawLexV2ActiveContext {
  /** The name of the context. */
  name: string;
  /** The context's attributes by name. */
  contextAttributes?: Readonly<Record<string, string>> | null;
  /** How long the context stays active. */
  timeToLive?: {
    /** Seconds the context stays active. */
    timeToLiveInSeconds?: number | null;
    /** Turns the context stays active. */
    turnsToLive?: number | null;
  } | null;
}

/** What a session state and a proposed next state both hold. */
export interface RawLexV2DialogState {
  /** The dialog's action. */
  dialogAction?: RawLexV2DialogAction | null;
  /** The intent. */
  intent?: RawLexV2Intent | null;
}

/** The state of the conversation. */
export interface RawLexV2SessionState extends RawLexV2DialogState {
  /** The contexts active in the session. */
  activeContexts?: readonly RawLexV2ActiveContext[] | null;
  /** The application's session attributes. */
  sessionAttributes?: Readonly<Record<string, string>> | null;
  /** Phrases that help speech recognition of slot values, by intent and slot name. */
  runtimeHints?: Readonly<Record<string, unknown>> | null;
  /** The ID of the request that started the turn. */
  originatingRequestId?: string | null;
}

/** What Amazon Lex V2 would do next if the function does not change the flow. */
export interface RawLexV2ProposedNextState extends RawLexV2DialogState {
  /** The prompt Amazon Lex V2 would play. */
  prompt?: {
    /** Which attempt at the prompt: `Initial`, `Retry1` … */
    attempt?: string | null;
  } | null;
}

/** One transcription of the user's speech. */
export interface RawLexV2Transcription {
  /** The text transcribed. */
  transcription: string;
  /** How confident Amazon Lex V2 is in the transcription. */
  transcriptionConfidence?: RawLexV2Confidence | null;
  /** The intent the transcription resolved to. */
  resolvedContext?: {
    /** The name of the intent. */
    intent?: string | null;
  } | null;
  /** The slots the transcription fills, by name. */
  resolvedSlots?: Readonly<Record<string, RawLexV2Slot | null>> | null;
}

/** The event Amazon Lex V2 sends to a Lambda code hook, as AWS documents it. */
export interface RawLexV2Event {
  /** The version of the event and response format; `1.0`. */
  messageVersion: string;
  /** Why Amazon Lex V2 invokes the function. */
  invocationSource: LexInvocationSource;
  /** How the user spoke to the bot. */
  inputMode?: string | null;
  /** The content type the client expects in the response. */
  responseContentType?: string | null;
  /** The ID of the conversation. */
  sessionId: string;
  /** The text Amazon Lex V2 processed. */
  inputTranscript?: string | null;
  /** The label of the code hook that invoked the function. */
  invocationLabel?: string | null;
  /** The bot that processed the request. */
  bot: RawLexV2Bot;
  /** The intents that may match the utterance, best first. */
  interpretations?: readonly RawLexV2Interpretation[] | null;
  /** What Amazon Lex V2 would do next. */
  proposedNextState?: RawLexV2ProposedNextState | null;
  /** The attributes of this request. */
  requestAttributes?: Readonly<Record<string, string>> | null;
  /** The state of the conversation. */
  sessionState: RawLexV2SessionState;
  /** Up to three transcriptions of spoken input. */
  transcriptions?: readonly RawLexV2Transcription[] | null;
}

/**
 * A `Scalar` slot whose original, interpreted and only resolved value is `value`: the shape
 * Amazon Lex V2 sends for a value it resolved, and the one a response sets a slot with.
 *
 * @param value The slot's value.
 * @returns The raw slot.
 */
export function scalarSlot(value: string): RawLexV2Slot {
  return {
    shape: 'Scalar',
    value: {
      originalValue: value,
      interpretedValue: value,
      resolvedValues: [value],
    },
  };
}

/**
 * Reads a confidence score in either documented form (see {@link RawLexV2Confidence}).
 *
 * @param owner The wrapper the score belongs to.
 * @param value The raw field.
 * @param path The field's path.
 * @returns The score, or `undefined` when absent.
 */
function confidenceOf<TRaw extends object>(
  owner: EventWrapper<TRaw>,
  value: RawLexV2Confidence | null | undefined,
  path: FieldPath<TRaw>
): number | undefined {
  if (typeof value !== 'object' || value === null) {
    return optionalNumber(owner, value, path);
  }
  return optionalNumber(owner, value.score, `${path}.score` as FieldPath<TRaw>);
}

/** Wrapper for what the user said for a slot and how Amazon Lex V2 interpreted it (`value`). */
export class LexV2SlotValue extends EventWrapper<RawLexV2SlotValue> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'LexV2SlotValue';

  /** The part of the user's input that is the slot value (`originalValue`). Undefined when absent. */
  get originalValue(): string | undefined {
    return optionalString(this, this.raw.originalValue, 'originalValue');
  }

  /**
   * The value Amazon Lex V2 settled on for the slot (`interpretedValue`), e.g. `2024-05-03`
   * for "tomorrow". Undefined when it could not resolve one.
   */
  get interpretedValue(): string | undefined {
    return optionalString(this, this.raw.interpretedValue, 'interpretedValue');
  }

  /**
   * The values the user's input may resolve to (`resolvedValues`). Empty when there are none.
   *
   * @throws {@link FieldTypeError} when an item is not a string.
   */
  get resolvedValues(): readonly string[] {
    return stringArrayOrEmpty(this, this.raw.resolvedValues, 'resolvedValues');
  }
}

/**
 * Wrapper for a slot of an Amazon Lex V2 intent: one value (`Scalar`), a multi-valued `List`,
 * or a `Composite` slot made of sub-slots.
 */
export class LexV2Slot extends EventWrapper<RawLexV2Slot> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'LexV2Slot';
  #value: LexV2SlotValue | undefined | typeof UNSET = UNSET;
  #values?: LexV2Slot[];
  #subSlots?: Readonly<Record<string, LexV2Slot | null>>;
  #interpretedValues?: readonly string[];

  /**
   * The slot's shape (`shape`): `Scalar`, `List` for a multi-valued slot, or `Composite`.
   * Undefined when absent, as in slots that predate multi-valued slots (read as `Scalar`).
   */
  get shape(): 'Scalar' | 'List' | 'Composite' | (string & {}) | undefined {
    return optionalString(this, this.raw.shape, 'shape');
  }

  /**
   * The slot's value (`value`); for a `List`, the whole of the user's answer. Undefined when
   * absent (a composite slot's values are in its sub-slots).
   */
  get value(): LexV2SlotValue | undefined {
    if (this.#value === UNSET) {
      this.#value = optionalChild(this, 'value', LexV2SlotValue);
    }
    return this.#value;
  }

  /**
   * The values of a multi-valued (`List`) slot, each a `Scalar` slot (`values`). Empty for
   * other shapes.
   */
  get values(): LexV2Slot[] {
    return (this.#values ??= wrapEachOrEmpty(this, 'values', LexV2Slot));
  }

  /**
   * The sub-slots of a `Composite` slot, by name (`subSlots`); `null` for one not filled.
   * Empty for other shapes.
   */
  get subSlots(): Readonly<Record<string, LexV2Slot | null>> {
    return (this.#subSlots ??= wrapSlotEntries(this, 'subSlots', LexV2Slot));
  }

  /**
   * The interpreted values of the slot (`values[].value.interpretedValue`, or
   * `value.interpretedValue` for a slot with one value): one item per value Amazon Lex V2
   * resolved, so `['roses', 'lilies']` for "roses and lilies" in a multi-valued slot. Values it
   * could not resolve are left out.
   */
  get interpretedValues(): readonly string[] {
    if (this.#interpretedValues === undefined) {
      const values = this.values;
      const interpreted: string[] = [];
      if (values.length > 0) {
        for (const item of values) {
          const value = item.value?.interpretedValue;
          if (value !== undefined) interpreted.push(value);
        }
      } else {
        const value = this.value?.interpretedValue;
        if (value !== undefined) interpreted.push(value);
      }
      this.#interpretedValues = interpreted;
    }
    return this.#interpretedValues;
  }
}

/**
 * Wrapper for an Amazon Lex V2 intent: the session's, an interpretation's, or the proposed
 * next one.
 */
export class LexV2Intent extends EventWrapper<RawLexV2Intent> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'LexV2Intent';
  #slots?: Readonly<Record<string, LexV2Slot | null>>;

  /** The name of the intent (`name`). */
  get name(): string {
    return requireString(this, this.raw.name, 'name');
  }

  /**
   * The intent's slots by name (`slots`): every slot of the intent, `null` until the user fills
   * it. Empty when the event has none.
   */
  get slots(): Readonly<Record<string, LexV2Slot | null>> {
    return (this.#slots ??= wrapSlotEntries(this, 'slots', LexV2Slot));
  }

  /**
   * Where the intent stands (`state`): `InProgress`, `ReadyForFulfillment`,
   * `FulfillmentInProgress`, `Fulfilled`, `Failed` or `Waiting`. Undefined when absent, as in
   * alternative interpretations.
   */
  get state(): LexV2IntentState | undefined {
    return optionalString(this, this.raw.state, 'state');
  }

  /**
   * Whether the user confirmed the intent (`confirmationState`): `Confirmed`, `Denied`, or
   * `None` before the confirmation prompt. Undefined when absent.
   */
  get confirmationState(): LexV2ConfirmationState | undefined {
    return optionalString(
      this,
      this.raw.confirmationState,
      'confirmationState'
    );
  }

  /**
   * The Amazon Kendra query response (`kendraResponse`), as the Kendra Query API returns it.
   * Present only for an intent built on `AMAZON.KendraSearchIntent`; undefined otherwise.
   */
  get kendraResponse(): Readonly<Record<string, unknown>> | undefined {
    return optionalObject(this, this.raw.kendraResponse, 'kendraResponse');
  }

  /**
   * The interpreted value of one slot (`slots[name].value.interpretedValue`), or undefined
   * when the slot is not filled, Amazon Lex V2 could not interpret it, or the intent has no such
   * slot. For a multi-valued slot this is the whole answer; {@link LexV2Intent.slotValues}
   * gives each value.
   *
   * @param name The slot's name, as the intent defines it (case-sensitive).
   * @returns The interpreted value, or `undefined`.
   * @example
   * ```ts
   * import { LexV2Event, type RawLexV2Event } from '@evt/lex';
   *
   * export const handler = async (raw: RawLexV2Event) => {
   *   const date = new LexV2Event(raw).sessionState.intent?.slot('PickupDate'); // '2024-05-03'
   * };
   * ```
   */
  slot(name: string): string | undefined {
    return this.#slot(name)?.value?.interpretedValue;
  }

  /**
   * The interpreted values of one slot: each value of a multi-valued slot, or the one value of
   * another slot (see {@link LexV2Slot.interpretedValues}). Empty when the slot is not filled
   * or the intent has no such slot.
   *
   * @param name The slot's name, as the intent defines it (case-sensitive).
   * @returns The interpreted values, in the order the user gave them.
   * @example
   * ```ts
   * import { LexV2Event, type RawLexV2Event } from '@evt/lex';
   *
   * export const handler = async (raw: RawLexV2Event) => {
   *   const flowers = new LexV2Event(raw).slotValues('FlowerType'); // ['roses', 'lilies']
   * };
   * ```
   */
  slotValues(name: string): readonly string[] {
    return this.#slot(name)?.interpretedValues ?? [];
  }

  #slot(name: string): LexV2Slot | undefined {
    const slots = this.slots;
    return hasOwnKey(slots, name) ? (slots[name] ?? undefined) : undefined;
  }
}

/** Wrapper for the bot that processed an Amazon Lex V2 request (`bot`). */
export class LexV2Bot extends EventWrapper<RawLexV2Bot> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'LexV2Bot';

  /** The ID of the bot (`id`). */
  get id(): string {
    return requireString(this, this.raw.id, 'id');
  }

  /** The name of the bot (`name`). */
  get name(): string {
    return requireString(this, this.raw.name, 'name');
  }

  /** The ID of the bot alias, e.g. `TSTALIASID` (`aliasId`). Undefined when absent. */
  get aliasId(): string | undefined {
    return optionalString(this, this.raw.aliasId, 'aliasId');
  }

  /** The name of the bot alias (`aliasName`). Undefined when absent. */
  get aliasName(): string | undefined {
    return optionalString(this, this.raw.aliasName, 'aliasName');
  }

  /** The locale of the conversation, e.g. `en_US` (`localeId`). */
  get localeId(): string {
    return requireString(this, this.raw.localeId, 'localeId');
  }

  /** The version of the bot, e.g. `DRAFT` or `3` (`version`). */
  get version(): string {
    return requireString(this, this.raw.version, 'version');
  }
}

/** Wrapper for the Amazon Comprehend sentiment scores of an utterance (`sentimentScore`). */
export class LexV2SentimentScore extends EventWrapper<RawLexV2SentimentScore> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'LexV2SentimentScore';

  /** The likelihood, from 0 to 1, that the sentiment is mixed (`mixed`). Undefined when absent. */
  get mixed(): number | undefined {
    return optionalNumber(this, this.raw.mixed, 'mixed');
  }

  /** The likelihood, from 0 to 1, that the sentiment is negative (`negative`). Undefined when absent. */
  get negative(): number | undefined {
    return optionalNumber(this, this.raw.negative, 'negative');
  }

  /** The likelihood, from 0 to 1, that the sentiment is neutral (`neutral`). Undefined when absent. */
  get neutral(): number | undefined {
    return optionalNumber(this, this.raw.neutral, 'neutral');
  }

  /** The likelihood, from 0 to 1, that the sentiment is positive (`positive`). Undefined when absent. */
  get positive(): number | undefined {
    return optionalNumber(this, this.raw.positive, 'positive');
  }
}

/** Wrapper for the Amazon Comprehend sentiment of an utterance (`sentimentResponse`). */
export class LexV2SentimentResponse extends EventWrapper<RawLexV2SentimentResponse> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'LexV2SentimentResponse';
  #sentimentScore: LexV2SentimentScore | undefined | typeof UNSET = UNSET;

  /**
   * The sentiment of the utterance (`sentiment`): `MIXED`, `NEGATIVE`, `NEUTRAL` or
   * `POSITIVE`. Undefined when absent.
   */
  get sentiment(): string | undefined {
    return optionalString(this, this.raw.sentiment, 'sentiment');
  }

  /** The score of each sentiment (`sentimentScore`). Undefined when absent. */
  get sentimentScore(): LexV2SentimentScore | undefined {
    if (this.#sentimentScore === UNSET) {
      this.#sentimentScore = optionalChild(
        this,
        'sentimentScore',
        LexV2SentimentScore
      );
    }
    return this.#sentimentScore;
  }
}

/** Wrapper for one intent Amazon Lex V2 considers a possible match (an `interpretations` item). */
export class LexV2Interpretation extends EventWrapper<RawLexV2Interpretation> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'LexV2Interpretation';
  #intent?: LexV2Intent;
  #sentimentResponse: LexV2SentimentResponse | undefined | typeof UNSET = UNSET;

  /** The intent (`intent`). */
  get intent(): LexV2Intent {
    return (this.#intent ??= child(this, 'intent', LexV2Intent));
  }

  /**
   * How confident Amazon Lex V2 is, from 0 to 1, that the intent matches the utterance
   * (`nluConfidence`, a number or `{ score }`). Undefined for `FallbackIntent`.
   */
  get nluConfidence(): number | undefined {
    return confidenceOf(this, this.raw.nluConfidence, 'nluConfidence');
  }

  /**
   * The Amazon Comprehend sentiment of the utterance (`sentimentResponse`). Undefined unless
   * the bot has sentiment analysis on.
   */
  get sentimentResponse(): LexV2SentimentResponse | undefined {
    if (this.#sentimentResponse === UNSET) {
      this.#sentimentResponse = optionalChild(
        this,
        'sentimentResponse',
        LexV2SentimentResponse
      );
    }
    return this.#sentimentResponse;
  }

  /**
   * What found the interpretation (`interpretationSource`): `Lex`, or `Bedrock` for an
   * intent classified by a generative model. Undefined when absent.
   */
  get interpretationSource(): 'Lex' | 'Bedrock' | (string & {}) | undefined {
    return optionalString(
      this,
      this.raw.interpretationSource,
      'interpretationSource'
    );
  }
}

/** Wrapper for the next action of an Amazon Lex V2 dialog (`dialogAction`). */
export class LexV2DialogAction extends EventWrapper<RawLexV2DialogAction> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'LexV2DialogAction';

  /**
   * The type of the action (`type`): `Close`, `ConfirmIntent`, `Delegate`, `ElicitIntent` or
   * `ElicitSlot`.
   */
  get type(): LexV2DialogActionType {
    return requireString(this, this.raw.type, 'type');
  }

  /** The slot to elicit from the user (`slotToElicit`). Undefined unless `ElicitSlot`. */
  get slotToElicit(): string | undefined {
    return optionalString(this, this.raw.slotToElicit, 'slotToElicit');
  }

  /**
   * How Amazon Lex V2 listens for the slot (`slotElicitationStyle`): `Default`,
   * `SpellByLetter` or `SpellByWord`. Undefined when absent.
   */
  get slotElicitationStyle(): LexV2SlotElicitationStyle | undefined {
    return optionalString(
      this,
      this.raw.slotElicitationStyle,
      'slotElicitationStyle'
    );
  }
}

/** Wrapper for a context active in an Amazon Lex V2 session (an `activeContexts` item). */
export class LexV2ActiveContext extends EventWrapper<RawLexV2ActiveContext> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'LexV2ActiveContext';

  /** The name of the context (`name`). */
  get name(): string {
    return requireString(this, this.raw.name, 'name');
  }

  /**
   * The context's attributes by name (`contextAttributes`). Empty when it has none.
   *
   * @throws {@link FieldTypeError} when a value is not a string.
   */
  get contextAttributes(): Record<string, string> {
    return stringMapOrEmpty(
      this,
      this.raw.contextAttributes,
      'contextAttributes'
    );
  }

  /**
   * The seconds the context stays active after it is set (`timeToLive.timeToLiveInSeconds`).
   * Undefined when absent.
   */
  get timeToLiveInSeconds(): number | undefined {
    return optionalNumber(
      this,
      this.raw.timeToLive?.timeToLiveInSeconds,
      'timeToLive.timeToLiveInSeconds'
    );
  }

  /**
   * The conversation turns the context stays active (`timeToLive.turnsToLive`). Undefined
   * when absent.
   */
  get turnsToLive(): number | undefined {
    return optionalNumber(
      this,
      this.raw.timeToLive?.turnsToLive,
      'timeToLive.turnsToLive'
    );
  }
}

/**
 * What a session state and a proposed next state both hold: the dialog's action and the
 * intent. The base of {@link LexV2SessionState} and {@link LexV2ProposedNextState}.
 */
export class LexV2DialogState<
  TRaw extends RawLexV2DialogState = RawLexV2DialogState,
> extends EventWrapper<TRaw> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'LexV2DialogState';
  #dialogAction: LexV2DialogAction | undefined | typeof UNSET = UNSET;
  #intent: LexV2Intent | undefined | typeof UNSET = UNSET;

  /** The dialog's action (`dialogAction`). Undefined when absent. */
  get dialogAction(): LexV2DialogAction | undefined {
    if (this.#dialogAction === UNSET) {
      this.#dialogAction = optionalChild(
        this as LexV2DialogState,
        'dialogAction',
        LexV2DialogAction
      );
    }
    return this.#dialogAction;
  }

  /** The intent, with its slots (`intent`). Undefined when absent. */
  get intent(): LexV2Intent | undefined {
    if (this.#intent === UNSET) {
      this.#intent = optionalChild(
        this as LexV2DialogState,
        'intent',
        LexV2Intent
      );
    }
    return this.#intent;
  }
}

/** Wrapper for the state of an Amazon Lex V2 conversation (`sessionState`). */
export class LexV2SessionState extends LexV2DialogState<RawLexV2SessionState> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'LexV2SessionState';
  #activeContexts?: LexV2ActiveContext[];

  /** The contexts active in the session (`activeContexts`). Empty when there are none. */
  get activeContexts(): LexV2ActiveContext[] {
    return (this.#activeContexts ??= wrapEachOrEmpty(
      this,
      'activeContexts',
      LexV2ActiveContext
    ));
  }

  /**
   * The application's session attributes (`sessionAttributes`). Send them back in the response
   * to keep them. Empty when the session has none.
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
   * Phrases that help speech recognition of slot values (`runtimeHints`), as Amazon Lex V2
   * sends them: `slotHints` by intent and slot name. Undefined when there are none.
   */
  get runtimeHints(): Readonly<Record<string, unknown>> | undefined {
    return optionalObject(this, this.raw.runtimeHints, 'runtimeHints');
  }

  /**
   * The ID of the request that started the turn (`originatingRequestId`). Undefined when
   * absent.
   */
  get originatingRequestId(): string | undefined {
    return optionalString(
      this,
      this.raw.originatingRequestId,
      'originatingRequestId'
    );
  }
}

/**
 * Wrapper for what Amazon Lex V2 would do next if the function does not change the flow
 * (`proposedNextState`): the next action and intent, and the prompt it would play.
 */
export class LexV2ProposedNextState extends LexV2DialogState<RawLexV2ProposedNextState> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'LexV2ProposedNextState';

  /**
   * Which attempt at the prompt Amazon Lex V2 would play (`prompt.attempt`): `Initial`,
   * `Retry1` … Undefined when absent.
   */
  get promptAttempt(): string | undefined {
    return optionalString(this, this.raw.prompt?.attempt, 'prompt.attempt');
  }
}

/** Wrapper for one transcription of the user's speech (a `transcriptions` item). */
export class LexV2Transcription extends EventWrapper<RawLexV2Transcription> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'LexV2Transcription';
  /** What the user said can hold anything; it stays out of logs. */
  static override readonly sensitiveMembers: readonly string[] = [
    'transcription',
  ];
  #resolvedSlots?: Readonly<Record<string, LexV2Slot | null>>;

  /** The text transcribed from the user's speech (`transcription`). Hidden from the debug view. */
  get transcription(): string {
    return requireString(this, this.raw.transcription, 'transcription');
  }

  /**
   * How confident Amazon Lex V2 is, from 0 to 1, in the transcription
   * (`transcriptionConfidence`). Undefined when absent.
   */
  get transcriptionConfidence(): number | undefined {
    return confidenceOf(
      this,
      this.raw.transcriptionConfidence,
      'transcriptionConfidence'
    );
  }

  /**
   * The name of the intent the transcription resolved to (`resolvedContext.intent`).
   * Undefined when absent.
   */
  get resolvedIntent(): string | undefined {
    return optionalString(
      this,
      this.raw.resolvedContext?.intent,
      'resolvedContext.intent'
    );
  }

  /**
   * The slots the transcription fills, by name (`resolvedSlots`). Empty when it fills none.
   */
  get resolvedSlots(): Readonly<Record<string, LexV2Slot | null>> {
    return (this.#resolvedSlots ??= wrapSlotEntries(
      this,
      'resolvedSlots',
      LexV2Slot
    ));
  }
}

/**
 * Wrapper for the event that Amazon Lex V2 sends when it invokes a bot alias's Lambda function
 * as a dialog or fulfillment code hook.
 *
 * The debug view (`console.log(event)`) hides `inputTranscript` and each transcription's text:
 * they are whatever the user said or typed, which can hold anything. Slot values and attributes
 * are shown; hide a slot that holds personal data by its name with `addSensitiveNames` from
 * `@evt/core`.
 *
 * @example
 * ```ts
 * import { LexV2Event, lexV2Close, lexV2Delegate, type RawLexV2Event } from '@evt/lex';
 *
 * export const handler = async (raw: RawLexV2Event) => {
 *   const event = new LexV2Event(raw);
 *   if (event.invocationSource === 'DialogCodeHook') return lexV2Delegate(event);
 *   return lexV2Close(event, {
 *     state: 'Fulfilled',
 *     messages: `Your ${event.slotValues('FlowerType').join(' and ')} are on their way.`,
 *   });
 * };
 * ```
 * @see https://docs.aws.amazon.com/lexv2/latest/dg/lambda-input-format.html
 */
export class LexV2Event extends EventWrapper<RawLexV2Event> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'LexV2Event';
  /** What the user said or typed can hold anything; it stays out of logs. */
  static override readonly sensitiveMembers: readonly string[] = [
    'inputTranscript',
  ];
  #bot?: LexV2Bot;
  #interpretations?: LexV2Interpretation[];
  #proposedNextState: LexV2ProposedNextState | undefined | typeof UNSET = UNSET;
  #sessionState?: LexV2SessionState;
  #transcriptions?: LexV2Transcription[];

  /** The version of the event and response format (`messageVersion`); `1.0`. */
  get messageVersion(): string {
    return requireString(this, this.raw.messageVersion, 'messageVersion');
  }

  /**
   * Why Amazon Lex V2 invokes the function (`invocationSource`): `DialogCodeHook` after input
   * from the user, `FulfillmentCodeHook` once the intent's required slots are filled.
   *
   * @throws {@link FieldTypeError} when it is neither.
   */
  get invocationSource(): LexInvocationSource {
    return invocationSourceOf(this, this.raw.invocationSource);
  }

  /**
   * How the user spoke to the bot (`inputMode`): `Text`, `Speech` or `DTMF`. Undefined when
   * absent.
   */
  get inputMode(): LexV2InputMode | undefined {
    return optionalString(this, this.raw.inputMode, 'inputMode');
  }

  /**
   * The content type the client expects in the response (`responseContentType`), e.g.
   * `text/plain; charset=utf-8` or `audio/pcm`. Undefined when absent.
   */
  get responseContentType(): string | undefined {
    return optionalString(
      this,
      this.raw.responseContentType,
      'responseContentType'
    );
  }

  /** The ID of the conversation, as the client set it (`sessionId`). */
  get sessionId(): string {
    return requireString(this, this.raw.sessionId, 'sessionId');
  }

  /**
   * The text Amazon Lex V2 processed (`inputTranscript`): what the user typed, or the text
   * recognised from speech. Undefined when absent. Hidden from the debug view.
   */
  get inputTranscript(): string | undefined {
    return optionalString(this, this.raw.inputTranscript, 'inputTranscript');
  }

  /**
   * The label of the code hook that invoked the function (`invocationLabel`), as the bot's
   * designer set it. Undefined when absent.
   */
  get invocationLabel(): string | undefined {
    return optionalString(this, this.raw.invocationLabel, 'invocationLabel');
  }

  /** The bot that processed the request (`bot`). */
  get bot(): LexV2Bot {
    return (this.#bot ??= child(this, 'bot', LexV2Bot));
  }

  /**
   * The intents that may match the utterance, best first (`interpretations`). Empty when the
   * event has none.
   */
  get interpretations(): LexV2Interpretation[] {
    return (this.#interpretations ??= wrapEachOrEmpty(
      this,
      'interpretations',
      LexV2Interpretation
    ));
  }

  /**
   * What Amazon Lex V2 would do next if the function does not change the flow
   * (`proposedNextState`). Undefined when absent.
   */
  get proposedNextState(): LexV2ProposedNextState | undefined {
    if (this.#proposedNextState === UNSET) {
      this.#proposedNextState = optionalChild(
        this,
        'proposedNextState',
        LexV2ProposedNextState
      );
    }
    return this.#proposedNextState;
  }

  /**
   * The attributes the client sent with this request only (`requestAttributes`), e.g.
   * `x-amz-lex:channels:platform`. Empty when there are none.
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

  /** The state of the conversation: intent, slots, attributes, contexts (`sessionState`). */
  get sessionState(): LexV2SessionState {
    return (this.#sessionState ??= child(
      this,
      'sessionState',
      LexV2SessionState
    ));
  }

  /**
   * Up to three transcriptions of spoken input, best first (`transcriptions`). Empty for text
   * input.
   */
  get transcriptions(): LexV2Transcription[] {
    return (this.#transcriptions ??= wrapEachOrEmpty(
      this,
      'transcriptions',
      LexV2Transcription
    ));
  }

  /**
   * The interpreted value of one slot of the session's intent
   * (`sessionState.intent.slots[name].value.interpretedValue`), or undefined when it is not
   * filled or not interpreted.
   *
   * @param name The slot's name, as the intent defines it (case-sensitive).
   * @returns The interpreted value, or `undefined`.
   * @example
   * ```ts
   * import { LexV2Event, type RawLexV2Event } from '@evt/lex';
   *
   * export const handler = async (raw: RawLexV2Event) => {
   *   const time = new LexV2Event(raw).slot('PickupTime'); // '10:00'
   * };
   * ```
   */
  slot(name: string): string | undefined {
    return this.sessionState.intent?.slot(name);
  }

  /**
   * The interpreted values of one slot of the session's intent: each value of a multi-valued
   * slot, or the one value of another slot. Empty when it is not filled.
   *
   * @param name The slot's name, as the intent defines it (case-sensitive).
   * @returns The interpreted values, in the order the user gave them.
   */
  slotValues(name: string): readonly string[] {
    return this.sessionState.intent?.slotValues(name) ?? [];
  }
}
