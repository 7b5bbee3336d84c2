import { expectTypeOf, it } from 'vitest';
import {
  isLexEvent,
  isLexV2Event,
  type RawLexEvent,
  type RawLexV2Event,
} from '../src/index';

it('narrows an unknown value to the raw V1 event', () => {
  const raw: unknown = undefined;
  if (isLexEvent(raw)) expectTypeOf(raw).toEqualTypeOf<RawLexEvent>();
});

it('narrows an unknown value to the raw V2 event', () => {
  const raw: unknown = undefined;
  if (isLexV2Event(raw)) expectTypeOf(raw).toEqualTypeOf<RawLexV2Event>();
});
