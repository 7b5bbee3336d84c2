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
  CloudFormationCustomResourceEvent,
  type CloudFormationRequestType,
  type RawCloudFormationCustomResourceCreateEvent,
  type RawCloudFormationCustomResourceDeleteEvent,
  type RawCloudFormationCustomResourceEvent,
  type RawCloudFormationCustomResourceEventBase,
  type RawCloudFormationCustomResourceUpdateEvent,
} from './cloud-formation-custom-resource-event';
export {
  buildResponse,
  type CloudFormationCustomResourceResponse,
  type CloudFormationLambdaContext,
  CloudFormationResponseError,
  type CloudFormationResponseInput,
  type CloudFormationResponseOptions,
  type CloudFormationResponseStatus,
  type CloudFormationSendOptions,
  sendResponse,
} from './custom-resource-response';
export { isCloudFormationCustomResourceEvent } from './guards';
