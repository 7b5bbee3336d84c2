import { expectTypeOf, it } from 'vitest';
import { isDocumentDBEvent, type RawDocumentDBEvent } from '../src/index';

it('narrows an unknown value to the raw event', () => {
  const raw: unknown = undefined;
  if (isDocumentDBEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawDocumentDBEvent>();
});
