import { isObject } from '@evt/core';
import type { RawGroundTruthAnnotationConsolidationEvent } from './ground-truth-annotation-consolidation-event';
import type { RawGroundTruthPreHumanTaskEvent } from './ground-truth-pre-human-task-event';

/** Any value's named fields, read without throwing on primitives, `null` or `undefined`. */
type Fields = { readonly [name: string]: unknown } | null | undefined;

/**
 * Whether a value is the request SageMaker Ground Truth sends to a pre-annotation Lambda
 * function: it names a `labelingJobArn` and carries a `dataObject` object.
 *
 * @example
 * ```ts
 * import {
 *   GroundTruthPreHumanTaskEvent,
 *   groundTruthPreHumanTaskResponse,
 *   isGroundTruthPreHumanTaskEvent,
 * } from '@evt/sagemaker';
 *
 * export const handler = async (raw: unknown) => {
 *   if (!isGroundTruthPreHumanTaskEvent(raw)) throw new TypeError('not a pre-annotation request');
 *   return groundTruthPreHumanTaskResponse(new GroundTruthPreHumanTaskEvent(raw).dataObject);
 * };
 * ```
 */
export function isGroundTruthPreHumanTaskEvent(
  raw: unknown
): raw is RawGroundTruthPreHumanTaskEvent {
  const event = raw as Fields;
  return (
    typeof event?.labelingJobArn === 'string' && isObject(event.dataObject)
  );
}

/**
 * Whether a value is the request SageMaker Ground Truth sends to a post-annotation
 * (consolidation) Lambda function: it names a `labelingJobArn` and a `labelAttributeName`, and
 * its `payload` names the annotation file's `s3Uri`.
 *
 * @example
 * ```ts
 * import {
 *   GroundTruthAnnotationConsolidationEvent,
 *   isGroundTruthAnnotationConsolidationEvent,
 * } from '@evt/sagemaker';
 *
 * export const handler = async (raw: unknown) => {
 *   if (isGroundTruthAnnotationConsolidationEvent(raw)) {
 *     console.log(new GroundTruthAnnotationConsolidationEvent(raw).payload.key);
 *   }
 * };
 * ```
 */
export function isGroundTruthAnnotationConsolidationEvent(
  raw: unknown
): raw is RawGroundTruthAnnotationConsolidationEvent {
  const event = raw as Fields;
  const payload = event?.payload;
  return (
    typeof event?.labelingJobArn === 'string' &&
    typeof event.labelAttributeName === 'string' &&
    isObject(payload) &&
    typeof payload?.s3Uri === 'string'
  );
}
