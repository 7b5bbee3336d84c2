import { loadEvent } from '@evt/tooling-config/events';
import { expectEvtError, patchEvent } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  FieldTypeError,
  LexV2Event,
  MissingFieldError,
  type RawLexV2Event,
  type RawLexV2Slot,
} from '../src/index';
import { createLexV2Event } from '../src/testing';
import { countReads } from './reads';

const load = (variant = ''): RawLexV2Event =>
  loadEvent<RawLexV2Event>(`lex-v2-event${variant}`);
const text = (): LexV2Event => new LexV2Event(load());
const speech = (): LexV2Event => new LexV2Event(load('.speech'));
const fulfillment = (): LexV2Event => new LexV2Event(load('.fulfillment'));
const patch = (change: (event: RawLexV2Event) => void): LexV2Event =>
  new LexV2Event(patchEvent<RawLexV2Event>('lex-v2-event', change));

describe('LexV2Event', () => {
  describe('members read from the event', () => {
    it('returns each field of the text dialog code hook event', () => {
      const event = text();

      expect(event.messageVersion).toBe('1.0');
      expect(event.invocationSource).toBe('DialogCodeHook');
      expect(event.inputMode).toBe('Text');
      expect(event.responseContentType).toBe('text/plain; charset=utf-8');
      expect(event.sessionId).toBe('715131408742157');
      expect(event.inputTranscript).toBe('roses and lilies');
      expect(event.invocationLabel).toBe('ValidateFlowers');
      expect(event.requestAttributes).toEqual({
        'x-amz-lex:channels:platform': 'Web',
      });
      expect(event.transcriptions).toEqual([]);
    });

    it('returns each field of the speech event', () => {
      const event = speech();

      expect(event.inputMode).toBe('Speech');
      expect(event.responseContentType).toBe('audio/pcm');
      expect(event.sessionId).toBe('c2a4f6e8-1b3d-4f5a-8c7e-9d0b2a4c6e8f');
      expect(event.inputTranscript).toBe('tulips and roses');
      expect(event.invocationLabel).toBeUndefined();
      expect(event.requestAttributes).toEqual({
        'x-amz-lex:accept-content-types': 'PlainText,SSML',
        'x-amz-lex:channels:platform': 'Connect',
      });
    });

    it('returns each field of the fulfillment event', () => {
      const event = fulfillment();

      expect(event.invocationSource).toBe('FulfillmentCodeHook');
      expect(event.inputTranscript).toBe('yes');
      expect(event.proposedNextState).toBeUndefined();
      expect(event.requestAttributes).toEqual({});
    });

    it('reads an event with only the required fields', () => {
      const event = new LexV2Event({
        messageVersion: '1.0',
        invocationSource: 'DialogCodeHook',
        sessionId: 's-1',
        bot: { id: 'B', name: 'Bot', localeId: 'en_GB', version: 'DRAFT' },
        sessionState: {},
      });

      expect(event.inputMode).toBeUndefined();
      expect(event.responseContentType).toBeUndefined();
      expect(event.inputTranscript).toBeUndefined();
      expect(event.interpretations).toEqual([]);
      expect(event.transcriptions).toEqual([]);
      expect(event.requestAttributes).toEqual({});
      expect(event.bot.aliasId).toBeUndefined();
      expect(event.bot.aliasName).toBeUndefined();
      expect(event.sessionState.intent).toBeUndefined();
      expect(event.sessionState.dialogAction).toBeUndefined();
      expect(event.sessionState.sessionAttributes).toEqual({});
      expect(event.sessionState.activeContexts).toEqual([]);
      expect(event.sessionState.runtimeHints).toBeUndefined();
      expect(event.sessionState.originatingRequestId).toBeUndefined();
      expect(event.slot('FlowerType')).toBeUndefined();
      expect(event.slotValues('FlowerType')).toEqual([]);
    });
  });

  describe('bot', () => {
    it('returns the bot', () => {
      const { bot } = text();

      expect(bot.id).toBe('K8XYPEVQ2M');
      expect(bot.name).toBe('OrderFlowersBot');
      expect(bot.aliasId).toBe('TSTALIASID');
      expect(bot.aliasName).toBe('TestBotAlias');
      expect(bot.localeId).toBe('en_US');
      expect(bot.version).toBe('DRAFT');
    });

    it('wraps bot once', () => {
      const raw = loadEvent<RawLexV2Event>('lex-v2-event', { frozen: false });
      const reads = countReads(raw, 'bot');
      const event = new LexV2Event(raw);

      expect(event.bot).toBe(event.bot);
      expect(reads.calls).toBe(1);
    });
  });

  describe('sessionState', () => {
    it('returns the state of the conversation', () => {
      const state = text().sessionState;

      expect(state.sessionAttributes).toEqual({ storeId: 'S-042' });
      expect(state.activeContexts).toEqual([]);
      expect(state.runtimeHints).toBeUndefined();
      expect(state.dialogAction?.type).toBe('ElicitSlot');
      expect(state.dialogAction?.slotToElicit).toBe('FlowerType');
      expect(state.dialogAction?.slotElicitationStyle).toBeUndefined();
      expect(state.intent?.name).toBe('OrderFlowers');
      expect(state.intent?.state).toBe('InProgress');
      expect(state.intent?.confirmationState).toBe('None');
      expect(state.intent?.kendraResponse).toBeUndefined();
      expect(state.originatingRequestId).toBe(
        '2e4a4e36-b36d-4b7b-9e5e-0f4a1c5a6e7d'
      );
    });

    it('returns active contexts, runtime hints and the elicitation style', () => {
      const state = speech().sessionState;
      const [context] = state.activeContexts;

      expect(state.activeContexts).toHaveLength(1);
      expect(context?.name).toBe('returning_customer');
      expect(context?.contextAttributes).toEqual({ customerTier: 'gold' });
      expect(context?.timeToLiveInSeconds).toBe(600);
      expect(context?.turnsToLive).toBe(5);
      expect(state.runtimeHints).toEqual({
        slotHints: {
          OrderFlowers: {
            FlowerType: {
              runtimeHintValues: [
                { phrase: 'tulips' },
                { phrase: 'ranunculus' },
              ],
            },
          },
        },
      });
      expect(state.dialogAction?.slotElicitationStyle).toBe('Default');
    });

    it('reads a context without attributes or lifetime', () => {
      const event = patch((raw) => {
        raw.sessionState.activeContexts = [{ name: 'greeted' }];
      });
      const [context] = event.sessionState.activeContexts;

      expect(context?.contextAttributes).toEqual({});
      expect(context?.timeToLiveInSeconds).toBeUndefined();
      expect(context?.turnsToLive).toBeUndefined();
    });

    it('wraps the state, its intent and its dialog action once', () => {
      const raw = loadEvent<RawLexV2Event>('lex-v2-event', { frozen: false });
      const stateReads = countReads(raw.sessionState, 'intent');
      const reads = countReads(raw, 'sessionState');
      const event = new LexV2Event(raw);
      const state = event.sessionState;

      expect(event.sessionState).toBe(state);
      expect(state.intent).toBe(state.intent);
      expect(state.dialogAction).toBe(state.dialogAction);
      expect(state.activeContexts).toBe(state.activeContexts);
      expect(state.intent?.slots).toBe(state.intent?.slots);
      expect(reads.calls).toBe(1);
      expect(stateReads.calls).toBe(1);
    });
  });

  describe('slots', () => {
    it('returns a multi-valued slot with each of its values', () => {
      const slot = text().sessionState.intent?.slots.FlowerType;

      expect(slot?.shape).toBe('List');
      expect(slot?.value?.originalValue).toBe('roses and lilies');
      expect(slot?.value?.interpretedValue).toBe('roses and lilies');
      expect(slot?.value?.resolvedValues).toEqual([]);
      expect(slot?.values.map((value) => value.shape)).toEqual([
        'Scalar',
        'Scalar',
      ]);
      expect(slot?.values[1]?.value?.resolvedValues).toEqual(['lilies']);
      expect(slot?.interpretedValues).toEqual(['roses', 'lilies']);
      expect(slot?.subSlots).toEqual({});
    });

    it('returns null for a slot the user has not filled', () => {
      const slots = text().sessionState.intent?.slots;

      expect(Object.keys(slots ?? {})).toEqual([
        'FlowerType',
        'PickupDate',
        'PickupTime',
      ]);
      expect(slots?.PickupDate).toBeNull();
    });

    it('returns the interpreted value of a scalar slot', () => {
      const event = fulfillment();
      const date = event.sessionState.intent?.slots.PickupDate;

      expect(date?.shape).toBe('Scalar');
      expect(date?.value?.originalValue).toBe('friday');
      expect(date?.interpretedValues).toEqual(['2024-05-03']);
      expect(event.slot('PickupDate')).toBe('2024-05-03');
      expect(event.slot('PickupTime')).toBe('10:00');
      expect(event.slotValues('PickupTime')).toEqual(['10:00']);
    });

    it('gives the whole answer of a multi-valued slot, and each value apart', () => {
      const event = text();

      expect(event.slot('FlowerType')).toBe('roses and lilies');
      expect(event.slotValues('FlowerType')).toEqual(['roses', 'lilies']);
      expect(event.sessionState.intent?.slotValues('FlowerType')).toEqual([
        'roses',
        'lilies',
      ]);
    });

    it('returns undefined or nothing for a slot not filled or not in the intent', () => {
      const event = text();

      expect(event.slot('PickupDate')).toBeUndefined();
      expect(event.slotValues('PickupDate')).toEqual([]);
      expect(event.slot('Vase')).toBeUndefined();
      expect(event.slot('constructor')).toBeUndefined();
    });

    it('leaves out a value Amazon Lex V2 could not interpret', () => {
      const slot: RawLexV2Slot = {
        shape: 'List',
        value: { originalValue: 'roses and dandelions' },
        values: [
          {
            shape: 'Scalar',
            value: { originalValue: 'roses', interpretedValue: 'roses' },
          },
          { shape: 'Scalar', value: { originalValue: 'dandelions' } },
        ],
      };
      const event = patch((raw) => {
        raw.sessionState.intent = {
          name: 'OrderFlowers',
          slots: { FlowerType: slot },
        };
      });

      expect(event.slot('FlowerType')).toBeUndefined();
      expect(event.slotValues('FlowerType')).toEqual(['roses']);
      expect(
        event.sessionState.intent?.slots.FlowerType?.value?.resolvedValues
      ).toEqual([]);
    });

    it('returns the sub-slots of a composite slot', () => {
      const event = patch((raw) => {
        raw.sessionState.intent = {
          name: 'UpdateAddress',
          slots: {
            Address: {
              shape: 'Composite',
              subSlots: {
                City: {
                  shape: 'Scalar',
                  value: {
                    originalValue: 'Seattle',
                    interpretedValue: 'Seattle',
                  },
                },
                Zip: null,
              },
            },
          },
        };
      });
      const address = event.sessionState.intent?.slots.Address;

      expect(address?.shape).toBe('Composite');
      expect(address?.value).toBeUndefined();
      expect(address?.interpretedValues).toEqual([]);
      expect(address?.subSlots.City?.value?.interpretedValue).toBe('Seattle');
      expect(address?.subSlots.Zip).toBeNull();
      expect(address?.subSlots).toBe(address?.subSlots);
    });

    it('caches the values of a slot', () => {
      const slot = text().sessionState.intent?.slots.FlowerType;

      expect(slot?.value).toBe(slot?.value);
      expect(slot?.values).toBe(slot?.values);
      expect(slot?.interpretedValues).toBe(slot?.interpretedValues);
    });
  });

  describe('interpretations', () => {
    it('returns each interpretation, best first', () => {
      const [best, fallback] = text().interpretations;

      expect(best?.intent.name).toBe('OrderFlowers');
      expect(best?.intent.slot('FlowerType')).toBe('roses and lilies');
      expect(best?.nluConfidence).toBe(0.94);
      expect(best?.interpretationSource).toBe('Lex');
      expect(fallback?.intent.name).toBe('FallbackIntent');
      expect(fallback?.intent.slots).toEqual({});
      expect(fallback?.nluConfidence).toBeUndefined();
      expect(fallback?.sentimentResponse).toBeUndefined();
    });

    it('returns the sentiment of the utterance', () => {
      const sentiment = text().interpretations[0]?.sentimentResponse;

      expect(sentiment?.sentiment).toBe('NEUTRAL');
      expect(sentiment?.sentimentScore?.mixed).toBe(0.0011);
      expect(sentiment?.sentimentScore?.negative).toBe(0.0024);
      expect(sentiment?.sentimentScore?.neutral).toBe(0.9852);
      expect(sentiment?.sentimentScore?.positive).toBe(0.0113);
      expect(sentiment?.sentimentScore).toBe(sentiment?.sentimentScore);
    });

    it('reads a confidence score sent as { score }', () => {
      const event = patch((raw) => {
        const [best] = raw.interpretations ?? [];
        (best as { nluConfidence: unknown }).nluConfidence = { score: 0.69 };
      });

      expect(event.interpretations[0]?.nluConfidence).toBe(0.69);
    });

    it('reads an alternative intent without state or confirmation', () => {
      const event = patch((raw) => {
        raw.interpretations = [
          { intent: { name: 'FallbackIntent', slots: {} } },
        ];
      });
      const [fallback] = event.interpretations;

      expect(fallback?.intent.state).toBeUndefined();
      expect(fallback?.intent.confirmationState).toBeUndefined();
      expect(fallback?.interpretationSource).toBeUndefined();
    });

    it('passes the Amazon Kendra response of an intent through', () => {
      const kendraResponse = { QueryId: 'q-1', ResultItems: [] };
      const event = patch((raw) => {
        raw.interpretations = [
          { intent: { name: 'KendraSearch', slots: {}, kendraResponse } },
        ];
      });

      expect(event.interpretations[0]?.intent.kendraResponse).toEqual(
        kendraResponse
      );
    });

    it('wraps the list and each intent once', () => {
      const event = text();
      const [best] = event.interpretations;

      expect(event.interpretations).toBe(event.interpretations);
      expect(best?.intent).toBe(best?.intent);
      expect(best?.sentimentResponse).toBe(best?.sentimentResponse);
    });
  });

  describe('proposedNextState', () => {
    it('returns the action, intent and prompt Amazon Lex V2 would play next', () => {
      const next = text().proposedNextState;

      expect(next?.dialogAction?.type).toBe('ElicitSlot');
      expect(next?.dialogAction?.slotToElicit).toBe('PickupDate');
      expect(next?.intent?.name).toBe('OrderFlowers');
      expect(next?.intent?.slotValues('FlowerType')).toEqual([
        'roses',
        'lilies',
      ]);
      expect(next?.promptAttempt).toBe('Initial');
    });

    it('wraps it once, and its parts once', () => {
      const event = text();
      const next = event.proposedNextState;

      expect(event.proposedNextState).toBe(next);
      expect(next?.dialogAction).toBe(next?.dialogAction);
      expect(next?.intent).toBe(next?.intent);
    });

    it('reads a proposed state without a prompt', () => {
      const event = patch((raw) => {
        raw.proposedNextState = { dialogAction: { type: 'Delegate' } };
      });

      expect(event.proposedNextState?.promptAttempt).toBeUndefined();
      expect(event.proposedNextState?.intent).toBeUndefined();
    });
  });

  describe('transcriptions', () => {
    it('returns each transcription of the speech, best first', () => {
      const [best, other] = speech().transcriptions;

      expect(best?.transcription).toBe('tulips and roses');
      expect(best?.transcriptionConfidence).toBe(0.88);
      expect(best?.resolvedIntent).toBe('OrderFlowers');
      expect(best?.resolvedSlots.FlowerType?.interpretedValues).toEqual([
        'tulips',
        'roses',
      ]);
      expect(other?.transcription).toBe('two lips and roses');
      expect(other?.transcriptionConfidence).toBe(0.54);
      expect(other?.resolvedSlots.FlowerType?.interpretedValues).toEqual([
        'roses',
      ]);
    });

    it('reads a transcription without context or slots', () => {
      const event = patch((raw) => {
        raw.transcriptions = [{ transcription: 'hello' }];
      });
      const [only] = event.transcriptions;

      expect(only?.transcriptionConfidence).toBeUndefined();
      expect(only?.resolvedIntent).toBeUndefined();
      expect(only?.resolvedSlots).toEqual({});
    });

    it('wraps the list and the resolved slots once', () => {
      const event = speech();
      const [best] = event.transcriptions;

      expect(event.transcriptions).toBe(event.transcriptions);
      expect(best?.resolvedSlots).toBe(best?.resolvedSlots);
    });
  });

  describe('debug view', () => {
    it('hides what the user said, and shows slots and attributes', () => {
      const view = JSON.parse(String(speech()));

      expect(view.inputTranscript).toBe('[SENSITIVE]');
      expect(view.transcriptions[0].transcription).toBe('[SENSITIVE]');
      expect(view.transcriptions[0].transcriptionConfidence).toBe(0.88);
      expect(view.sessionState.sessionAttributes).toEqual({ storeId: 'S-042' });
      expect(
        view.sessionState.intent.slots.FlowerType.interpretedValues
      ).toEqual(['tulips', 'roses']);
    });
  });

  describe('testing factory', () => {
    it('builds a fresh copy of the sample', () => {
      const raw = createLexV2Event();

      expect(raw).toEqual(load());
      expect(raw).not.toBe(createLexV2Event());
    });

    it('builds the sample with replaced fields and slots', () => {
      const event = new LexV2Event(
        createLexV2Event({
          invocationSource: 'FulfillmentCodeHook',
          inputTranscript: 'tulips, friday',
          sessionAttributes: { storeId: 'S-007' },
          slots: {
            FlowerType: ['tulips'],
            PickupDate: '2024-05-03',
            PickupTime: null,
          },
          event: { inputMode: 'DTMF' },
        })
      );

      expect(event.invocationSource).toBe('FulfillmentCodeHook');
      expect(event.inputTranscript).toBe('tulips, friday');
      expect(event.inputMode).toBe('DTMF');
      expect(event.sessionState.sessionAttributes).toEqual({
        storeId: 'S-007',
      });
      expect(event.slot('FlowerType')).toBe('tulips');
      expect(event.slotValues('FlowerType')).toEqual(['tulips']);
      expect(event.slot('PickupDate')).toBe('2024-05-03');
      expect(event.sessionState.intent?.slots.PickupTime).toBeNull();
    });
  });

  describe('malformed input', () => {
    it('throws MissingFieldError naming sessionState when it is absent', () => {
      const event = patch((raw) => {
        delete (raw as Partial<RawLexV2Event>).sessionState;
      });

      expectEvtError(
        () => event.sessionState,
        MissingFieldError,
        'LexV2Event: sessionState is missing'
      );
    });

    it('throws FieldTypeError naming a slot that is not an object', () => {
      const event = patch((raw) => {
        (raw.sessionState.intent?.slots as Record<string, unknown>).PickupDate =
          '2024-05-03';
      });

      expectEvtError(
        () => event.slot('FlowerType'),
        FieldTypeError,
        'LexV2Event: sessionState.intent.slots.PickupDate must be object, got string'
      );
    });

    it('throws FieldTypeError naming a resolved value that is not a string', () => {
      const event = patch((raw) => {
        const slot = raw.sessionState.intent?.slots?.FlowerType;
        (
          slot?.values?.[1]?.value as { resolvedValues: unknown[] }
        ).resolvedValues = [7];
      });

      expectEvtError(
        () =>
          event.sessionState.intent?.slots.FlowerType?.values[1]?.value
            ?.resolvedValues,
        FieldTypeError,
        'LexV2Event: sessionState.intent.slots.FlowerType.values[1].value.resolvedValues[0] must be string, got number'
      );
    });

    it('throws FieldTypeError naming a confidence score that is not a number', () => {
      const event = patch((raw) => {
        const [best] = raw.interpretations ?? [];
        (best as { nluConfidence: unknown }).nluConfidence = { score: 'high' };
      });

      expectEvtError(
        () => event.interpretations[0]?.nluConfidence,
        FieldTypeError,
        'LexV2Event: interpretations[0].nluConfidence.score must be number, got string'
      );
    });

    it('throws MissingFieldError naming bot.localeId when it is absent', () => {
      const event = patch((raw) => {
        delete (raw.bot as Partial<RawLexV2Event['bot']>).localeId;
      });

      expectEvtError(
        () => event.bot.localeId,
        MissingFieldError,
        'LexV2Event: bot.localeId is missing'
      );
    });

    it('throws MissingFieldError naming a transcription without its text', () => {
      const event = new LexV2Event(
        patchEvent<RawLexV2Event>('lex-v2-event.speech', (raw) => {
          const transcriptions = raw.transcriptions as {
            transcription?: string;
          }[];
          delete transcriptions[1]?.transcription;
        })
      );

      expectEvtError(
        () => event.transcriptions[1]?.transcription,
        MissingFieldError,
        'LexV2Event: transcriptions[1].transcription is missing'
      );
    });
  });
});
