// The errors evt throws, re-exported so that handlers can catch them (and TypeDoc can resolve
// the `@throws` links inherited from `EventWrapper`) without importing @evt/core; and core's
// encoders for the data of a transformed record, which this package has always exported.
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
export { isKinesisFirehoseEvent } from './guards';
// The public surface of @evt/firehose: named re-exports only, one line per event-kind module.
export {
  KinesisFirehoseEvent,
  KinesisFirehoseMSKRecord,
  KinesisFirehoseMSKRecordMetadata,
  KinesisFirehoseRecord,
  KinesisFirehoseRecordMetadata,
  type RawKinesisFirehoseEvent,
  type RawKinesisFirehoseMSKRecordMetadata,
  type RawKinesisFirehoseRecord,
  type RawKinesisFirehoseRecordMetadata,
} from './kinesis-firehose-event';
export {
  KinesisFirehoseDataTransformationRecord,
  type KinesisFirehoseDataTransformationRecordDict,
  KinesisFirehoseDataTransformationRecordMetadata,
  type KinesisFirehoseDataTransformationRecordMetadataDict,
  KinesisFirehoseDataTransformationResponse,
  type KinesisFirehoseDataTransformationResponseDict,
  type KinesisFirehoseDataTransformationResult,
  type KinesisFirehoseMSKDataTransformationRecordDict,
  type RawKinesisFirehoseDataTransformationRecord,
  type RawKinesisFirehoseDataTransformationRecordMetadata,
} from './kinesis-firehose-response';
