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
export { isLambdaDestinationEvent } from './guards';
export {
  type LambdaDestinationCondition,
  LambdaDestinationEvent,
  LambdaDestinationFunctionError,
  type LambdaDestinationFunctionErrorType,
  LambdaDestinationRequestContext,
  LambdaDestinationResponseContext,
  type RawLambdaDestinationEvent,
  type RawLambdaDestinationFunctionError,
  type RawLambdaDestinationRequestContext,
  type RawLambdaDestinationResponseContext,
} from './lambda-destination-event';
