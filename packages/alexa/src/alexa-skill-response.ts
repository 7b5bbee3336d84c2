import { argumentError, isObject } from '@evt/core';

// The response a custom skill returns to Alexa. The builder checks its arguments against the
// rules Amazon documents for the response: a wrong kind of value is a TypeError naming the
// argument; a value past a documented size limit is a RangeError naming it and the limit.
// Messages name kinds and sizes, never the text they were given.

/** The most characters of speech in one `outputSpeech` (the text or the SSML). */
const MAX_SPEECH_CHARACTERS = 8000;
/** The most characters of all the text of a card: title, content or text, and image URLs. */
const MAX_CARD_CHARACTERS = 8000;
/** The most characters of one card image URL. */
const MAX_IMAGE_URL_CHARACTERS = 2000;
/**
 * The most bytes of the whole response, as JSON in UTF-8: 24 kilobytes. A literal, not
 * `24 * 1024`: esbuild keeps an unused product in a bundle.
 */
const MAX_RESPONSE_BYTES = 24_576;

const PLAY_BEHAVIORS: readonly string[] = /* @__PURE__ */ Object.freeze([
  'ENQUEUE',
  'REPLACE_ALL',
  'REPLACE_ENQUEUED',
]);

/**
 * How Alexa fits the speech with what is already playing or queued: `ENQUEUE` (after it),
 * `REPLACE_ALL` (stop everything and speak now), `REPLACE_ENQUEUED` (speak after what is
 * playing, dropping what is queued; Alexa's default).
 */
export type AlexaSkillPlayBehavior =
  | 'ENQUEUE'
  | 'REPLACE_ALL'
  | 'REPLACE_ENQUEUED';

/** Plain text for Alexa to speak, as the response carries it. */
export interface AlexaSkillPlainTextSpeech {
  /** The kind of speech: `PlainText`. */
  type: 'PlainText';
  /** The text to speak. */
  text: string;
  /** How the speech fits with what is playing; Alexa's default when absent. */
  playBehavior?: AlexaSkillPlayBehavior;
}

/** Speech Synthesis Markup Language for Alexa to speak, as the response carries it. */
export interface AlexaSkillSsmlSpeech {
  /** The kind of speech: `SSML`. */
  type: 'SSML';
  /** The SSML to speak, inside a `<speak>` element. */
  ssml: string;
  /** How the speech fits with what is playing; Alexa's default when absent. */
  playBehavior?: AlexaSkillPlayBehavior;
}

/** Speech for Alexa to say (`outputSpeech`), plain text or SSML. */
export type AlexaSkillOutputSpeech =
  | AlexaSkillPlainTextSpeech
  | AlexaSkillSsmlSpeech;

/**
 * Speech as {@link alexaSkillResponse} takes it: a string (plain text), `{ text }` or
 * `{ ssml }` (which must be wrapped in `<speak>…</speak>`), each with an optional play
 * behavior.
 */
export type AlexaSkillSpeechInit =
  | string
  | {
      /** The plain text to speak. */
      readonly text: string;
      /** How the speech fits with what is playing. */
      readonly playBehavior?: AlexaSkillPlayBehavior | undefined;
    }
  | {
      /** The SSML to speak, inside `<speak>…</speak>`. */
      readonly ssml: string;
      /** How the speech fits with what is playing. */
      readonly playBehavior?: AlexaSkillPlayBehavior | undefined;
    };

/** A card of plain text shown in the Alexa app and on screens. */
export interface AlexaSkillSimpleCard {
  /** The kind of card: `Simple`. */
  type: 'Simple';
  /** The title of the card. */
  title: string;
  /** The text of the card; `\n` breaks lines. */
  content: string;
}

/** The image of a `Standard` card: a small and a large version, each an HTTPS URL. */
export interface AlexaSkillCardImage {
  /** The URL of the small image (720 × 480 pixels recommended). */
  smallImageUrl?: string;
  /** The URL of the large image (1200 × 800 pixels recommended). */
  largeImageUrl?: string;
}

/** A card of plain text and an image shown in the Alexa app and on screens. */
export interface AlexaSkillStandardCard {
  /** The kind of card: `Standard`. */
  type: 'Standard';
  /** The title of the card. */
  title: string;
  /** The text of the card; `\n` breaks lines. */
  text: string;
  /** The image of the card; absent for a card without one. */
  image?: AlexaSkillCardImage;
}

/** A card that asks the user to link an account, shown in the Alexa app. */
export interface AlexaSkillLinkAccountCard {
  /** The kind of card: `LinkAccount`. */
  type: 'LinkAccount';
}

/** A card that asks the user to grant the skill permissions, shown in the Alexa app. */
export interface AlexaSkillAskForPermissionsConsentCard {
  /** The kind of card: `AskForPermissionsConsent`. */
  type: 'AskForPermissionsConsent';
  /** The permission scopes to ask for, e.g. `read::alexa:device:all:address`. */
  permissions: string[];
}

/** A card for the Alexa app (`card`), of one of the four kinds Amazon documents. */
export type AlexaSkillCard =
  | AlexaSkillSimpleCard
  | AlexaSkillStandardCard
  | AlexaSkillLinkAccountCard
  | AlexaSkillAskForPermissionsConsentCard;

/**
 * A directive in the response (`AudioPlayer.Play`, `Dialog.Delegate`,
 * `Alexa.Presentation.APL.RenderDocument`…): its `type` and the fields that type documents.
 */
export interface AlexaSkillDirective {
  /** The type of the directive, e.g. `Dialog.Delegate`. */
  readonly type: string;
  /** The fields of the directive, as its interface documents them. */
  readonly [field: string]: unknown;
}

/** What {@link alexaSkillResponse} builds a response from; every part is optional. */
export interface AlexaSkillResponseInit<
  TAttributes extends object = Record<string, unknown>,
> {
  /** The speech Alexa says (`outputSpeech`). */
  readonly speech?: AlexaSkillSpeechInit | undefined;
  /** The speech Alexa says when the user does not answer while the session is open. */
  readonly reprompt?: AlexaSkillSpeechInit | undefined;
  /** The card for the Alexa app. */
  readonly card?: AlexaSkillCard | undefined;
  /**
   * Whether the session ends after the response: `true` ends it, `false` keeps it open for
   * the user's answer. Left out when absent (the device's default).
   */
  readonly shouldEndSession?: boolean | undefined;
  /** The directives of the interfaces the skill uses. */
  readonly directives?: readonly AlexaSkillDirective[] | undefined;
  /**
   * The attributes Alexa sends back in the session's next request (`session.attributes`).
   * Left out when absent, which keeps none.
   */
  readonly sessionAttributes?: TAttributes | undefined;
}

/** The `response` object of a skill's response: what Alexa says, shows and does. */
export interface AlexaSkillResponseBody {
  /** The speech Alexa says. */
  outputSpeech?: AlexaSkillOutputSpeech;
  /** The card for the Alexa app. */
  card?: AlexaSkillCard;
  /** The speech Alexa says when the user does not answer. */
  reprompt?: {
    /** The speech. */
    outputSpeech: AlexaSkillOutputSpeech;
  };
  /** The directives of the interfaces the skill uses. */
  directives?: AlexaSkillDirective[];
  /** Whether the session ends after the response. */
  shouldEndSession?: boolean;
}

/**
 * The response a custom skill's Lambda function returns to Alexa, as Amazon documents it.
 * `TAttributes` is the shape of the session attributes.
 */
export interface AlexaSkillResponse<
  TAttributes extends object = Record<string, unknown>,
> {
  /** The version of the response format: `1.0`. */
  version: '1.0';
  /** The attributes Alexa sends back in the session's next request. */
  sessionAttributes?: TAttributes;
  /** What Alexa says, shows and does. */
  response: AlexaSkillResponseBody;
}

const BUILDER = 'alexaSkillResponse';

/** The number of characters (code points) of a text, counted only when it could pass `limit`. */
function characters(text: string, limit: number): number {
  if (text.length <= limit) return text.length;
  let count = 0;
  for (const _character of text) count++;
  return count;
}

function checkLength(argument: string, text: string, limit: number): void {
  const count = characters(text, limit);
  if (count > limit) {
    throw new RangeError(
      `${BUILDER}: ${argument} must be at most ${limit} characters, got ${count}`
    );
  }
}

function stringAt(argument: string, value: unknown): string {
  if (typeof value === 'string') return value;
  throw argumentError(BUILDER, argument, 'a string', value);
}

/** Whether an SSML text is wrapped in a `<speak>` element, ignoring surrounding whitespace. */
function isWrappedInSpeak(ssml: string): boolean {
  const trimmed = ssml.trim();
  return trimmed.startsWith('<speak>') && trimmed.endsWith('</speak>');
}

function outputSpeech(argument: string, init: unknown): AlexaSkillOutputSpeech {
  if (typeof init === 'string') {
    checkLength(argument, init, MAX_SPEECH_CHARACTERS);
    return { type: 'PlainText', text: init };
  }
  if (!isObject(init)) {
    throw argumentError(
      BUILDER,
      argument,
      'a string, { text } or { ssml }',
      init
    );
  }
  const { playBehavior } = init;
  if (
    playBehavior !== undefined &&
    !PLAY_BEHAVIORS.includes(playBehavior as string)
  ) {
    throw argumentError(
      BUILDER,
      `${argument}.playBehavior`,
      "'ENQUEUE', 'REPLACE_ALL' or 'REPLACE_ENQUEUED'",
      playBehavior
    );
  }
  const behavior =
    playBehavior === undefined
      ? {}
      : { playBehavior: playBehavior as AlexaSkillPlayBehavior };
  if (init.ssml !== undefined) {
    const ssml = stringAt(`${argument}.ssml`, init.ssml);
    if (!isWrappedInSpeak(ssml)) {
      throw new TypeError(
        `${BUILDER}: ${argument}.ssml must be wrapped in <speak>…</speak>`
      );
    }
    checkLength(`${argument}.ssml`, ssml, MAX_SPEECH_CHARACTERS);
    return { type: 'SSML', ssml, ...behavior };
  }
  const text = stringAt(`${argument}.text`, init.text);
  checkLength(`${argument}.text`, text, MAX_SPEECH_CHARACTERS);
  return { type: 'PlainText', text, ...behavior };
}

function imageUrl(argument: string, value: unknown): string {
  const url = stringAt(argument, value);
  if (!url.startsWith('https://')) {
    throw new TypeError(`${BUILDER}: ${argument} must be an HTTPS URL`);
  }
  checkLength(argument, url, MAX_IMAGE_URL_CHARACTERS);
  return url;
}

function cardOf(init: unknown): AlexaSkillCard {
  if (!isObject(init))
    throw argumentError(BUILDER, 'init.card', 'an object', init);
  let card: AlexaSkillCard;
  let text: string;
  switch (init.type) {
    case 'Simple': {
      const title = stringAt('init.card.title', init.title);
      const content = stringAt('init.card.content', init.content);
      card = { type: 'Simple', title, content };
      text = title + content;
      break;
    }
    case 'Standard': {
      const title = stringAt('init.card.title', init.title);
      const body = stringAt('init.card.text', init.text);
      card = { type: 'Standard', title, text: body };
      text = title + body;
      if (init.image !== undefined) {
        if (!isObject(init.image)) {
          throw argumentError(
            BUILDER,
            'init.card.image',
            'an object',
            init.image
          );
        }
        const image: AlexaSkillCardImage = {};
        for (const size of ['smallImageUrl', 'largeImageUrl'] as const) {
          if (init.image[size] === undefined) continue;
          image[size] = imageUrl(`init.card.image.${size}`, init.image[size]);
          text += image[size];
        }
        card.image = image;
      }
      break;
    }
    case 'LinkAccount':
      return { type: 'LinkAccount' };
    case 'AskForPermissionsConsent': {
      const { permissions } = init;
      if (!Array.isArray(permissions) || permissions.length === 0) {
        throw argumentError(
          BUILDER,
          'init.card.permissions',
          'a non-empty array of permission scopes',
          permissions
        );
      }
      for (const [index, scope] of permissions.entries()) {
        if (typeof scope !== 'string' || scope === '') {
          throw argumentError(
            BUILDER,
            `init.card.permissions[${index}]`,
            'a non-empty string',
            scope
          );
        }
      }
      return {
        type: 'AskForPermissionsConsent',
        permissions: [...permissions],
      };
    }
    default:
      throw argumentError(
        BUILDER,
        'init.card.type',
        "'Simple', 'Standard', 'LinkAccount' or 'AskForPermissionsConsent'",
        init.type
      );
  }
  checkLength(
    'init.card (title, text and image URLs together)',
    text,
    MAX_CARD_CHARACTERS
  );
  return card;
}

function directivesOf(init: unknown): AlexaSkillDirective[] {
  if (!Array.isArray(init))
    throw argumentError(BUILDER, 'init.directives', 'an array', init);
  for (const [index, directive] of init.entries()) {
    if (!isObject(directive)) {
      throw argumentError(
        BUILDER,
        `init.directives[${index}]`,
        'an object',
        directive
      );
    }
    if (typeof directive.type !== 'string' || directive.type === '') {
      throw argumentError(
        BUILDER,
        `init.directives[${index}].type`,
        'a non-empty string',
        directive.type
      );
    }
  }
  return [...init] as AlexaSkillDirective[];
}

/** The response as JSON, checked to serialise and to fit Alexa's size limit. */
function checkSize(response: AlexaSkillResponse<object>): void {
  let json: string;
  try {
    json = JSON.stringify(response);
  } catch (error) {
    throw new TypeError(
      `${BUILDER}: init.sessionAttributes and init.directives must be JSON-serialisable, and they could not be serialised`,
      { cause: error }
    );
  }
  const bytes = new TextEncoder().encode(json).byteLength;
  if (bytes > MAX_RESPONSE_BYTES) {
    throw new RangeError(
      `${BUILDER}: the response must be at most ${MAX_RESPONSE_BYTES} bytes as JSON, got ${bytes}`
    );
  }
}

/**
 * Builds the response a custom skill's Lambda function returns to Alexa: `version` `1.0`, the
 * session attributes when given, and a `response` holding the speech (plain text for a
 * string or `{ text }`, SSML for `{ ssml }`), the reprompt, the card, the directives and
 * `shouldEndSession`, each only when given. Every part is checked against the rules Amazon
 * documents, before Alexa would reject the response at run time (which the user hears as
 * "There was a problem with the requested skill's response").
 *
 * @param init The speech, reprompt, card, directives, `shouldEndSession` and session
 * attributes.
 * @returns The response, ready to return from the handler.
 * @throws {TypeError} when an argument is malformed, naming it (`init.speech`,
 * `init.reprompt.ssml` not wrapped in `<speak>`, `init.card.title`,
 * `init.card.image.smallImageUrl` not HTTPS, `init.directives[0].type`…), or when the session
 * attributes do not serialise to JSON.
 * @throws {RangeError} when a part passes a documented size limit: speech of more than 8,000
 * characters, a card whose text and image URLs pass 8,000 characters together, an image URL
 * of more than 2,000 characters, or a whole response of more than 24 kilobytes as JSON.
 * @example
 * ```ts
 * import { AlexaSkillEvent, alexaSkillResponse, type RawAlexaSkillEvent } from '@evt/alexa';
 *
 * export const handler = async (raw: RawAlexaSkillEvent) => {
 *   const event = new AlexaSkillEvent<{ visits: number }>(raw);
 *   const visits = (event.session?.attributes.visits ?? 0) + 1;
 *   return alexaSkillResponse({
 *     speech: { ssml: '<speak>Welcome back! <break time="300ms"/> Where to?</speak>' },
 *     reprompt: 'Which city would you like to visit?',
 *     card: { type: 'Simple', title: 'Trip Planner', content: 'Say a city.' },
 *     shouldEndSession: false,
 *     sessionAttributes: { visits },
 *   });
 *   // { version: '1.0', sessionAttributes: { visits: 2 },
 *   //   response: { outputSpeech: { type: 'SSML', ssml: '<speak>…</speak>' },
 *   //     card: { type: 'Simple', … },
 *   //     reprompt: { outputSpeech: { type: 'PlainText', text: 'Which city…?' } },
 *   //     shouldEndSession: false } }
 * };
 * ```
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-and-response-json-reference.html#response-format
 */
export function alexaSkillResponse<
  TAttributes extends object = Record<string, unknown>,
>(init: AlexaSkillResponseInit<TAttributes>): AlexaSkillResponse<TAttributes> {
  if (!isObject(init)) throw argumentError(BUILDER, 'init', 'an object', init);
  const body: AlexaSkillResponseBody = {};
  if (init.speech !== undefined) {
    body.outputSpeech = outputSpeech('init.speech', init.speech);
  }
  if (init.card !== undefined) body.card = cardOf(init.card);
  if (init.reprompt !== undefined) {
    body.reprompt = {
      outputSpeech: outputSpeech('init.reprompt', init.reprompt),
    };
  }
  if (init.directives !== undefined) {
    body.directives = directivesOf(init.directives);
  }
  const { shouldEndSession, sessionAttributes } = init;
  if (shouldEndSession !== undefined) {
    if (typeof shouldEndSession !== 'boolean') {
      throw argumentError(
        BUILDER,
        'init.shouldEndSession',
        'a boolean',
        shouldEndSession
      );
    }
    body.shouldEndSession = shouldEndSession;
  }
  if (sessionAttributes !== undefined && !isObject(sessionAttributes)) {
    throw argumentError(
      BUILDER,
      'init.sessionAttributes',
      'an object',
      sessionAttributes
    );
  }
  const response: AlexaSkillResponse<TAttributes> =
    sessionAttributes === undefined
      ? { version: '1.0', response: body }
      : {
          version: '1.0',
          sessionAttributes: { ...sessionAttributes } as TAttributes,
          response: body,
        };
  checkSize(response);
  return response;
}
