import { expectTypeOf, it } from 'vitest';
import { isCodeCommitEvent, type RawCodeCommitEvent } from '../src/index';

it('narrows an unknown value to the raw event', () => {
  const raw: unknown = undefined;
  if (isCodeCommitEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawCodeCommitEvent>();
});
