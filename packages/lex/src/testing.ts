import { type DeepPartial, mergeDeep, type Sample } from '@evt/core/testing';
import sample from '../test/events/lex-event.json';
import v2Sample from '../test/events/lex-v2-event.json';
import type { LexInvocationSource } from './invocation-source';
import type { RawLexEvent } from './lex-event';
import {
  type RawLexV2Event,
  type RawLexV2Slot,
  scalarSlot,
} from './lex-v2-event';

/**
 * The event {@link createLexEvent} returns: a fresh copy that fits `LexEvent`'s constructor
 * (the `OrderFlowers` dialog code hook of AWS's getting-started exercise).
 */
export interface SampleLexEvent extends Sample<RawLexEvent> {}

/**
 * The event {@link createLexV2Event} returns: a fresh copy that fits `LexV2Event`'s
 * constructor (an `OrderFlowers` dialog code hook on text input, with a multi-valued slot).
 */
export interface SampleLexV2Event extends Sample<RawLexV2Event> {}

/** What both factories can replace. */
export interface LexSampleOverrides {
  /** Why Amazon Lex invokes the function (`invocationSource`). */
  readonly invocationSource?: LexInvocationSource | undefined;
  /** What the user typed or said (`inputTranscript`). */
  readonly inputTranscript?: string | undefined;
  /** The session attributes; they replace the sample's. */
  readonly sessionAttributes?: Readonly<Record<string, string>> | undefined;
}

/** The fields of the sample event that {@link createLexEvent} can replace. */
export interface LexEventOverrides extends LexSampleOverrides {
  /**
   * Slot values of the current intent, by name, merged over the sample's (`PickupTime`,
   * `FlowerType`, `PickupDate`); `null` clears one.
   */
  readonly slots?: Readonly<Record<string, string | null>> | undefined;
  /** Changes merged into the whole event, at any depth, applied last. */
  readonly event?: DeepPartial<SampleLexEvent> | undefined;
}

/** The fields of the sample event that {@link createLexV2Event} can replace. */
export interface LexV2EventOverrides extends LexSampleOverrides {
  /**
   * Slots of the session's intent, by name, merged over the sample's (`FlowerType`,
   * `PickupDate`, `PickupTime`): a string is a `Scalar` slot with that value, an array of
   * strings a `List` slot with those values, `null` a slot not filled.
   */
  readonly slots?:
    | Readonly<Record<string, string | readonly string[] | null>>
    | undefined;
  /** Changes merged into the whole event, at any depth, applied last. */
  readonly event?: DeepPartial<SampleLexV2Event> | undefined;
}

/** Applies the overrides both factories take. */
function applyCommon(
  event: SampleLexEvent | SampleLexV2Event,
  overrides: LexSampleOverrides
): void {
  const { invocationSource, inputTranscript, sessionAttributes } = overrides;
  if (invocationSource !== undefined) event.invocationSource = invocationSource;
  if (inputTranscript !== undefined) event.inputTranscript = inputTranscript;
  if (sessionAttributes === undefined) return;
  if ('sessionState' in event) {
    event.sessionState.sessionAttributes = { ...sessionAttributes };
  } else {
    event.sessionAttributes = { ...sessionAttributes };
  }
}

/** A V2 slot from a factory's value: a string, a list of strings, or `null`. */
function v2Slot(
  value: string | readonly string[] | null
): Sample<RawLexV2Slot> | null {
  if (value === null) return null;
  if (typeof value === 'string')
    return scalarSlot(value) as Sample<RawLexV2Slot>;
  const answer = value.join(' and ');
  return {
    shape: 'List',
    value: {
      originalValue: answer,
      interpretedValue: answer,
      resolvedValues: [],
    },
    values: value.map((item) => scalarSlot(item) as Sample<RawLexV2Slot>),
  };
}

/**
 * Builds a sample Amazon Lex V1 event (a dialog code hook of the `OrderFlowers` intent, as
 * AWS documents it), as a fresh copy you may change.
 *
 * @param overrides The fields to replace; `slots` takes values by slot name.
 * @returns The raw event.
 * @example
 * ```ts
 * import { LexEvent } from '@evt/lex';
 * import { createLexEvent } from '@evt/lex/testing';
 *
 * const event = new LexEvent(
 *   createLexEvent({
 *     invocationSource: 'FulfillmentCodeHook',
 *     slots: { PickupTime: '16:00' },
 *   })
 * );
 * event.slot('PickupTime'); // '16:00'
 * ```
 */
export function createLexEvent(
  overrides: LexEventOverrides = {}
): SampleLexEvent {
  const event = structuredClone(sample) as SampleLexEvent;
  applyCommon(event, overrides);
  if (overrides.slots !== undefined) {
    event.currentIntent.slots = {
      ...event.currentIntent.slots,
      ...overrides.slots,
    };
  }
  return mergeDeep(event, overrides.event);
}

/**
 * Builds a sample Amazon Lex V2 event (a dialog code hook of the `OrderFlowers` intent on text
 * input, with a multi-valued `FlowerType` slot), as a fresh copy you may change.
 *
 * @param overrides The fields to replace; `slots` takes values by slot name.
 * @returns The raw event.
 * @example
 * ```ts
 * import { LexV2Event } from '@evt/lex';
 * import { createLexV2Event } from '@evt/lex/testing';
 *
 * const event = new LexV2Event(
 *   createLexV2Event({ slots: { FlowerType: ['tulips'], PickupDate: '2024-05-03' } })
 * );
 * event.slotValues('FlowerType'); // ['tulips']
 * event.slot('PickupDate'); // '2024-05-03'
 * ```
 */
export function createLexV2Event(
  overrides: LexV2EventOverrides = {}
): SampleLexV2Event {
  const event = structuredClone(v2Sample) as SampleLexV2Event;
  applyCommon(event, overrides);
  const { slots } = overrides;
  const intent = event.sessionState.intent;
  if (slots !== undefined && intent) {
    const changed: Record<string, Sample<RawLexV2Slot> | null> = {
      ...intent.slots,
    };
    for (const [name, value] of Object.entries(slots)) {
      changed[name] = v2Slot(value);
    }
    intent.slots = changed;
  }
  return mergeDeep(event, overrides.event);
}
