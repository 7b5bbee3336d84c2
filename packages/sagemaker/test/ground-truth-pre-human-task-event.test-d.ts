import { describe, expectTypeOf, it } from 'vitest';
import {
  GroundTruthPreHumanTaskEvent,
  type GroundTruthPreHumanTaskEventRecord,
} from '../src/index';
import { createGroundTruthPreHumanTaskEvent } from '../src/testing';

describe('GroundTruthPreHumanTaskEvent types', () => {
  it('carries the body type to each record', () => {
    const event = new GroundTruthPreHumanTaskEvent<{ id: string }>(
      createGroundTruthPreHumanTaskEvent()
    );

    expectTypeOf(event.records).toEqualTypeOf<
      GroundTruthPreHumanTaskEventRecord<{ id: string }>[]
    >();
    expectTypeOf(event.record.jsonBody).toEqualTypeOf<
      { id: string } | undefined
    >();
    expectTypeOf(event.record.awsRegion).toEqualTypeOf<string | undefined>();
  });
});
