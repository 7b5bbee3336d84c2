// The errors evt throws, re-exported so that handlers can catch them (and TypeDoc can resolve
// the `@throws` links inherited from `EventWrapper`) without importing @evt/core; and core's
// encoders for the new data of a preprocessed record (shared with @evt/firehose).
export {
  base64FromJson,
  base64FromString,
  DecodeError,
  EvtError,
  FieldTypeError,
  MissingFieldError,
  PayloadTooLargeError,
  ValidationError,
} from '@evt/core';
export {
  isKinesisAnalyticsFirehoseInputPreprocessingEvent,
  isKinesisAnalyticsOutputDeliveryEvent,
  isKinesisAnalyticsStreamsInputPreprocessingEvent,
} from './guards';
export {
  KinesisAnalyticsEventBase,
  KinesisAnalyticsInputPreprocessingEventBase,
  KinesisAnalyticsInputPreprocessingRecordBase,
  KinesisAnalyticsRecordBase,
  type RawKinesisAnalyticsEventBase,
  type RawKinesisAnalyticsInputPreprocessingEventBase,
  type RawKinesisAnalyticsRecordBase,
} from './kinesis-analytics-base';
export {
  KinesisAnalyticsFirehoseInputPreprocessingEvent,
  KinesisAnalyticsFirehoseInputPreprocessingRecord,
  KinesisAnalyticsFirehoseRecordMetadata,
  type RawKinesisAnalyticsFirehoseInputPreprocessingEvent,
  type RawKinesisAnalyticsFirehoseInputPreprocessingRecord,
  type RawKinesisAnalyticsFirehoseRecordMetadata,
} from './kinesis-analytics-firehose-input-preprocessing-event';
export {
  KinesisAnalyticsInputPreprocessingResponse,
  type KinesisAnalyticsInputPreprocessingResponseDict,
  KinesisAnalyticsInputPreprocessingResponseRecord,
  type KinesisAnalyticsInputPreprocessingResponseRecordDict,
  type KinesisAnalyticsInputPreprocessingResult,
  type RawKinesisAnalyticsInputPreprocessingResponseRecord,
} from './kinesis-analytics-input-preprocessing-response';
export {
  KinesisAnalyticsLambdaDeliveryRecordMetadata,
  KinesisAnalyticsOutputDeliveryEvent,
  KinesisAnalyticsOutputDeliveryRecord,
  type RawKinesisAnalyticsLambdaDeliveryRecordMetadata,
  type RawKinesisAnalyticsOutputDeliveryEvent,
  type RawKinesisAnalyticsOutputDeliveryRecord,
} from './kinesis-analytics-output-delivery-event';
export {
  KinesisAnalyticsOutputDeliveryResponse,
  type KinesisAnalyticsOutputDeliveryResponseDict,
  KinesisAnalyticsOutputDeliveryResponseRecord,
  type KinesisAnalyticsOutputDeliveryResponseRecordDict,
  type KinesisAnalyticsOutputDeliveryResult,
  type RawKinesisAnalyticsOutputDeliveryResponseRecord,
} from './kinesis-analytics-output-delivery-response';
export {
  KinesisAnalyticsStreamRecordMetadata,
  KinesisAnalyticsStreamsInputPreprocessingEvent,
  KinesisAnalyticsStreamsInputPreprocessingRecord,
  type RawKinesisAnalyticsStreamRecordMetadata,
  type RawKinesisAnalyticsStreamsInputPreprocessingEvent,
  type RawKinesisAnalyticsStreamsInputPreprocessingRecord,
} from './kinesis-analytics-streams-input-preprocessing-event';
