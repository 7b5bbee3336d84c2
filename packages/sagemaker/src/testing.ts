import { type DeepPartial, mergeDeep, type Sample } from '@evt/core/testing';
import consolidationSample from '../test/events/ground-truth-annotation-consolidation-event.json';
import preHumanTaskSample from '../test/events/ground-truth-pre-human-task-event.json';
import type { RawGroundTruthAnnotationConsolidationEvent } from './ground-truth-annotation-consolidation-event';
import type { RawGroundTruthPreHumanTaskEvent } from './ground-truth-pre-human-task-event';

/**
 * The event {@link createGroundTruthPreHumanTaskEvent} returns: a fresh copy that fits
 * `GroundTruthPreHumanTaskEvent`'s constructor. (`@types/aws-lambda` has no type for this
 * event.)
 */
export interface SampleGroundTruthPreHumanTaskEvent
  extends Sample<RawGroundTruthPreHumanTaskEvent> {}

/**
 * The event {@link createGroundTruthAnnotationConsolidationEvent} returns: a fresh copy that
 * fits `GroundTruthAnnotationConsolidationEvent`'s constructor.
 */
export interface SampleGroundTruthAnnotationConsolidationEvent
  extends Sample<RawGroundTruthAnnotationConsolidationEvent> {}

/**
 * Builds a sample pre-annotation request of SageMaker Ground Truth (an image named by
 * `source-ref`), as a fresh copy you may change.
 *
 * @param changes The fields to replace; `dataObject` changes are merged into the sample's.
 * @returns The raw event.
 * @example
 * ```ts
 * import { GroundTruthPreHumanTaskEvent } from '@evt/sagemaker';
 * import { createGroundTruthPreHumanTaskEvent } from '@evt/sagemaker/testing';
 *
 * const event = new GroundTruthPreHumanTaskEvent(
 *   createGroundTruthPreHumanTaskEvent({
 *     dataObject: { 'source-ref': 's3://amzn-s3-demo-bucket/images/cat.jpg' },
 *   })
 * );
 * event.sourceRef; // 's3://amzn-s3-demo-bucket/images/cat.jpg'
 * ```
 */
export function createGroundTruthPreHumanTaskEvent(
  changes?: DeepPartial<RawGroundTruthPreHumanTaskEvent>
): SampleGroundTruthPreHumanTaskEvent {
  return mergeDeep(
    structuredClone(preHumanTaskSample) as SampleGroundTruthPreHumanTaskEvent,
    changes
  );
}

/**
 * Builds a sample post-annotation (consolidation) request of SageMaker Ground Truth (AWS's
 * documented example), as a fresh copy you may change.
 *
 * @param changes The fields to replace; a list (`labelCategories`) replaces the sample's.
 * @returns The raw event.
 * @example
 * ```ts
 * import { GroundTruthAnnotationConsolidationEvent } from '@evt/sagemaker';
 * import { createGroundTruthAnnotationConsolidationEvent } from '@evt/sagemaker/testing';
 *
 * const event = new GroundTruthAnnotationConsolidationEvent(
 *   createGroundTruthAnnotationConsolidationEvent({
 *     payload: { s3Uri: 's3://amzn-s3-demo-bucket/consolidation/batch-1.json' },
 *   })
 * );
 * event.payload.key; // 'consolidation/batch-1.json'
 * ```
 */
export function createGroundTruthAnnotationConsolidationEvent(
  changes?: DeepPartial<RawGroundTruthAnnotationConsolidationEvent>
): SampleGroundTruthAnnotationConsolidationEvent {
  return mergeDeep(
    structuredClone(
      consolidationSample
    ) as SampleGroundTruthAnnotationConsolidationEvent,
    changes
  );
}
