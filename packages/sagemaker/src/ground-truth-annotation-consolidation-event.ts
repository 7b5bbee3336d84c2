import {
  child,
  EventWrapper,
  optionalString,
  requireString,
  stringArrayOrEmpty,
} from '@evt/core';
import { eventS3Location, type S3ObjectLocation } from './s3-uri';

/** Where the annotations of the batch are, as AWS documents it. */
export interface RawGroundTruthAnnotationPayload {
  /** The S3 URI of the annotation file (see {@link GroundTruthDatasetObjectAnnotations}). */
  s3Uri: string;
}

/**
 * The request SageMaker Ground Truth sends to the post-annotation (annotation consolidation)
 * Lambda function of a custom labeling workflow, as AWS documents it. The annotations
 * themselves are in the S3 object `payload.s3Uri` names.
 */
export interface RawGroundTruthAnnotationConsolidationEvent {
  /** The version of the request format, e.g. `2018-10-16`. */
  version: string;
  /** The ARN of the labeling job. */
  labelingJobArn: string;
  /** The label categories and other attributes of the label category configuration. */
  labelCategories?: string[] | null | undefined;
  /** The label attribute name: the key the consolidated labels go under in the output manifest. */
  labelAttributeName: string;
  /** The ARN of the labeling job's IAM execution role. */
  roleArn?: string | undefined;
  /** Where the annotations are. */
  payload: RawGroundTruthAnnotationPayload;
}

/** One worker's annotation of a data object, in the annotation file, as AWS documents it. */
export interface GroundTruthWorkerAnnotation {
  /** The ID of the worker who submitted the annotation, e.g. `private.us-west-2.ef7294f850a3d9d1`. */
  workerId: string;
  /** The annotation: its content inline, or the S3 URI of an object that holds it. */
  annotationData: {
    /** The annotation as JSON text: the worker task template's form fields. */
    content?: string;
    /** The S3 URI of the annotation, when it is not inline. */
    s3Uri?: string;
  };
}

/**
 * One data object and its workers' annotations, as the annotation file at `payload.s3Uri`
 * holds them (the file is a JSON array of these), as AWS documents it.
 */
export interface GroundTruthDatasetObjectAnnotations {
  /** The ID Ground Truth gave the data object; the consolidated label must name it. */
  datasetObjectId: string;
  /** The data object that was labeled: its text inline (`source`), or its S3 URI (`source-ref`). */
  dataObject: {
    /** The S3 URI of the data object. */
    s3Uri?: string;
    /** The data object, inline. */
    content?: string;
  };
  /** One annotation per worker who submitted one. */
  annotations: GroundTruthWorkerAnnotation[];
}

/**
 * Wrapper for where the annotations of a consolidation request are: the S3 URI of the
 * annotation file, and its bucket and key for an S3 client's `GetObject`.
 */
export class GroundTruthAnnotationPayload extends EventWrapper<RawGroundTruthAnnotationPayload> {
  static override readonly typeName: string = 'GroundTruthAnnotationPayload';
  #location?: S3ObjectLocation;

  /** The S3 URI of the annotation file, e.g. `s3://amzn-s3-demo-bucket/annotations.json` (`s3Uri`). */
  get s3Uri(): string {
    return requireString(this, this.raw.s3Uri, 's3Uri');
  }

  /**
   * The bucket and the key of the annotation file, split from {@link GroundTruthAnnotationPayload.s3Uri}
   * once (`s3Uri`).
   *
   * @throws {@link DecodeError} when the URI is not of the form `s3://<bucket>/<key>`.
   */
  get location(): S3ObjectLocation {
    return (this.#location ??= eventS3Location(this, this.s3Uri, 's3Uri'));
  }

  /**
   * The bucket of the annotation file (`s3Uri`).
   *
   * @throws {@link DecodeError} when the URI is not of the form `s3://<bucket>/<key>`.
   */
  get bucket(): string {
    return this.location.bucket;
  }

  /**
   * The key of the annotation file (`s3Uri`).
   *
   * @throws {@link DecodeError} when the URI is not of the form `s3://<bucket>/<key>`.
   */
  get key(): string {
    return this.location.key;
  }
}

/**
 * Wrapper for the event that SageMaker Ground Truth sends to the post-annotation Lambda
 * function of a custom labeling workflow when the workers have annotated a batch of data
 * objects (or their time ran out). The annotations are in an S3 object: read it with your S3
 * client from {@link GroundTruthAnnotationConsolidationEvent.payload}'s bucket and key (the
 * function's role needs read access), parse it as {@link GroundTruthDatasetObjectAnnotations}
 * items, and answer with {@link groundTruthConsolidationResponse}.
 *
 * @example
 * ```ts
 * import {
 *   GroundTruthAnnotationConsolidationEvent,
 *   type GroundTruthDatasetObjectAnnotations,
 *   groundTruthConsolidationResponse,
 *   type RawGroundTruthAnnotationConsolidationEvent,
 * } from '@evt/sagemaker';
 *
 * // With @aws-sdk/client-s3: GetObjectCommand, then Body.transformToString()
 * declare function readText(bucket: string, key: string): Promise<string>;
 *
 * export const handler = async (raw: RawGroundTruthAnnotationConsolidationEvent) => {
 *   const event = new GroundTruthAnnotationConsolidationEvent(raw);
 *   const { bucket, key } = event.payload;
 *   const items: GroundTruthDatasetObjectAnnotations[] = JSON.parse(await readText(bucket, key));
 *   return groundTruthConsolidationResponse(
 *     event,
 *     items.map((item) => ({
 *       datasetObjectId: item.datasetObjectId,
 *       label: item.annotations.map((annotation) => annotation.annotationData.content),
 *     }))
 *   );
 * };
 * ```
 * @see https://docs.aws.amazon.com/sagemaker/latest/dg/sms-custom-templates-step3-lambda-requirements.html
 */
export class GroundTruthAnnotationConsolidationEvent extends EventWrapper<RawGroundTruthAnnotationConsolidationEvent> {
  static override readonly typeName: string =
    'GroundTruthAnnotationConsolidationEvent';
  #payload?: GroundTruthAnnotationPayload;

  /** The version of the request format, e.g. `2018-10-16` (`version`). */
  get version(): string {
    return requireString(this, this.raw.version, 'version');
  }

  /**
   * The ARN of the labeling job, e.g.
   * `arn:aws:sagemaker:us-west-2:111122223333:labeling-job/labeling-job-name`
   * (`labelingJobArn`).
   */
  get labelingJobArn(): string {
    return requireString(this, this.raw.labelingJobArn, 'labelingJobArn');
  }

  /**
   * The label categories and other attributes given in the console or in the label category
   * configuration file (`labelCategories`). Empty array when the event has none.
   */
  get labelCategories(): readonly string[] {
    return stringArrayOrEmpty(
      this,
      this.raw.labelCategories,
      'labelCategories'
    );
  }

  /**
   * The label attribute name: the labeling job's name, or the name given when it was
   * created; the consolidated labels go under this key in the output manifest
   * (`labelAttributeName`).
   */
  get labelAttributeName(): string {
    return requireString(
      this,
      this.raw.labelAttributeName,
      'labelAttributeName'
    );
  }

  /**
   * The ARN of the IAM execution role given when the labeling job was created (`roleArn`).
   * Undefined when the event has none.
   */
  get roleArn(): string | undefined {
    return optionalString(this, this.raw.roleArn, 'roleArn');
  }

  /** Where the annotations of the batch are: the annotation file's S3 URI, bucket and key (`payload`). */
  get payload(): GroundTruthAnnotationPayload {
    return (this.#payload ??= child(
      this,
      'payload',
      GroundTruthAnnotationPayload
    ));
  }
}
