import type { LexEvent as AwsLexEvent } from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type LexBot,
  type LexConfirmationStatus,
  LexEvent,
  type LexIntent,
  type LexIntentSummary,
  type LexInvocationSource,
  type LexSentimentResponse,
  type LexSlotDetail,
  type RawLexEvent,
} from '../src/index';
import { createLexEvent } from '../src/testing';

declare const event: LexEvent;

describe('LexEvent', () => {
  it('accepts the @types/aws-lambda event', () => {
    expectTypeOf<AwsLexEvent>().toExtend<RawLexEvent>();
    expectTypeOf(new LexEvent({} as AwsLexEvent)).toEqualTypeOf<LexEvent>();
  });

  it('accepts the testing factory sample', () => {
    expectTypeOf(createLexEvent()).toExtend<RawLexEvent>();
  });

  it('types each member', () => {
    expectTypeOf(event.invocationSource).toEqualTypeOf<LexInvocationSource>();
    expectTypeOf(event.inputTranscript).toEqualTypeOf<string | undefined>();
    expectTypeOf(event.sessionAttributes).toEqualTypeOf<
      Record<string, string>
    >();
    expectTypeOf(event.requestAttributes).toEqualTypeOf<
      Record<string, string>
    >();
    expectTypeOf(event.currentIntent).toEqualTypeOf<LexIntent>();
    expectTypeOf(event.alternativeIntents).toEqualTypeOf<LexIntent[]>();
    expectTypeOf(event.bot).toEqualTypeOf<LexBot>();
    expectTypeOf(event.recentIntentSummaryView).toEqualTypeOf<
      LexIntentSummary[]
    >();
    expectTypeOf(event.sentimentResponse).toEqualTypeOf<
      LexSentimentResponse | undefined
    >();
    expectTypeOf(event.slot('FlowerType')).toEqualTypeOf<string | undefined>();
  });

  it('types the slots and slot details of an intent', () => {
    const intent = event.currentIntent;

    expectTypeOf(intent.slots).toEqualTypeOf<
      Readonly<Record<string, string | null>>
    >();
    expectTypeOf(intent.slotDetails).toEqualTypeOf<
      Readonly<Record<string, LexSlotDetail | null>>
    >();
    expectTypeOf(intent.confirmationStatus).toEqualTypeOf<
      LexConfirmationStatus | undefined
    >();
    expectTypeOf<'Denied'>().toExtend<LexConfirmationStatus>();
  });
});
