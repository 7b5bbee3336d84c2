import { expectTypeOf, it } from 'vitest';
import {
  isCodePipelineJobEvent,
  type RawCodePipelineJobEvent,
} from '../src/index';

it('narrows an unknown value to the raw event', () => {
  const raw: unknown = undefined;
  if (isCodePipelineJobEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawCodePipelineJobEvent>();
});
