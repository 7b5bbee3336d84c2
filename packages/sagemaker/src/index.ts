// The errors evt throws, re-exported so that handlers can catch them (and TypeDoc can resolve
// the `@throws` links inherited from `EventWrapper`) without importing @evt/core.
export {
  DecodeError,
  EvtError,
  FieldTypeError,
  MissingFieldError,
  PayloadTooLargeError,
  ValidationError,
} from '@evt/core';
export {
  GroundTruthAnnotationConsolidationEvent,
  GroundTruthAnnotationPayload,
  type GroundTruthDatasetObjectAnnotations,
  type GroundTruthWorkerAnnotation,
  type RawGroundTruthAnnotationConsolidationEvent,
  type RawGroundTruthAnnotationPayload,
} from './ground-truth-annotation-consolidation-event';
export {
  type GroundTruthConsolidatedAnnotation,
  type GroundTruthConsolidatedLabel,
  groundTruthConsolidationResponse,
} from './ground-truth-consolidation-response';
export {
  GroundTruthPreHumanTaskEvent,
  type RawGroundTruthDataObject,
  type RawGroundTruthPreHumanTaskEvent,
} from './ground-truth-pre-human-task-event';
export {
  type GroundTruthPreHumanTaskResponse,
  type GroundTruthPreHumanTaskResponseOptions,
  groundTruthPreHumanTaskResponse,
} from './ground-truth-pre-human-task-response';
export {
  isGroundTruthAnnotationConsolidationEvent,
  isGroundTruthPreHumanTaskEvent,
} from './guards';
export { parseS3Uri, type S3ObjectLocation } from './s3-uri';
