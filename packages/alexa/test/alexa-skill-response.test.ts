import { describe, expect, it } from 'vitest';
import { alexaSkillResponse } from '../src/index';

/** A call with a malformed argument, and the error it must throw. */
type Misuse = [init: unknown, error: Error];

function expectMisuse(cases: readonly Misuse[]): void {
  for (const [init, error] of cases) {
    expect(() => alexaSkillResponse(init as never)).toThrow(error);
  }
}

describe('alexaSkillResponse', () => {
  it('builds the response example of the JSON reference', () => {
    const response = alexaSkillResponse({
      speech:
        'Today will provide you a new learning opportunity.  Stick with it and the possibilities will be endless. Can I help you with anything else?',
      card: {
        type: 'Simple',
        title: 'Horoscope',
        content:
          'Today will provide you a new learning opportunity.  Stick with it and the possibilities will be endless.',
      },
      reprompt: 'Can I help you with anything else?',
      shouldEndSession: false,
      sessionAttributes: {
        supportedHoroscopePeriods: {
          daily: true,
          weekly: false,
          monthly: false,
        },
      },
    });

    expect(JSON.parse(JSON.stringify(response))).toStrictEqual({
      version: '1.0',
      sessionAttributes: {
        supportedHoroscopePeriods: {
          daily: true,
          weekly: false,
          monthly: false,
        },
      },
      response: {
        outputSpeech: {
          type: 'PlainText',
          text: 'Today will provide you a new learning opportunity.  Stick with it and the possibilities will be endless. Can I help you with anything else?',
        },
        card: {
          type: 'Simple',
          title: 'Horoscope',
          content:
            'Today will provide you a new learning opportunity.  Stick with it and the possibilities will be endless.',
        },
        reprompt: {
          outputSpeech: {
            type: 'PlainText',
            text: 'Can I help you with anything else?',
          },
        },
        shouldEndSession: false,
      },
    });
  });

  it('builds SSML speech, a Standard card and a directive as documented', () => {
    const response = alexaSkillResponse({
      speech: { ssml: '<speak>This output speech uses SSML.</speak>' },
      reprompt: {
        text: 'Where should the car pick you up?',
        playBehavior: 'REPLACE_ENQUEUED',
      },
      card: {
        type: 'Standard',
        title: 'Ordering a Car',
        text: 'Your ride is on the way to 123 Main Street!\nEstimated cost for this ride: $25',
        image: {
          smallImageUrl:
            'https://carfu.com/resources/card-images/race-car-small.png',
          largeImageUrl:
            'https://carfu.com/resources/card-images/race-car-large.png',
        },
      },
      directives: [{ type: 'Dialog.Delegate' }],
      shouldEndSession: true,
    });

    expect(JSON.parse(JSON.stringify(response))).toStrictEqual({
      version: '1.0',
      response: {
        outputSpeech: {
          type: 'SSML',
          ssml: '<speak>This output speech uses SSML.</speak>',
        },
        card: {
          type: 'Standard',
          title: 'Ordering a Car',
          text: 'Your ride is on the way to 123 Main Street!\nEstimated cost for this ride: $25',
          image: {
            smallImageUrl:
              'https://carfu.com/resources/card-images/race-car-small.png',
            largeImageUrl:
              'https://carfu.com/resources/card-images/race-car-large.png',
          },
        },
        reprompt: {
          outputSpeech: {
            type: 'PlainText',
            text: 'Where should the car pick you up?',
            playBehavior: 'REPLACE_ENQUEUED',
          },
        },
        directives: [{ type: 'Dialog.Delegate' }],
        shouldEndSession: true,
      },
    });
  });

  it('builds the account linking and permissions cards', () => {
    expect(
      alexaSkillResponse({
        speech: 'Please link your account in the Alexa app.',
        card: { type: 'LinkAccount' },
      }).response.card
    ).toStrictEqual({ type: 'LinkAccount' });
    expect(
      alexaSkillResponse({
        card: {
          type: 'AskForPermissionsConsent',
          permissions: ['read::alexa:device:all:address'],
        },
      }).response
    ).toStrictEqual({
      card: {
        type: 'AskForPermissionsConsent',
        permissions: ['read::alexa:device:all:address'],
      },
    });
  });

  it('builds a Standard card with one image or none, and SSML with a play behavior', () => {
    expect(
      alexaSkillResponse({
        card: {
          type: 'Standard',
          title: 'Trip',
          text: 'Seattle',
          image: { largeImageUrl: 'https://example.com/large.png' },
        },
      }).response.card
    ).toStrictEqual({
      type: 'Standard',
      title: 'Trip',
      text: 'Seattle',
      image: { largeImageUrl: 'https://example.com/large.png' },
    });
    expect(
      alexaSkillResponse({
        card: { type: 'Standard', title: 'Trip', text: 'Seattle' },
      }).response.card
    ).toStrictEqual({ type: 'Standard', title: 'Trip', text: 'Seattle' });
    expect(
      alexaSkillResponse({
        speech: {
          ssml: '  <speak>Now.</speak>\n',
          playBehavior: 'REPLACE_ALL',
        },
      }).response.outputSpeech
    ).toStrictEqual({
      type: 'SSML',
      ssml: '  <speak>Now.</speak>\n',
      playBehavior: 'REPLACE_ALL',
    });
  });

  it('builds an empty response, as for a SessionEndedRequest', () => {
    expect(alexaSkillResponse({})).toStrictEqual({
      version: '1.0',
      response: {},
    });
  });

  it('copies the session attributes, the directives and the permissions', () => {
    const sessionAttributes = { visits: 1 };
    const directives = [{ type: 'Dialog.Delegate' }];
    const permissions = ['read::alexa:device:all:address'];

    const response = alexaSkillResponse({
      sessionAttributes,
      directives,
      card: { type: 'AskForPermissionsConsent', permissions },
    });
    sessionAttributes.visits = 2;
    directives.push({ type: 'Dialog.ElicitSlot' });
    permissions.push('alexa::profile:email:read');

    expect(response.sessionAttributes).toStrictEqual({ visits: 1 });
    expect(response.response.directives).toStrictEqual([
      { type: 'Dialog.Delegate' },
    ]);
    expect(response.response.card).toStrictEqual({
      type: 'AskForPermissionsConsent',
      permissions: ['read::alexa:device:all:address'],
    });
  });

  it('accepts speech and cards at the documented limits', () => {
    const speech = 'a'.repeat(8000);
    const emoji = `${'a'.repeat(7000)}${'🙂'.repeat(1000)}`;

    expect(
      alexaSkillResponse({ speech: { text: emoji } }).response.outputSpeech
    ).toStrictEqual({ type: 'PlainText', text: emoji });
    expect(
      alexaSkillResponse({ reprompt: speech }).response.reprompt
    ).toStrictEqual({ outputSpeech: { type: 'PlainText', text: speech } });
    expect(
      alexaSkillResponse({
        card: { type: 'Simple', title: 'T', content: 'c'.repeat(7999) },
      }).response.card
    ).toStrictEqual({ type: 'Simple', title: 'T', content: 'c'.repeat(7999) });
  });

  it('throws a TypeError naming a malformed argument', () => {
    expectMisuse([
      [
        null,
        new TypeError('alexaSkillResponse: init must be an object, got null'),
      ],
      [
        { speech: 42 },
        new TypeError(
          'alexaSkillResponse: init.speech must be a string, { text } or { ssml }, got number 42'
        ),
      ],
      [
        { reprompt: { text: ['hi'] } },
        new TypeError(
          'alexaSkillResponse: init.reprompt.text must be a string, got array'
        ),
      ],
      [
        { speech: { ssml: 'Hello there' } },
        new TypeError(
          'alexaSkillResponse: init.speech.ssml must be wrapped in <speak>…</speak>'
        ),
      ],
      [
        { speech: { ssml: '<speak>Hello' } },
        new TypeError(
          'alexaSkillResponse: init.speech.ssml must be wrapped in <speak>…</speak>'
        ),
      ],
      [
        { speech: { ssml: 7 } },
        new TypeError(
          'alexaSkillResponse: init.speech.ssml must be a string, got number 7'
        ),
      ],
      [
        { speech: { text: 'Hi', playBehavior: 'LATER' } },
        new TypeError(
          "alexaSkillResponse: init.speech.playBehavior must be 'ENQUEUE', 'REPLACE_ALL' or 'REPLACE_ENQUEUED', got string"
        ),
      ],
      [
        { card: 'Simple' },
        new TypeError(
          'alexaSkillResponse: init.card must be an object, got string'
        ),
      ],
      [
        { card: { type: 'Poster' } },
        new TypeError(
          "alexaSkillResponse: init.card.type must be 'Simple', 'Standard', 'LinkAccount' or 'AskForPermissionsConsent', got string"
        ),
      ],
      [
        { card: { type: 'Simple', content: 'Seattle' } },
        new TypeError(
          'alexaSkillResponse: init.card.title must be a string, got undefined'
        ),
      ],
      [
        { card: { type: 'Simple', title: 'Trip' } },
        new TypeError(
          'alexaSkillResponse: init.card.content must be a string, got undefined'
        ),
      ],
      [
        { card: { type: 'Standard', title: 'Trip', content: 'Seattle' } },
        new TypeError(
          'alexaSkillResponse: init.card.text must be a string, got undefined'
        ),
      ],
      [
        { card: { type: 'Standard', title: 'T', text: 'x', image: 'big.png' } },
        new TypeError(
          'alexaSkillResponse: init.card.image must be an object, got string'
        ),
      ],
      [
        {
          card: {
            type: 'Standard',
            title: 'T',
            text: 'x',
            image: { smallImageUrl: 'http://example.com/small.png' },
          },
        },
        new TypeError(
          'alexaSkillResponse: init.card.image.smallImageUrl must be an HTTPS URL'
        ),
      ],
      [
        { card: { type: 'AskForPermissionsConsent', permissions: [] } },
        new TypeError(
          'alexaSkillResponse: init.card.permissions must be a non-empty array of permission scopes, got array'
        ),
      ],
      [
        { card: { type: 'AskForPermissionsConsent' } },
        new TypeError(
          'alexaSkillResponse: init.card.permissions must be a non-empty array of permission scopes, got undefined'
        ),
      ],
      [
        { card: { type: 'AskForPermissionsConsent', permissions: ['a', ''] } },
        new TypeError(
          'alexaSkillResponse: init.card.permissions[1] must be a non-empty string, got an empty string'
        ),
      ],
      [
        { shouldEndSession: 'yes' },
        new TypeError(
          'alexaSkillResponse: init.shouldEndSession must be a boolean, got string'
        ),
      ],
      [
        { directives: { type: 'Dialog.Delegate' } },
        new TypeError(
          'alexaSkillResponse: init.directives must be an array, got object'
        ),
      ],
      [
        { directives: [null] },
        new TypeError(
          'alexaSkillResponse: init.directives[0] must be an object, got null'
        ),
      ],
      [
        { directives: [{ type: 'Dialog.Delegate' }, { updatedIntent: {} }] },
        new TypeError(
          'alexaSkillResponse: init.directives[1].type must be a non-empty string, got undefined'
        ),
      ],
      [
        { sessionAttributes: ['visits'] },
        new TypeError(
          'alexaSkillResponse: init.sessionAttributes must be an object, got array'
        ),
      ],
    ]);
  });

  it('throws a TypeError when the session attributes do not serialise', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;

    expectMisuse([
      [
        { sessionAttributes: cyclic },
        new TypeError(
          'alexaSkillResponse: init.sessionAttributes and init.directives must be JSON-serialisable, and they could not be serialised'
        ),
      ],
      [
        { sessionAttributes: { count: 1n } },
        new TypeError(
          'alexaSkillResponse: init.sessionAttributes and init.directives must be JSON-serialisable, and they could not be serialised'
        ),
      ],
    ]);
  });

  it('throws a RangeError when a part passes a documented limit', () => {
    expectMisuse([
      [
        { speech: 'a'.repeat(8001) },
        new RangeError(
          'alexaSkillResponse: init.speech must be at most 8000 characters, got 8001'
        ),
      ],
      [
        { reprompt: { ssml: `<speak>${'a'.repeat(7990)}</speak>` } },
        new RangeError(
          'alexaSkillResponse: init.reprompt.ssml must be at most 8000 characters, got 8005'
        ),
      ],
      [
        { speech: { text: '🙂'.repeat(8001) } },
        new RangeError(
          'alexaSkillResponse: init.speech.text must be at most 8000 characters, got 8001'
        ),
      ],
      [
        { card: { type: 'Simple', title: 'Title', content: 'c'.repeat(7996) } },
        new RangeError(
          'alexaSkillResponse: init.card (title, text and image URLs together) must be at most 8000 characters, got 8001'
        ),
      ],
      [
        {
          card: {
            type: 'Standard',
            title: 'T',
            text: 't'.repeat(6000),
            image: {
              smallImageUrl: `https://example.com/${'s'.repeat(1000)}`,
              largeImageUrl: `https://example.com/${'l'.repeat(1000)}`,
            },
          },
        },
        new RangeError(
          'alexaSkillResponse: init.card (title, text and image URLs together) must be at most 8000 characters, got 8041'
        ),
      ],
      [
        {
          card: {
            type: 'Standard',
            title: 'T',
            text: 'x',
            image: { largeImageUrl: `https://example.com/${'l'.repeat(1981)}` },
          },
        },
        new RangeError(
          'alexaSkillResponse: init.card.image.largeImageUrl must be at most 2000 characters, got 2001'
        ),
      ],
      [
        { speech: 'Hi', sessionAttributes: { history: 'h'.repeat(24_576) } },
        new RangeError(
          'alexaSkillResponse: the response must be at most 24576 bytes as JSON, got 24689'
        ),
      ],
    ]);
  });

  it('counts the response size in UTF-8 bytes', () => {
    const fits = alexaSkillResponse({
      sessionAttributes: { note: 'é'.repeat(12_000) },
    });

    expect(fits.sessionAttributes?.note).toHaveLength(12_000);
    expect(() =>
      alexaSkillResponse({ sessionAttributes: { note: 'é'.repeat(12_300) } })
    ).toThrow(RangeError);
  });
});
