import { loadEvent } from '@evt/tooling-config/events';
import { describeGuards } from '@evt/tooling-config/guards';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';
import { isLexEvent, isLexV2Event } from '../src/index';

describeGuards(api);

describe('isLexV2Event', () => {
  it('accepts an event whose bot has no locale but which lists interpretations', () => {
    const { bot, ...event } = loadEvent<api.RawLexV2Event>('lex-v2-event');
    const { localeId, ...withoutLocale } = bot;

    expect(localeId).toBe('en_US');
    expect(isLexV2Event({ ...event, bot: withoutLocale })).toBe(true);
    expect(
      isLexV2Event({ ...event, bot: withoutLocale, interpretations: undefined })
    ).toBe(false);
  });

  it('rejects a V1 event, and isLexEvent rejects a V2 event', () => {
    expect(isLexV2Event(loadEvent('lex-event'))).toBe(false);
    expect(isLexEvent(loadEvent('lex-v2-event'))).toBe(false);
  });
});
