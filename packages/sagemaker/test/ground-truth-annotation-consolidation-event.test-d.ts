import { describe, expectTypeOf, it } from 'vitest';
import {
  GroundTruthAnnotationConsolidationEvent,
  type GroundTruthConsolidatedAnnotation,
  groundTruthConsolidationResponse,
  type RawGroundTruthAnnotationConsolidationEvent,
  type S3ObjectLocation,
} from '../src/index';
import {
  createGroundTruthAnnotationConsolidationEvent,
  type SampleGroundTruthAnnotationConsolidationEvent,
} from '../src/testing';

describe('GroundTruthAnnotationConsolidationEvent types', () => {
  it('builds samples that fit the constructor', () => {
    expectTypeOf(
      createGroundTruthAnnotationConsolidationEvent()
    ).toEqualTypeOf<SampleGroundTruthAnnotationConsolidationEvent>();
    expectTypeOf<SampleGroundTruthAnnotationConsolidationEvent>().toExtend<RawGroundTruthAnnotationConsolidationEvent>();
  });

  it('types the members', () => {
    const event = new GroundTruthAnnotationConsolidationEvent(
      createGroundTruthAnnotationConsolidationEvent()
    );

    expectTypeOf(event.labelCategories).toEqualTypeOf<readonly string[]>();
    expectTypeOf(event.roleArn).toEqualTypeOf<string | undefined>();
    expectTypeOf(event.payload.location).toEqualTypeOf<S3ObjectLocation>();
  });

  it('carries the label type to the response', () => {
    const event = new GroundTruthAnnotationConsolidationEvent(
      createGroundTruthAnnotationConsolidationEvent()
    );

    expectTypeOf(
      groundTruthConsolidationResponse(event, [
        { datasetObjectId: '0', label: { votes: 3 } },
      ])
    ).toEqualTypeOf<GroundTruthConsolidatedAnnotation<{ votes: number }>[]>();
  });
});
