import { expectTypeOf, it } from 'vitest';
import {
  isCloudFrontRequestEvent,
  isCloudFrontResponseEvent,
  type RawCloudFrontRequestEvent,
  type RawCloudFrontResponseEvent,
} from '../src/index';

it('narrows an unknown value to the raw request event', () => {
  const raw: unknown = undefined;
  if (isCloudFrontRequestEvent(raw)) {
    expectTypeOf(raw).toEqualTypeOf<RawCloudFrontRequestEvent>();
  }
});

it('narrows an unknown value to the raw response event', () => {
  const raw: unknown = undefined;
  if (isCloudFrontResponseEvent(raw)) {
    expectTypeOf(raw).toEqualTypeOf<RawCloudFrontResponseEvent>();
  }
});
