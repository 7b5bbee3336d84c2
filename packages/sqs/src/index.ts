// The errors evt throws, re-exported so that handlers can catch them (and TypeDoc can resolve
// the `@throws` links inherited from `EventWrapper`) without importing @evt/core.
export {
  DecodeError,
  EvtError,
  FieldTypeError,
  MissingFieldError,
  PayloadTooLargeError,
} from '@evt/core';
export {
  buildBatchResponse,
  type RawSQSEvent,
  type RawSQSMessageAttribute,
  type RawSQSRecord,
  type RawSQSRecordAttributes,
  type SQSBatchItemFailure,
  type SQSBatchResponse,
  SQSEvent,
  SQSMessageAttribute,
  type SQSMessageAttributes,
  SQSRecord,
  SQSRecordAttributes,
} from './sqs-event';
