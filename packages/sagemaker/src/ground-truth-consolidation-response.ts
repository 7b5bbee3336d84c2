import { argumentError } from '@evt/core';
import {
  GroundTruthAnnotationConsolidationEvent,
  type RawGroundTruthAnnotationConsolidationEvent,
} from './ground-truth-annotation-consolidation-event';

/** The consolidated label of one data object, as {@link groundTruthConsolidationResponse} takes it. */
export interface GroundTruthConsolidatedLabel<TLabel = unknown> {
  /** The ID of the data object, from the annotation file's `datasetObjectId`. */
  readonly datasetObjectId: string;
  /** The label content, written to the output manifest under the label attribute name. */
  readonly label: TLabel;
}

/** The consolidated annotation of one data object, exactly as Ground Truth reads it. */
export interface GroundTruthConsolidatedAnnotation<TLabel = unknown> {
  /** The ID of the data object. */
  datasetObjectId: string;
  /** The annotation to store. */
  consolidatedAnnotation: {
    /** The label content, under the label attribute name. */
    content: Record<string, TLabel>;
  };
}

const WHERE = 'groundTruthConsolidationResponse';

/**
 * Builds the response Ground Truth reads from a post-annotation (consolidation) Lambda
 * function: one entry per data object, its label under the event's label attribute name in
 * `consolidatedAnnotation.content`, which Ground Truth writes to the output manifest (and adds
 * the `<labelAttributeName>-metadata` itself).
 *
 * @typeParam TLabel The shape of the labels.
 * @param event The event being answered: a `GroundTruthAnnotationConsolidationEvent`, or the
 * raw event; its `labelAttributeName` is read.
 * @param labels The consolidated label of each data object, in any order.
 * @returns The response, ready to return from the handler.
 * @throws {TypeError} when `labels` is not an array, or an item is not an object with a
 * non-empty `datasetObjectId` and a `label`, naming it (`labels[2].datasetObjectId`).
 * @throws {@link MissingFieldError} when the event has no `labelAttributeName`;
 * {@link FieldTypeError} when it is not a string.
 * @example
 * ```ts
 * import { groundTruthConsolidationResponse } from '@evt/sagemaker';
 *
 * const event = {
 *   version: '2018-10-16',
 *   labelingJobArn: 'arn:aws:sagemaker:us-west-2:111122223333:labeling-job/reviews',
 *   labelAttributeName: 'sentiment',
 *   payload: { s3Uri: 's3://amzn-s3-demo-bucket/annotations.json' },
 * };
 * const response = groundTruthConsolidationResponse(event, [
 *   { datasetObjectId: '0', label: { label: 'positive', votes: 3 } },
 * ]);
 * // [{ datasetObjectId: '0',
 * //    consolidatedAnnotation: { content: { sentiment: { label: 'positive', votes: 3 } } } }]
 * ```
 * @see https://docs.aws.amazon.com/sagemaker/latest/dg/sms-custom-templates-step3-lambda-requirements.html#sms-custom-templates-step3-postlambda
 */
export function groundTruthConsolidationResponse<TLabel>(
  event:
    | GroundTruthAnnotationConsolidationEvent
    | RawGroundTruthAnnotationConsolidationEvent,
  labels: readonly GroundTruthConsolidatedLabel<TLabel>[]
): GroundTruthConsolidatedAnnotation<TLabel>[] {
  if (typeof event !== 'object' || event === null) {
    throw argumentError(
      WHERE,
      'event',
      'a Ground Truth consolidation event',
      event
    );
  }
  if (!Array.isArray(labels)) {
    throw argumentError(WHERE, 'labels', 'an array', labels);
  }
  const attribute = (
    event instanceof GroundTruthAnnotationConsolidationEvent
      ? event
      : new GroundTruthAnnotationConsolidationEvent(event)
  ).labelAttributeName;
  return labels.map((item: unknown, index) => {
    const at = `labels[${index}]`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw argumentError(WHERE, at, 'an object', item);
    }
    const { datasetObjectId, label } = item as GroundTruthConsolidatedLabel;
    if (typeof datasetObjectId !== 'string' || datasetObjectId === '') {
      throw argumentError(
        WHERE,
        `${at}.datasetObjectId`,
        'a non-empty string',
        datasetObjectId
      );
    }
    if (label === undefined) {
      throw argumentError(WHERE, `${at}.label`, 'given', label);
    }
    // `Object.fromEntries` defines the key as data: `__proto__` is an ordinary name.
    const content = Object.fromEntries([[attribute, label as TLabel]]);
    return { datasetObjectId, consolidatedAnnotation: { content } };
  });
}
