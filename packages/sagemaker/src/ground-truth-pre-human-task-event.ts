import {
  EventWrapper,
  optionalString,
  requireObject,
  requireString,
} from '@evt/core';

/**
 * The data object of one manifest line, as Ground Truth passes it on: the `source-ref` (an
 * S3 URI) or the `source` (inline text) the line gives, and any other properties the line has.
 */
export interface RawGroundTruthDataObject {
  /** The S3 URI of the object to label, e.g. `s3://mybucket/myimage.png`. */
  'source-ref'?: string | undefined;
  /** The text to label, inline. */
  source?: string | undefined;
  /** Any other property of the manifest line. */
  [property: string]: unknown;
}

/**
 * The request SageMaker Ground Truth sends to the pre-annotation (pre-human task) Lambda
 * function of a custom labeling workflow, once per data object, as AWS documents it.
 */
export interface RawGroundTruthPreHumanTaskEvent {
  /** The version of the request format, e.g. `2018-10-16`. */
  version: string;
  /** The ARN of the labeling job. */
  labelingJobArn: string;
  /** The data object of the manifest line. */
  dataObject: RawGroundTruthDataObject;
}

/**
 * Wrapper for the event that SageMaker Ground Truth sends to the pre-annotation Lambda function
 * of a custom labeling workflow for each data object of the input manifest, before any task
 * reaches a worker. The function answers with {@link groundTruthPreHumanTaskResponse}: the
 * `taskInput` the worker template renders.
 *
 * `TDataObject` types the manifest line's own properties in
 * {@link GroundTruthPreHumanTaskEvent.dataObject}; it is not checked at run time.
 *
 * @example
 * ```ts
 * import {
 *   GroundTruthPreHumanTaskEvent,
 *   groundTruthPreHumanTaskResponse,
 *   type RawGroundTruthPreHumanTaskEvent,
 * } from '@evt/sagemaker';
 *
 * export const handler = async (raw: RawGroundTruthPreHumanTaskEvent) => {
 *   const event = new GroundTruthPreHumanTaskEvent(raw);
 *   return groundTruthPreHumanTaskResponse({
 *     taskObject: event.sourceRef ?? event.source,
 *   });
 * };
 * ```
 * @see https://docs.aws.amazon.com/sagemaker/latest/dg/sms-custom-templates-step3-lambda-requirements.html
 */
export class GroundTruthPreHumanTaskEvent<
  TDataObject extends object = Record<string, unknown>,
> extends EventWrapper<RawGroundTruthPreHumanTaskEvent> {
  static override readonly typeName: string = 'GroundTruthPreHumanTaskEvent';

  /** The version of the request format, e.g. `2018-10-16` (`version`). */
  get version(): string {
    return requireString(this, this.raw.version, 'version');
  }

  /**
   * The ARN of the labeling job, e.g.
   * `arn:aws:sagemaker:us-west-2:111122223333:labeling-job/my-labeling-job`
   * (`labelingJobArn`).
   */
  get labelingJobArn(): string {
    return requireString(this, this.raw.labelingJobArn, 'labelingJobArn');
  }

  /**
   * The data object of the manifest line, as the line gives it: its `source-ref` or `source`
   * and any other properties, typed as `TDataObject` (`dataObject`). The raw object, not a
   * copy.
   *
   * @throws {@link MissingFieldError} when absent; {@link FieldTypeError} when not an object.
   */
  get dataObject(): RawGroundTruthDataObject & TDataObject {
    return requireObject(
      this,
      this.raw.dataObject,
      'dataObject'
    ) as RawGroundTruthDataObject & TDataObject;
  }

  /**
   * The S3 URI of the object to label, when the manifest line names one
   * (`dataObject.source-ref`). Undefined when the line gives `source` instead.
   */
  get sourceRef(): string | undefined {
    return optionalString(
      this,
      this.dataObject['source-ref'],
      'dataObject.source-ref'
    );
  }

  /**
   * The text to label, when the manifest line gives it inline (`dataObject.source`).
   * Undefined when the line names a `source-ref` instead.
   */
  get source(): string | undefined {
    return optionalString(this, this.dataObject.source, 'dataObject.source');
  }
}
