import { loadEvent } from '@evt/tooling-config/events';
import { describe, expect, it } from 'vitest';
import {
  LexV2Event,
  lexV2Close,
  lexV2ConfirmIntent,
  lexV2Delegate,
  lexV2ElicitIntent,
  lexV2ElicitSlot,
  type RawLexV2Event,
  type RawLexV2SessionState,
} from '../src/index';
import { createLexV2Event } from '../src/testing';

const text = (): LexV2Event =>
  new LexV2Event(loadEvent<RawLexV2Event>('lex-v2-event'));
const fulfillment = (): LexV2Event =>
  new LexV2Event(loadEvent<RawLexV2Event>('lex-v2-event.fulfillment'));

/** An event of the BookFlight bot the response-format guide answers, with this session state. */
function bookFlight(sessionState: RawLexV2SessionState): RawLexV2Event {
  return {
    messageVersion: '1.0',
    invocationSource: 'DialogCodeHook',
    inputMode: 'Text',
    sessionId: '473836581726387',
    bot: {
      id: 'QWERTYUIOP',
      name: 'BookTrip',
      localeId: 'en_US',
      version: 'DRAFT',
    },
    sessionState,
  };
}

const FLOWERS = {
  shape: 'List',
  value: {
    originalValue: 'roses and lilies',
    interpretedValue: 'roses and lilies',
    resolvedValues: [],
  },
  values: [
    {
      shape: 'Scalar',
      value: {
        originalValue: 'roses',
        interpretedValue: 'roses',
        resolvedValues: ['roses'],
      },
    },
    {
      shape: 'Scalar',
      value: {
        originalValue: 'lilies',
        interpretedValue: 'lilies',
        resolvedValues: ['lilies'],
      },
    },
  ],
};

/** The slot a builder sends for the string `2024-05-03`. */
const MAY_3 = {
  shape: 'Scalar',
  value: {
    originalValue: '2024-05-03',
    interpretedValue: '2024-05-03',
    resolvedValues: ['2024-05-03'],
  },
};

/** Expects each call to throw the TypeError with exactly this message. */
function expectMisuse(cases: readonly [() => unknown, string][]): void {
  for (const [build, message] of cases) {
    expect(build).toThrow(new TypeError(message));
  }
}

describe('the minimal responses of the Lex V2 response-format guide', () => {
  it('builds Delegate', () => {
    expect(lexV2Delegate(bookFlight({}))).toStrictEqual({
      sessionState: { dialogAction: { type: 'Delegate' } },
    });
  });

  it('builds ElicitIntent', () => {
    expect(
      lexV2ElicitIntent(bookFlight({}), { messages: 'How can I help you?' })
    ).toStrictEqual({
      sessionState: { dialogAction: { type: 'ElicitIntent' } },
      messages: [{ contentType: 'PlainText', content: 'How can I help you?' }],
    });
  });

  it('builds ElicitSlot', () => {
    expect(
      lexV2ElicitSlot(bookFlight({ intent: { name: 'BookFlight' } }), {
        slotToElicit: 'OriginCity',
      })
    ).toStrictEqual({
      sessionState: {
        dialogAction: { slotToElicit: 'OriginCity', type: 'ElicitSlot' },
        intent: { name: 'BookFlight' },
      },
    });
  });

  it('builds Close', () => {
    expect(
      lexV2Close(bookFlight({ intent: { name: 'BookFlight' } }), {
        state: 'Fulfilled',
        messages: {
          contentType: 'PlainText',
          content: 'Your flight is booked.',
        },
      })
    ).toStrictEqual({
      sessionState: {
        dialogAction: { type: 'Close' },
        intent: { name: 'BookFlight', state: 'Fulfilled' },
      },
      messages: [
        { contentType: 'PlainText', content: 'Your flight is booked.' },
      ],
    });
  });
});

describe('lexV2Close', () => {
  it('closes the session intent in the given state, with its slots and attributes', () => {
    const response = lexV2Close(fulfillment(), {
      state: 'Fulfilled',
      messages:
        'Thanks, your roses and lilies will be ready on Friday at 10:00.',
    });

    expect(response).toStrictEqual({
      sessionState: {
        dialogAction: { type: 'Close' },
        intent: {
          name: 'OrderFlowers',
          slots: {
            FlowerType: FLOWERS,
            PickupDate: {
              shape: 'Scalar',
              value: {
                originalValue: 'friday',
                interpretedValue: '2024-05-03',
                resolvedValues: ['2024-05-03'],
              },
            },
            PickupTime: {
              shape: 'Scalar',
              value: {
                originalValue: 'ten in the morning',
                interpretedValue: '10:00',
                resolvedValues: ['10:00'],
              },
            },
          },
          state: 'Fulfilled',
          confirmationState: 'Confirmed',
        },
        sessionAttributes: { storeId: 'S-042' },
      },
      messages: [
        {
          contentType: 'PlainText',
          content:
            'Thanks, your roses and lilies will be ready on Friday at 10:00.',
        },
      ],
    });
  });

  it('sends every documented part when given', () => {
    const response = lexV2Close(text(), {
      state: 'Failed',
      messages: [
        { contentType: 'SSML', content: '<speak>We are sold out.</speak>' },
        {
          contentType: 'ImageResponseCard',
          imageResponseCard: {
            title: 'Try another shop',
            subtitle: 'Open until 6 pm',
            imageUrl: 'https://example.com/shop.png',
            buttons: [{ text: 'Directions', value: 'directions' }],
          },
        },
      ],
      sessionAttributes: { storeId: 'S-007' },
      activeContexts: [
        {
          name: 'sold_out',
          contextAttributes: { flower: 'roses' },
          timeToLive: { timeToLiveInSeconds: 300, turnsToLive: 3 },
        },
      ],
      requestAttributes: { 'x-amz-lex:channels:platform': 'Web' },
    });

    expect(response).toStrictEqual({
      sessionState: {
        dialogAction: { type: 'Close' },
        intent: {
          name: 'OrderFlowers',
          slots: { FlowerType: FLOWERS, PickupDate: null, PickupTime: null },
          state: 'Failed',
          confirmationState: 'None',
        },
        sessionAttributes: { storeId: 'S-007' },
        activeContexts: [
          {
            name: 'sold_out',
            contextAttributes: { flower: 'roses' },
            timeToLive: { timeToLiveInSeconds: 300, turnsToLive: 3 },
          },
        ],
      },
      messages: [
        { contentType: 'SSML', content: '<speak>We are sold out.</speak>' },
        {
          contentType: 'ImageResponseCard',
          imageResponseCard: {
            title: 'Try another shop',
            subtitle: 'Open until 6 pm',
            imageUrl: 'https://example.com/shop.png',
            buttons: [{ text: 'Directions', value: 'directions' }],
          },
        },
      ],
      requestAttributes: { 'x-amz-lex:channels:platform': 'Web' },
    });
  });

  it('answers the raw event as it answers the wrapper, without changing it', () => {
    const raw = loadEvent<RawLexV2Event>('lex-v2-event');

    const response = lexV2Close(raw, { state: 'InProgress' });

    expect(response).toStrictEqual(
      lexV2Close(new LexV2Event(raw), { state: 'InProgress' })
    );
    expect(response.sessionState.intent).not.toBe(raw.sessionState.intent);
    expect(raw.sessionState.intent?.state).toBe('InProgress');
  });
});

describe('lexV2ElicitSlot', () => {
  it('clears a slot and asks for it again, spelled by letter', () => {
    const response = lexV2ElicitSlot(text(), {
      slotToElicit: 'FlowerType',
      slotElicitationStyle: 'SpellByLetter',
      slots: { FlowerType: null },
      messages: 'Which flowers? Please spell them.',
    });

    expect(response).toStrictEqual({
      sessionState: {
        dialogAction: {
          type: 'ElicitSlot',
          slotToElicit: 'FlowerType',
          slotElicitationStyle: 'SpellByLetter',
        },
        intent: {
          name: 'OrderFlowers',
          slots: { FlowerType: null, PickupDate: null, PickupTime: null },
          state: 'InProgress',
          confirmationState: 'None',
        },
        sessionAttributes: { storeId: 'S-042' },
      },
      messages: [
        {
          contentType: 'PlainText',
          content: 'Which flowers? Please spell them.',
        },
      ],
    });
  });

  it('sets a slot from a string as a scalar slot', () => {
    const response = lexV2ElicitSlot(text(), {
      slotToElicit: 'PickupTime',
      slots: { PickupDate: '2024-05-03' },
    });

    expect(response.sessionState.intent?.slots?.PickupDate).toStrictEqual(
      MAY_3
    );
    expect(response.sessionState.intent?.slots?.FlowerType).toStrictEqual(
      FLOWERS
    );
  });

  it('elicits a slot of a named intent when the session has none', () => {
    const response = lexV2ElicitSlot(bookFlight({}), {
      intentName: 'BookFlight',
      slotToElicit: 'OriginCity',
      slots: { DestinationCity: 'Lisbon' },
    });

    expect(response.sessionState.intent).toStrictEqual({
      name: 'BookFlight',
      slots: {
        DestinationCity: {
          shape: 'Scalar',
          value: {
            originalValue: 'Lisbon',
            interpretedValue: 'Lisbon',
            resolvedValues: ['Lisbon'],
          },
        },
      },
    });
  });

  it('elicits a slot of another intent, with the given slots alone', () => {
    const response = lexV2ElicitSlot(text(), {
      intentName: 'CancelOrder',
      slotToElicit: 'OrderNumber',
    });

    expect(response.sessionState.intent).toStrictEqual({
      name: 'CancelOrder',
      slots: {},
    });
  });
});

describe('lexV2ConfirmIntent', () => {
  it('asks the user to confirm the session intent', () => {
    const event = createLexV2Event({
      slots: { PickupDate: '2024-05-03', PickupTime: '10:00' },
    });

    expect(
      lexV2ConfirmIntent(event, {
        messages:
          'Roses and lilies on 2024-05-03 at 10:00. Shall I place the order?',
      })
    ).toStrictEqual({
      sessionState: {
        dialogAction: { type: 'ConfirmIntent' },
        intent: {
          name: 'OrderFlowers',
          slots: {
            FlowerType: FLOWERS,
            PickupDate: MAY_3,
            PickupTime: {
              shape: 'Scalar',
              value: {
                originalValue: '10:00',
                interpretedValue: '10:00',
                resolvedValues: ['10:00'],
              },
            },
          },
          state: 'InProgress',
          confirmationState: 'None',
        },
        sessionAttributes: { storeId: 'S-042' },
      },
      messages: [
        {
          contentType: 'PlainText',
          content:
            'Roses and lilies on 2024-05-03 at 10:00. Shall I place the order?',
        },
      ],
    });
  });
});

describe('lexV2Delegate', () => {
  it('sends a card without buttons, and a context without attributes', () => {
    const response = lexV2Delegate(bookFlight({}), {
      messages: {
        contentType: 'ImageResponseCard',
        imageResponseCard: { title: 'Where to?' },
      },
      activeContexts: [
        {
          name: 'booking',
          timeToLive: { timeToLiveInSeconds: 86_400, turnsToLive: 20 },
        },
      ],
    });

    expect(response).toStrictEqual({
      sessionState: {
        dialogAction: { type: 'Delegate' },
        activeContexts: [
          {
            name: 'booking',
            contextAttributes: {},
            timeToLive: { timeToLiveInSeconds: 86_400, turnsToLive: 20 },
          },
        ],
      },
      messages: [
        {
          contentType: 'ImageResponseCard',
          imageResponseCard: { title: 'Where to?' },
        },
      ],
    });
  });

  it('sends the session intent back with the changed slots', () => {
    const response = lexV2Delegate(text(), {
      slots: { PickupTime: { value: { interpretedValue: '10:00' } } },
    });

    expect(response).toStrictEqual({
      sessionState: {
        dialogAction: { type: 'Delegate' },
        intent: {
          name: 'OrderFlowers',
          slots: {
            FlowerType: FLOWERS,
            PickupDate: null,
            PickupTime: { value: { interpretedValue: '10:00' } },
          },
          state: 'InProgress',
          confirmationState: 'None',
        },
        sessionAttributes: { storeId: 'S-042' },
      },
    });
  });
});

describe('misuse', () => {
  it('throws a TypeError naming the missing or malformed argument', () => {
    const event = text();

    expectMisuse([
      [
        () => lexV2ElicitSlot(event, {} as never),
        'lexV2ElicitSlot: init.slotToElicit must be a non-empty string, got undefined',
      ],
      [
        () =>
          lexV2ElicitSlot(event, {
            slotToElicit: 'A',
            slotElicitationStyle: 'Loudly' as never,
          }),
        "lexV2ElicitSlot: init.slotElicitationStyle must be 'Default', 'SpellByLetter' or 'SpellByWord', got string",
      ],
      [
        () => lexV2Close(event, { state: 'ReadyForFulfillment' } as never),
        "lexV2Close: init.state must be 'Fulfilled', 'Failed' or 'InProgress', got string",
      ],
      [
        () => lexV2ConfirmIntent(event, {} as never),
        'lexV2ConfirmIntent: init.messages must be a message, got undefined',
      ],
      [
        () => lexV2ElicitIntent(event, { messages: [] }),
        'lexV2ElicitIntent: init.messages must be a message or a non-empty array, got array',
      ],
      [
        () => lexV2ElicitIntent(event, { messages: ['ok', 'x'.repeat(1025)] }),
        'lexV2ElicitIntent: init.messages[1] must be at most 1024 characters, got 1025',
      ],
      [
        () =>
          lexV2ElicitIntent(event, {
            messages: { contentType: 'Markdown', content: 'x' } as never,
          }),
        "lexV2ElicitIntent: init.messages.contentType must be 'PlainText', 'SSML', 'CustomPayload' or 'ImageResponseCard', got string",
      ],
      [
        () =>
          lexV2ElicitIntent(event, {
            messages: { contentType: 'PlainText' } as never,
          }),
        'lexV2ElicitIntent: init.messages.content must be a non-empty string, got undefined',
      ],
      [
        () =>
          lexV2ElicitIntent(event, {
            messages: { contentType: 'ImageResponseCard' } as never,
          }),
        'lexV2ElicitIntent: init.messages.imageResponseCard must be an object, got undefined',
      ],
      [
        () =>
          lexV2ElicitIntent(event, {
            messages: {
              contentType: 'ImageResponseCard',
              imageResponseCard: { title: 'x'.repeat(251) },
            },
          }),
        'lexV2ElicitIntent: init.messages.imageResponseCard.title must be at most 250 characters',
      ],
      [
        () =>
          lexV2ElicitIntent(event, {
            messages: {
              contentType: 'ImageResponseCard',
              imageResponseCard: {
                title: 'Pick one',
                buttons: new Array(6).fill({ text: 'a', value: 'a' }),
              },
            },
          }),
        'lexV2ElicitIntent: init.messages.imageResponseCard.buttons must have at most 5 items, got 6',
      ],
      [
        () => lexV2Delegate(event, { slots: { PickupDate: 7 as never } }),
        'lexV2Delegate: init.slots["PickupDate"] must be a slot, a string or null, got number 7',
      ],
      [
        () => lexV2Delegate(event, { slots: { PickupDate: { value: {} } } }),
        'lexV2Delegate: init.slots["PickupDate"].value.interpretedValue must be a non-empty string, got undefined',
      ],
      [
        () =>
          lexV2Delegate(event, {
            activeContexts: [
              {
                name: 'a',
                timeToLive: { timeToLiveInSeconds: 3, turnsToLive: 1 },
              },
            ],
          }),
        'lexV2Delegate: init.activeContexts[0].timeToLive.timeToLiveInSeconds must be an integer from 5 to 86400, got number 3',
      ],
      [
        () =>
          lexV2Delegate(event, {
            activeContexts: [{ name: 'a' } as never],
          }),
        'lexV2Delegate: init.activeContexts[0].timeToLive must be an object, got undefined',
      ],
      [
        () => lexV2Delegate(event, { requestAttributes: { a: 1 as never } }),
        'lexV2Delegate: init.requestAttributes["a"] must be a string, got number 1',
      ],
      [
        () => lexV2Delegate([] as never),
        'lexV2Delegate: event must be a LexV2Event or the raw event, got array',
      ],
      [
        () => lexV2Close(event, null as never),
        'lexV2Close: init must be an object, got null',
      ],
      [
        () => lexV2Delegate(event, { slots: [] as never }),
        'lexV2Delegate: init.slots must be an object, got array',
      ],
      [
        () =>
          lexV2Delegate(event, {
            slots: { PickupDate: { value: 'x' } as never },
          }),
        'lexV2Delegate: init.slots["PickupDate"].value must be an object, got string',
      ],
      [
        () => lexV2ElicitIntent(event, {} as never),
        'lexV2ElicitIntent: init.messages must be a message, got undefined',
      ],
      [
        () => lexV2ElicitIntent(event, { messages: 7 as never }),
        'lexV2ElicitIntent: init.messages must be a string or an object, got number 7',
      ],
      [
        () => lexV2Delegate(event, { sessionAttributes: 'storeId' as never }),
        'lexV2Delegate: init.sessionAttributes must be an object, got string',
      ],
      [
        () => lexV2Delegate(event, { activeContexts: {} as never }),
        'lexV2Delegate: init.activeContexts must be an array, got object',
      ],
      [
        () => lexV2Delegate(event, { activeContexts: ['greeted'] as never }),
        'lexV2Delegate: init.activeContexts[0] must be an object, got string',
      ],
    ]);
  });

  it('names the field of a malformed event', () => {
    const raw = createLexV2Event();

    expectMisuse([
      [
        () =>
          lexV2Close({ ...raw, sessionState: null } as never, {
            state: 'Fulfilled',
          }),
        'lexV2Close: event.sessionState must be an object, got null',
      ],
      [
        () =>
          lexV2Close(
            { ...raw, sessionState: {} },
            {
              state: 'Fulfilled',
            }
          ),
        'lexV2Close: event.sessionState.intent must be an object, got undefined',
      ],
      [
        () =>
          lexV2ElicitSlot(
            { ...raw, sessionState: { intent: { name: '' } } },
            { slotToElicit: 'A' }
          ),
        'lexV2ElicitSlot: event.sessionState.intent.name must be a non-empty string, got an empty string',
      ],
      [
        () =>
          lexV2Delegate({
            ...raw,
            sessionState: { sessionAttributes: { a: 1 } },
          } as never),
        'lexV2Delegate: event.sessionState.sessionAttributes["a"] must be a string, got number 1',
      ],
      [
        () =>
          lexV2Delegate(
            { ...raw, sessionState: {} },
            { slots: { PickupDate: null } }
          ),
        'lexV2Delegate: event.sessionState.intent must be an object, got undefined',
      ],
      [
        () =>
          lexV2Delegate({
            ...raw,
            sessionState: { intent: 'OrderFlowers' },
          } as never),
        'lexV2Delegate: event.sessionState.intent must be an object, got string',
      ],
      [
        () =>
          lexV2Delegate({
            ...raw,
            sessionState: { intent: { name: 'OrderFlowers', slots: [] } },
          } as never),
        'lexV2Delegate: event.sessionState.intent.slots must be an object, got array',
      ],
    ]);
  });
});
