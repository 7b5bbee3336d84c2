import { addSensitiveNames } from '@evt/core';
import { loadEvent } from '@evt/tooling-config/events';
import { expectEvtError, patchEvent } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  FieldTypeError,
  LexEvent,
  MissingFieldError,
  type RawLexEvent,
} from '../src/index';
import { createLexEvent } from '../src/testing';
import { countReads } from './reads';

const load = (variant = ''): RawLexEvent =>
  loadEvent<RawLexEvent>(`lex-event${variant}`);
const dialog = (): LexEvent => new LexEvent(load());
const fulfillment = (): LexEvent => new LexEvent(load('.fulfillment'));
const mutable = (): RawLexEvent =>
  loadEvent<RawLexEvent>('lex-event', { frozen: false });

describe('LexEvent', () => {
  describe('members read from the event', () => {
    it('returns each field of the dialog code hook event', () => {
      const event = dialog();

      expect(event.messageVersion).toBe('1.0');
      expect(event.invocationSource).toBe('DialogCodeHook');
      expect(event.userId).toBe('ignw84y6seypre4xly5rimopuri2xwnd');
      expect(event.inputTranscript).toBe('tomorrow');
      expect(event.outputDialogMode).toBe('Text');
      expect(event.sessionAttributes).toEqual({ Price: '25' });
      expect(event.kendraResponse).toBeUndefined();
    });

    it('returns each field of the fulfillment code hook event', () => {
      const event = fulfillment();

      expect(event.invocationSource).toBe('FulfillmentCodeHook');
      expect(event.userId).toBe('ABCD1234');
      expect(event.sessionAttributes).toEqual({
        key1: 'value1',
        key2: 'value2',
      });
      expect(event.currentIntent.confirmationStatus).toBe('Confirmed');
    });

    it('reads what the fulfillment event leaves out as undefined or empty', () => {
      const event = fulfillment();

      expect(event.inputTranscript).toBeUndefined();
      expect(event.requestAttributes).toEqual({});
      expect(event.alternativeIntents).toEqual([]);
      expect(event.recentIntentSummaryView).toEqual([]);
      expect(event.sentimentResponse).toBeUndefined();
      expect(event.currentIntent.nluIntentConfidenceScore).toBeUndefined();
      expect(event.currentIntent.slotDetails).toEqual({});
    });

    it('reads null request attributes as an empty object', () => {
      expect(load().requestAttributes).toBeNull();
      expect(dialog().requestAttributes).toEqual({});
    });

    it('reads null session attributes as an empty object', () => {
      const raw = patchEvent<RawLexEvent>('lex-event', (event) => {
        (event as { sessionAttributes: null }).sessionAttributes = null;
      });

      expect(new LexEvent(raw).sessionAttributes).toEqual({});
    });

    it('returns the request attributes a client sent', () => {
      const raw = patchEvent<RawLexEvent>('lex-event', (event) => {
        event.requestAttributes = { 'x-amz-lex:channel-type': 'Slack' };
      });

      expect(new LexEvent(raw).requestAttributes).toEqual({
        'x-amz-lex:channel-type': 'Slack',
      });
    });

    it('passes the Amazon Kendra response through', () => {
      const kendraResponse = {
        QueryId: 'q-1',
        ResultItems: [],
        TotalNumberOfResults: 0,
      };
      const raw = patchEvent<RawLexEvent>('lex-event.fulfillment', (event) => {
        event.kendraResponse = kendraResponse;
      });

      expect(new LexEvent(raw).kendraResponse).toEqual(kendraResponse);
    });
  });

  describe('bot', () => {
    it('returns the bot, with a null alias read as undefined', () => {
      const { bot } = dialog();

      expect(bot.name).toBe('OrderFlowersCustomWithRespCard');
      expect(bot.alias).toBeUndefined();
      expect(bot.version).toBe('$LATEST');
    });

    it('returns the alias of a published bot', () => {
      const { bot } = fulfillment();

      expect(bot.name).toBe('OrderFlowers');
      expect(bot.alias).toBe('prod');
      expect(bot.version).toBe('1');
    });

    it('wraps bot once', () => {
      const raw = mutable();
      const bot = raw.bot;
      const reads = countReads(raw, 'bot');
      const event = new LexEvent(raw);

      expect(event.bot).toBe(event.bot);
      expect(event.bot.rawEvent).toBe(bot);
      expect(reads.calls).toBe(1);
    });
  });

  describe('currentIntent', () => {
    it('returns the intent, its confidence and its confirmation status', () => {
      const intent = dialog().currentIntent;

      expect(intent.name).toBe('OrderFlowers');
      expect(intent.nluIntentConfidenceScore).toBe(0.92);
      expect(intent.confirmationStatus).toBe('None');
    });

    it('returns every slot, null until the user fills it', () => {
      expect(dialog().currentIntent.slots).toEqual({
        PickupTime: null,
        FlowerType: 'roses',
        PickupDate: '2017-01-05',
      });
    });

    it('returns the slot details, null for a slot without a value', () => {
      const details = dialog().currentIntent.slotDetails;

      expect(Object.keys(details)).toEqual([
        'PickupTime',
        'FlowerType',
        'PickupDate',
      ]);
      expect(details.PickupTime).toBeNull();
      expect(details.FlowerType?.originalValue).toBe('roses');
      expect(details.FlowerType?.resolvedValues).toEqual(['roses']);
      expect(details.PickupDate?.originalValue).toBe('tomorrow');
      expect(details.PickupDate?.resolvedValues).toEqual(['2017-01-05']);
    });

    it('reads a slot detail without resolutions or original value', () => {
      const raw = patchEvent<RawLexEvent>('lex-event', (event) => {
        event.currentIntent.slotDetails = { PickupTime: {} };
      });
      const detail = new LexEvent(raw).currentIntent.slotDetails.PickupTime;

      expect(detail?.originalValue).toBeUndefined();
      expect(detail?.resolvedValues).toEqual([]);
    });

    it('caches the intent, its slots, slot details and resolved values', () => {
      const raw = mutable();
      const reads = countReads(raw, 'currentIntent');
      const event = new LexEvent(raw);
      const intent = event.currentIntent;

      expect(event.currentIntent).toBe(intent);
      expect(intent.slots).toBe(intent.slots);
      expect(intent.slotDetails).toBe(intent.slotDetails);
      const detail = intent.slotDetails.FlowerType;
      expect(detail?.resolvedValues).toBe(detail?.resolvedValues);
      expect(reads.calls).toBe(1);
    });

    it('keeps a slot named __proto__ as an ordinary slot', () => {
      const raw = patchEvent<RawLexEvent>('lex-event', (event) => {
        event.currentIntent.slotDetails = JSON.parse(
          '{"__proto__": {"originalValue": "x"}}'
        );
      });
      const details = new LexEvent(raw).currentIntent.slotDetails;

      expect(Object.keys(details)).toEqual(['__proto__']);
      expect(
        Object.getOwnPropertyDescriptor(details, '__proto__')?.value
          .originalValue
      ).toBe('x');
    });
  });

  describe('slot', () => {
    it('returns the value of a filled slot', () => {
      const event = dialog();

      expect(event.slot('FlowerType')).toBe('roses');
      expect(event.currentIntent.slot('PickupDate')).toBe('2017-01-05');
    });

    it('returns undefined for a slot not filled, or not in the intent', () => {
      const event = dialog();

      expect(event.slot('PickupTime')).toBeUndefined();
      expect(event.slot('Vase')).toBeUndefined();
      expect(event.slot('toString')).toBeUndefined();
    });
  });

  describe('alternativeIntents', () => {
    it('wraps each alternative intent, in order, once', () => {
      const event = dialog();
      const [fallback, cancel] = event.alternativeIntents;

      expect(event.alternativeIntents).toBe(event.alternativeIntents);
      expect(fallback?.name).toBe('AMAZON.FallbackIntent');
      expect(fallback?.nluIntentConfidenceScore).toBeUndefined();
      expect(fallback?.slots).toEqual({});
      expect(cancel?.name).toBe('CancelOrder');
      expect(cancel?.nluIntentConfidenceScore).toBe(0.31);
      expect(cancel?.slots).toEqual({ OrderNumber: null });
      expect(cancel?.slotDetails).toEqual({ OrderNumber: null });
      expect(cancel?.confirmationStatus).toBe('None');
    });
  });

  describe('recentIntentSummaryView', () => {
    it('returns the state of each recent intent', () => {
      const [flowers, greeting] = dialog().recentIntentSummaryView;

      expect(flowers?.intentName).toBe('OrderFlowers');
      expect(flowers?.checkpointLabel).toBeUndefined();
      expect(flowers?.slots).toEqual({
        PickupTime: null,
        FlowerType: 'roses',
        PickupDate: null,
      });
      expect(flowers?.confirmationStatus).toBe('None');
      expect(flowers?.dialogActionType).toBe('ElicitSlot');
      expect(flowers?.fulfillmentState).toBeUndefined();
      expect(flowers?.slotToElicit).toBe('PickupDate');
      expect(greeting?.dialogActionType).toBe('Close');
      expect(greeting?.fulfillmentState).toBe('Fulfilled');
    });

    it('returns a checkpoint label', () => {
      const raw = patchEvent<RawLexEvent>('lex-event', (event) => {
        (
          event.recentIntentSummaryView?.[0] as { checkpointLabel: string }
        ).checkpointLabel = 'before-payment';
      });

      expect(
        new LexEvent(raw).recentIntentSummaryView[0]?.checkpointLabel
      ).toBe('before-payment');
    });

    it('wraps the list once', () => {
      const event = dialog();
      const first = event.recentIntentSummaryView[0];

      expect(event.recentIntentSummaryView).toBe(event.recentIntentSummaryView);
      expect(first?.slots).toBe(first?.slots);
    });
  });

  describe('sentimentResponse', () => {
    it('returns the label and the scores as Amazon Lex sends them', () => {
      const sentiment = dialog().sentimentResponse;

      expect(sentiment?.sentimentLabel).toBe('NEUTRAL');
      expect(sentiment?.sentimentScore).toBe(
        '{Positive: 0.02,Negative: 0.004,Neutral: 0.97,Mixed: 0.006}'
      );
    });

    it('wraps it once, and reads its absence once', () => {
      const raw = mutable();
      const reads = countReads(raw, 'sentimentResponse');
      const event = new LexEvent(raw);

      expect(event.sentimentResponse).toBe(event.sentimentResponse);
      expect(reads.calls).toBe(1);

      const absent = loadEvent<RawLexEvent>('lex-event.fulfillment', {
        frozen: false,
      });
      const absentReads = countReads(absent, 'sentimentResponse');
      const withoutSentiment = new LexEvent(absent);
      withoutSentiment.sentimentResponse;
      withoutSentiment.sentimentResponse;
      expect(absentReads.calls).toBe(1);
    });
  });

  describe('debug view', () => {
    it('hides what the user said, and shows slots and attributes', () => {
      const view = JSON.parse(String(dialog()));

      expect(view.inputTranscript).toBe('[SENSITIVE]');
      expect(view.sessionAttributes).toEqual({ Price: '25' });
      expect(view.currentIntent.slots.FlowerType).toBe('roses');
      expect(view.currentIntent.slotDetails.PickupDate.originalValue).toBe(
        'tomorrow'
      );
    });

    it('hides a slot whose name is added to the sensitive names', () => {
      addSensitiveNames('PickupDate');
      const view = JSON.parse(String(dialog()));

      expect(view.currentIntent.slots.PickupDate).toBe('[SENSITIVE]');
      expect(view.currentIntent.slotDetails.PickupDate).toBe('[SENSITIVE]');
      expect(view.currentIntent.slots.FlowerType).toBe('roses');
    });
  });

  describe('testing factory', () => {
    it('builds a fresh copy of the sample', () => {
      const raw = createLexEvent();

      expect(raw).toEqual(load());
      expect(raw).not.toBe(createLexEvent());
    });

    it('builds the sample with replaced fields and slots', () => {
      const event = new LexEvent(
        createLexEvent({
          invocationSource: 'FulfillmentCodeHook',
          inputTranscript: '4 pm',
          sessionAttributes: { Price: '30' },
          slots: { PickupTime: '16:00' },
          event: { currentIntent: { confirmationStatus: 'Confirmed' } },
        })
      );

      expect(event.invocationSource).toBe('FulfillmentCodeHook');
      expect(event.inputTranscript).toBe('4 pm');
      expect(event.sessionAttributes).toEqual({ Price: '30' });
      expect(event.currentIntent.slots).toEqual({
        PickupTime: '16:00',
        FlowerType: 'roses',
        PickupDate: '2017-01-05',
      });
      expect(event.currentIntent.confirmationStatus).toBe('Confirmed');
    });
  });

  describe('malformed input', () => {
    it('throws MissingFieldError naming currentIntent when it is absent', () => {
      const raw = patchEvent<RawLexEvent>('lex-event', (event) => {
        delete (event as Partial<RawLexEvent>).currentIntent;
      });

      expectEvtError(
        () => new LexEvent(raw).currentIntent,
        MissingFieldError,
        'LexEvent: currentIntent is missing'
      );
    });

    it('throws FieldTypeError naming an unknown invocation source', () => {
      const raw = patchEvent<RawLexEvent>('lex-event', (event) => {
        (event as { invocationSource: string }).invocationSource = 'Hook';
      });

      expectEvtError(
        () => new LexEvent(raw).invocationSource,
        FieldTypeError,
        'LexEvent: invocationSource must be DialogCodeHook | FulfillmentCodeHook, got "Hook"'
      );
    });

    it('throws FieldTypeError naming a slot value that is not a string', () => {
      const raw = patchEvent<RawLexEvent>('lex-event', (event) => {
        (event.currentIntent.slots as Record<string, unknown>).PickupTime = 16;
      });

      expectEvtError(
        () => new LexEvent(raw).slot('FlowerType'),
        FieldTypeError,
        'LexEvent: currentIntent.slots.PickupTime must be string or null, got number'
      );
    });

    it('throws FieldTypeError naming a slot detail that is not an object', () => {
      const raw = patchEvent<RawLexEvent>('lex-event', (event) => {
        (
          event.currentIntent.slotDetails as Record<string, unknown>
        ).FlowerType = 'roses';
      });

      expectEvtError(
        () => new LexEvent(raw).currentIntent.slotDetails,
        FieldTypeError,
        'LexEvent: currentIntent.slotDetails.FlowerType must be object, got string'
      );
    });

    it('throws MissingFieldError naming a resolution without a value', () => {
      const raw = patchEvent<RawLexEvent>('lex-event', (event) => {
        (
          event.currentIntent.slotDetails?.FlowerType as {
            resolutions: unknown[];
          }
        ).resolutions = [{ value: 'roses' }, {}];
      });

      expectEvtError(
        () =>
          new LexEvent(raw).currentIntent.slotDetails.FlowerType
            ?.resolvedValues,
        MissingFieldError,
        'LexEvent: currentIntent.slotDetails.FlowerType.resolutions[1].value is missing'
      );
    });

    it('throws FieldTypeError naming a session attribute that is not a string', () => {
      const raw = patchEvent<RawLexEvent>('lex-event', (event) => {
        (event.sessionAttributes as Record<string, unknown>).Price = 25;
      });

      expectEvtError(
        () => new LexEvent(raw).sessionAttributes,
        FieldTypeError,
        'LexEvent: sessionAttributes.Price must be string, got number'
      );
    });

    it('throws MissingFieldError naming a recent intent without its action type', () => {
      const raw = patchEvent<RawLexEvent>('lex-event', (event) => {
        const summaries = event.recentIntentSummaryView as {
          dialogActionType?: string;
        }[];
        delete summaries[1]?.dialogActionType;
      });

      expectEvtError(
        () => new LexEvent(raw).recentIntentSummaryView[1]?.dialogActionType,
        MissingFieldError,
        'LexEvent: recentIntentSummaryView[1].dialogActionType is missing'
      );
    });

    it('throws MissingFieldError naming bot.name when it is absent', () => {
      const raw = patchEvent<RawLexEvent>('lex-event', (event) => {
        delete (event.bot as Partial<RawLexEvent['bot']>).name;
      });

      expectEvtError(
        () => new LexEvent(raw).bot.name,
        MissingFieldError,
        'LexEvent: bot.name is missing'
      );
    });
  });
});
