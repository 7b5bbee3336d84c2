// The errors evt throws, re-exported so that handlers can catch them (and TypeDoc can resolve
// the `@throws` links inherited from `EventWrapper`) without importing @evt/core; and the
// tumbling-window types that `KinesisStreamEvent` inherits from core.
export {
  DecodeError,
  EvtError,
  FieldTypeError,
  MissingFieldError,
  PayloadTooLargeError,
  type RawTumblingWindow,
  type RawTumblingWindowBatch,
  TumblingWindow,
  ValidationError,
} from '@evt/core';
// The public surface of @evt/kinesis: named re-exports only, one line per event-kind module.
export {
  buildBatchResponse,
  type KinesisStreamBatchItemFailure,
  type KinesisStreamBatchResponse,
} from './batch-response';
export {
  type CloudWatchLogsSubscriptionData,
  type CloudWatchLogsSubscriptionLogEvent,
  extractCloudWatchLogsFromEvent,
  extractCloudWatchLogsFromRecord,
} from './cloudwatch-logs';
export { isKinesisStreamEvent } from './guards';
export {
  KinesisStreamEvent,
  KinesisStreamRecord,
  KinesisStreamRecordPayload,
  type RawKinesisStreamEvent,
  type RawKinesisStreamRecord,
  type RawKinesisStreamRecordPayload,
} from './kinesis-stream-event';
