import { loadEvent } from '@evt/tooling-config/events';
import { describe, expect, it } from 'vitest';
import {
  LexEvent,
  lexClose,
  lexConfirmIntent,
  lexDelegate,
  lexElicitIntent,
  lexElicitSlot,
  type RawLexEvent,
} from '../src/index';
import { createLexEvent } from '../src/testing';

/** The `tomorrow` turn of AWS's OrderFlowers walkthrough: roses for 2017-01-05, no time yet. */
const dialog = (): LexEvent =>
  new LexEvent(loadEvent<RawLexEvent>('lex-event'));

/** The walkthrough's fulfillment turn: every slot filled, the order confirmed. */
const confirmed = (): LexEvent =>
  new LexEvent(
    createLexEvent({
      invocationSource: 'FulfillmentCodeHook',
      slots: { PickupTime: '16:00' },
      event: { currentIntent: { confirmationStatus: 'Confirmed' } },
    })
  );

/** Expects each call to throw the TypeError with exactly this message. */
function expectMisuse(cases: readonly [() => unknown, string][]): void {
  for (const [build, message] of cases) {
    expect(build).toThrow(new TypeError(message));
  }
}

describe('lexDelegate', () => {
  it('builds the first response of the OrderFlowers walkthrough', () => {
    const event = new LexEvent(
      createLexEvent({
        sessionAttributes: {},
        slots: { FlowerType: null, PickupDate: null },
      })
    );

    expect(lexDelegate(event)).toStrictEqual({
      sessionAttributes: {},
      dialogAction: {
        type: 'Delegate',
        slots: {
          PickupTime: null,
          FlowerType: null,
          PickupDate: null,
        },
      },
    });
  });

  it('builds the walkthrough response once every slot is valid', () => {
    const response = lexDelegate(dialog(), { slots: { PickupTime: '16:00' } });

    expect(response).toStrictEqual({
      sessionAttributes: {
        Price: '25',
      },
      dialogAction: {
        type: 'Delegate',
        slots: {
          PickupTime: '16:00',
          FlowerType: 'roses',
          PickupDate: '2017-01-05',
        },
      },
    });
  });

  it('adds the Amazon Kendra query and filter when given', () => {
    const response = lexDelegate(dialog(), {
      kendraQueryRequestPayload: '{"QueryText":"store hours"}',
      kendraQueryFilterString:
        '{"EqualsTo":{"Key":"store","Value":{"StringValue":"S-042"}}}',
    });

    expect(response.dialogAction).toStrictEqual({
      type: 'Delegate',
      slots: {
        PickupTime: null,
        FlowerType: 'roses',
        PickupDate: '2017-01-05',
      },
      kendraQueryRequestPayload: '{"QueryText":"store hours"}',
      kendraQueryFilterString:
        '{"EqualsTo":{"Key":"store","Value":{"StringValue":"S-042"}}}',
    });
  });
});

describe('lexClose', () => {
  it('builds the fulfillment response of the OrderFlowers walkthrough', () => {
    const event = confirmed();

    const response = lexClose(event, {
      fulfillmentState: 'Fulfilled',
      message: `Thanks, your order for ${event.slot('FlowerType')} has been placed and will be ready for pickup by ${event.slot('PickupTime')} on ${event.slot('PickupDate')}`,
    });

    expect(response).toStrictEqual({
      sessionAttributes: {
        Price: '25',
      },
      dialogAction: {
        type: 'Close',
        fulfillmentState: 'Fulfilled',
        message: {
          contentType: 'PlainText',
          content:
            'Thanks, your order for roses has been placed and will be ready for pickup by 16:00 on 2017-01-05',
        },
      },
    });
  });

  it('builds the documented shape with a response card and recent intents', () => {
    const response = lexClose(confirmed(), {
      fulfillmentState: 'Failed',
      message: {
        contentType: 'SSML',
        content: '<speak>Sorry, we are out of roses.</speak>',
      },
      responseCard: {
        genericAttachments: [
          {
            title: 'Other flowers',
            subTitle: 'In stock today',
            imageUrl: 'https://example.com/lilies.png',
            attachmentLinkUrl: 'https://example.com/lilies',
            buttons: [{ text: 'Lilies', value: 'lilies' }],
          },
        ],
      },
      sessionAttributes: { Price: '0' },
      recentIntentSummaryView: [
        {
          intentName: 'OrderFlowers',
          checkpointLabel: 'out-of-stock',
          slots: { FlowerType: null },
          confirmationStatus: 'None',
          dialogActionType: 'ElicitSlot',
          slotToElicit: 'FlowerType',
        },
      ],
    });

    expect(response).toStrictEqual({
      sessionAttributes: { Price: '0' },
      recentIntentSummaryView: [
        {
          intentName: 'OrderFlowers',
          checkpointLabel: 'out-of-stock',
          slots: { FlowerType: null },
          confirmationStatus: 'None',
          dialogActionType: 'ElicitSlot',
          slotToElicit: 'FlowerType',
        },
      ],
      dialogAction: {
        type: 'Close',
        fulfillmentState: 'Failed',
        message: {
          contentType: 'SSML',
          content: '<speak>Sorry, we are out of roses.</speak>',
        },
        responseCard: {
          version: 1,
          contentType: 'application/vnd.amazonaws.card.generic',
          genericAttachments: [
            {
              title: 'Other flowers',
              subTitle: 'In stock today',
              imageUrl: 'https://example.com/lilies.png',
              attachmentLinkUrl: 'https://example.com/lilies',
              buttons: [{ text: 'Lilies', value: 'lilies' }],
            },
          ],
        },
      },
    });
  });

  it('leaves the session attributes out when the event has none', () => {
    const raw = createLexEvent();
    delete raw.sessionAttributes;

    expect(lexClose(raw, { fulfillmentState: 'Fulfilled' })).toStrictEqual({
      dialogAction: { type: 'Close', fulfillmentState: 'Fulfilled' },
    });
  });

  it('answers the raw event as it answers the wrapper', () => {
    const raw = loadEvent<RawLexEvent>('lex-event');
    const init = { fulfillmentState: 'Fulfilled', message: 'Done.' } as const;

    expect(lexClose(raw, init)).toStrictEqual(
      lexClose(new LexEvent(raw), init)
    );
  });

  it('copies the attributes rather than sharing the event’s', () => {
    const event = dialog();

    const response = lexClose(event, { fulfillmentState: 'Fulfilled' });

    expect(response.sessionAttributes).toEqual(event.sessionAttributes);
    expect(response.sessionAttributes).not.toBe(
      event.rawEvent.sessionAttributes
    );
  });

  it('takes a message of 1,024 characters, counted as code points', () => {
    const emoji = '🌹'.repeat(1024);

    const response = lexClose(dialog(), {
      fulfillmentState: 'Fulfilled',
      message: emoji,
    });

    expect(response.dialogAction.message?.content).toBe(emoji);
  });
});

describe('lexElicitSlot', () => {
  it('builds the documented shape: the intent, its slots, the slot to elicit', () => {
    const response = lexElicitSlot(dialog(), {
      slotToElicit: 'PickupDate',
      slots: { PickupDate: null },
      message: 'You can pick up the roses from tomorrow. What day suits you?',
      responseCard: {
        version: 2,
        genericAttachments: [
          {
            title: 'Pick-up day',
            buttons: [
              { text: 'Tomorrow', value: 'tomorrow' },
              { text: 'Friday', value: 'friday' },
            ],
          },
        ],
      },
    });

    expect(response).toStrictEqual({
      sessionAttributes: { Price: '25' },
      dialogAction: {
        type: 'ElicitSlot',
        message: {
          contentType: 'PlainText',
          content:
            'You can pick up the roses from tomorrow. What day suits you?',
        },
        intentName: 'OrderFlowers',
        slots: { PickupTime: null, FlowerType: 'roses', PickupDate: null },
        slotToElicit: 'PickupDate',
        responseCard: {
          version: 2,
          contentType: 'application/vnd.amazonaws.card.generic',
          genericAttachments: [
            {
              title: 'Pick-up day',
              buttons: [
                { text: 'Tomorrow', value: 'tomorrow' },
                { text: 'Friday', value: 'friday' },
              ],
            },
          ],
        },
      },
    });
  });

  it('sends the given slots alone for another intent', () => {
    const response = lexElicitSlot(dialog(), {
      intentName: 'CancelOrder',
      slotToElicit: 'OrderNumber',
      slots: { OrderNumber: null },
    });

    expect(response.dialogAction).toStrictEqual({
      type: 'ElicitSlot',
      intentName: 'CancelOrder',
      slots: { OrderNumber: null },
      slotToElicit: 'OrderNumber',
    });
  });

  it('merges the slots over the current intent’s when it names it', () => {
    const response = lexElicitSlot(dialog(), {
      intentName: 'OrderFlowers',
      slotToElicit: 'PickupTime',
    });

    expect(response.dialogAction.slots).toStrictEqual({
      PickupTime: null,
      FlowerType: 'roses',
      PickupDate: '2017-01-05',
    });
  });
});

describe('lexConfirmIntent', () => {
  it('builds the documented shape: the intent and its slots', () => {
    const response = lexConfirmIntent(confirmed(), {
      message:
        'Okay, your roses will be ready for pickup by 16:00 on 2017-01-05. Does this sound okay?',
    });

    expect(response).toStrictEqual({
      sessionAttributes: { Price: '25' },
      dialogAction: {
        type: 'ConfirmIntent',
        message: {
          contentType: 'PlainText',
          content:
            'Okay, your roses will be ready for pickup by 16:00 on 2017-01-05. Does this sound okay?',
        },
        intentName: 'OrderFlowers',
        slots: {
          PickupTime: '16:00',
          FlowerType: 'roses',
          PickupDate: '2017-01-05',
        },
      },
    });
  });

  it('leaves the message out for the intent’s own confirmation prompt', () => {
    expect(lexConfirmIntent(dialog()).dialogAction).toStrictEqual({
      type: 'ConfirmIntent',
      intentName: 'OrderFlowers',
      slots: {
        PickupTime: null,
        FlowerType: 'roses',
        PickupDate: '2017-01-05',
      },
    });
  });
});

describe('lexElicitIntent', () => {
  it('builds the documented shape', () => {
    expect(
      lexElicitIntent(dialog(), {
        message: {
          contentType: 'PlainText',
          content: 'What can I help you with?',
        },
        sessionAttributes: {},
      })
    ).toStrictEqual({
      sessionAttributes: {},
      dialogAction: {
        type: 'ElicitIntent',
        message: {
          contentType: 'PlainText',
          content: 'What can I help you with?',
        },
      },
    });
  });

  it('sends a card without buttons', () => {
    const response = lexElicitIntent(dialog(), {
      responseCard: { genericAttachments: [{ title: 'Order flowers' }] },
    });

    expect(response.dialogAction).toStrictEqual({
      type: 'ElicitIntent',
      responseCard: {
        version: 1,
        contentType: 'application/vnd.amazonaws.card.generic',
        genericAttachments: [{ title: 'Order flowers' }],
      },
    });
  });

  it('leaves the message out for the bot’s clarification prompt', () => {
    expect(lexElicitIntent(dialog()).dialogAction).toStrictEqual({
      type: 'ElicitIntent',
    });
  });
});

describe('misuse', () => {
  it('throws a TypeError naming the missing or malformed argument', () => {
    const event = dialog();
    const card = (genericAttachments: unknown) =>
      ({ genericAttachments }) as never;

    expectMisuse([
      [
        () => lexElicitSlot(event, {} as never),
        'lexElicitSlot: init.slotToElicit must be a non-empty string, got undefined',
      ],
      [
        () => lexElicitSlot(event, { slotToElicit: '' }),
        'lexElicitSlot: init.slotToElicit must be a non-empty string, got an empty string',
      ],
      [
        () => lexClose(event, {} as never),
        "lexClose: init.fulfillmentState must be 'Fulfilled' or 'Failed', got undefined",
      ],
      [
        () =>
          lexClose(event, { fulfillmentState: 'ReadyForFulfillment' } as never),
        "lexClose: init.fulfillmentState must be 'Fulfilled' or 'Failed', got string",
      ],
      [
        () => lexClose(event, { fulfillmentState: 'Fulfilled', message: '' }),
        'lexClose: init.message must be a non-empty string, got an empty string',
      ],
      [
        () =>
          lexClose(event, {
            fulfillmentState: 'Fulfilled',
            message: 'x'.repeat(1025),
          }),
        'lexClose: init.message must be at most 1024 characters, got 1025',
      ],
      [
        () =>
          lexElicitIntent(event, {
            message: { contentType: 'Composite', content: 'x' } as never,
          }),
        "lexElicitIntent: init.message.contentType must be 'PlainText', 'SSML' or 'CustomPayload', got string",
      ],
      [
        () => lexElicitIntent(event, { message: 7 as never }),
        'lexElicitIntent: init.message must be a string or an object, got number 7',
      ],
      [
        () => lexDelegate(event, { slots: { PickupTime: 16 as never } }),
        'lexDelegate: init.slots["PickupTime"] must be a string or null, got number 16',
      ],
      [
        () => lexDelegate(event, { sessionAttributes: { Price: 25 as never } }),
        'lexDelegate: init.sessionAttributes["Price"] must be a string, got number 25',
      ],
      [
        () => lexDelegate(event, { kendraQueryFilterString: '' }),
        'lexDelegate: init.kendraQueryFilterString must be a non-empty string, got an empty string',
      ],
      [
        () =>
          lexElicitIntent(event, {
            responseCard: card(new Array(11).fill({})),
          }),
        'lexElicitIntent: init.responseCard.genericAttachments must have at most 10 items, got 11',
      ],
      [
        () =>
          lexElicitIntent(event, {
            responseCard: card([
              { buttons: new Array(6).fill({ text: 'a', value: 'a' }) },
            ]),
          }),
        'lexElicitIntent: init.responseCard.genericAttachments[0].buttons must have at most 5 items, got 6',
      ],
      [
        () =>
          lexElicitIntent(event, {
            responseCard: card([{ buttons: [{ text: 'a' }] }]),
          }),
        'lexElicitIntent: init.responseCard.genericAttachments[0].buttons[0].value must be a non-empty string, got undefined',
      ],
      [
        () =>
          lexElicitIntent(event, {
            responseCard: { version: 1.5, genericAttachments: [] },
          }),
        'lexElicitIntent: init.responseCard.version must be an integer, got number 1.5',
      ],
      [
        () =>
          lexElicitIntent(event, {
            recentIntentSummaryView: new Array(4).fill({
              dialogActionType: 'Close',
            }),
          }),
        'lexElicitIntent: init.recentIntentSummaryView must have at most 3 items, got 4',
      ],
      [
        () =>
          lexElicitIntent(event, { recentIntentSummaryView: [{}] as never }),
        'lexElicitIntent: init.recentIntentSummaryView[0].dialogActionType must be a non-empty string, got undefined',
      ],
      [
        () => lexElicitSlot(event, { slotToElicit: 'A', intentName: '' }),
        'lexElicitSlot: init.intentName must be a non-empty string, got an empty string',
      ],
      [
        () => lexDelegate(null as never),
        'lexDelegate: event must be a LexEvent or the raw event, got null',
      ],
      [
        () => lexDelegate(event, 'slots' as never),
        'lexDelegate: init must be an object, got string',
      ],
      [
        () => lexElicitIntent(event, { responseCard: 'card' as never }),
        'lexElicitIntent: init.responseCard must be an object, got string',
      ],
      [
        () => lexElicitIntent(event, { responseCard: card('cards') }),
        'lexElicitIntent: init.responseCard.genericAttachments must be an array, got string',
      ],
      [
        () => lexElicitIntent(event, { responseCard: card([null]) }),
        'lexElicitIntent: init.responseCard.genericAttachments[0] must be an object, got null',
      ],
      [
        () => lexElicitIntent(event, { sessionAttributes: [] as never }),
        'lexElicitIntent: init.sessionAttributes must be an object, got array',
      ],
      [
        () => lexDelegate(event, { slots: 'PickupTime' as never }),
        'lexDelegate: init.slots must be an object, got string',
      ],
    ]);
  });

  it('names the field of a malformed event', () => {
    const raw = createLexEvent();

    expectMisuse([
      [
        () => lexDelegate({ ...raw, currentIntent: undefined } as never),
        'lexDelegate: event.currentIntent must be an object, got undefined',
      ],
      [
        () =>
          lexConfirmIntent({ ...raw, currentIntent: { slots: {} } } as never),
        'lexConfirmIntent: event.currentIntent.name must be a non-empty string, got undefined',
      ],
      [
        () =>
          lexElicitSlot(
            { ...raw, currentIntent: { name: 'A', slots: [] } } as never,
            { slotToElicit: 'B' }
          ),
        'lexElicitSlot: event.currentIntent.slots must be an object, got array',
      ],
      [
        () =>
          lexClose({ ...raw, sessionAttributes: { Price: 25 } } as never, {
            fulfillmentState: 'Fulfilled',
          }),
        'lexClose: event.sessionAttributes["Price"] must be a string, got number 25',
      ],
    ]);
  });
});
