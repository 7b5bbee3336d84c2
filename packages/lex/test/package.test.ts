import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';

describe('@evt/lex', () => {
  it('is named after its folder', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

    expect(manifest.name).toBe('@evt/lex');
  });

  it('exports exactly its wrappers, builders, guards and the error classes', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'DecodeError',
        'EvtError',
        'FieldTypeError',
        'MissingFieldError',
        'PayloadTooLargeError',
        'ValidationError',
        'isLexEvent',
        'isLexV2Event',
        'LexBot',
        'LexEvent',
        'LexIntent',
        'LexIntentSummary',
        'LexSentimentResponse',
        'LexSlotDetail',
        'lexClose',
        'lexConfirmIntent',
        'lexDelegate',
        'lexElicitIntent',
        'lexElicitSlot',
        'LexV2ActiveContext',
        'LexV2Bot',
        'LexV2DialogAction',
        'LexV2DialogState',
        'LexV2Event',
        'LexV2Intent',
        'LexV2Interpretation',
        'LexV2ProposedNextState',
        'LexV2SentimentResponse',
        'LexV2SentimentScore',
        'LexV2SessionState',
        'LexV2Slot',
        'LexV2SlotValue',
        'LexV2Transcription',
        'lexV2Close',
        'lexV2ConfirmIntent',
        'lexV2Delegate',
        'lexV2ElicitIntent',
        'lexV2ElicitSlot',
      ].sort()
    );
  });
});
