import { isObject } from '@evt/core';
import type { RawLexEvent } from './lex-event';
import type { RawLexV2Event } from './lex-v2-event';

/**
 * Whether a value is the event Amazon Lex V1 sends to a code hook: `messageVersion` is `1.0`,
 * and it has a `currentIntent` and a `bot`. Only the fields that make it a V1 event are
 * checked, not every field {@link LexEvent} reads.
 *
 * @example
 * ```ts
 * import { isLexEvent, LexEvent } from '@evt/lex';
 *
 * export const handler = async (raw: unknown) => {
 *   if (!isLexEvent(raw)) throw new TypeError('not an Amazon Lex V1 event');
 *   return new LexEvent(raw).currentIntent.name;
 * };
 * ```
 */
export function isLexEvent(raw: unknown): raw is RawLexEvent {
  if (!isObject(raw)) return false;
  return (
    raw.messageVersion === '1.0' &&
    isObject(raw.currentIntent) &&
    isObject(raw.bot)
  );
}

/**
 * Whether a value is the event Amazon Lex V2 sends to a code hook: it has a `sessionId`, a
 * `sessionState` and a `bot`, and the bot names its locale (`bot.localeId`) or the event lists
 * `interpretations`; no other AWS event has that shape. Only those fields are checked, not
 * every field {@link LexV2Event} reads.
 *
 * @example
 * ```ts
 * import { isLexV2Event, LexV2Event } from '@evt/lex';
 *
 * export const handler = async (raw: unknown) => {
 *   if (!isLexV2Event(raw)) throw new TypeError('not an Amazon Lex V2 event');
 *   return new LexV2Event(raw).bot.localeId;
 * };
 * ```
 */
export function isLexV2Event(raw: unknown): raw is RawLexV2Event {
  if (!isObject(raw)) return false;
  const bot = raw.bot;
  return (
    typeof raw.sessionId === 'string' &&
    isObject(raw.sessionState) &&
    isObject(bot) &&
    (typeof bot.localeId === 'string' || Array.isArray(raw.interpretations))
  );
}
