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
  buildBatchResponse,
  type SQSBatchItemFailure,
  type SQSBatchResponse,
  type SQSBatchResponseOptions,
} from './batch-response';
export { isSQSEvent } from './guards';
export {
  type RawSQSEvent,
  type RawSQSMessageAttribute,
  type RawSQSRecord,
  type RawSQSRecordAttributes,
  SQSEvent,
  SQSMessageAttribute,
  type SQSMessageAttributes,
  SQSRecord,
  SQSRecordAttributes,
} from './sqs-event';
