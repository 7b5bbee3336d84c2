import type { LexV2Event as AwsLexV2Event } from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type LexInvocationSource,
  type LexV2ActiveContext,
  type LexV2Bot,
  type LexV2DialogAction,
  LexV2Event,
  type LexV2InputMode,
  type LexV2Intent,
  type LexV2IntentState,
  type LexV2Interpretation,
  type LexV2ProposedNextState,
  type LexV2Response,
  type LexV2SessionState,
  type LexV2Slot,
  type LexV2Transcription,
  lexV2Close,
  type RawLexV2Event,
} from '../src/index';
import { createLexV2Event } from '../src/testing';

declare const event: LexV2Event;

describe('LexV2Event', () => {
  it('accepts the @types/aws-lambda event', () => {
    expectTypeOf<AwsLexV2Event>().toExtend<RawLexV2Event>();
    expectTypeOf(
      new LexV2Event({} as AwsLexV2Event)
    ).toEqualTypeOf<LexV2Event>();
  });

  it('accepts the testing factory sample', () => {
    expectTypeOf(createLexV2Event()).toExtend<RawLexV2Event>();
  });

  it('types each member', () => {
    expectTypeOf(event.invocationSource).toEqualTypeOf<LexInvocationSource>();
    expectTypeOf(event.inputMode).toEqualTypeOf<LexV2InputMode | undefined>();
    expectTypeOf(event.bot).toEqualTypeOf<LexV2Bot>();
    expectTypeOf(event.interpretations).toEqualTypeOf<LexV2Interpretation[]>();
    expectTypeOf(event.proposedNextState).toEqualTypeOf<
      LexV2ProposedNextState | undefined
    >();
    expectTypeOf(event.sessionState).toEqualTypeOf<LexV2SessionState>();
    expectTypeOf(event.transcriptions).toEqualTypeOf<LexV2Transcription[]>();
    expectTypeOf(event.requestAttributes).toEqualTypeOf<
      Record<string, string>
    >();
    expectTypeOf(event.slot('FlowerType')).toEqualTypeOf<string | undefined>();
    expectTypeOf(event.slotValues('FlowerType')).toEqualTypeOf<
      readonly string[]
    >();
  });

  it('types the session state, intents and slots', () => {
    const state = event.sessionState;

    expectTypeOf(state.intent).toEqualTypeOf<LexV2Intent | undefined>();
    expectTypeOf(state.dialogAction).toEqualTypeOf<
      LexV2DialogAction | undefined
    >();
    expectTypeOf(state.activeContexts).toEqualTypeOf<LexV2ActiveContext[]>();
    expectTypeOf(state.sessionAttributes).toEqualTypeOf<
      Record<string, string>
    >();
    expectTypeOf<LexV2Intent['slots']>().toEqualTypeOf<
      Readonly<Record<string, LexV2Slot | null>>
    >();
    expectTypeOf<LexV2Intent['state']>().toEqualTypeOf<
      LexV2IntentState | undefined
    >();
    expectTypeOf<'Waiting'>().toExtend<LexV2IntentState>();
    expectTypeOf<LexV2Slot['values']>().toEqualTypeOf<LexV2Slot[]>();
  });

  it('builds a response of the documented type', () => {
    expectTypeOf(
      lexV2Close(event, { state: 'Failed' })
    ).toEqualTypeOf<LexV2Response>();
  });
});
