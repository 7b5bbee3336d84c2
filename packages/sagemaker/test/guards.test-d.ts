import { expectTypeOf, it } from 'vitest';
import {
  isGroundTruthAnnotationConsolidationEvent,
  isGroundTruthPreHumanTaskEvent,
  type RawGroundTruthAnnotationConsolidationEvent,
  type RawGroundTruthPreHumanTaskEvent,
} from '../src/index';

it('narrows an unknown value to the raw events', () => {
  const raw: unknown = undefined;
  if (isGroundTruthPreHumanTaskEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawGroundTruthPreHumanTaskEvent>();
  if (isGroundTruthAnnotationConsolidationEvent(raw))
    expectTypeOf(
      raw
    ).toEqualTypeOf<RawGroundTruthAnnotationConsolidationEvent>();
});
