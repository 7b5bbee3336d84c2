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
  isS3BatchOperationEvent,
  isS3Event,
  isS3EventBridgeNotificationEvent,
  isS3ObjectLambdaEvent,
} from './guards';
export {
  type RawS3BatchOperationEvent,
  type RawS3BatchOperationJob,
  type RawS3BatchOperationResponse,
  type RawS3BatchOperationResponseRecord,
  type RawS3BatchOperationTask,
  S3BatchOperationEvent,
  S3BatchOperationJob,
  S3BatchOperationResponse,
  S3BatchOperationResponseRecord,
  type S3BatchOperationResultCode,
  S3BatchOperationTask,
  VALID_RESULT_CODES,
} from './s3-batch-operation-event';
export {
  type RawS3Bucket,
  type RawS3Event,
  type RawS3EventRecord,
  type RawS3EventRecordGlacierEventData,
  type RawS3EventRecordGlacierRestoreEventData,
  type RawS3Identity,
  type RawS3Message,
  type RawS3RequestParameters,
  S3Bucket,
  S3Event,
  S3EventRecord,
  S3EventRecordGlacierEventData,
  S3EventRecordGlacierRestoreEventData,
  S3Identity,
  S3Message,
  S3RequestParameters,
} from './s3-event';
export {
  type RawS3EventBridgeNotificationDetail,
  type RawS3EventBridgeNotificationEvent,
  type RawS3EventBridgeNotificationObject,
  type RawS3EventNotificationEventBridgeBucket,
  S3EventBridgeNotificationDetail,
  S3EventBridgeNotificationEvent,
  S3EventBridgeNotificationObject,
  S3EventNotificationEventBridgeBucket,
} from './s3-event-bridge-notification-event';
export { type RawS3Object, S3Object } from './s3-object';
export {
  type RawS3ObjectConfiguration,
  type RawS3ObjectContext,
  type RawS3ObjectInputContext,
  type RawS3ObjectLambdaEvent,
  type RawS3ObjectSessionAttributes,
  type RawS3ObjectSessionContext,
  type RawS3ObjectSessionIssuer,
  type RawS3ObjectUserIdentity,
  type RawS3ObjectUserRequest,
  S3ObjectConfiguration,
  S3ObjectContext,
  S3ObjectInputContext,
  S3ObjectLambdaEvent,
  S3ObjectSessionAttributes,
  S3ObjectSessionContext,
  S3ObjectSessionIssuer,
  S3ObjectUserIdentity,
  S3ObjectUserRequest,
} from './s3-object-lambda-event';
