// The errors evt throws, re-exported so that handlers can catch them (and TypeDoc can resolve
// the `@throws` links inherited from `EventWrapper`) without importing @evt/core.
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
export {
  type DynamoDBImage,
  DynamoDBNumber,
  type DynamoDBNumberMode,
  type DynamoDBNumberOf,
  type DynamoDBValue,
  type RawAttributeValue,
  type RawDynamoDBImage,
  type Unmarshalled,
  type UnmarshalledValue,
  type UnmarshallOptions,
  unmarshall,
  unmarshallValue,
} from './attribute-value';
export {
  buildBatchResponse,
  type DynamoDBBatchItemFailure,
  type DynamoDBBatchResponse,
} from './batch-response';
export {
  DynamoDBRecord,
  DynamoDBRecordEventName,
  DynamoDBStreamEvent,
  type DynamoDBUserIdentity,
  type RawDynamoDBRecord,
  type RawDynamoDBStreamEvent,
  type RawStreamRecord,
  StreamRecord,
  StreamViewType,
} from './dynamodb-stream-event';
export { isDynamoDBStreamEvent } from './guards';
