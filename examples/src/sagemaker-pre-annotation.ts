import {
  GroundTruthPreHumanTaskEvent,
  type GroundTruthPreHumanTaskResponse,
  groundTruthPreHumanTaskResponse,
  parseS3Uri,
  type RawGroundTruthPreHumanTaskEvent,
} from '@evt/sagemaker';

/** What this job's manifest lines may carry besides `source` / `source-ref`. */
interface ManifestLine {
  /** The label set of the line; the job's default set when absent. */
  labels?: string[];
}

/** What the worker task template reads as `task.input`. */
interface TaskInput {
  taskObject: string;
  kind: 'text' | 'image';
  labels: string[];
  /** The bucket of an image, for the template's instructions. */
  bucket?: string;
}

const DEFAULT_LABELS = (process.env.LABELS ?? 'person,organization,date').split(
  ','
);

/**
 * The pre-annotation function of a custom named-entity / image labeling job: it hands the
 * template the object to label (inline text or an S3 image) and the line's label set, and
 * keeps lines with nothing to label away from workers.
 */
export const handler = async (
  raw: RawGroundTruthPreHumanTaskEvent
): Promise<
  GroundTruthPreHumanTaskResponse<TaskInput | Record<string, never>>
> => {
  const event = new GroundTruthPreHumanTaskEvent<ManifestLine>(raw);
  const labels = event.dataObject.labels ?? DEFAULT_LABELS;
  const text = event.source?.trim();
  if (text) {
    return groundTruthPreHumanTaskResponse(
      { taskObject: text, kind: 'text', labels },
      { humanAnnotationRequired: true }
    );
  }
  if (event.sourceRef !== undefined) {
    return groundTruthPreHumanTaskResponse(
      {
        taskObject: event.sourceRef,
        kind: 'image',
        labels,
        bucket: parseS3Uri(event.sourceRef).bucket,
      },
      { humanAnnotationRequired: true }
    );
  }
  console.log(`${event.labelingJobArn}: a line with nothing to label`);
  return groundTruthPreHumanTaskResponse(
    {},
    { humanAnnotationRequired: false }
  );
};
